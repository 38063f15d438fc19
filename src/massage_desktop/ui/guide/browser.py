"""The guide's text browser: each page is a document of its own, swapped in whole."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from massage_desktop.ui.scroll_bar import BandedScrollBar

# Pages kept for showing again; every technique of every region made 57 different pages.
_PAGES = 128


class GuideBrowser(QTextBrowser):
    """A read-only ``QTextBrowser`` whose pages replace one another without an empty step.

    ``QTextEdit.setHtml`` empties the shown document before parsing the new text. With the
    scroll bar shown "as needed", the empty document hides it, the viewport widens, the new
    text is laid out at that width, the scroll bar comes back and the text is laid out again:
    two layouts, two viewport resizes and a full repaint of the scroll bar on every click.
    Building the page in a document of its own and handing it over with ``setDocument`` lays
    it out once, at the final width.

    With :meth:`fit_to_page` the browser does not scroll itself: it is as tall as its page
    and a scroll area around it scrolls (the guide reads as one column with the cards).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(BandedScrollBar(self))
        self._fit = False
        # Pages shown lately by their HTML, newest last: parsing a page again took as long
        # as laying it out. The HTML is the key, so a page never outlives what it shows.
        self._pages: OrderedDict[str, QTextDocument] = OrderedDict()

    def fit_to_page(self) -> None:
        """From now on be as tall as the page shown, with no scroll bar of its own."""
        self._fit = True
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_height()

    def set_page(self, html: str) -> None:
        """Show ``html``, replacing the page shown before."""
        page = self._pages.pop(html, None) or self._new_page(html)
        self._pages[html] = page
        if page is self.document():
            # Shown already and laid out: only start afresh, as setHtml would, with nothing
            # selected.
            self.setTextCursor(QTextCursor(page))
        else:
            # The page may have been made before a font change, which reaches only the page
            # shown.
            if page.defaultFont() != self.font():
                page.setDefaultFont(self.font())
            self.setDocument(page)
        # setHtml shows a page from its top; setDocument keeps the scroll bar's value.
        self.verticalScrollBar().setValue(0)
        self._fit_height()
        while len(self._pages) > _PAGES:
            self._pages.popitem(last=False)[1].deleteLater()

    def _new_page(self, html: str) -> QTextDocument:
        page = QTextDocument(self)
        page.setUndoRedoEnabled(False)
        # What QTextEdit does for the document it makes itself: the same font and the
        # viewport's metrics, so the page looks exactly as setHtml would show it.
        page.setDefaultFont(self.font())
        page.documentLayout().setPaintDevice(self.viewport())
        # A null page size keeps the text from being laid out before it is shown: setDocument
        # lays it out at the viewport's width.
        page.setPageSize(QSizeF(0, 0))
        page.setHtml(html)
        page.documentLayout().documentSizeChanged.connect(self._on_page_size_changed)
        return page

    def _fit_height(self) -> None:
        """As tall as the page laid out at the browser's width, so it never scrolls."""
        if not self._fit:
            return
        margins = self.contentsMargins()
        height = self.document().size().height() + margins.top() + margins.bottom()
        self.setFixedHeight(max(self.fontMetrics().height(), round(height) + 2))

    def _on_page_size_changed(self, _size: QSizeF) -> None:
        # The width changed, or a page was laid out: fit the height to the page shown.
        if self.sender() is self.document().documentLayout():
            self._fit_height()
