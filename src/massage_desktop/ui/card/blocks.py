"""The pieces a card is made of, each measured before it is placed.

Page breaks fall between blocks, so a step or a warning is never split across two pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.engine.card import CardStep, CardWarning
from massage_desktop.engine.entry import StepWarning
from massage_desktop.ui.card import text
from massage_desktop.ui.card.typeset import Paint, Style, Typesetter
from massage_desktop.ui.guide.formatting import pressure_scale
from massage_desktop.ui.guide.html import if_you_have, is_general
from massage_desktop.ui.guide.warning_boxes import (
    is_condition_warning,
    not_here_heading,
    place_label,
    place_names,
    unticked_heading,
    warning_heading,
    warning_source,
)
from massage_desktop.ui.i18n import fill

BADGE = 18.0  # diameter of a step's number, points
INDENT = BADGE + 9.0  # where a step's text starts
GAP = 3.0  # between the lines of a step
PAD = 7.0  # inside a warning box


def _inline(warnings: list[StepWarning]) -> str:
    """A step's warnings as the player's strip says them, one label a kind, strongest first.

    What to take care of is said in short on the step ("Take care: Keep oil from dripping"):
    a bare "⚠ Take care" stood on every step, its text only in the boxes pages later (walks
    15-16). Where not to press, and a condition to avoid, are named likewise. The boxes after
    the steps still give each warning in full.
    """
    said: dict[str, list[str]] = {}
    for warning in warnings:
        what = warning.title if warning.contraindication_id else warning.text
        what = what.rstrip() if what.rstrip().endswith((".", "!", "?")) else f"{what.rstrip()}."
        label = if_you_have(warning.severity) if is_condition_warning(warning) else None
        if label is not None:
            said.setdefault(label, []).append(what)
        else:
            said.setdefault(f"{place_label(warning.severity)}:", []).append(what)
    return " · ".join(f"{label} {' '.join(dict.fromkeys(whats))}" for label, whats in said.items())


@dataclass(frozen=True)
class Block:
    """Something drawn at full width: its height and how to draw it at a given top.

    Attributes:
        height: Points, including the space below it.
        paint: Draws it.
        keep_with_next: A heading: never left alone at the bottom of a page.
    """

    height: float
    paint: Paint
    keep_with_next: bool = False


class Blocks:
    """Makes the card's blocks for one width and one typesetter."""

    def __init__(self, catalog: Catalog, ts: Typesetter, width: float, left: float) -> None:
        self._catalog = catalog
        self._ts = ts
        self._width = width
        self._left = left
        c = ts.colours
        self.title = Style(20, c.text, bold=True)
        self.heading = Style(12.5, c.accent, bold=True)
        self.body = Style(10, c.text)
        self.small = Style(9, c.text)
        self.muted = Style(8.5, c.muted)
        self.italic = Style(9, c.muted, italic=True)

    def heading_block(self, words: str) -> Block:
        """A section heading with a rule under it."""
        style, width, left = self.heading, self._width, self._left
        tall = self._ts.height(style, words, width)

        def paint(painter: QPainter, top: float) -> None:
            self._ts.draw(painter, style, QRectF(left, top, width, tall), words)
            painter.setPen(QPen(QColor(self._ts.colours.accent), 0.8))
            painter.drawLine(QPointF(left, top + tall + 2), QPointF(left + width, top + tall + 2))

        return Block(tall + 9, paint, keep_with_next=True)

    def step_block(self, step: CardStep, told: int | None = None) -> Block:
        """A numbered step: name, time or count with pressure, where, how, note, left out.

        ``told`` is the step that gave the same left-out reason in full, if any.
        """
        ts, c = self._ts, self._ts.colours
        left, width = self._left + INDENT, self._width - INDENT
        blocked = step.blocked
        name_style = Style(11, c.muted if blocked else c.text, bold=True, strike=blocked)
        pressure = fill(
            QCoreApplication.translate("RoutineCard", "Pressure: %1"), pressure_scale(step.pressure)
        )
        lines = [
            (name_style, step.technique_name),
            (self.small, f"{text.amount_text(self._catalog, step)} · {pressure}"),
            (self.muted, text.places_text(self._catalog, step)),
            (Style(10, c.muted) if blocked else self.body, step.instruction),
            (self.italic, step.note or ""),
        ]
        # Neither a condition anyone may have nor one the person has elsewhere or did not
        # tick: "⚠ Avoid this area or technique if you have: Painful, hot or inflamed
        # joints" on each step, for someone without them (walk 6, finding 24).
        labels = [
            w
            for w in step.warnings
            if not (w.contraindication_id and is_general(w.severity))
            and not (w.elsewhere or w.unticked)
        ]
        if labels and not blocked:
            # The warnings are printed in full once, after the steps; the step says what
            # each is about: it changes how the step is done.
            words = _inline(labels)
            ink = c.severity[labels[0].severity].ink
            lines.append((Style(8.5, ink, bold=True), f"⚠ {words}"))
        stop = c.severity[Severity.DO_NOT_MASSAGE].ink
        lines.append((Style(9, stop, bold=True), text.left_out_text(step, told)))
        placed = []
        y = 0.0
        for style, words in lines:
            tall = ts.height(style, words, width)
            if tall:
                placed.append((style, words, y, tall))
                y += tall + GAP
        height = max(y, BADGE)

        def paint(painter: QPainter, top: float) -> None:
            badge = QRectF(self._left, top, BADGE, BADGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(c.muted if blocked else c.accent)))
            painter.drawEllipse(badge)
            ts.draw(
                painter,
                Style(9, c.on_accent, bold=True),
                badge,
                str(step.number),
                Qt.AlignmentFlag.AlignCenter,
            )
            for style, words, dy, tall in placed:
                ts.draw(painter, style, QRectF(left, top + dy, width, tall), words)
            rule = top + height + 5
            painter.setPen(QPen(QColor(c.border), 0.6))
            painter.drawLine(QPointF(left, rule), QPointF(self._left + self._width, rule))

        return Block(height + 11, paint)

    def warning_blocks(self, warnings: tuple[CardWarning, ...]) -> list[Block]:
        """One coloured box per warning, strongest first; general conditions grouped by name.

        As on the screen, the conditions that rule out massage or call for a professional
        (the same for most techniques) are listed by name in one box per severity.
        """
        general: dict[Severity, list[str]] = {}
        boxes: list[Block] = []
        # Screened against a profile: the person's own conditions at other places, and the
        # ones they did not tick, are named in one calm box at the end, as on the screen;
        # page 2 held whole boxes of conditions the person did not have (walk 6, #24).
        away = [w for w in (i.warning for i in warnings) if w.elsewhere]
        unticked = [w.title for w in (i.warning for i in warnings) if w.unticked]
        for item in warnings:
            w = item.warning
            if w.elsewhere or w.unticked:
                continue
            if w.contraindication_id and is_general(w.severity):
                general.setdefault(w.severity, []).append(w.title)
        for severity in sorted(general, key=lambda s: s.rank):
            titles = "; ".join(dict.fromkeys(general[severity]))
            heading = if_you_have(severity)
            boxes.append(self._box(severity, f"⚠ {heading}", f"{titles}.", ""))
        for item in warnings:
            w = item.warning
            if w.elsewhere or w.unticked or (w.contraindication_id and is_general(w.severity)):
                continue
            body = f"{w.title}. {w.text}" if w.contraindication_id else w.text
            if w.advice:
                body += f" {w.advice}"
            # Headed as on the screen: a condition "Avoid this area or technique if you have:".
            label = f"⚠ {warning_heading(w.severity, is_condition_warning(w))}"
            # The app's own advice says so, as on the screen (its text no longer does).
            where = " · ".join(
                part
                for part in (text.step_numbers_text(item.steps), warning_source(self._catalog, w))
                if part
            )
            boxes.append(self._box(w.severity, label, body, where))
        if away:
            places = [f"{w.title} ({place_names(self._catalog, w.elsewhere)})" for w in away]
            body = "; ".join(dict.fromkeys(places)) + "."
            boxes.append(self._box(Severity.TAKE_CARE, not_here_heading(), body, ""))
        if unticked:
            body = "; ".join(dict.fromkeys(unticked)) + "."
            boxes.append(self._box(Severity.TAKE_CARE, unticked_heading(), body, ""))
        return boxes

    def notice(self, severity: Severity, label: str, body: str) -> Block:
        """A coloured box with a bold first line, as a warning's, without a source."""
        return self._box(severity, label, body, "")

    def _box(self, severity: Severity, label: str, body: str, where: str) -> Block:
        ts, tone = self._ts, self._ts.colours.severity[severity]
        inner = self._width - 2 * PAD
        parts = [
            (Style(9.5, tone.ink, bold=True), label),
            (Style(9.5, tone.ink), body),
            (Style(8.5, tone.ink, italic=True), where),
        ]
        placed = []
        y = PAD
        for style, words in parts:
            tall = ts.height(style, words, inner)
            if tall:
                placed.append((style, words, y, tall))
                y += tall + GAP
        height = y - GAP + PAD

        def paint(painter: QPainter, top: float) -> None:
            box = QRectF(self._left, top, self._width, height)
            painter.setPen(QPen(QColor(tone.edge), 0.8))
            painter.setBrush(QBrush(QColor(tone.paper)))
            painter.drawRoundedRect(box, 4, 4)
            for style, words, dy, tall in placed:
                ts.draw(painter, style, QRectF(self._left + PAD, top + dy, inner, tall), words)

        return Block(height + 6, paint)

    def paragraph(self, style: Style, words: str, after: float = 4.0) -> Block:
        """Plain wrapped text at full width."""
        tall = self._ts.height(style, words, self._width)

        def paint(painter: QPainter, top: float) -> None:
            self._ts.draw(painter, style, QRectF(self._left, top, self._width, tall), words)

        return Block(tall + after, paint)
