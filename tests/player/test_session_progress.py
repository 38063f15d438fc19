"""The session's progress bar: read by a screen reader as a progress bar, painted lazily."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from massage_desktop.ui.player.session_progress import STEPS, SessionProgress


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _shown(qtbot: QtBot) -> SessionProgress:
    bar = SessionProgress()
    qtbot.addWidget(bar)
    bar.resize(300, 8)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_a_screen_reader_reads_a_named_progress_bar_with_its_value(qtbot: QtBot) -> None:
    bar = _shown(qtbot)
    bar.set_fraction(0.25)
    face = QAccessible.queryAccessibleInterface(bar)
    assert face is not None
    assert face.role() is QAccessible.Role.ProgressBar
    assert face.text(QAccessible.Text.Name) == "Progress through the session"
    value = face.valueInterface()
    assert value is not None
    assert value.currentValue() == STEPS // 4
    assert value.maximumValue() == STEPS


def test_a_new_value_is_painted_with_the_next_update_not_at_once(qtbot: QtBot) -> None:
    bar = _shown(qtbot)
    paints = _Paints()
    bar.installEventFilter(paints)
    bar.set_fraction(0.5)
    assert paints.count == 0  # QProgressBar.setValue alone repaints here, synchronously
    assert bar.value() == STEPS // 2
    qtbot.waitUntil(lambda: paints.count > 0)


def test_fractions_outside_the_session_are_held_to_its_ends(qtbot: QtBot) -> None:
    bar = _shown(qtbot)
    bar.set_fraction(1.7)
    assert bar.value() == STEPS
    bar.set_fraction(-0.2)
    assert bar.value() == 0
