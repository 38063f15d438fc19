"""Dialogs around a session: stop advice when it hurts, and the summary at the end."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
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
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

PAIN_REASONS = (
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Sharp pain"),
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Numbness or tingling"),
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Discomfort got worse"),
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Something else felt wrong"),
)
"""The reasons offered, in English as the history records them; the dialog shows them translated."""


def rest_advice() -> str:
    """What to do after stopping for pain; the summary repeats it rather than contradict it."""
    return QCoreApplication.translate(
        "StopAdviceDialog",
        "The session has stopped. Rest the area and do not massage it again today.",
    )


class StopAdviceDialog(QDialog):
    """Shown when "Stop – it hurts" is pressed: what to do now, and what happened."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("StopAdviceDialog", "Session stopped"))
        help_items = "".join(f"<li>{escape(p.title)}</li>" for p in catalog.seek_help)
        rest = rest_advice()
        see = QCoreApplication.translate(
            "StopAdviceDialog",
            "If the pain, numbness or tingling does not go away, or the area becomes swollen, "
            "red or warm, see a doctor or physical therapist. Get help too for:",
        )
        advice = QLabel(
            f"<h2>{escape(stop_rule())}</h2><p>{escape(rest)}</p><p>{escape(see)}</p>"
            f"<ul>{help_items}</ul>",
            self,
        )
        advice.setWordWrap(True)
        question = QLabel(
            QCoreApplication.translate(
                "StopAdviceDialog", "What happened? (recorded with the session)"
            ),
            self,
        )
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(question)
        for index, reason in enumerate(PAIN_REASONS):
            button = QRadioButton(QCoreApplication.translate("StopAdviceDialog", reason), self)
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
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("SummaryDialog", "Completed"),
    Outcome.STOPPED_EARLY: QT_TRANSLATE_NOOP("SummaryDialog", "Ended early"),
    Outcome.STOPPED_FOR_PAIN: QT_TRANSLATE_NOOP("SummaryDialog", "Stopped because it hurt"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("SummaryDialog", "Interrupted"),
    Outcome.IN_PROGRESS: QT_TRANSLATE_NOOP("SummaryDialog", "In progress"),
}


def summary_html(catalog: Catalog, summary: SessionSummary) -> str:
    """The end-of-session summary: time, steps, before -> after ratings."""
    time_label = QCoreApplication.translate("SummaryDialog", "Time:")
    massaging = fill(
        QCoreApplication.translate("SummaryDialog", "(%1 massaging)"),
        seconds_text(round(summary.work_s)),
    )
    done = QCoreApplication.translate("SummaryDialog", "Steps done:")
    skipped = QCoreApplication.translate("SummaryDialog", "skipped:")
    outcome = QCoreApplication.translate("SummaryDialog", _OUTCOME_TEXT[summary.outcome])
    rows = [
        f"<h2>{escape(outcome)}</h2>",
        f"<p><b>{time_label}</b> {seconds_text(round(summary.total_s))} {escape(massaging)}<br/>",
        f"<b>{done}</b> {summary.done} · <b>{skipped}</b> {summary.skipped}",
    ]
    if summary.blocked:
        left_out = QCoreApplication.translate("SummaryDialog", "left out for safety:")
        rows.append(f" · <b>{left_out}</b> {summary.blocked}")
    rows.append("</p>")
    if summary.stop_reason:
        reason = QCoreApplication.translate("SummaryDialog", "Reason:")
        stored = summary.stop_reason  # recorded in English: shown translated when it is one of ours
        shown = QCoreApplication.translate("StopAdviceDialog", stored)
        rows.append(f"<p><b>{reason}</b> {escape(shown)}</p>")
    if summary.ratings:
        ratings = QCoreApplication.translate("SummaryDialog", "Tension or pain, before → after")
        rows.append(f"<h3>{escape(ratings)}</h3><table cellpadding='4'>")
        for region_id, (before, after) in summary.ratings.items():
            name = catalog.regions[region_id].name if region_id in catalog.regions else region_id
            shown = f"{'–' if before is None else before} → {'–' if after is None else after}"
            rows.append(f"<tr><td>{escape(name)}</td><td><b>{shown}</b></td></tr>")
        rows.append("</table>")
    if summary.outcome is Outcome.STOPPED_FOR_PAIN:
        aftercare = rest_advice()
    else:
        aftercare = QCoreApplication.translate(
            "SummaryDialog",
            "Move the area gently now: the guides suggest light movement after massage.",
        )
    rows.append(f"<p>{escape(aftercare)}</p>")
    return "".join(rows)


class SummaryDialog(QDialog):
    """The summary at the end of a session."""

    def __init__(
        self, catalog: Catalog, summary: SessionSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SummaryDialog", "Session summary"))
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
