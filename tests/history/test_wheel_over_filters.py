"""Scrolling History with the wheel does not change a filter the pointer passes (walk 9, P2-c)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.history.filters import FilterBar


def turn_wheel_over(combo: QComboBox) -> None:
    """One notch of the wheel down, with the pointer over ``combo``."""
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, event)


def test_the_wheel_passes_over_a_filter_and_changes_it_once_chosen(
    qtbot: QtBot, catalog: Catalog
) -> None:
    bar = FilterBar(catalog)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    combos = [c for c in bar.findChildren(QComboBox) if c.isVisible() and c.count() > 1]
    assert combos
    for combo in combos:
        before = combo.currentIndex()
        turn_wheel_over(combo)
        assert combo.currentIndex() == before, combo.accessibleName()
    chosen = combos[0]
    chosen.setFocus()
    qtbot.waitUntil(chosen.hasFocus)
    turn_wheel_over(chosen)
    assert chosen.currentIndex() != 0  # clicked or tabbed to, the wheel chooses
