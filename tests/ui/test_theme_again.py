"""Applying the theme in use again costs nothing: no widget is restyled (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.ui.theme import apply_theme, is_dark


class _StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_the_same_theme_again_restyles_nothing_and_a_new_one_restyles(
    qtbot: QtBot, qapp: QApplication
) -> None:
    label = QLabel("Knee care")
    qtbot.addWidget(label)
    label.show()
    changes = _StyleChanges()
    label.installEventFilter(changes)
    try:
        for theme in ("dark", "light", "system"):
            apply_theme(qapp, theme)
            before = changes.count
            # (System after light offscreen keeps the light sheet: only the palette changes.)
            assert before > 0 or theme == "system", f"switching to {theme} restyles the widgets"
            apply_theme(qapp, theme)
            qapp.processEvents()
            assert changes.count == before, f"{theme} applied again restyled the widgets"
            if theme == "dark":
                assert is_dark(qapp)
            elif theme == "light":
                assert not is_dark(qapp)
            changes.count = 0
    finally:
        apply_theme(qapp, "system")
