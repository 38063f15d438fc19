"""The buttons beside Start and on the stop rule are as tall as the app's touch target.

Found by a fresh user: "Details…" beside the note over Start and the stop rule's "Safety…"
were 22 px high in the platform's default look, half the 44-px target of the buttons around
them, the smallest things to press on the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.window.test_start_note_compact import _after_a_pain_stop

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.design.tokens import TARGET
from massage_desktop.ui.guide.start_bar import StartBar
from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.main_window import MainWindow


def _safety_ends(window: MainWindow) -> list[tuple[QPushButton, int]]:
    """The "Safety…" buttons shown on the window's stop rules, and how high each strip is."""
    return [
        (button, banner.height())
        for banner in window.findChildren(StopBanner)
        if banner.isVisibleTo(window)
        for button in banner.findChildren(QPushButton)
    ]


def _is_a_target(button: QPushButton, strip: int) -> bool:
    """Whether the button fills its strip's end (inside the strip's 1-px edges) of 44 px."""
    return strip >= TARGET and button.height() >= strip - 2


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_details_and_safety_are_of_the_target_height(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, theme: str
) -> None:
    window = _after_a_pain_stop(qtbot, make_services, catalog, (1024, 700))
    preferences = window.preferences
    assert preferences is not None
    preferences.apply(preferences.settings.model_copy(update={"theme": theme}))
    QApplication.processEvents()
    bar = window.guide.findChild(StartBar)
    assert bar is not None
    why = bar.why
    assert why.isVisible()
    assert why.text() == "Details…"
    assert why.height() >= TARGET
    # Drawn as the app's other secondary buttons (an outline, no platform bevel).
    assert why.objectName() == "quietButton"
    ((safety, strip),) = _safety_ends(window)
    assert safety.text() == "Safety…"
    assert _is_a_target(safety, strip), (safety.height(), strip)


def test_safety_in_the_player_is_of_the_target_height(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window = _after_a_pain_stop(qtbot, make_services, catalog, (1024, 700))
    assert window.flow.start_routine("knee-care")
    QApplication.processEvents()
    ends = _safety_ends(window)
    assert ends, "the stop rule stays in view during a session"
    assert all(_is_a_target(button, strip) for button, strip in ends), ends
