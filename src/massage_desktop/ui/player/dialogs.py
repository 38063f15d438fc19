"""Screens around a session: stop advice when it hurts, and the summary at the end.

Both are designed dialogs (``ui/design/screen.py``): a heading with an icon, rounded cards in
the severity colours where safety is concerned, and one primary button.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.summary import Aftercare, SessionSummary
from massage_desktop.ui.design.parts import Card, text_label
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.history.wording import length_text, rating_value_text
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.player.summary_counts import counts_text, summary_facts

PAIN_REASONS = (
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Sharp pain"),
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Numbness or tingling"),
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Discomfort got worse"),
    QT_TRANSLATE_NOOP("StopAdviceDialog", "Something else felt wrong"),
)
"""The reasons offered, in English as the history records them; the dialog shows them translated."""


def rest_advice(area: str = "") -> str:
    """What to do after stopping for pain, said once (the summary names the areas only).

    ``area``: the areas that rest, named ("Right inner thigh"), so "the area" is not read as
    both thighs or the whole leg.
    """
    if area:
        return fill(
            QCoreApplication.translate(
                "StopAdviceDialog",
                "The session has stopped. Rest this area and do not massage it again today: %1.",
            ),
            area,
        )
    return QCoreApplication.translate(
        "StopAdviceDialog",
        "The session has stopped. Rest the area and do not massage it again today.",
    )


class StopAdviceDialog(DesignedDialog):
    """Shown when "Stop – it hurts" is pressed: what to do now, and what happened.

    Args:
        catalog: The loaded content, for when to get help.
        parent: The window the advice is shown over (room mode's, when it is open).
        large: Room mode's larger sizes.
        area: The areas that rest today, named; empty says "the area".
        partner: The session massaged a partner: the advice speaks of the partner's pain,
            and leaves out what speaks of massaging yourself (walk 9, X-b).
    """

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
        area: str = "",
        partner: bool = False,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("StopAdviceDialog", "Session stopped"),
            QCoreApplication.translate("StopAdviceDialog", "Session stopped"),
            "stop",
            tone=Severity.DO_NOT_MASSAGE,
            large=large,
            parent=parent,
        )
        now = self.add_card(Severity.DO_NOT_MASSAGE)
        now.add_text(f"<b>{escape(stop_rule())}</b>")
        now.add_text(escape(rest_advice(area)))
        if partner:
            see = QCoreApplication.translate(
                "StopAdviceDialog",
                "If your partner's pain, numbness or tingling does not go away, or the area "
                "becomes swollen, red or warm, your partner should see a doctor or physical "
                "therapist. Get help too for:",
            )
        else:
            see = QCoreApplication.translate(
                "StopAdviceDialog",
                "If the pain, numbness or tingling does not go away, or the area becomes "
                "swollen, red or warm, see a doctor or physical therapist. Get help too for:",
            )
        help_card = self.add_card()
        help_card.add_text(escape(see))
        reasons_to_get_help = [
            p.title for p in catalog.seek_help if p.after_pain and (p.for_partner or not partner)
        ]
        help_card.add_bullets([escape(title) for title in reasons_to_get_help])
        question = self.add_card()
        what = QCoreApplication.translate(
            "StopAdviceDialog", "What happened? (optional – saved to your history)"
        )
        question.add_text(f"<b>{escape(what)}</b>")
        self._group = QButtonGroup(self)
        reasons = QGridLayout()
        reasons.setHorizontalSpacing(self.body.spacing())
        for index, reason in enumerate(PAIN_REASONS):
            button = QRadioButton(QCoreApplication.translate("StopAdviceDialog", reason), self)
            # Focus from the keyboard only: the first answer, focused when the dialog opened,
            # drew a ring that made it look chosen (and a mouse click needs no ring).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self._group.addButton(button, index)
            # Two columns keep the advice on a 700 px screen; a radio button does not wrap,
            # so a longer translation widens the dialog instead of being cut off.
            reasons.addWidget(button, index // 2, index % 2)
        question.body.addLayout(reasons)
        # Nothing is chosen for the user: a preselected "Sharp pain" was recorded whenever
        # they only pressed Done.
        self.set_primary(QCoreApplication.translate("StopAdviceDialog", "Done")).setFocus()
        self.setMinimumWidth(round(700 * self.scale))

    def reason(self) -> str:
        """The chosen reason, in English for the record; "" when none was chosen."""
        chosen = self._group.checkedId()
        return PAIN_REASONS[chosen] if chosen >= 0 else ""


_OUTCOME_TEXT = {
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("SummaryDialog", "Completed"),
    Outcome.STOPPED_EARLY: QT_TRANSLATE_NOOP("SummaryDialog", "Ended early"),
    Outcome.STOPPED_FOR_PAIN: QT_TRANSLATE_NOOP("SummaryDialog", "Stopped because it hurt"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("SummaryDialog", "Interrupted"),
    Outcome.IN_PROGRESS: QT_TRANSLATE_NOOP("SummaryDialog", "In progress"),
}
_OUTCOME_ICON = {
    Outcome.COMPLETED: "done",
    Outcome.STOPPED_FOR_PAIN: "stop",
}


def outcome_text(summary: SessionSummary) -> str:
    """The summary's heading: "Completed" only when every step that could run was done.

    A run to the end with steps skipped is "Finished", as the history words it: a green
    "Completed ✓" over "1 of 4 done · 3 skipped" claimed more than the session did. With
    fewer than half the steps done it is "Mostly skipped": "Finished" after 1 of 13 steps
    and 1 s of massage read as a session done (walk 7, finding 7).
    """
    if summary.mostly_skipped:
        return QCoreApplication.translate("SummaryDialog", "Mostly skipped")
    if summary.finished_with_gaps:
        return QCoreApplication.translate("SummaryDialog", "Finished")
    if summary.skipped_to_end:
        return QCoreApplication.translate("SummaryDialog", "Skipped to the end")
    return QCoreApplication.translate("SummaryDialog", _OUTCOME_TEXT[summary.outcome])


def aftercare_text(summary: SessionSummary, area: str = "") -> str:
    """What to do now, or "" when nothing was massaged.

    After a stop for pain, which areas rest today (even after 0 s, naming ``area``): the stop
    advice has just said why and what to do, and the summary repeated its red sentence word
    for word (walk 6, finding 11). Else move gently.
    """
    aftercare = summary.aftercare
    if aftercare is Aftercare.REST:
        if area:
            return fill(QCoreApplication.translate("SummaryDialog", "Resting today: %1."), area)
        return QCoreApplication.translate("SummaryDialog", "This area rests today.")
    if aftercare is None:
        return ""
    return QCoreApplication.translate(
        "SummaryDialog",
        "Move the area gently now: the guides suggest light movement after massage.",
    )


class SummaryDialog(DesignedDialog):
    """The summary at the end of a session: outcome, figures, ratings and what to do now.

    Args:
        catalog: The loaded content, for the rated regions' names.
        summary: The session's summary.
        parent: The window the summary is shown over (room mode's, when it is open).
        large: Room mode's larger sizes.
        can_repeat: Offer "Repeat" beside "Close" (never after a stop for pain: the advice
            then is to rest the area today).
        area: After a stop for pain, the areas that rest today, named in the advice.
        reached: The places the rating after the session asked about: those it reached.
            A place rated before and not among them is said to be not reached today. None
            where no rating after was asked (after a stop for pain).

    Signals:
        None of its own; after ``exec()``, ``repeat_chosen()`` says whether "Repeat" was
        pressed.
    """

    def __init__(
        self,
        catalog: Catalog,
        summary: SessionSummary,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
        can_repeat: bool = False,
        area: str = "",
        reached: Collection[str] | None = None,
    ) -> None:
        pain = summary.outcome is Outcome.STOPPED_FOR_PAIN
        super().__init__(
            QCoreApplication.translate("SummaryDialog", "Session summary"),
            outcome_text(summary),
            "clock" if summary.finished_with_gaps else _OUTCOME_ICON.get(summary.outcome, "clock"),
            tone=Severity.DO_NOT_MASSAGE if pain else None,
            large=large,
            parent=parent,
        )
        self._lines = [outcome_text(summary)]
        self._repeat = False
        tiles = QHBoxLayout()
        tiles.setSpacing(self.body.spacing())
        facts = summary_facts(summary)
        # Two tiles, time and steps done; the other counts follow in one line that adds up.
        for label, value in facts[:2]:
            tile = Card(None, self)
            tile.add_text(escape(value), "stat").setAccessibleName(f"{label}: {value}")
            tile.add_text(escape(label), "muted")
            tiles.addWidget(tile, 1)
        self._lines += [f"{label}: {value}" for label, value in facts]
        self.body.addLayout(tiles)
        counts = counts_text(summary)
        self.add_text(escape(counts))
        self._lines.append(counts)
        if summary.lead_in_s + summary.paused_s >= 1:
            # Said once, so a time shorter than the clock on the wall does not look wrong.
            left_out = QCoreApplication.translate(
                "SummaryDialog", "Getting ready, switching sides and pauses are not counted."
            )
            self.add_text(escape(left_out), "muted")
            self._lines.append(left_out)
        if round(summary.prepared_s) >= 1:
            # Warming the oil is not massage time (the tile keeps the length the history
            # lists): said here, so "0 s" after 7 s of it is not read as a mistake.
            prepared = fill(
                QCoreApplication.translate(
                    "SummaryDialog",
                    "Not counted as massage time: %1 on the oil or warming the hands.",
                ),
                length_text(summary.prepared_s),
            )
            self.add_text(escape(prepared), "muted")
            self._lines.append(prepared)
        if summary.stop_reason:
            # Recorded in English: shown translated when it is one of the dialog's reasons.
            shown = QCoreApplication.translate("StopAdviceDialog", summary.stop_reason)
            reason = fill(QCoreApplication.translate("SummaryDialog", "Reason: %1"), shown)
            self.add_text(escape(reason), "muted")
            self._lines.append(reason)
        # What to do now and the stop rule above the ratings, so both are in view at
        # 1024x700: the summary had no stop rule at all (walk 10, b37).
        now = self.add_card(Severity.DO_NOT_MASSAGE if pain else None)
        advice = aftercare_text(summary, area)
        if advice:
            now.add_text(escape(advice))
            self._lines.append(advice)
        rule = f"\u26a0 {stop_rule()}"
        now.add_text(f"<b>{escape(rule)}</b>", "body" if pain else "muted")
        self._lines.append(rule)
        if summary.ratings:
            self._add_ratings(catalog, summary, reached)
        self.repeat_button: QPushButton | None = None
        if can_repeat and not pain:
            self.repeat_button = self.add_secondary(
                QCoreApplication.translate("SummaryDialog", "&Repeat")
            )
            self.repeat_button.clicked.connect(self._on_repeat_button_clicked)
        self.set_primary(QCoreApplication.translate("SummaryDialog", "Close"))
        self.setMinimumWidth(round(560 * self.scale))

    def repeat_chosen(self) -> bool:
        """Whether "Repeat" was pressed: run the same session again."""
        return self._repeat

    def _on_repeat_button_clicked(self) -> None:
        self._repeat = True
        self.accept()

    def _add_ratings(
        self, catalog: Catalog, summary: SessionSummary, reached: Collection[str] | None
    ) -> None:
        card = self.add_card()
        heading = QCoreApplication.translate("SummaryDialog", "Tension or pain, before → after")
        card.add_text(escape(heading), "title")
        self._lines.append(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.body.spacing())
        # Places rated before and after first, in the session's order; those rated only
        # before follow in one line: five "Stomach 2 → not rated" rows buried the two rated
        # places and read as if the person had forgotten to rate (walk 10, b37/b42). A place
        # the session never reached is not asked after, so "not rated" blamed the person.
        both = [(k, pair) for k, pair in summary.ratings.items() if pair[1] is not None]
        before_only = [
            (k, b) for k, (b, a) in summary.ratings.items() if a is None and b is not None
        ]
        for row, (region_id, (before, after)) in enumerate(both):
            name = catalog.place_name(region_id)
            # A missing rating in words: "6 → –" read as a mistake (walk 6, finding 11).
            shown = f"{rating_value_text(before)} → {rating_value_text(after)}"
            name_label = text_label(escape(name), "body", card)
            value = text_label(f"<b>{shown}</b>", "body", card)
            value.setAccessibleName(f"{name}: {shown}")
            grid.addWidget(name_label, row, 0)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
            self._lines.append(f"{name}: {shown}")
        grid.setColumnStretch(0, 1)
        card.body.addLayout(grid)
        # "Rated before only" for the places a tour ended before read as if they had been
        # massaged and left unrated (walk 16): those are said to be not reached today. A place
        # reached and left unrated after (the rating is optional) keeps "Rated before only".
        away = [(k, b) for k, b in before_only if reached is not None and k not in reached]
        kept = [(k, b) for k, b in before_only if (k, b) not in away]
        for places, words in (
            (kept, QCoreApplication.translate("SummaryDialog", "Rated before only: %1")),
            (
                away,
                QCoreApplication.translate(
                    "SummaryDialog", "Not reached today, rated before the massage: %1"
                ),
            ),
        ):
            if places:
                listed = " · ".join(f"{catalog.place_name(k)} {b}" for k, b in places)
                line = fill(words, listed)
                card.add_text(escape(line), "muted")
                self._lines.append(line)

    def text(self) -> str:
        """The summary as plain text, one line per fact."""
        return "\n".join(self._lines)
