"""The one "Before you start" sheet: what is left out, the side, who, how it feels; Start.

It replaces four windows in a row ("Part of this is ruled out", the side question, "Who is
being massaged?", "How does it feel now?"). Each section is there only when it applies; the
Start button says how long the session takes for the answers given ("Start · 5:00"). A
routine the profile rules out entirely never gets here: it gets the refusal screen, so no
"do not" text is ever shown beside Start. Enter starts, Esc cancels.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, Severity, Side
from massage_desktop.engine.pain_rest import massaged
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.step_count import step_count
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.design.parts import Card, text_label
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.lists import whole_minutes
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.display import clock_text
from massage_desktop.ui.player.pills import WIDTH, RatingScale, pill_sheet
from massage_desktop.ui.player.questions import (
    BeforeStart,
    StartAnswers,
    StartChoice,
    Who,
    planned_performer,
)
from massage_desktop.ui.player.remaining import partial_parts
from massage_desktop.ui.player.side_note import rest_reason, side_name, whose_names, why_not
from massage_desktop.ui.player.start_ratings import StartRatings


class BeforeStartSheet(DesignedDialog):
    """Asks everything before a session on one designed sheet (``BeforeStart``).

    Args:
        catalog: The loaded content, for the regions' names.
        sheet: What to ask, worked out by the flow (``start_sheet.before_start_sheet``).
        parent: The window the sheet is shown over.
        large: The scale (the text-size setting's factor, or room mode's).

    Signals:
        None of its own; read ``answers()`` after ``exec()`` (None when cancelled).
    """

    def __init__(
        self,
        catalog: Catalog,
        sheet: BeforeStart,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
    ) -> None:
        title = QCoreApplication.translate("BeforeStartSheet", "Before you start")
        super().__init__(title, sheet.first.plan.title, "spa", large=large, parent=parent)
        self.setMinimumWidth(self.scaled_width(WIDTH))
        self._catalog = catalog
        self.sheet = sheet
        self._choice = sheet.default
        # Asked with nothing ticked when no side was chosen (``BeforeStart.side_open``).
        self._side_given = not (sheet.asks_side and sheet.side_open)
        self.left_out: QLabel | None = None
        self.left_out_why: QLabel | None = None
        self.sides: dict[int, QRadioButton] = {}
        self.side_hint: QLabel | None = None
        self.who: dict[Who, QRadioButton] = {}
        self._ratings: StartRatings | None = None
        self._twin: BeforeStartSheet | None = None  # measures the sheet with the most rows
        self._rating_heading: QLabel | None = None
        self.sections: dict[str, QWidget] = {}
        self._add_left_out()
        if sheet.asks_side:
            self._add_sides()
        if sheet.ask_performer:
            self._add_performer()
        self._add_rating()
        # The sections at the top: the rating's room, kept while no side is chosen, stays
        # empty under them instead of spreading them apart.
        self.body.addStretch(1)
        self.cancel = self.add_secondary(QCoreApplication.translate("BeforeStartSheet", "Cancel"))
        self.cancel.clicked.connect(self.reject)
        # The keyboard goes from answer to answer, not to the scrolling body itself.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start = self.set_primary("")
        self.ensurePolished()  # see TodayCheckDialog: children polished with the first sheet
        self.setStyleSheet(self.styleSheet() + pill_sheet(self.colours, self.scale))
        self._show_choice()
        # Enter starts at once; Tab goes back to the answers. With the side still to
        # choose, Start waits and the keyboard rests on Cancel, one Tab from the question:
        # the focus ring on a side read as that side chosen.
        focused = self.start if self._side_given else self.cancel
        focused.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def scales(self) -> list[RatingScale]:
        """The rating rows shown, one per area of the side chosen."""
        return self._ratings.scales if self._ratings is not None else []

    def heightForWidth(self, width: int) -> int:
        """At least the height with the most rating rows any side asks for, all shown.

        The sheet opens that tall, so choosing a side fills room kept for the ratings: it
        grew instead, and Start moved from under the mouse on its way there (German,
        extra-large text, 1024x700). Measured on a twin with that side chosen.
        """
        need = super().heightForWidth(width)
        full = max(self.sheet.choices, key=lambda c: len(c.rated) if _open(c) else -1)
        index = self.sheet.choices.index(full)
        if self._side_given and len(self.scales) >= len(full.rated):
            return need  # the fullest rows are shown (or no side has more)
        if self._twin is None:
            chosen = replace(self.sheet, default=index, side_open=False)
            self._twin = BeforeStartSheet(self._catalog, chosen, large=self.scale)
            self._twin.ensurePolished()
        return max(need, self._twin.heightForWidth(width))

    def _section(self, key: str, heading: str, tone: Severity | None = None) -> Card:
        """A small heading and a card under it; the section's widgets go in the card."""
        box = QWidget(self)
        box.setObjectName(f"section-{key}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.body.spacing() // 2)
        layout.addWidget(text_label(escape(heading), "section", box))
        card = Card(tone, box)
        layout.addWidget(card)
        self.body.addWidget(box)
        self.sections[key] = box
        return card

    def _add_left_out(self) -> None:
        """What the health profile leaves out, or its cautions when nothing is left out."""
        first = self.sheet.first
        if first.partial:
            # Nothing left out in full: "Left out for your safety" over "13 of 13 remain"
            # did not fit what happens (walk 9, P1-k).
            heading = (
                QCoreApplication.translate("BeforeStartSheet", "Left out for your safety")
                if step_count(first.plan).left_out
                else QCoreApplication.translate(
                    "BeforeStartSheet", "Some steps run on one side only"
                )
            )
            card = self._section("left-out", heading)
            # What remains first, in bold: the number the person acts on; then why.
            self.left_out = card.add_text("")
            self.left_out_why = card.add_text("", "muted")
        elif self.sheet.caution is not None:
            card = self._section(
                "caution",
                QCoreApplication.translate("BeforeStartSheet", "Take care"),
                Severity.LIGHT_PRESSURE,
            )
            card.add_text(
                escape(
                    QCoreApplication.translate(
                        "SessionQuestions",
                        "Your health profile asks for care here. Use light pressure only.",
                    )
                )
            )
            card.add_text(escape(verdict_text(self.sheet.caution)))

    def _add_sides(self) -> None:
        """Left, right, both one after the other; a side that may not be massaged is greyed."""
        card = self._section("side", QCoreApplication.translate("BeforeStartSheet", "Which side?"))
        group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.body.spacing())
        grid.setVerticalSpacing(self.body.spacing() // 2)
        reasons: dict[tuple[str, ...], str] = {}
        for index, choice in enumerate(self.sheet.choices):
            option = choice.option
            if option is None:
                continue
            button = QRadioButton(side_name(self._catalog, option), card)
            button.setObjectName("pill")
            why = why_not(self._catalog, option)
            button.setEnabled(option.allowed)
            button.setChecked(index == self.sheet.default and self._side_given)
            if not option.allowed:
                button.setToolTip(why)
                button.setAccessibleDescription(why)
                # One line per set of areas: "not this side" already says "not both".
                reasons.setdefault(tuple(sorted(option.ruled_out)), why)
            group.addButton(button, index)
            self.sides[index] = button
            row, column = (1, 0) if option.both else (0, 0 if option.side is Side.LEFT else 1)
            grid.addWidget(button, row, column, 1, 2 if option.both else 1)
        card.body.addLayout(grid)
        for why in reasons.values():
            card.add_text(escape(why), "muted")
        if not self._side_given:
            self.side_hint = card.add_text(
                escape(
                    QCoreApplication.translate(
                        "BeforeStartSheet", "No side was chosen on the figure: choose one to start."
                    )
                ),
                "muted",
            )
        group.idToggled.connect(self._on_sides_id_toggled)

    def _add_performer(self) -> None:
        """Who is massaged today, when the session suits yourself and a partner."""
        card = self._section(
            "who", QCoreApplication.translate("BeforeStartSheet", "Who is being massaged?")
        )
        group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(self.body.spacing())
        default = self.sheet.default_performer
        answers: tuple[tuple[Who, str], ...] = (
            ("self", QCoreApplication.translate("BeforeStartSheet", "Myself")),
            ("partner", QCoreApplication.translate("BeforeStartSheet", "A partner")),
        )
        for who, text in answers:
            button = QRadioButton(text, card)
            button.setObjectName("pill")
            button.setChecked((who == "partner") == (default is Performer.PARTNER))
            group.addButton(button)
            self.who[who] = button
            row.addWidget(button)
        row.addStretch(1)
        card.body.addLayout(row)

    def _add_rating(self) -> None:
        """One row of 0-10 per area, nothing chosen: it is optional."""
        if not any(c.rated for c in self.sheet.choices):
            return
        card = self._section("rating", self._rating_question())
        self._ratings = StartRatings(self.sections["rating"], card, self.scale)
        self._rating_heading = self.sections["rating"].findChild(QLabel)
        for button in self.who.values():
            button.toggled.connect(self._on_who_toggled)

    def _who(self) -> Who:
        """Who is massaged: the answer to "Who is being massaged?", else the plan's."""
        if self.who:
            return "partner" if self.who["partner"].isChecked() else "self"
        plan = self.sheet.choices[self._choice].plan
        return planned_performer(plan, self.sheet.default_performer)

    def _rating_question(self) -> str:
        """The rating's question, about the person massaged.

        A partner routine asked "how much tension do you feel" (German "spüren Sie"), not the
        partner (walk 7, finding 14). Several rows ask "in each area": a session rates each
        leg it works, not one region (walk 8).
        """
        many = len(self.sheet.choices[self._choice].rated) > 1
        if many and self._who() == "partner":
            return QCoreApplication.translate(
                "BeforeStartSheet",
                "How much tension or pain does your partner feel in each area now? (optional)",
            )
        if many:
            return QCoreApplication.translate(
                "BeforeStartSheet",
                "How much tension or pain do you feel in each area now? (optional)",
            )
        if self._who() == "partner":
            return QCoreApplication.translate(
                "BeforeStartSheet",
                "How much tension or pain does your partner feel there now? (optional)",
            )
        return QCoreApplication.translate(
            "BeforeStartSheet", "How much tension or pain do you feel there now? (optional)"
        )

    def _on_who_toggled(self, checked: bool) -> None:
        if checked and self._rating_heading is not None:
            self._rating_heading.setText(escape(self._rating_question()))

    def _show_choice(self) -> None:
        """The texts that depend on the side chosen: what is left out, time, areas to rate."""
        choice = self.sheet.choices[self._choice]
        if self.left_out is not None and self.left_out_why is not None:
            checked, remain, why = partial_parts(choice.plan, self.sheet.timing)
            self.left_out.setText(f"<b>{escape(remain)}</b>")
            rest = self._rest_line(choice.plan)
            reasons = {e.blocked_reason for e in choice.plan.entries if e.blocked}
            # "Checked against the health profile" only when the profile left something out.
            said = f"{checked} {rest}" if len(reasons - {rest_reason()}) else rest
            self.left_out_why.setText(escape(said if rest else f"{checked} {why}"))
        seconds = choice.plan.total_s(self.sheet.timing)
        # Until a side is chosen Start waits, and no knee is offered for rating.
        self.start.setEnabled(self._side_given)
        rating = self.sections.get("rating")
        if rating is not None:
            rating.setVisible(self._side_given)
        if self.side_hint is not None:
            self.side_hint.setVisible(not self._side_given)
        self.start.setText(
            fill(QCoreApplication.translate("BeforeStartSheet", "Start · %1"), clock_text(seconds))
        )
        self.start.setAccessibleName(
            fill(
                QCoreApplication.translate("BeforeStartSheet", "Start, about %1"),
                seconds_text(whole_minutes(seconds)),
            )
        )
        if self._ratings is not None:
            self._ratings.fill(choice.rated)
        if self._rating_heading is not None:  # one area or several, as the side asks
            self._rating_heading.setText(escape(self._rating_question()))
        self._chain()

    def _rest_line(self, plan: Plan) -> str:
        """``Resting today: Right inner thigh. ...``; empty when no step is left out for it."""
        reason = rest_reason()
        over = {r for e in plan.entries if e.blocked_reason == reason for r in e.region_ids}
        # Whose: the sheet's rests are those of the person its plans massage.
        who = massaged(plan.performer, self.sheet.default_performer)
        rested = whose_names(self._catalog, [r for r in self.sheet.resting if r in over], who)
        if not rested:
            return ""
        return fill(
            QCoreApplication.translate(
                "BeforeStartSheet",
                "Resting today: %1. You stopped there because it hurt, so its steps are left out.",
            ),
            ", ".join(rested),
        )

    def _chain(self) -> None:
        """Tab order as read: side, who, each rating, Cancel, Start; one stop per question.

        Tab enters a question at its chosen answer (else its first one that can be chosen)
        and Qt's Tab leaves a group of radio buttons at once; the arrow keys move between
        the answers. The rating rows are made again when the side changes, which put them
        after Start, so the order is set again each time.
        """
        groups = [list(self.sides.values()), list(self.who.values())]
        groups += [scale.pills for scale in self.scales]
        # From Start round to Cancel: every answer is in the chain, so nothing else (the
        # rows made again, put after Start) comes between Cancel and Start.
        chain: list[QWidget] = [self.start]
        for buttons in groups:
            usable = [b for b in buttons if b.isEnabled()]
            stop = next((b for b in usable if b.isChecked()), usable[0] if usable else None)
            for button in buttons:
                # Qt gives a group's Tab stop to the answer last focused, not the one chosen
                # (QAbstractButton::focusInEvent); a side chosen by a click without focus
                # left Tab on the other side.
                tab = Qt.FocusPolicy.TabFocus if button is stop else Qt.FocusPolicy.NoFocus
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus | tab)
            chain += [b for b in buttons if b is stop] + [b for b in buttons if b is not stop]
        chain.append(self.cancel)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_sides_id_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._choice = index
            self._side_given = True
            self._show_choice()

    def choose(self, index: int) -> None:
        """Answer "Which side?" with ``self.sheet.choices[index]`` (as a click does)."""
        self.sides[index].click()

    def answers(self) -> StartAnswers | None:
        """The answers, once Start was pressed; None when cancelled or still open."""
        if self.result() != self.DialogCode.Accepted:
            return None
        who = self._who()
        ratings = {s.region_id: v for s in self.scales if (v := s.value()) is not None}
        return StartAnswers(self._choice, who, ratings)


def _open(choice: StartChoice) -> bool:
    """Whether ``choice`` may be chosen: the only one, or a side that may be massaged."""
    return choice.option is None or choice.option.allowed
