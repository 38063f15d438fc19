"""The guide browser swaps whole pages: they look as setHtml shows them, without an empty step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from massage_desktop.ui.guide.browser import GuideBrowser

_LONG = "<h2>Long</h2>" + "<p>A paragraph long enough to wrap over a line or two.</p>" * 40
_LONGER = "<h2>Longer</h2>" + "<p>Another paragraph, also long enough to wrap.</p>" * 60


class _ShowHideCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.count += 1
        return False


def test_a_page_looks_as_set_html_shows_it(qtbot: QtBot) -> None:
    plain, guide = QTextBrowser(), GuideBrowser()
    for browser in (plain, guide):
        qtbot.addWidget(browser)
        browser.resize(300, 200)
        browser.show()
        qtbot.waitExposed(browser)
    for html in (_LONG, "<p>Short</p>", _LONGER, _LONG):
        for browser in (plain, guide):
            browser.verticalScrollBar().setValue(40)
        plain.setHtml(html)
        guide.set_page(html)
        assert guide.verticalScrollBar().value() == plain.verticalScrollBar().value() == 0
        assert guide.toPlainText() == plain.toPlainText()
        assert guide.grab().toImage() == plain.grab().toImage()


def test_a_long_page_after_another_keeps_the_scroll_bar(qtbot: QtBot) -> None:
    guide = GuideBrowser()
    qtbot.addWidget(guide)
    guide.resize(300, 200)
    guide.show()
    guide.set_page(_LONG)
    bar = guide.verticalScrollBar()
    assert bar.isVisible()
    width = guide.viewport().width()
    counter = _ShowHideCounter()
    bar.installEventFilter(counter)
    guide.set_page(_LONGER)
    assert counter.count == 0
    assert guide.viewport().width() == width
    assert bar.maximum() > 0


def test_pages_shown_again_are_kept_and_start_afresh(qtbot: QtBot) -> None:
    guide = GuideBrowser()
    qtbot.addWidget(guide)
    guide.resize(300, 200)
    guide.show()
    guide.set_page(_LONG)
    long_page = guide.document()
    guide.set_page(_LONGER)
    guide.set_page(_LONG)
    assert guide.document() is long_page
    guide.selectAll()
    guide.verticalScrollBar().setValue(50)
    guide.set_page(_LONG)
    assert not guide.textCursor().hasSelection()
    assert guide.textCursor().position() == 0
    bigger = QFont(guide.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    guide.setFont(bigger)
    guide.set_page(_LONGER)
    assert guide.document().defaultFont() == bigger
