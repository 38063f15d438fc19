"""The routine editor follows Settings ▸ Text size, as the guide does, as far as it fits.

A fresh user at "Extra large" (German, 1024x700) opened File ▸ New routine: the guide's cards
were extra large, the editor's technique cards about 11 px.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from tests.window.test_clipping import assert_fits

from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.routine_editor.look import MOST
from massage_desktop.ui.routine_editor.view import RoutineEditorView


def _px(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _sizes(view: RoutineEditorView) -> dict[str, int]:
    """The text sizes a user sees: the cards, the steps, a label, a field, a button."""
    label = view.fields.findChild(QLabel)
    assert label is not None
    return {
        "technique cards": _px(view.techniques),
        "steps": _px(view.steps),
        "label": _px(label),
        "name field": _px(view.name_edit),
        "save": _px(view.save_button),
    }


def _opened(qtbot: QtBot, window: MainWindow) -> RoutineEditorView:
    window.select_region("front-knee-right")
    view = window.routine_actions.copy("knee-care").view
    view.resize(980, 680)  # what fit_screen gives on a 1024x700 screen
    qtbot.waitExposed(view)
    view.steps.setCurrentRow(1)
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_editor_opens_at_the_text_size_and_fits_1024x700(
    qtbot: QtBot, window: MainWindow, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    normal = _sizes(_opened(qtbot, window))
    window.flow.actions.set_text_scale(TEXT_SCALES["extra_large"])
    view = _opened(qtbot, window)
    larger = _sizes(view)
    for part, size in normal.items():
        assert larger[part] == pytest.approx(size * MOST, abs=1), part
    assert MOST > 1
    assert_fits(view)
    name = view.name_edit
    assert name.fontMetrics().horizontalAdvance(name.text()) < name.width(), "the name is whole"


def test_an_open_editor_follows_a_change_of_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    view = _opened(qtbot, window)
    normal = _sizes(view)
    window.flow.actions.set_text_scale(TEXT_SCALES["large"])
    QApplication.processEvents()
    larger = _sizes(view)
    assert all(larger[part] > size for part, size in normal.items()), larger
    window.flow.actions.set_text_scale(TEXT_SCALES["normal"])
    QApplication.processEvents()
    assert _sizes(view) == normal
