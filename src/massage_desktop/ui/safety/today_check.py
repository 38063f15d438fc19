"""The quick check before each session: three yes/no questions; any yes means stop for today."""

from __future__ import annotations

from html import escape
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.engine.health import TODAY_QUESTIONS, TodayCheck, Verdict
from massage_desktop.ui.core_text import core_text, verdict_advice, verdict_reasons
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.safety.notice import Notice, stop_rule_html

Decision = Literal["go", "stop"]
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class TodayCheckDialog(QDialog):
    """Asks about new swelling, sharp pain and new injuries before a session starts.

    Args:
        catalog: The loaded content, for the stop rule shown with the advice.
        parent: The owning window.

    Signals:
        decided(str): the user closed the check with "go" (all answers no) or "stop" (any
            yes). Cancelling emits nothing. ``decision()`` gives the same after ``exec()``.
    """

    decided = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("TodayCheckDialog", "Quick check before you start")
        )
        self.setObjectName("todayCheckDialog")
        intro = QLabel(
            QCoreApplication.translate(
                "TodayCheckDialog",
                "Think of the person about to be massaged, you or your partner, "
                "and answer three questions.",
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setFixedWidth(500)  # a fixed-size dialog needs a width to wrap its text to
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setContentsMargins(0, 8, 0, 8)
        self.groups: dict[str, QButtonGroup] = {}
        self._rows: list[tuple[QRadioButton, QRadioButton]] = []
        for row, (key, question, _) in enumerate(TODAY_QUESTIONS):
            label = QLabel(core_text(question), self)
            label.setWordWrap(True)
            yes = QRadioButton(QCoreApplication.translate("TodayCheckDialog", "Yes"), self)
            no = QRadioButton(QCoreApplication.translate("TodayCheckDialog", "No"), self)
            yes.setAccessibleName(
                fill(QCoreApplication.translate("TodayCheckDialog", "Yes: %1"), label.text())
            )
            no.setAccessibleName(
                fill(QCoreApplication.translate("TodayCheckDialog", "No: %1"), label.text())
            )
            label.setBuddy(yes)
            group = QButtonGroup(self)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.idToggled.connect(self._on_group_id_toggled)
            self.groups[key] = group
            self._rows.append((yes, no))
            for button in (yes, no):
                button.installEventFilter(self)
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
        grid.setColumnStretch(0, 1)
        self.advice = Notice("", Severity.DO_NOT_MASSAGE, self)
        self.advice.setAccessibleName(QCoreApplication.translate("TodayCheckDialog", "Stop advice"))
        self.advice.setVisible(False)
        self.advice.setFixedWidth(500)
        self._stop_rule = stop_rule_html(catalog)
        self.status = QLabel(
            QCoreApplication.translate("TodayCheckDialog", "Answer each question to continue."),
            self,
        )
        self.buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(QCoreApplication.translate("TodayCheckDialog", "&Start"), self)
        self.go_button.setDefault(True)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("TodayCheckDialog", "Cancel"), self
        )
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        # The dialog grows and shrinks with the advice instead of keeping blank space.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.advice)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.go_button.clicked.connect(self._on_go_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._decision: Decision | None = None
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys: left and right answer the question, up and down move between them.

        Qt's own arrow handling walks through all six buttons and checks each one it lands
        on, so moving down would answer the next question "Yes" by itself.
        """
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
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
            advice = "".join(f"<li>{escape(a)}</li>" for a in rest)
            self.advice.setText(
                f"<p style='font-size:large'><b>{escape(first)}</b></p>"
                f"<p>{escape(' '.join(verdict_reasons(verdict)))}</p><ul>{advice}</ul>"
                f"<p>{self._stop_rule}</p>"
            )
            self.go_button.setText(
                QCoreApplication.translate("TodayCheckDialog", "&Stop for today")
            )
        else:
            self.go_button.setText(QCoreApplication.translate("TodayCheckDialog", "&Start"))
        self.advice.setVisible(verdict.blocked)
        # The line stays (with new words) once all is answered: hiding it moved the Start
        # button up under the pointer just as the last answer was clicked.
        self.status.setVisible(not verdict.blocked)
        self.status.setText(
            QCoreApplication.translate("TodayCheckDialog", "All answered: you can start.")
            if answered
            else QCoreApplication.translate("TodayCheckDialog", "Answer each question to continue.")
        )
        # A stop needs only one yes; a start needs every question answered no.
        self.go_button.setEnabled(verdict.blocked or answered)

    def _on_group_id_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._refresh()

    def _on_go_button_clicked(self) -> None:
        self._decision = "stop" if self.verdict().blocked else "go"
        self.decided.emit(self._decision)
        self.accept()

    def _on_cancel_button_clicked(self) -> None:
        self.reject()
