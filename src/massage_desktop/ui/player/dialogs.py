"""Dialogs around a session: stop advice when it hurts, and the summary at the end."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.html import STOP_RULE

PAIN_REASONS = (
    "Sharp pain",
    "Numbness or tingling",
    "Discomfort got worse",
    "Something else felt wrong",
)


class StopAdviceDialog(QDialog):
    """Shown when "Stop – it hurts" is pressed: what to do now, and what happened."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session stopped"))
        help_items = "".join(f"<li>{escape(p.title)}</li>" for p in catalog.seek_help)
        advice = QLabel(
            f"<h2>{escape(STOP_RULE)}</h2>"
            "<p>The session has stopped. Rest the area and do not massage it again today.</p>"
            "<p>If the pain, numbness or tingling does not go away, or the area becomes swollen, "
            "red or warm, see a doctor or physical therapist. Get help too for:</p>"
            f"<ul>{help_items}</ul>",
            self,
        )
        advice.setWordWrap(True)
        question = QLabel(self.tr("What happened? (recorded with the session)"), self)
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(question)
        for index, reason in enumerate(PAIN_REASONS):
            button = QRadioButton(self.tr(reason), self)
            self._group.addButton(button, index)
            layout.addWidget(button)
        self._group.button(0).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reason(self) -> str:
        """The chosen reason, in English for the record."""
        return PAIN_REASONS[max(0, self._group.checkedId())]


_OUTCOME_TEXT = {
    Outcome.COMPLETED: "Completed",
    Outcome.STOPPED_EARLY: "Ended early",
    Outcome.STOPPED_FOR_PAIN: "Stopped because it hurt",
    Outcome.INTERRUPTED: "Interrupted",
    Outcome.IN_PROGRESS: "In progress",
}


def summary_html(catalog: Catalog, summary: SessionSummary) -> str:
    """The end-of-session summary: time, steps, before -> after ratings."""
    rows = [
        f"<h2>{escape(_OUTCOME_TEXT[summary.outcome])}</h2>",
        f"<p><b>Time:</b> {seconds_text(round(summary.total_s))} "
        f"({seconds_text(round(summary.work_s))} massaging)<br/>",
        f"<b>Steps done:</b> {summary.done} · <b>skipped:</b> {summary.skipped}",
    ]
    if summary.blocked:
        rows.append(f" · <b>left out for safety:</b> {summary.blocked}")
    rows.append("</p>")
    if summary.stop_reason:
        rows.append(f"<p><b>Reason:</b> {escape(summary.stop_reason)}</p>")
    if summary.ratings:
        rows.append("<h3>Tension or pain, before → after</h3><table cellpadding='4'>")
        for region_id, (before, after) in summary.ratings.items():
            name = catalog.regions[region_id].name if region_id in catalog.regions else region_id
            shown = f"{'–' if before is None else before} → {'–' if after is None else after}"
            rows.append(f"<tr><td>{escape(name)}</td><td><b>{shown}</b></td></tr>")
        rows.append("</table>")
    rows.append("<p>Move the area gently now: the guides suggest light movement after massage.</p>")
    return "".join(rows)


class SummaryDialog(QDialog):
    """The summary at the end of a session."""

    def __init__(
        self, catalog: Catalog, summary: SessionSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session summary"))
        self.resize(440, 420)
        self._browser = QTextBrowser(self)
        self._browser.setHtml(summary_html(catalog, summary))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self._browser)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The summary as plain text."""
        return self._browser.toPlainText()
