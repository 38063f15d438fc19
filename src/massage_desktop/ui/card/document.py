"""A routine card laid out on pages: the figure and summary, the steps, the warnings.

Every page ends with the stop rule in a red box and says which page it is; a page breaks only
between blocks (see ``blocks``), so a step is never split.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPageSize, QPainter, QPen

from massage_desktop import APP_NAME
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.engine.card import RoutineCard
from massage_desktop.ui.card import text
from massage_desktop.ui.card.blocks import Block, Blocks
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.typeset import Style, Typesetter
from massage_desktop.ui.guide.formatting import performer_text
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.i18n import fill

MARGIN = 40.0  # points on every side
FIGURE_HEIGHT = 290.0  # points on page 1
_FOOTER = 46.0  # the stop rule's box and the page line, with the space above them
_RUNNING_HEAD = 24.0  # the routine's name on the pages after the first


class Paper(StrEnum):
    """The paper sizes a card is laid out for."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        """Qt's page size."""
        ids = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
        return QPageSize(ids[self])

    @property
    def points(self) -> QSizeF:
        """Width and height in points: A4 595 × 842, Letter 612 × 792."""
        return self.page_size.size(QPageSize.Unit.Point)


class CardDocument:
    """The pages of one card for one paint device (which decides the fonts' measurements)."""

    def __init__(
        self,
        catalog: Catalog,
        card: RoutineCard,
        figure: CardFigure,
        paper: Paper,
        ts: Typesetter,
    ) -> None:
        self._catalog = catalog
        self._card = card
        self._figure = figure
        self._ts = ts
        self.size = paper.points
        self._width = self.size.width() - 2 * MARGIN
        self._blocks = Blocks(catalog, ts, self._width, MARGIN)
        self.pages = self._paginate([self._top(), *self._body()])

    @property
    def page_count(self) -> int:
        """How many pages the card takes."""
        return len(self.pages)

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Draw page ``index`` (from 0); the painter works in points from the paper's corner."""
        painter.fillRect(QRectF(0, 0, self.size.width(), self.size.height()), QColor("white"))
        if index:
            self._running_head(painter)
        for block, top in self.pages[index]:
            block.paint(painter, top)
        self._footer(painter, index)

    # --- layout ---------------------------------------------------------------------------

    def _top(self) -> Block:
        """The title, then the figure beside who it is for, the total time and the summary."""
        card, ts, b = self._card, self._ts, self._blocks
        c = ts.colours
        title_h = ts.height(b.title, card.routine.name, self._width)
        aspect = self._figure.aspect([*card.worked_regions, *card.left_out_regions])
        fig_w = min(self._width * 0.52, FIGURE_HEIGHT * aspect)
        info_left = MARGIN + fig_w + 16
        info_w = self._width - fig_w - 16
        steps = text.routine_count_text(card)
        meta = f"{performer_text(card.routine.performer)} · {steps}"
        caption = QCoreApplication.translate(
            "RoutineCard", "On the figure: the parts worked are shaded, arrows show the strokes."
        )
        hatched = text.hatched_text(card)
        if hatched:
            caption += " " + hatched
        lines = [
            (Style(10, c.muted), meta),
            (Style(11, c.text, bold=True), text.total_text(card)),
            (Style(9, c.text), text.side_order_text(card)),
            (Style(9, c.text, bold=True), text.side_text(self._catalog, card)),
            (Style(9, c.text), text.repeat_text(card)),
            (Style(9, c.text, bold=True), text.screening_text(card)),
            (Style(9, c.text, bold=True), text.rests_text(self._catalog, card)),
            (b.italic, card.routine.summary),
            (Style(8, c.muted), caption),
        ]
        # A rest day is said first, under the title, across the page: a line among the
        # others beside the figure would be read as one more detail.
        heading, advice = text.rest_day_text(card)
        notice = b.notice(Severity.TAKE_CARE, f"⚠ {heading}", advice) if heading else None
        below = title_h + 10 + (notice.height + 4 if notice is not None else 0)
        placed = []
        y = below
        for style, words in lines:
            tall = ts.height(style, words, info_w)
            if tall:
                placed.append((style, words, y, tall))
                y += tall + 6
        height = max(y, below + FIGURE_HEIGHT) + 12

        def paint(painter: QPainter, top: float) -> None:
            ts.draw(painter, b.title, QRectF(MARGIN, top, self._width, title_h), card.routine.name)
            if notice is not None:
                notice.paint(painter, top + title_h + 10)
            area = QRectF(MARGIN, top + below, fig_w, FIGURE_HEIGHT)
            self._figure.paint(
                painter, area, card.worked_regions, card.strokes, card.left_out_regions
            )
            for style, words, dy, tall in placed:
                ts.draw(painter, style, QRectF(info_left, top + dy, info_w, tall), words)

        return Block(height, paint)

    def _body(self) -> list[Block]:
        b = self._blocks
        blocks = [b.heading_block(QCoreApplication.translate("RoutineCard", "Steps"))]
        told: dict[str, int] = {}  # a left-out reason and the step that gave it in full
        for step in self._card.steps:
            # Today's short rest reason is said on each step; the profile's long ones once.
            reason = step.blocked_reason if not step.rests else None
            blocks.append(b.step_block(step, told.get(reason) if reason else None))
            if reason:
                told.setdefault(reason, step.number)
        boxes = b.warning_blocks(self._card.warnings)
        if boxes:
            heading = QCoreApplication.translate("RoutineCard", "Warnings for these steps")
            blocks += [b.heading_block(heading), *boxes]
        return blocks

    def _paginate(self, blocks: list[Block]) -> list[list[tuple[Block, float]]]:
        """Place blocks top to bottom; a block that does not fit starts a new page."""
        bottom = self.size.height() - MARGIN - _FOOTER
        pages: list[list[tuple[Block, float]]] = [[]]
        y = MARGIN
        for index, block in enumerate(blocks):
            need = block.height
            if block.keep_with_next and index + 1 < len(blocks):
                need += blocks[index + 1].height
            if y + need > bottom and pages[-1]:
                pages.append([])
                y = MARGIN + _RUNNING_HEAD
            pages[-1].append((block, y))
            y += block.height
        return pages

    # --- furniture on every page ----------------------------------------------------------

    def _running_head(self, painter: QPainter) -> None:
        words = fill(
            QCoreApplication.translate("RoutineCard", "%1 (continued)"), self._card.routine.name
        )
        style = Style(9, self._ts.colours.muted, bold=True)
        self._ts.draw(painter, style, QRectF(MARGIN, MARGIN, self._width, 14), words)

    def _footer(self, painter: QPainter, index: int) -> None:
        """The stop rule in a red box, and the page line under it."""
        ts = self._ts
        tone = ts.colours.severity[Severity.DO_NOT_MASSAGE]
        box = QRectF(MARGIN, self.size.height() - MARGIN - 34, self._width, 22)
        painter.setPen(QPen(QColor(tone.edge), 0.8))
        painter.setBrush(QBrush(QColor(tone.paper)))
        painter.drawRoundedRect(box, 4, 4)
        align = Qt.AlignmentFlag.AlignCenter
        ts.draw(painter, Style(10.5, tone.ink, bold=True), box, f"⚠ {stop_rule()}", align)
        line = QRectF(MARGIN, box.bottom() + 3, self._width, 10)
        style = Style(7.5, ts.colours.muted)
        ts.draw(
            painter,
            style,
            line,
            f"{APP_NAME} · {self._card.routine.name}",
            Qt.AlignmentFlag.AlignLeft,
        )
        ts.draw(
            painter,
            style,
            line,
            text.page_text(index + 1, self.page_count),
            Qt.AlignmentFlag.AlignRight,
        )
