"""The safety page: contraindications, general principles and when to seek help.

One red box at the top says what matters most (the stop rule and the conditions that rule
massage out); each warning below is a calm neutral card marked by a small icon in its
severity's colour. Fifteen red and orange boxes in a row read as alarm, not as guidance
(walk 3, finding 20, worst in the dark theme).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.rules import Contraindication
from massage_desktop.ui.core_text import severity_label
from massage_desktop.ui.design.parts import icon_badge
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import BODY, RADIUS_CONTROL, Colours
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.guide.warning_boxes import if_you_have, source_tag
from massage_desktop.ui.i18n import fill

# Rich text tables are the reliable way to draw filled boxes in a QTextBrowser (see
# warning_boxes.py); a card is one row: the icon's cell, then the text's.
_CARD = (
    '<table width="100%" cellspacing="0" cellpadding="{pad}" bgcolor="{paper}" '
    'style="margin:8px 0;">'
)


def safety_page_html(catalog: Catalog, c: Colours) -> str:
    """The safety page in the colours ``c``: one red summary box, then neutral cards.

    Its title is the dialog's heading (``SafetyDialog``); the sections have headings of
    their own with room above them, so the page reads as a few sections rather than one
    column of text (walk 9, X-f).
    """
    intro = QCoreApplication.translate(
        "Guide",
        "Massage Desktop teaches home massage in plain steps. It is not medical advice "
        "and cannot tell whether massage is safe for you. If in doubt, ask a doctor or physical "
        "therapist first.",
    )
    when_not = QCoreApplication.translate("Guide", "When not to massage, or to take care")
    principles = QCoreApplication.translate("Guide", "General principles")
    seek = QCoreApplication.translate("Guide", "When to see a professional")
    warnings = sorted(catalog.contraindications.values(), key=lambda w: w.severity.rank)
    parts = [
        _summary_box(warnings, c, _located(catalog)),
        f"<p>{escape(intro)}</p>",
        _section(when_not),
        *(_card(catalog, warning, c) for warning in warnings),
        _section(principles),
        _items([(p.title, p.text) for p in catalog.principles]),
        _section(seek),
        _items([(p.title, p.text) for p in catalog.seek_help]),
    ]
    return "".join(parts)


def _section(title: str) -> str:
    """A section's heading, with room above it to set it apart from the section before."""
    return f'<h3 style="margin-top:20px; margin-bottom:8px;">{escape(title)}</h3>'


def _located(catalog: Catalog) -> set[str]:
    """The warnings of conditions that are about a place (the health profile asks where)."""
    return {
        warning
        for condition in catalog.conditions.values()
        if condition.asks_regions
        for warning in condition.contraindications
    }


def _summary_box(warnings: list[Contraindication], c: Colours, located: set[str]) -> str:
    """The one red box: the stop rule, then the conditions that rule massage out.

    A condition about a place says so: "Fresh injury or inflammation" alone read as no massage
    anywhere, beside an app that offers massage elsewhere (walk 7, finding 12).
    """
    tone = c.severity[Severity.DO_NOT_MASSAGE]
    there = QCoreApplication.translate("Guide", "%1 (in that area)")
    ruled_out = [
        fill(there, w.title) if w.id in located else w.title
        for w in warnings
        if w.severity is Severity.DO_NOT_MASSAGE
    ]
    heading = if_you_have(Severity.DO_NOT_MASSAGE)
    listed = f"<br/>{escape(heading)} {escape('; '.join(ruled_out))}." if ruled_out else ""
    return (
        f"{_CARD.format(pad=14, paper=tone.paper)}<tr>"
        f'<td style="color:{tone.ink};"><b>⚠ {escape(stop_rule())}</b>{listed}</td>'
        "</tr></table>"
    )


def _card(catalog: Catalog, warning: Contraindication, c: Colours) -> str:
    """One warning as a neutral card, its severity shown by the icon's colour and label."""
    ink = c.severity[warning.severity].ink
    label = escape(severity_label(warning.severity))
    lines = [
        f"<b>{escape(warning.title)}</b>",
        f'<span style="color:{ink};"><b>{label}</b></span> · {escape(warning.text)}',
    ]
    if warning.advice:
        lines.append(escape(warning.advice))
    tag = source_tag(catalog, warning.sources)
    if tag:
        lines.append(f'<span style="color:{c.muted}; font-size:small;">{escape(tag)}</span>')
    return (
        f"{_CARD.format(pad=12, paper=c.raised)}<tr>"
        f'<td width="28" valign="top" style="color:{ink}; font-size:large;"><b>⚠</b></td>'
        f'<td style="color:{c.text};">{"<br/>".join(lines)}</td>'
        "</tr></table>"
    )


def _items(items: list[tuple[str, str]]) -> str:
    """A bulleted list of titled paragraphs."""
    rows = "".join(f"<li><b>{escape(title)}.</b> {escape(text)}</li>" for title, text in items)
    return f"<ul>{rows}</ul>"


class SafetyDialog(DesignedDialog):
    """A readable, non-modal screen with everything the guides say about safety.

    It was a plain window around a small-type document with a stock "Close" button (walk 9,
    X-f); now it is a designed screen of the app: the shield badge and the heading, the page
    in the body's type size on the window's colour, and one primary "Close".
    """

    scrolls_itself = True  # the page is a text browser with its own scroll bar

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("SafetyDialog", "Massage safely")
        super().__init__(title, title, "shield", parent=parent)
        self.setModal(False)
        self._browser = QTextBrowser(self)
        self._browser.setObjectName("safetyText")
        self._browser.setOpenExternalLinks(False)
        self._browser.setFrameShape(QFrame.Shape.NoFrame)
        self._browser.setAccessibleName(
            QCoreApplication.translate("SafetyDialog", "Safety information")
        )
        self._browser.setStyleSheet(
            f"QTextBrowser#safetyText {{ background: {self.colours.background};"
            f" color: {self.colours.text}; border: 2px solid transparent; }}"
            f" QTextBrowser#safetyText:focus {{ border-color: {self.colours.focus};"
            f" border-radius: {RADIUS_CONTROL}px; }}"
        )
        self._browser.setHtml(safety_page_html(catalog, self.colours))
        self.body.addWidget(self._browser, 1)
        close = self.set_primary(QCoreApplication.translate("SafetyDialog", "Close"))
        # Under X11 the platform theme gives dialog buttons icons, and the app's button
        # style sheet (its padding) then drew the ✗ over the word "Close".
        close.setIcon(QIcon())
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_text_scale(1.0)
        self.resize(self.scaled_width(680), min(720, self.room_on_screen().height()))

    def set_text_scale(self, scale: float) -> None:
        """Show the page, its heading and badge ``scale`` times their size (Settings ▸ Text size).

        The heading and the badge stayed at the normal size over a page at "Extra large"
        (walk 16): they are sized as a designed dialog opened at that text size sizes them.
        """
        if scale != self.scale:
            self.scale = scale
            self.setStyleSheet(self.style_sheet())
            badge = icon_badge("shield", self.colours, None, scale, self)
            layout = self.layout()
            if layout is not None and layout.replaceWidget(self.badge, badge) is not None:
                self.badge.hide()  # at once: it is deleted only once back in the event loop
                self.badge.deleteLater()
                self.badge = badge
            else:
                badge.deleteLater()
        font = QFont(self._browser.font())
        font.setPixelSize(round(BODY * scale))
        self._browser.setFont(font)
        self._browser.document().setDefaultFont(font)

    def text(self) -> str:
        """The page as plain text."""
        return self._browser.toPlainText()
