"""The guide's cards are measured again when their width changes, not when the height does.

Showing a technique changes the column's height (the guide under the cards, the start bar);
measuring every card of every list again for it was most of the cost of choosing a card.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide import column
from massage_desktop.ui.guide.lists import fit_rows
from massage_desktop.ui.guide.panel import GuidePanel


def _whole(rows: QListWidget) -> bool:
    return rows.height() == sum(rows.sizeHintForRow(row) for row in range(rows.count()))


def test_cards_are_measured_again_only_for_a_new_width(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    panel.show_region("front-knee-left")
    QApplication.processEvents()
    fitted: list[QListWidget] = []
    real = fit_rows

    def counted(rows: QListWidget) -> None:
        fitted.append(rows)
        real(rows)

    monkeypatch.setattr(column, "fit_rows", counted)
    cards = panel.column.techniques
    panel.resize(420, 500)
    QApplication.processEvents()
    assert fitted == [], "a lower pane wraps no card"
    assert _whole(cards)
    panel.resize(300, 500)
    QApplication.processEvents()
    assert cards in fitted, "a narrower pane measures the cards again"
    assert fitted.count(cards) <= 2, "the list measured when it changed, not for each other list"
    assert _whole(cards), "every card shows whole at the new width"


def test_the_same_cards_for_another_region_are_not_measured_again(
    qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    panel.show_region("front-knee-left")
    QApplication.processEvents()
    cards = panel.column.techniques
    left = [cards.item(row).text() for row in range(cards.count())]
    fitted: list[QListWidget] = []
    real = fit_rows

    def counted(rows: QListWidget) -> None:
        fitted.append(rows)
        real(rows)

    monkeypatch.setattr(column, "fit_rows", counted)
    panel.show_region("front-knee-right")
    QApplication.processEvents()
    assert [cards.item(row).text() for row in range(cards.count())] == left
    assert cards not in fitted, "the right knee's cards are the left knee's"
    assert _whole(cards)
    panel.show_region("front-thigh-left")
    QApplication.processEvents()
    assert cards in fitted, "the thigh's cards are measured"
    assert _whole(cards), "and shown whole"
