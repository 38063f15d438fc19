"""The Welcome's health page by keyboard: Space ticks a chip, Enter goes on (walk 10, a42/a43)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.safety import FirstRunDialog
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog


def test_enter_after_space_goes_on_and_keeps_the_tick(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = FirstRunDialog(catalog, page=1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    none = dialog.chips.none_chip
    none.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(none, Qt.Key.Key_Space)
    assert none.isChecked()
    assert dialog.next_button.isEnabled()
    # Enter is "go on": it pressed the focused chip and un-ticked "None of these".
    QTest.keyClick(none, Qt.Key.Key_Return)
    assert dialog.chips.answered()
    assert dialog.page() == 2


def test_enter_on_a_chip_never_toggles_it(qtbot: QtBot, catalog: Catalog) -> None:
    dialog = HealthProfileDialog(catalog, HealthProfile())
    qtbot.addWidget(dialog)
    dialog.show()
    chip = next(iter(dialog.chips.chips.values()))
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(chip, Qt.Key.Key_Enter)
    assert not chip.isChecked()
