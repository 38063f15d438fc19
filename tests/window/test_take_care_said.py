"""A routine whose card says "⚠ take care" says why over Start, though nothing is left out.

Walk 15 (E1): Knee care with a fresh injury on the left knee runs whole on the right knee, so
no step is left out and no note was shown, while its card said "⚠ take care" and nothing on
its page said why; the reason was first seen in "Before you start".
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.main_window import MainWindow

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)


def _window(qtbot: QtBot, make_services: MakeServices, profile: HealthProfile) -> MainWindow:
    services = make_services()
    services.health.save(profile)
    window = MainWindow(services, interactive=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_knee_care_says_why_it_asks_for_care(qtbot: QtBot, make_services: MakeServices) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE)
    window.guide.show_routine("knee-care")
    note = window.guide.start_note()
    assert note.startswith("Left out on: Left knee.")
    assert "have it checked by a doctor" in note  # the profile's advice, whole
    assert window.guide.start_note_shown() == "Left out on: Left knee."


def test_a_routine_with_nothing_to_take_care_of_has_no_note(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, HealthProfile())
    window.guide.show_routine("knee-care")
    assert window.guide.start_note() == ""
    assert window.guide.start_note_shown() == ""
