"""The editor's total time names the person the routine massages, as the routine page does.

Found by a fresh user: with steps left out, a partner's routine said "Total time for you",
which read as the giver's time; the guide's routine page already said "for your partner".
"""

from __future__ import annotations

import pytest

from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.main_window import MainWindow

VEINS = HealthProfile(conditions=("varicose-veins",))


def _total(window: MainWindow, routine_id: str) -> str:
    """The total under the steps of a copy of ``routine_id``, the veins leaving steps out."""
    window._health.save(VEINS)
    window.apply_health_profile()
    editor = window.routine_actions.copy(routine_id)
    try:
        return str(editor.view.total_label.text())
    finally:
        editor.view.close()


def test_a_partners_routine_gives_the_partners_time(window: MainWindow) -> None:
    total = _total(window, "partner-leg")
    assert total.startswith("Total time for your partner: about ")
    assert "for you:" not in total


def test_a_routine_on_yourself_gives_your_time(window: MainWindow) -> None:
    assert _total(window, "thighs-calves-kneading").startswith("Total time for you: about ")


def test_choosing_for_a_partner_changes_whose_time_it_is(window: MainWindow) -> None:
    window._health.save(VEINS)
    window.apply_health_profile()
    editor = window.routine_actions.copy("thighs-calves-kneading")
    view = editor.view
    assert view.total_label.text().startswith("Total time for you: about ")
    box = view.performer_box
    box.setCurrentIndex(box.findData("partner"))
    box.activated.emit(box.findData("partner"))
    assert view.total_label.text().startswith("Total time for your partner: about ")
    view.may_close = lambda: True  # the draft changed: no "Discard?" question in the test
    view.close()


@pytest.mark.usefixtures("german")
def test_in_german_the_partner_is_named(window: MainWindow) -> None:
    total = _total(window, "partner-leg")
    assert total.startswith("Gesamtdauer für Ihren Partner: etwa ")
    assert "für Sie" not in total
