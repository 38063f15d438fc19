"""Start-up work queued for after the main window's first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from massage_desktop.ui.first_paint import AfterFirstPaint


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("body map"))
    window.resize(300, 200)
    qtbot.addWidget(window)
    return window


def test_runs_once_after_the_first_paint_not_before(qtbot: QtBot) -> None:
    window = _window(qtbot)
    calls: list[bool] = []
    waiter = AfterFirstPaint(window, lambda: calls.append(window.isVisible()), fallback_ms=60_000)
    assert calls == []  # nothing painted yet
    assert not waiter.done
    window.show()
    qtbot.waitUntil(lambda: waiter.done, timeout=2000)
    assert calls == [True]
    window.repaint()  # later paints do not call again
    qtbot.wait(20)
    assert calls == [True]


def test_a_window_never_painted_still_gets_it_after_the_fallback(qtbot: QtBot) -> None:
    window = _window(qtbot)  # never shown, as when started minimised
    calls: list[int] = []
    waiter = AfterFirstPaint(window, lambda: calls.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: waiter.done, timeout=2000)
    assert calls == [1]
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    assert calls == [1]
