"""The Settings dialog is a page of calm cards that follows the app's theme while it is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from massage_desktop.storage.settings import TEXT_SCALES, Settings
from massage_desktop.ui.design.parts import Card
from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.settings_dialog import SettingsDialog
from massage_desktop.ui.settings_rows import ROWS, SECTIONS
from massage_desktop.ui.theme import apply_theme


def test_each_setting_sits_in_the_card_of_its_section_with_a_plain_note(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    cards = {card.accessibleName(): card for card in dialog.findChildren(Card)}
    assert list(cards) == ["Session", "Sound and voice", "Appearance", "Reminder", "Your data"]
    assert len(SECTIONS) == len(cards) - 1, "the last card only says where the data is"
    for row in ROWS:
        card = cards[QApplication.translate("SettingsDialog", row.section)]
        assert card.isAncestorOf(dialog.fields[row.key].widget), row.key
    notes = [label.text() for label in dialog.findChildren(QLabel) if label.property("role")]
    assert "Each step is read aloud." in notes
    assert dialog.get_ready_note.text() in notes


def test_the_dialog_follows_a_theme_switched_while_it_is_open(
    qtbot: QtBot, qapp: QApplication
) -> None:
    apply_theme(qapp, "light")
    try:
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        light, dark = colours("light"), colours("dark")
        assert light.surface in dialog.styleSheet()
        dialog.fields["theme"].set_value("dark")  # previewed: the caller applies it at once
        apply_theme(qapp, "dark")
        assert dark.surface in dialog.styleSheet()
        assert light.surface not in dialog.styleSheet()
        apply_theme(qapp, "light")
        assert light.surface in dialog.styleSheet()
    finally:
        apply_theme(qapp, "system")


def test_a_setting_that_cannot_be_used_now_is_greyed_out_with_its_title(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(reminder_enabled=False))
    qtbot.addWidget(dialog)
    title = dialog.titles["reminder_time"]
    assert isinstance(title, QLabel)
    assert title.buddy() is dialog.fields["reminder_time"].widget
    assert not title.isEnabled()
    dialog.fields["reminder_enabled"].set_value(True)
    assert title.isEnabled()
    assert dialog.fields["reminder_time"].widget.isEnabled()


@pytest.mark.parametrize(("key", "name"), [(Qt.Key.Key_Z, "text_size"), (Qt.Key.Key_H, "theme")])
def test_a_mnemonic_scrolls_the_page_to_the_control_it_focuses(
    qtbot: QtBot, key: Qt.Key, name: str
) -> None:
    # Walk 6 (finding 16): at the extra-large text size Alt+Z and Alt+T focused "Text size"
    # and "Theme" below the page's fold, and the page did not move. (Theme is Alt+H now:
    # Alt+T is "Test sound"'s alone, walk 8.)
    dialog = SettingsDialog(Settings(sound_enabled=False), large=TEXT_SCALES["extra_large"])
    qtbot.addWidget(dialog)
    dialog.resize(dialog.width(), 600)
    dialog.show()
    qtbot.waitActive(dialog)
    area = dialog.findChild(QScrollArea)
    assert area is not None
    field = dialog.fields[name].widget
    viewport = area.viewport()

    def in_view(widget: QWidget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    assert not in_view(field), "the control starts below the fold"
    handle = dialog.windowHandle()  # through the window, as a key press: shortcuts apply
    assert handle is not None
    QTest.keyClick(handle, key, Qt.KeyboardModifier.AltModifier)
    assert field.hasFocus()
    assert in_view(field)
    assert in_view(dialog.titles[name])
