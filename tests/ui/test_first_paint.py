"""Start-up work queued for after the main window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from massage_desktop.ui.first_paint import AfterFirstPaint


class _PaintCounter(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.paints = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("body map"))
    window.resize(300, 200)
    qtbot.addWidget(window)
    return window


def test_runs_once_after_the_first_paint_not_before(qtbot: QtBot) -> None:
    window = _window(qtbot)
    counter = _PaintCounter(window)
    paints_seen: list[int] = []
    waiter = AfterFirstPaint(window, lambda: paints_seen.append(counter.paints), 60_000)
    for _ in range(5):  # the event loop turns; nothing is painted while the window is hidden
        QApplication.processEvents()
    assert paints_seen == []
    assert not waiter.done
    window.show()
    qtbot.waitUntil(lambda: waiter.done, timeout=2000)
    assert len(paints_seen) == 1
    assert paints_seen[0] >= 1, "ran only once the window had been painted"
    window.repaint()  # later paints do not call again
    qtbot.wait(20)
    assert len(paints_seen) == 1


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
