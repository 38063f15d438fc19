"""The chosen technique or routine at a glance, above the cards: what to do before starting.

A technique shows its plain name, phase and time, a pressure meter, its
steps as short numbered lines and every warning that applies here, each once (the health
profile's verdict first, above the steps when it rules the technique out, then this person's
conditions and the warnings about this place, strongest first, then the conditions anyone
may have in one calm box); the full guide with every sentence stays below
the cards and points up to these warnings instead of repeating them. A routine shows its length,
its summary and its techniques in order.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.guide.cards import split_row
from massage_desktop.ui.guide.formatting import performer_text
from massage_desktop.ui.guide.gate import Outlook
from massage_desktop.ui.guide.lists import phase_text, routine_card_text, technique_amount
from massage_desktop.ui.guide.pressure_meter import PressureMeter
from massage_desktop.ui.guide.technique_warnings import technique_warning_parts
from massage_desktop.ui.guide.warning_boxes import GuideColours
from massage_desktop.ui.i18n import fill

LINK_STYLE = "<style>a { text-decoration: none; font-weight: 600; }</style>"
""""Why? See Safety" in the app's own look (accent, semi-bold), not a web page's underline."""
MOST_STEPS = 5
"""Numbered lines shown at most; the full guide below has the rest."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„“\"])")


def first_sentence(text: str) -> str:
    """The first sentence of an instruction: enough to recognise the step."""
    return _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]


def numbered(lines: list[str]) -> str:
    """Lines numbered 1., 2., ... in two table columns, the numbers right-aligned.

    Not an ``<ol>``: QLabel draws a list's numbers in its fixed indent, so at the largest text
    size "1." lost its left edge and read "L."; a table column grows with the text.
    """
    rows = "".join(
        f'<tr><td align="right" style="padding-right:6px;">{number}.</td>'
        f"<td>{escape(line)}</td></tr>"
        for number, line in enumerate(lines, start=1)
    )
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


def short_steps(technique: Technique) -> tuple[list[str], int]:
    """The steps as short lines, and how many more the full guide has.

    A technique of one long step is shown sentence by sentence; one of several steps shows
    each step's first sentence.
    """
    if len(technique.steps) == 1:
        lines = _SENTENCE_END.split(" ".join(technique.steps[0].instruction.split()))
    else:
        lines = [first_sentence(step.instruction) for step in technique.steps]
    return lines[:MOST_STEPS], max(0, len(lines) - MOST_STEPS)


class DetailCard(QFrame):
    """A card with the essentials of one technique or routine.

    Signals:
        safetyRequested(): a warning's "Why? See Safety" link was followed.
    """

    safetyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailCard")
        self.name = self._label("title")
        self.meta = self._label("muted")
        # What the health profile rules out comes first, above the steps and other warnings:
        # under the steps it read as one warning among many, below what to do.
        self.ruled_out = self._label("body")
        self.ruled_out.setObjectName("ruledOut")
        self.ruled_out.setTextFormat(Qt.TextFormat.RichText)
        self.ruled_out.hide()
        self.pressure = PressureMeter(self)
        self.pressure_text = self._label("muted")
        self.summary = self._label("body")
        self.steps = self._label("body")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = self._label("body")
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setOpenExternalLinks(False)
        # "Why? See Safety" in a grouped box is a link: reachable by mouse and by keyboard.
        self.warnings.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.warnings.linkActivated.connect(self._on_warnings_link_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(M, M, M, M)
        layout.setSpacing(S)
        layout.addWidget(self.name)
        layout.addWidget(self.meta)
        layout.addWidget(self.ruled_out)
        pressure = QHBoxLayout()
        pressure.setSpacing(S)
        pressure.addWidget(self.pressure, 0, Qt.AlignmentFlag.AlignVCenter)
        pressure.addWidget(self.pressure_text, 1)
        layout.addLayout(pressure)
        for label in (self.summary, self.steps, self.warnings):
            layout.addWidget(label)

    def _label(self, role: str) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", role)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def show_technique(
        self,
        catalog: Catalog,
        technique: Technique,
        region_id: str | None,
        colours: GuideColours,
        verdict: Verdict | None,
        place: str = "",
    ) -> None:
        """Fill the card with one technique as it applies to ``region_id``.

        ``place`` heads a block that rules it out on one place (``located_heading``).
        """
        term = f" · {technique.term}" if technique.term else ""
        self.name.setText(technique.name)
        self.name.setAccessibleName(technique.name + term)
        self.name.show()
        self.meta.setText(
            " · ".join(
                p
                # The technical term stays for the full guide's end (``technique_html``):
                # first on the card, "effleurage · Warm-up", it read as jargon (walk 8, 9).
                for p in (
                    phase_text(technique),
                    technique_amount(technique),
                    performer_text(technique.performer),
                )
                if p
            )
        )
        level = technique.pressure.level
        area = catalog.regions[region_id].area if region_id else None
        for band in technique.pressure.by_area:
            if area in band.areas:
                level = band.level
        self.pressure.set_level(level)
        self.pressure_text.setText(self.pressure.accessibleName())
        self.pressure.show()
        self.pressure_text.show()
        self.summary.setText(technique.summary)
        lines, more = short_steps(technique)
        rest = (
            "<p>"
            + escape(
                fill(
                    QCoreApplication.translate("Guide", "…and %1 more in the full guide below."),
                    more,
                )
            )
            + "</p>"
            if more
            else ""
        )
        self.steps.setText(numbered(lines) + rest)
        # The one place on screen with the warnings in full; the guide below points here.
        ruled_out, boxes = technique_warning_parts(
            catalog, technique, region_id, colours, verdict, place
        )
        self.ruled_out.setText(ruled_out)
        self.ruled_out.setVisible(bool(ruled_out))
        self.warnings.setText(LINK_STYLE + boxes if boxes else "")
        self.warnings.setVisible(bool(boxes))
        self.show()

    def plain_text(self) -> str:
        """The card as a screen reader reads it: name, details, steps and warnings."""
        parts = [self.name.text(), self.meta.text()]
        if self.ruled_out.isVisibleTo(self):
            parts.append(_plain(self.ruled_out.text()))
        if self.pressure_text.isVisibleTo(self):
            parts.append(self.pressure_text.text())
        parts += [self.summary.text(), _plain(self.steps.text())]
        if self.warnings.isVisibleTo(self):
            parts.append(_plain(self.warnings.text()))
        return "\n".join(p for p in parts if p)

    def _on_warnings_link_activated(self, link: str) -> None:
        if link.startswith("safety:"):
            self.safetyRequested.emit()

    def show_routine(
        self, catalog: Catalog, routine: Routine, outlook: Outlook | None, own: bool
    ) -> None:
        """Fill the card with a routine: length, steps and who it is for, its techniques.

        The numbers are those of ``outlook`` (what runs for this person), as on its card.
        """
        self.name.setText(routine.name)
        self.name.setAccessibleName(routine.name)
        # The guide's heading names the routine shown, just above: the card said it again.
        self.name.hide()
        _title, detail = split_row(routine_card_text(catalog, routine, outlook, own))
        self.meta.setText(detail.replace("  · ", " · "))
        self.pressure.hide()
        self.pressure_text.hide()
        # The first sentence: the routine page under the cards has the whole description.
        summary = first_sentence(routine.summary)
        if routine.repeat is not None:
            # "For one knee" never said which until the sheet ticked one (walk 6, #22).
            summary += " " + QCoreApplication.translate(
                "Guide", "You choose the side when you start."
            )
        self.summary.setText(summary)
        names = list(dict.fromkeys(catalog.techniques[i.technique].name for i in routine.items))
        more = len(names) - MOST_STEPS
        rest = (
            "<p>"
            + escape(fill(QCoreApplication.translate("Guide", "…and %1 more."), more))
            + "</p>"
            if more > 0
            else ""
        )
        self.steps.setText(numbered(names[:MOST_STEPS]) + rest)
        self.warnings.setText("")
        self.warnings.hide()
        self.ruled_out.setText("")
        self.ruled_out.hide()
        self.show()


def _plain(html: str) -> str:
    return QTextDocumentFragment.fromHtml(html).toPlainText()
