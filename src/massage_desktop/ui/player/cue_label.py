"""The step's how-to on screen: whole in the largest type that fits, or in turning pages.

Where the pages break is ``engine/howto.py``'s; this module measures.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from massage_desktop.engine.howto import page_at, pages_of, sentences
from massage_desktop.ui.i18n import fill

WHOLE_SHARE = 0.75
"""The whole how-to may shrink to this share of the largest type before it is paged."""
PAGE_SHARE = 0.85
"""Pages may shrink to this share of the type every sentence fits in when that makes fewer."""
GROWTH = 1.25
"""Above the normal text size, the how-to shows at least this much larger than the normal
size shows it in the same room (up to the larger size's own type), in more pages if need be:
at the extra-large size on a 1024x700 screen it came out 8 % larger, which read as no change
(walk 8)."""
_ALIGN = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
_WRAP = int(_ALIGN | Qt.TextFlag.TextWordWrap)
"""The flags QLabel lays word-wrapped text out with (combining Qt flags costs Python calls)."""
_MEASURED_KEPT = 4096
"""Measurements a cue keeps; cleared when more (a session's texts at a few sizes and rooms)."""


class CueLabel(QLabel):
    """The step's instruction, never cut: whole if it fits, else a page of sentences at a time.

    ``set_text`` gives the whole instruction. It is shown whole when it fits the room the
    layout gives in type no smaller than ``WHOLE_SHARE`` of ``largest_px``; when it does not,
    it is split into the fewest pages of whole sentences (``_fewest_pages``), and they are
    shown in the largest type with which every one fits (down to ``smallest_px`` only when a
    long sentence needs it). A larger text size never makes it smaller: when the text sized
    from ``normal_px`` (the largest type at the normal text size) would come out larger in the
    same room, that is what shows (``_never_below_normal``). ``set_elapsed``
    (the step's time, pauses excluded) chooses the page, and ``pager`` shows "1/3" beside it.
    Two labels that ``share_pages`` (the player's and room mode's) break the same text into
    the same pages, ones that fit both, while both are shown.
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
        self._normal = 24
        self._bold = False
        self._partner: CueLabel | None = None
        self._pager_changing = False
        self._refit_waiting = False
        self._refitting = False
        self._measured: dict[tuple[str, str, int, int], bool] = {}
        """Whether a text fits, by font, text and room: one fit measures the same text in the
        same type up to a dozen times (whole, in pages, at the normal size), and each step,
        resize and pager change fits again. Measuring was most of the player's own time."""
        self._fitted: dict[tuple[object, ...], tuple[list[str], tuple[int, ...]]] = {}
        """A whole fit's pages and each view's type, by text and each view's room, sizes and
        font: room mode fits on every tick, and the pager's and the layout's resizes ask for
        the same fit again. Even with every measurement kept, choosing the pages again was
        4 % of the test suite's time."""

    def set_sizes(
        self, largest_px: int, smallest_px: int, *, bold: bool = False, normal_px: int | None = None
    ) -> None:
        """Fit the text between these pixel sizes.

        Args:
            largest_px: the type when the text fits (the text-size setting's).
            smallest_px: the type a long sentence may shrink to.
            bold: whether the text is bold.
            normal_px: ``largest_px`` at the normal text size (default: ``largest_px``); the
                text is never shown smaller than it would be from there in the same room.
        """
        normal = largest_px if normal_px is None else min(normal_px, largest_px)
        sizes = (largest_px, min(smallest_px, largest_px), bold, normal)
        if sizes != (self._largest, self._smallest, self._bold, self._normal):
            self._largest, self._smallest, self._bold, self._normal = sizes
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
        """Fit again in the new room (after the pager's change, when it caused this)."""
        super().resizeEvent(event)
        if self._pager_changing:
            self._refit_waiting = True
        else:
            self.fit()

    def share_pages(self, other: CueLabel | None) -> None:
        """Page the same text as ``other`` into the same pages while both are shown; None: alone.

        Room mode over the player showed "2/5" where the player showed "1/2" of one how-to.
        """
        old = self._partner
        if old is other:
            return
        if old is not None:
            old._partner = None
        self._partner = other
        if other is not None:
            other._partner = self
        self.fit()
        if old is not None:
            old.fit()

    def fit(self) -> None:
        """Choose the pages and the type size for the current room (and the partner's)."""
        text = self._whole
        if self._area() is None or not text:
            self._show_pages([text])
            return
        views = [self]
        partner = self._partner
        shown = partner is not None and partner.isVisible() and partner._area() is not None
        if shown and partner is not None and partner._whole == text:
            views.append(partner)
        key = (text, *(view._fit_key() for view in views))
        fitted = self._fitted.get(key)
        if fitted is None:
            pages = _chosen_pages(text, views, {view: view._largest for view in views})
            if any(view._normal < view._largest for view in views):
                pages = _never_below_normal(text, views, pages)
            if len(self._fitted) >= _MEASURED_KEPT:
                self._fitted.clear()
            fitted = self._fitted[key] = (pages, tuple(view._px_for(pages) for view in views))
        pages, sizes = fitted
        for view, px in zip(views, sizes, strict=True):
            view._show_pages(list(pages), px)

    def _fit_key(self) -> tuple[object, ...]:
        """All a fit depends on of this view: its room, its type sizes and its font."""
        font = self._font(self._smallest).key()
        return (self._area(), self._largest, self._smallest, self._bold, self._normal, font)

    def _area(self) -> tuple[int, int] | None:
        """The width and height the text may take, or None before the layout gave any."""
        room = self.contentsRect()
        width, height = room.width() - 2 * self.margin(), room.height() - 2 * self.margin()
        return (width, height) if width > 0 and height > 0 else None

    def _floor(self, share: float, top: int) -> int:
        """The smallest type before the text is split (further): ``share`` of ``top``."""
        return max(self._smallest, round(top * share))

    def _sentence_px(self, text: str, top: int) -> int:
        """The largest type (up to ``top``) in which every sentence of ``text`` fits alone."""
        return self._px_for(sentences(text), top)

    def _fits_px(self, text: str, px: int) -> bool:
        area = self._area()
        return area is not None and self._fits(text, px, *area)

    def _px_for(self, pages: list[str], top: int | None = None) -> int:
        """The largest type up to ``top`` (the largest) with which every page fits.

        The smallest type if none does.
        """
        sizes = range(self._largest if top is None else top, self._smallest - 1, -1)
        fitting = (px for px in sizes if all(self._fits_px(page, px) for page in pages))
        return next(fitting, self._smallest)

    def _show_pages(self, pages: list[str], px: int | None = None) -> None:
        """Show ``pages`` in type ``px``, by default the largest with which each fits.

        Nothing fits even in the smallest type: the smallest, which a test reports as cut.
        """
        self._pages, self._px = pages, self._px_for(pages) if px is None else px
        self._turn(force=True)

    def _fits(self, text: str, px: int, width: int, height: int) -> bool:
        """Whether ``text`` wrapped at ``width`` in type ``px`` high is ``height`` high at most.

        Measured as QLabel measures word-wrapped plain text, without setting the font.
        """
        font = self._font(px)
        key = (font.key(), text, width, height)
        fits = self._measured.get(key)
        if fits is None:
            if len(self._measured) >= _MEASURED_KEPT:
                self._measured.clear()
            box = QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), _WRAP, text)
            fits = self._measured[key] = box.height() <= height and box.width() <= width
        return fits

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(self._bold)
        return font

    def _turn(self, *, force: bool = False) -> None:
        pages = self._pages
        page = min(page_at(pages, self._elapsed), len(pages) - 1)
        if page == self._page and not force:
            return
        self._page = page
        font = self.font()
        if font.pixelSize() != self._px or font.bold() != self._bold:
            self.setFont(self._font(self._px))
        super().setText(pages[page])
        count = len(pages)
        # The text first, then the visibility, and never empty: an empty label's size hint
        # is smaller although the pager keeps its room while hidden.
        self.pager.setText(f"{page + 1}/{count}")
        self.pager.setAccessibleName(
            fill(QCoreApplication.translate("PlayerPanel", "Part %1 of %2"), page + 1, count)
        )
        self._set_pager_visible(count > 1)

    def _set_pager_visible(self, visible: bool) -> None:
        """Show or hide the pager; a fit its layout change asks for runs after, not inside.

        Showing the pager can resize the cue at once (a shown window's layout activates
        synchronously inside QWidget::setVisible). Fitting inside that call chose one page
        and hid the pager, and the outer show then finished: "1/2" beside a single page.
        """
        self._pager_changing = True
        try:
            self.pager.setVisible(visible)
        finally:
            self._pager_changing = False
        if self._refit_waiting and not self._refitting:
            # Once: a text that fits only with the pager hidden must not flip it for ever.
            self._refit_waiting, self._refitting = False, True
            try:
                self.fit()
            finally:
                self._refitting = False


def _chosen_pages(text: str, views: list[CueLabel], tops: dict[CueLabel, int]) -> list[str]:
    """``text`` whole if it fits every view in ``WHOLE_SHARE`` of its top type, else paged."""
    if all(view._fits_px(text, view._floor(WHOLE_SHARE, tops[view])) for view in views):
        return [text]
    return _fewest_pages(text, views, tops)


def _never_below_normal(text: str, views: list[CueLabel], pages: list[str]) -> list[str]:
    """``pages``; else pages in ``GROWTH`` times the normal size's type; else the normal's.

    At the extra-large size the whole how-to no longer fit and its pages came out in smaller
    type than the normal size's in the same room (the walk measured 15 px against 20 px): the
    person who asked for larger text got the smallest text in the window.
    """
    normal = _chosen_pages(text, views, {view: view._normal for view in views})
    normal_px = {view: view._px_for(normal, view._normal) for view in views}
    wanted = {view: min(view._largest, round(normal_px[view] * GROWTH)) for view in views}
    if all(view._px_for(pages) >= wanted[view] for view in views):
        return pages
    # Clearly larger, in more pages, when every sentence fits alone in that type.
    if all(view._sentence_px(text, view._largest) >= wanted[view] for view in views):
        return pages_of(text, lambda page: all(v._fits_px(page, wanted[v]) for v in views))
    if normal != pages and any(view._px_for(pages) < normal_px[view] for view in views):
        return normal
    return pages


def _fewest_pages(text: str, views: list[CueLabel], largest: dict[CueLabel, int]) -> list[str]:
    """``text`` in the fewest pages of whole sentences that fit every view, in large type.

    Each view starts at the largest type in which every sentence fits alone and may go down
    to ``PAGE_SHARE`` of it, but not below its normal size's largest type; the fewest pages
    win, the larger type among equals. "Use the
    flats of your hands." alone on a page, the long sentence after it on the next, left
    room mode's page two-thirds empty.
    """
    tops = {view: view._sentence_px(text, largest[view]) for view in views}
    # Above the normal text size, pages never go below the normal size's largest type (when
    # every sentence fits in it): more pages in larger type is what the larger size is for.
    floors = {v: min(v._normal, tops[v]) if v._normal < largest[v] else 0 for v in views}

    def fits_all(page: str, share: float) -> bool:
        return all(
            v._fits_px(page, max(v._smallest, round(tops[v] * share), floors[v])) for v in views
        )

    best: list[str] | None = None
    for step in range(round((1 - PAGE_SHARE) * 100) + 1):
        pages = pages_of(text, partial(fits_all, share=1 - step / 100))
        if best is None or len(pages) < len(best):
            best = pages
        if len(best) == 1:
            break
    return best or [text]
