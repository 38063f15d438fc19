"""The chosen step's card under the steps: its name, side, time or count, and moves.

Its widgets act on that step only; ``RoutineEditorView`` connects them to its signals and the
controller fills the card through ``show_detail``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import XS, M, S
from massage_desktop.ui.routine_editor.duration_box import DurationBox


class WidestLabel(QLabel):
    """A label that switches between texts, always as wide as the widest of them.

    "Time" and "Count" take the same room, so the boxes beside them do not shift. Measured
    when asked, with the font the style sheet gave it: measured once when built, with the
    font from before the style sheet, "Count" was cut to "Coun" (walk 6, finding 8).
    """

    def __init__(self, texts: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(texts[0], parent)
        self._texts = texts

    def _widest(self) -> int:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(t.replace("&", "")) for t in self._texts)
        margins = self.contentsMargins()
        return widest + margins.left() + margins.right() + 2 * self.margin() + 1

    def sizeHint(self) -> QSize:
        """The label's height, the widest text's width."""
        return QSize(max(super().sizeHint().width(), self._widest()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the widest text: a layout short of room shrinks the boxes."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._widest()), hint.height())


class ElidedLabel(QLabel):
    """One line that ends in "…" when short of room, the whole text in its tooltip.

    The step's name beside its moves: wrapped to two lines, a long German name cost the
    steps above a row.
    """

    def minimumSizeHint(self) -> QSize:
        """A few letters wide: the rest is elided."""
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("M" * 6), hint.height())

    def setText(self, text: str) -> None:
        """Show ``text``; the tooltip has it whole."""
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The text on one line, elided at the right."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )


class StepCard(QFrame):
    """The selected step's controls on one card: a title, one row of fields, the time range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        # Normal text, bold: the step being edited, not a disabled-looking grey caption.
        self.step_title = ElidedLabel(self)
        self.step_title.setProperty("role", "stepTitle")
        self.side_box = QComboBox(self)
        # Narrower than its longest choice when room is short: the techniques' column needs it.
        self.side_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.side_box.setMinimumContentsLength(10)
        self.time_box = DurationBox(self)
        # A counted step shows this in the time box's place (show_detail swaps them).
        self.count_box = QSpinBox(self)
        self.count_box.setSuffix(QCoreApplication.translate("RoutineEditor", " times"))
        self.count_box.hide()
        self.bounds_label = QLabel(self)
        self.bounds_label.setProperty("role", "muted")
        self.bounds_label.setWordWrap(True)
        self.remove_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "&Remove step"), self
        )
        self.remove_button.setObjectName("quietButton")
        self.up_button = self._move_button(
            "↑", QCoreApplication.translate("RoutineEditor", "Move the step up (Alt+Up)")
        )
        self.down_button = self._move_button(
            "↓", QCoreApplication.translate("RoutineEditor", "Move the step down (Alt+Down)")
        )
        side_label = QLabel(QCoreApplication.translate("RoutineEditor", "S&ide"), self)
        side_label.setBuddy(self.side_box)
        self.time_label = WidestLabel(
            (
                QCoreApplication.translate("RoutineEditor", "&Time"),
                QCoreApplication.translate("RoutineEditor", "&Count"),
            ),
            self,
        )
        self.time_label.setBuddy(self.time_box)
        for widget, name in (
            (self.side_box, QCoreApplication.translate("RoutineEditor", "Side")),
            (self.time_box, QCoreApplication.translate("RoutineEditor", "Time")),
            (self.count_box, QCoreApplication.translate("RoutineEditor", "Count")),
        ):
            widget.setAccessibleName(name)
        # The moves beside the step's name, the fields on a row of their own: on one row they
        # took the width the techniques' column needed for a place's name (walk 6, finding 8).
        title_row = QHBoxLayout()
        title_row.setSpacing(S)
        title_row.addWidget(self.step_title, 1)
        title_row.addWidget(self.up_button)
        title_row.addWidget(self.down_button)
        title_row.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.setSpacing(S)
        row.addWidget(side_label)
        row.addWidget(self.side_box, 1)
        row.addSpacing(XS)
        row.addWidget(self.time_label)
        row.addWidget(self.time_box, 1)
        row.addWidget(self.count_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(M, S, M, S)
        layout.setSpacing(XS)
        layout.addLayout(title_row)
        layout.addLayout(row)
        layout.addWidget(self.bounds_label)

    def _move_button(self, arrow: str, tip: str) -> QToolButton:
        """An arrow that moves the current step; Alt+Up/Down and dragging do the same."""
        button = QToolButton(self)
        button.setObjectName("quietButton")
        button.setText(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFixedWidth(36)  # an arrow: the techniques' column keeps the width
        return button

    def show_detail(
        self,
        *,
        side: str | None,
        seconds: int | None,
        bounds: tuple[int, int] | None,
        bounds_text: str,
        times: int | None = None,
        times_bounds: tuple[int, int] | None = None,
    ) -> None:
        """The step's side (None: no sides) and time (None: counted, not timed).

        With ``times_bounds`` the step is counted: the count box, set to ``times``, takes
        the time box's place.
        """
        self.side_box.setEnabled(side is not None)
        if side is not None:
            select(self.side_box, side)
        counted = times_bounds is not None
        self.time_box.setVisible(not counted)
        self.count_box.setVisible(counted)
        self.time_label.setText(
            QCoreApplication.translate("RoutineEditor", "&Count")
            if counted
            else QCoreApplication.translate("RoutineEditor", "&Time")
        )
        self.time_label.setBuddy(self.count_box if counted else self.time_box)
        self.count_box.blockSignals(True)
        if times_bounds is not None and times is not None:
            self.count_box.setRange(*times_bounds)
            self.count_box.setValue(times)
        self.count_box.blockSignals(False)
        self.time_box.blockSignals(True)
        self.time_box.setEnabled(bounds is not None)
        if bounds is not None and seconds is not None:
            self.time_box.setRange(*bounds)
            self.time_box.setValue(seconds)
        self.time_box.blockSignals(False)
        self.bounds_label.setText(bounds_text)

    def show_position(self, title: str, row: int, count: int) -> None:
        """The step's name, and which moves its place in the list allows."""
        self.step_title.setText(title)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


def select(box: QComboBox, value: str) -> None:
    """Choose the item whose data is ``value``, if the box has one."""
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
