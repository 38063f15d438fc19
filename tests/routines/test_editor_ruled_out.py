"""The routine editor shows what the health profile rules out, as the main window does.

Walk 7, finding 11: "Choose on the map…" showed no hatching, and a technique added for the
ruled-out left kneecap read "⚠ take care", where the player then leaves its steps out there.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.routines.test_editor_walk6 import _add

from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.main_window import MainWindow

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",),
    regions={"acute-injury": ("front-knee-left", "front-kneecap-left")},
)


@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard")  # a popup
def test_the_editor_marks_and_hatches_what_the_profile_rules_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    window._health.save(LEFT_KNEE)
    window.apply_health_profile()
    window.select_region("front-kneecap-left")
    editor = window.routine_actions.new_routine()
    editor.view.resize(980, 680)
    qtbot.waitExposed(editor.view)
    view = editor.view
    _add(editor, "patellar-mobilisation")
    step = view.steps.item(0).text()
    assert "⊘ ruled out on" in step, step
    assert "Left kneecap" in step, step
    assert "take care" not in step, step
    # The map to choose the place on hatches the injured knee as the window's map does.
    view.picker.map_button.click()
    popup = view.map_popup
    assert popup is not None
    qtbot.waitExposed(popup)
    said = popup.map.region_description("front-kneecap-left")
    assert said, "the ruled-out kneecap is announced as such"
    assert said == window.map_pane.map.region_description("front-kneecap-left")
    assert popup.map.region_description("front-kneecap-right") == ""
    popup.close()
