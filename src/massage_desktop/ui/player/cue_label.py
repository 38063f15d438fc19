"""The step's how-to on screen: whole in the largest type that fits, or in turning pages."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.cue_text import page_at, pages_of

WHOLE_SHARE = 0.75
"""The whole how-to may shrink to this share of the largest type before it is paged."""
PAGE_SHARE = 0.85
"""Pages may shrink to this share of the largest type when that makes fewer of them."""
_ALIGN = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


class CueLabel(QLabel):
    """The step's instruction, never cut: whole if it fits, else a page of sentences at a time.

    ``set_text`` gives the whole instruction. It is shown whole in the largest type from
    ``largest_px`` down to ``WHOLE_SHARE`` of it that fits the room the layout gives; when it
    does not fit, it is split into as few pages of whole sentences as fit in that range
    (smaller type, down to ``smallest_px``, only when a sentence needs it). ``set_elapsed``
    (the step's time, pauses excluded) chooses the page, and ``pager`` shows "1/3" beside it.
    Its size hint does not depend on the text: the layout gives it the room that is left,
    not the room a long text would want. Its accessible description is the whole text.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(_ALIGN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pager = QLabel(parent)
        """Which page shows ("1/3"); hidden, keeping its room, while the text is whole."""
        self.pager.setObjectName("cuePager")
        self.pager.setProperty("role", "muted")
        self.pager.setToolTip(
            QCoreApplication.translate(
                "PlayerPanel",
                "The instruction turns to its next part by itself; pausing holds it.",
            )
        )
        policy = self.pager.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the cue's room must not change with the page
        self.pager.setSizePolicy(policy)
        self.pager.setVisible(False)
        self._whole = ""
        self._pages = [""]
        self._page = 0
        self._px = 24
        self._elapsed = 0.0
        self._largest, self._smallest = 24, 14
        self._bold = False

    def set_sizes(self, largest_px: int, smallest_px: int, *, bold: bool = False) -> None:
        """Fit the text between these pixel sizes."""
        sizes = (largest_px, min(smallest_px, largest_px), bold)
        if sizes != (self._largest, self._smallest, self._bold):
            self._largest, self._smallest, self._bold = sizes
            self.fit()

    def largest_px(self) -> int:
        """The largest type the cue is shown in when it fits (the text-size setting's)."""
        return self._largest

    def set_text(self, text: str) -> None:
        """Show the whole instruction ``text``, in pages if it does not fit."""
        if text != self._whole:
            self._whole = text
            self.setAccessibleDescription(text)
            self.fit()

    def whole_text(self) -> str:
        """The whole instruction, of which ``text()`` is the page shown."""
        return self._whole

    def set_elapsed(self, seconds: float) -> None:
        """Show the page for ``seconds`` into the step (pauses excluded)."""
        self._elapsed = seconds
        self._turn()

    def pages(self) -> list[str]:
        """The pages the instruction is shown in (one: the whole text)."""
        return list(self._pages)

    def page(self) -> int:
        """The index of the page shown."""
        return self._page

    def hasHeightForWidth(self) -> bool:
        """No: the layout gives the cue its room, and the cue fits itself into it."""
        return False

    def sizeHint(self) -> QSize:
        """Two lines of the smallest type: the cue takes what is left, not what it wants."""
        return QSize(160, int(self._smallest * 1.4) * 2)

    def minimumSizeHint(self) -> QSize:
        """Two lines of the smallest type."""
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit again in the new room."""
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Choose the pages and the type size for the current room."""
        room = self.contentsRect()
        width, height = room.width() - 2 * self.margin(), room.height() - 2 * self.margin()
        text = self._whole
        if width <= 0 or height <= 0 or not text:
            self._pages, self._px = [text], self._largest
            self._turn(force=True)
            return
        sizes = range(self._largest, self._smallest - 1, -1)
        whole_floor = max(self._smallest, round(self._largest * WHOLE_SHARE))
        for px in (px for px in sizes if px >= whole_floor):
            if self._fits(text, px, width, height):
                self._pages, self._px = [text], px
                self._turn(force=True)
                return
        page_floor = max(self._smallest, round(self._largest * PAGE_SHARE))
        best: tuple[list[str], int] | None = None
        last: tuple[list[str], int] = ([text], self._smallest)
        for px in sizes:
            if px < page_floor and best is not None:
                break
            pages = pages_of(text, partial(self._fits, px=px, width=width, height=height))
            last = (pages, px)
            fitting = all(self._fits(page, px, width, height) for page in pages)
            if fitting and (best is None or len(pages) < len(best[0])):
                best = (pages, px)
        # Nothing fits even in the smallest type: the smallest pages, which a test reports.
        self._pages, self._px = best if best is not None else last
        self._turn(force=True)

    def _fits(self, text: str, px: int, width: int, height: int) -> bool:
        """Whether ``text`` wrapped at ``width`` in type ``px`` high is ``height`` high at most.

        Measured as QLabel measures word-wrapped plain text, without setting the font.
        """
        metrics = QFontMetrics(self._font(px))
        flags = int(_ALIGN | Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, text)
        return box.height() <= height and box.width() <= width

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(self._bold)
        return font

    def _turn(self, *, force: bool = False) -> None:
        page = min(page_at(self._pages, self._elapsed), len(self._pages) - 1)
        if page == self._page and not force:
            return
        self._page = page
        font = self.font()
        if font.pixelSize() != self._px or font.bold() != self._bold:
            self.setFont(self._font(self._px))
        super().setText(self._pages[page])
        count = len(self._pages)
        self.pager.setVisible(count > 1)
        self.pager.setText(f"{page + 1}/{count}" if count > 1 else "")
        self.pager.setAccessibleName(
            fill(QCoreApplication.translate("PlayerPanel", "Part %1 of %2"), page + 1, count)
        )
