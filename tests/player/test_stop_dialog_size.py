"""The stop advice has one text size wherever "Stop – it hurts" was pressed (walk 10, B b95/b102).

At the largest text size on a 1024x700 screen it was normal-size over room mode (the large
one did not fit, so room mode took a smaller one) but extra large over the main window,
where the mini timer's "Stop – it hurts" asks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.player.test_room_dialogs import _Answering

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.settings import TEXT_SCALES
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.player.dialogs import StopAdviceDialog
from massage_desktop.ui.player.session_questions import SessionQuestions


def _asked(questions: SessionQuestions) -> tuple[float, int, int]:
    answering = _Answering()
    try:
        assert questions.pain_reason() == ""
    finally:
        answering.stop()
    [(kind, _parent, scale, width, height)] = answering.seen
    assert kind is StopAdviceDialog
    return scale, width, height


@pytest.mark.parametrize("text_scale", TEXT_SCALES.values())
def test_the_stop_advice_is_one_size_over_room_mode_and_the_main_window(
    catalog: Catalog, qtbot: QtBot, text_scale: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The room a 1024x700 screen gives a dialog (the test's offscreen screen is larger).
    room_on_screen = QSize(1024 * 19 // 20, 700 * 19 // 20)
    monkeypatch.setattr(DesignedDialog, "room_on_screen", lambda _dialog: room_on_screen)
    windows = []
    for _ in range(2):
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        windows.append(window)
    main, room = windows
    questions = SessionQuestions(main, catalog, text_scale=lambda: text_scale)
    over_main, _w, height = _asked(questions)
    assert height <= 700  # all of it on the window
    questions.set_parent(room)
    over_room, _w, height = _asked(questions)
    assert height <= 700
    # Never smaller over room mode; at the largest text the same size (its body scrolls).
    assert over_room >= over_main
    if text_scale == TEXT_SCALES["extra_large"]:
        assert over_room == over_main
