"""Why the Welcome's Next waits, and "None of these" remembered (walk 10, b03/b04, b110)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.safety.test_first_start import Screens, _done, _start

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.services import Services
from massage_desktop.ui.safety import FirstRunDialog


@pytest.fixture
def screens(monkeypatch: pytest.MonkeyPatch) -> Screens:
    return Screens(monkeypatch)


@pytest.fixture
def services(make_services: MakeServices) -> Services:
    return make_services()


def _questions(qtbot: QtBot, catalog: Catalog, **options: object) -> FirstRunDialog:
    dialog = FirstRunDialog(catalog, page=1, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _hint(dialog: FirstRunDialog) -> str:
    hint = dialog._pages[1].hint
    assert hint is not None
    return hint.text() if hint.isVisible() else ""


def test_a_greyed_next_says_what_unlocks_it(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = _questions(qtbot, catalog)
    assert not dialog.next_button.isEnabled()
    assert "None of these" in _hint(dialog)
    dialog.chips.none_chip.click()
    assert dialog.next_button.isEnabled()
    assert _hint(dialog) == ""  # Next says it now
    dialog.chips.none_chip.click()
    assert "None of these" in _hint(dialog)


def test_the_german_hint_is_in_view_while_nichts_davon_is_below_the_fold(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    dialog = _questions(qtbot, german_catalog)
    text = _hint(dialog)
    assert "Nichts davon" in text
    hint = dialog._pages[1].hint
    assert hint is not None
    # Pinned under the scrolling chips: inside the window, whatever the chips' scroll.
    top_left = hint.mapTo(dialog, hint.rect().topLeft())
    assert top_left.y() >= 0
    assert (
        top_left.y() + hint.height()
        <= dialog.next_button.mapTo(dialog, dialog.next_button.rect().topLeft()).y()
    )


@pytest.mark.parametrize(
    ("before", "profile", "ticked"),
    [
        (True, HealthProfile(), True),
        (True, HealthProfile(conditions=("dvt",)), False),
        (False, HealthProfile(), False),  # never answered: nothing is assumed
    ],
)
def test_none_of_these_is_remembered_once_answered(
    qtbot: QtBot, catalog: Catalog, before: bool, profile: HealthProfile, ticked: bool
) -> None:
    dialog = _questions(qtbot, catalog, profile=profile, answered_before=before)
    assert dialog.chips.none_chip.isChecked() is ticked
    assert dialog.next_button.isEnabled() is (ticked or bool(profile.conditions))


def test_welcome_from_help_shows_none_of_these_answered(
    qtbot: QtBot, services: Services, screens: Screens
) -> None:
    screens.answers = [_done]
    window = _start(qtbot, services)
    seen: list[tuple[bool, bool]] = []

    def look(dialog: FirstRunDialog) -> None:
        dialog.next_button.click()
        seen.append((dialog.chips.none_chip.isChecked(), dialog.next_button.isEnabled()))
        dialog.not_now_button.click()

    screens.answers = [look]
    window.first_start.run(force=True)
    assert seen == [(True, True)]
