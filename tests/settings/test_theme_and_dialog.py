"""Light and dark themes, and the settings dialog."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_desktop.storage.settings import Settings
from massage_desktop.ui.settings_dialog import SettingsDialog
from massage_desktop.ui.theme import apply_theme, is_dark, style_name


def window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_light_and_back_to_system(qapp: QApplication) -> None:
    system = window_lightness()
    # By name, also under a style sheet: the first sheet set (by this test, when it runs first
    # in its worker) made ``qapp.style().name()`` empty, and the test failed by test order.
    style = style_name(qapp).lower()
    apply_theme(qapp, "dark")
    assert is_dark(qapp)
    apply_theme(qapp, "light")
    assert window_lightness() > 200
    apply_theme(qapp, "system")
    assert window_lightness() == system
    assert style_name(qapp).lower() == style


def test_dialog_returns_edited_copy(qtbot: QtBot) -> None:
    original = Settings()
    dialog = SettingsDialog(original, voice_reason="no voice here")
    qtbot.addWidget(dialog)
    result = dialog.result_settings()
    assert result == original
    assert result is not original
