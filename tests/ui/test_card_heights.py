"""A card is as tall as its text at the list's width, in the list's font, whatever came before.

Card heights are kept once measured (lists ask for them on every fit and resize); these check
that a kept height never outlives the text, font or width it was measured for.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from massage_desktop.ui.guide.cards import SEPARATOR, TERM_ROLE, make_card_list

SHORT = "Leg strokes" + SEPARATOR + "Warm-up · 1 min"
LONG = (
    "Mit dem Handballen über die Kniescheibe gleiten und dabei den Druck langsam steigern"
    + SEPARATOR
    + "Aufwärmen · 1 Min. · jede Seite · dann die andere Seite"
)


def _cards(qtbot: QtBot, *texts: str, width: int = 320) -> QListWidget:
    view = QListWidget()
    qtbot.addWidget(view)
    make_card_list(view)
    for text in texts:
        view.addItem(QListWidgetItem(text))
    view.resize(width, 600)
    return view


def test_a_card_grows_with_its_text_font_and_a_narrower_list(qtbot: QtBot) -> None:
    view = _cards(qtbot, SHORT, SHORT)
    short = view.sizeHintForRow(0)
    # The second card says more now (its routine lost steps to the health profile).
    view.item(1).setText(LONG)
    assert view.sizeHintForRow(1) > short
    assert view.sizeHintForRow(0) == short
    long_at_320 = view.sizeHintForRow(1)

    view.resize(200, 600)
    assert view.sizeHintForRow(1) > long_at_320, "a narrower list wraps the text again"

    view.resize(320, 600)
    assert view.sizeHintForRow(1) == long_at_320
    font = QFont(view.font())
    font.setPixelSize(max(30, font.pixelSize() * 2))
    view.setFont(font)
    assert view.sizeHintForRow(0) > short, "a larger text size makes every card taller"


def test_a_technical_term_that_wraps_makes_the_card_taller(qtbot: QtBot) -> None:
    view = _cards(qtbot, SHORT, SHORT, width=220)
    view.item(1).setData(TERM_ROLE, "effleurage superficielle des membres inférieurs")
    assert view.sizeHintForRow(1) > view.sizeHintForRow(0)
