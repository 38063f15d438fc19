"""After "Stop – it hurts" the advice lists reasons to get help, not wishes (walk 4, finding 9)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.player.dialogs import StopAdviceDialog


def test_the_stop_advice_lists_reasons_to_get_help_but_not_deeper_work(
    catalog: Catalog, qtbot: QtBot
) -> None:
    dialog = StopAdviceDialog(catalog)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    titles = {p.id: p.title for p in catalog.seek_help}
    assert titles["persistent-pain"] in shown
    assert titles["rehabilitation"] in shown
    # "You want deeper work" read as advice to press harder right after it hurt.
    assert titles["deeper-techniques"] not in shown
    # The guide keeps it: the content has it and only the stop advice leaves it out.
    assert [p.id for p in catalog.seek_help if not p.after_pain] == ["deeper-techniques"]
