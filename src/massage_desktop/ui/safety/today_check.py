"""The quick check before the day's first session: three yes/no questions; any yes stops it.

A designed screen of the app (``ui/design/screen.py``), not a stock form: each question is a
card with two large answers, "Yes" and "No", chosen with the mouse or the arrow keys (left
and right answer, up and down move between the questions). A yes shows the stop advice in a
red card and turns the primary button into "Stop for today".
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TODAY_QUESTIONS, TodayCheck, Verdict
from massage_desktop.ui.core_text import core_text, verdict_advice, verdict_reasons
from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.parts import Card, text_label
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import BODY, RADIUS_CONTROL, TARGET, Colours
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.safety.check_words import CheckWords
from massage_desktop.ui.safety.notice import stop_rule_html

Decision = Literal["go", "stop"]
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
_MOVES = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Down)
"""Keys that only move the focus: the first of them shows the ring where the focus is."""
_WIDTH = 760
"""Wide enough that each question takes one line: at 520 px the German check with its
advice was 917 px high, taller than a 1024x700 screen."""


def _answer_sheet(c: Colours, scale: float) -> str:
    """Yes/No answers as pills: the chosen one filled with the accent, focus as a ring.

    Radio buttons underneath, so a screen reader hears "radio button, 1 of 2" as before;
    the indicator gives way to the pill. The design's chips show focus with the same border
    as "checked", so an answer chosen with the arrow keys (which also focuses it) did not
    look chosen: here the chosen one is filled and focus is a ring, shown once a key was
    pressed (the ``keys`` property the dialog sets).
    """
    return f"""
#designedDialog QRadioButton#answer {{ color: {c.text}; background: {c.surface};
    border: 2px solid {c.outline}; border-radius: {RADIUS_CONTROL + 2}px;
    padding: 6px 18px; font-size: {px(BODY, scale)}px; font-weight: 600;
    min-height: {px(TARGET - 16, scale)}px; }}
#designedDialog QRadioButton#answer:hover {{ background: {c.raised}; }}
#designedDialog QRadioButton#answer:checked {{ color: {c.on_accent}; background: {c.accent};
    border-color: {c.accent}; }}
#designedDialog QRadioButton#answer[keys="true"]:focus {{ border: 3px solid {c.focus};
    padding: 5px 17px; outline: none; }}
#designedDialog QRadioButton#answer[keys="true"]:checked:focus {{ border: 3px solid {c.text};
    outline: none; }}
#designedDialog QRadioButton#answer::indicator {{ width: 0px; height: 0px; border: none;
    image: none; }}
#designedDialog QFrame#answerRule {{ background: {c.border}; border: none; }}
"""


def _centre_answers(answers: Sequence[QRadioButton], scale: float) -> None:
    """Give "Yes" and "No" one width with each word in its middle.

    A radio button's text cannot be centred by a style sheet and sits at the left: in the
    wider-than-needed "Ja" it read left-aligned beside a "Nein" that filled its pill (walk 9,
    P2-f). Padded to the middle instead, as the rating pills are.
    """
    font = QFont(answers[0].font())
    font.setPixelSize(px(BODY, scale))
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    texts = [metrics.horizontalAdvance(a.text()) for a in answers]
    # The 72 px least width of a target at normal size, or the longer word with the pill's
    # 18 px on each side and its 2 px borders.
    width = max(round(72 * scale), max(texts) + 2 * 18 + 4)
    for answer, text in zip(answers, texts, strict=True):
        answer.setFixedWidth(width)
        answer.setStyleSheet(
            f"padding-left: {max(0, (width - text) // 2 - 2)}px; padding-right: 0px; spacing: 0px;"
        )


def named_places(catalog: Catalog, profile: HealthProfile) -> list[str]:
    """The names of the places the profile's located conditions name ("Left knee").

    A fresh injury, a wound or an inflamed joint named there is left out on those regions
    alone; a professional's clearance given for one is left aside here.
    """
    refs = [
        ref
        for cid in profile.conditions
        if cid in catalog.conditions
        and catalog.conditions[cid].asks_regions
        and not profile.is_cleared(cid)
        for ref in profile.regions_for(cid)
    ]
    return [catalog.regions[r].name for r in catalog.expand(refs)]


class TodayCheckDialog(DesignedDialog):
    """Asks about new swelling, sharp pain and new injuries before the day's first session.

    Args:
        catalog: The loaded content, for the stop rule shown with the advice.
        parent: The owning window.
        known: The places the health profile already leaves out (``named_places``): the
            questions are about anything new, so the check names them.
        large: Room mode's larger sizes.
        retake: Taken again from the rest-day notice: no session waits; it says so, and
            its button says "Lift the rest day" instead of "Start".
        rest_day: Taken again, whether today is a rest day: without one, three "No" have
            nothing to lift, and the button saves the answers (walk 15, E8).

    Signals:
        decided(str): the user closed the check with "go" (all answers no) or "stop" (any
            yes). Cancelling emits nothing. ``decision()`` gives the same after ``exec()``.
    """

    decided = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
        known: Sequence[str] = (),
        retake: bool = False,
        rest_day: bool = True,
    ) -> None:
        # Taken again from the rest-day notice, no session waits: its button ended "Start"
        # though it only lifts the rest day (walk 9, P2-k); the words say what it does.
        self._words = CheckWords(retake, rest_day)
        title = self._words.title()
        super().__init__(title, title, "shield", large=large, parent=parent)
        self.add_text(escape(self._words.intro()))
        self.known: QLabel | None = None
        if known:
            # A swollen knee the profile already names is left out there alone; without
            # this line a yes for it stopped every session, the whole body (walk 4).
            self.known = self.add_text(
                escape(
                    fill(
                        QCoreApplication.translate(
                            "TodayCheckDialog",
                            "Your health profile already leaves out: %1. Answer about "
                            "anything new.",
                        ),
                        ", ".join(known),
                    )
                )
            )
        self.setMinimumWidth(px(_WIDTH, self.scale))
        self.groups: dict[str, QButtonGroup] = {}
        self._rows: list[tuple[QRadioButton, QRadioButton]] = []
        questions = self.add_card()
        for index, (key, question, _) in enumerate(TODAY_QUESTIONS):
            if index:
                rule = QFrame(questions)
                rule.setObjectName("answerRule")
                rule.setFixedHeight(1)
                questions.body.addWidget(rule)
            self._add_question(questions, key, core_text(question))
        advice_card = self.add_card(Severity.DO_NOT_MASSAGE)
        self.advice = advice_card.add_text("")
        self.advice.setAccessibleName(QCoreApplication.translate("TodayCheckDialog", "Stop advice"))
        self._advice_card = advice_card
        advice_card.setVisible(False)
        self._stop_rule = stop_rule_html(catalog)
        self.status = self.add_text("", "muted")
        self.cancel_button = self.add_secondary(
            QCoreApplication.translate("TodayCheckDialog", "Cancel")
        )
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        # The primary button decides before it closes, so it is not ``set_primary``'s accept.
        self.go_button = QPushButton(self)
        self.go_button.setObjectName("primaryButton")
        self.go_button.setDefault(True)
        self.footer.addWidget(self.go_button)
        self.primary = self.go_button
        self.go_button.clicked.connect(self._on_go_button_clicked)
        for button in (self.cancel_button, self.go_button):  # Tab back to the answers
            button.installEventFilter(self)
        self._decision: Decision | None = None
        # QWidget::setStyleSheet re-polishes the children only once the widget itself is
        # polished; the answers were already polished with the first sheet (while the layout
        # measured them), so without this they kept drawing as stock buttons.
        self.ensurePolished()
        self.setStyleSheet(self.styleSheet() + _answer_sheet(self.colours, self.scale))
        self._refresh()
        # The keyboard starts at the first question, but its ring waits for a key (as a
        # browser's :focus-visible): a ring on the first "Yes" read as an answer given.
        self._rows[0][0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_question(self, card: Card, key: str, question: str) -> None:
        """One row of ``card``: the question, then "Yes" and "No" as large answers."""
        row = QHBoxLayout()
        row.setSpacing(self.body.spacing())
        label = text_label(f"<b>{escape(question)}</b>", "body", card)
        answers = []
        group = QButtonGroup(self)
        for answer_id, text, name in (
            (
                1,
                QCoreApplication.translate("TodayCheckDialog", "Yes"),
                QCoreApplication.translate("TodayCheckDialog", "Yes: %1"),
            ),
            (
                0,
                QCoreApplication.translate("TodayCheckDialog", "No"),
                QCoreApplication.translate("TodayCheckDialog", "No: %1"),
            ),
        ):
            button = QRadioButton(text, card)
            button.setObjectName("answer")
            button.setAccessibleName(fill(name, question))
            button.installEventFilter(self)
            group.addButton(button, answer_id)
            answers.append(button)
        yes, no = answers
        _centre_answers(answers, self.scale)
        label.setBuddy(yes)
        group.idToggled.connect(self._on_group_id_toggled)
        self.groups[key] = group
        self._rows.append((yes, no))
        row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(yes, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(no, 0, Qt.AlignmentFlag.AlignVCenter)
        card.body.addLayout(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys: left and right answer the question, up and down move between them.

        Any key shows the focus ring from then on; a first Tab, Up or Down only shows it, on
        the first "Yes" where the keyboard starts. Moving only moves: Qt's own arrow handling
        in a button group checks each button it lands on, so moving down would answer the next
        question by itself.
        """
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            hidden = not self._ring_shown()
            self._show_focus_ring()
            if hidden and event.key() in _MOVES and watched is self.focusWidget():
                # The first move shows where the keyboard is, and stays: it went on to the
                # second question unseen, past the first "Yes" it had started on (walk 7).
                return True
            place = next(
                (
                    (r, c)
                    for r, row in enumerate(self._rows)
                    for c, b in enumerate(row)
                    if b is watched
                ),
                None,
            )
            key = event.key()
            if place is not None and key in _ARROWS:
                row, column = place
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                    target = self._rows[row][0 if key == Qt.Key.Key_Left else 1]
                    target.setChecked(True)
                else:
                    step = -1 if key == Qt.Key.Key_Up else 1
                    target = self._rows[max(0, min(len(self._rows) - 1, row + step))][column]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _ring_shown(self) -> bool:
        return any(b.property("keys") is True for row in self._rows for b in row)

    def _show_focus_ring(self) -> None:
        """From the first key on, the answer with the keyboard's focus wears its ring."""
        for button in (b for row in self._rows for b in row):
            if button.property("keys") is not True:
                button.setProperty("keys", True)
                # Style sheets match a property when the widget is polished: a new value needs
                # a new polish (the Qt style sheet documentation says so).
                button.style().unpolish(button)
                button.style().polish(button)

    def answers(self) -> TodayCheck:
        """The answers so far; an unanswered question counts as "no"."""
        return TodayCheck(**{key: group.checkedId() == 1 for key, group in self.groups.items()})

    def verdict(self) -> Verdict:
        """What the answers mean: BLOCK with stop advice when any is yes."""
        return self.answers().verdict()

    def decision(self) -> Decision | None:
        """The way the user closed the check: "go", "stop", or None (cancelled or still open)."""
        return self._decision

    def _refresh(self) -> None:
        verdict = self.verdict()
        answered = all(group.checkedId() != -1 for group in self.groups.values())
        if verdict.blocked:
            # The first piece of advice ("Do not massage today.") is the headline.
            first, *rest = verdict_advice(verdict)
            advice = "".join(f"<br>• {escape(a)}" for a in rest)
            self.advice.setText(
                f"<p style='font-size:large'><b>{escape(first)}</b></p>"
                f"<p>{escape(' '.join(verdict_reasons(verdict)))}{advice}</p>"
                f"<p>{self._stop_rule}</p>"
            )
        self.go_button.setText(self._words.go(blocked=verdict.blocked))
        was_shown = self._advice_card.isVisibleTo(self)
        self._advice_card.setVisible(verdict.blocked)
        # The line stays (with new words) once all is answered: hiding it moved the Start
        # button up under the pointer just as the last answer was clicked.
        self.status.setVisible(not verdict.blocked)
        self.status.setText(self._words.status(answered=answered))
        # A stop needs only one yes; a start needs every question answered no.
        self.go_button.setEnabled(verdict.blocked or answered)
        if was_shown != verdict.blocked and self.isVisible():
            self._fit_content()

    def _fit_content(self) -> None:
        """Grow (or shrink) to the content when the advice comes or goes, at the same width.

        The dialog's own ``fit_content``, but at once: the body's layout tells the dialog's
        only on a posted event, and without this the advice was squeezed into the space of
        the status line.
        """
        self.scroller.updateGeometry()  # drop the body's cached height
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.fit_content()

    def _on_group_id_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._refresh()

    def _on_go_button_clicked(self) -> None:
        self._decision = "stop" if self.verdict().blocked else "go"
        self.decided.emit(self._decision)
        self.accept()

    def _on_cancel_button_clicked(self) -> None:
        self.reject()
