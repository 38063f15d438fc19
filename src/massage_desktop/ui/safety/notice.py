"""Small shared pieces of the safety dialogs: a coloured notice and the stop rule."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import stop_rule


def stop_rule_html(catalog: Catalog) -> str:
    """The guides' stop rule as HTML, from the "stop-on-pain" principle when present."""
    for principle in catalog.principles:
        if principle.id == "stop-on-pain":
            return f"<b>{escape(principle.title)}.</b> {escape(principle.text)}"
    return f"<b>{escape(stop_rule())}</b>"


class Notice(QLabel):
    """A word-wrapped label on a soft background coloured by severity, readable in any theme."""

    def __init__(self, html: str, severity: Severity, parent: QWidget | None = None) -> None:
        super().__init__(html, parent)
        self.setObjectName("safetyNotice")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        colours = guide_colours(self.palette())
        self.setStyleSheet(
            f"#safetyNotice {{ background: {colours.severity_fill[severity]};"
            f" color: {colours.severity_text[severity]}; border-radius: 6px; padding: 10px; }}"
        )
