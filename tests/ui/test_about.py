"""The About box is a designed screen with the app's lotus icon (walk 9, X-g)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from massage_desktop import APP_ID, __version__
from massage_desktop.resources import resource_path
from massage_desktop.ui.about import AboutDialog
from massage_desktop.ui.design.screen import DesignedDialog


def _texts(dialog: AboutDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_about_box_is_a_designed_screen_with_version_licence_and_credits(
    qtbot: QtBot,
) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, DesignedDialog)
    assert not isinstance(dialog, QMessageBox)
    text = _texts(dialog)
    assert __version__ in text
    assert "MIT" in text
    assert "PySide6" in text
    assert "LGPLv3" in text
    assert "Not medical advice" in text
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Close"]


def test_the_about_badge_is_the_teal_app_icon(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    image = dialog.badge.pixmap().toImage()
    # Near the icon's corner, inside its rounded square: the app's teal, not a tint.
    corner = image.pixelColor(image.width() // 5, image.height() // 2)
    assert abs(corner.red() - QColor("#0f766e").red()) < 20
    assert abs(corner.green() - QColor("#0f766e").green()) < 20


def test_the_app_icon_is_the_lotus_of_the_top_bar() -> None:
    app_icon = resource_path("icons", f"{APP_ID}.svg").read_text(encoding="utf-8")
    lotus = resource_path("icons/ui/spa.svg").read_text(encoding="utf-8")
    for petal in ('d="M12 20c', 'd="M12 17c'):
        start = lotus.index(petal)
        assert lotus[start : lotus.index('"', start + 4) + 1] in app_icon
