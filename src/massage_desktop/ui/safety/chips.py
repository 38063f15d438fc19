"""Checkable chips for "Does any of these apply to you?": one per condition, and "None of these".

The chips flow onto as many lines as the width needs (``FlowLayout``); ticking a condition
clears "None of these" and the other way round, so an answer is always one or the other. A
widget can be given a chip's own line below it (the first run's "Where is it?").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.rules import Condition
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import S


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line; its height follows the width.

    Qt has no flow layout of its own (its documentation carries one as an example); this is
    that example, reduced to what the chips need, plus widgets on lines of their own: such a
    widget (``insert_below``) takes the whole width under the line its predecessor ends up on.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = S) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._below: set[int] = set()  # id() of the items on lines of their own
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def insert_below(self, after: QWidget, widget: QWidget) -> None:
        """Show ``widget`` the whole width wide, under the line on which ``after`` is."""
        index = next(i for i, item in enumerate(self._items) if item.widget() is after)
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.insert(index + 1, item)
        self._below.add(id(item))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        """Keep ``item`` (called by ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """The number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``."""
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._below.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:
        """Neither: the chips keep their own size."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Yes: the narrower, the more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the items take when laid out ``width`` wide."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """The minimum size: the widest item, one line."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """The widest item's size, plus the margins."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        below: list[QLayoutItem] = []  # waiting for the end of the line
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            if id(item) in self._below:
                below.append(item)
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                y = self._place_below(below, area, y + line + self._gap, move=move)
                below, x, line = [], area.x(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        bottom = y + line
        if below:
            start = bottom + self._gap if line else bottom
            bottom = self._place_below(below, area, start, move=move) - self._gap
        return bottom - rect.y() + margins.bottom()

    def _place_below(self, items: list[QLayoutItem], area: QRect, y: int, *, move: bool) -> int:
        """Lay ``items`` out full width from ``y`` down; returns where the next line starts."""
        for item in items:
            width = area.width()
            height = item.heightForWidth(width) if item.hasHeightForWidth() else -1
            height = height if height >= 0 else item.sizeHint().height()
            if move:
                item.setGeometry(QRect(area.x(), y, width, height))
            y += height + self._gap
        return y


def screening_conditions(catalog: Catalog) -> list[Condition]:
    """The conditions asked about, in the catalog's order: the first run's and the profile's.

    One list for both: the first run once left out the knee-only ones ("Mild, long-standing
    knee pain"), so a condition the profile offered was never asked about at the start.
    """
    return list(catalog.conditions.values())


class Chip(QPushButton):
    """A checkable chip whose width does not change when its tick appears.

    ``QPushButton.sizeHint`` adds the icon's width (and 4 px) only while an icon is set, so
    ticking a chip made it wider and the flow moved every chip after it to another place.
    """

    def sizeHint(self) -> QSize:
        """The size with room for the tick, ticked or not."""
        hint = super().sizeHint()
        if self.icon().isNull():
            hint.setWidth(hint.width() + self.iconSize().width() + 4)  # as QPushButton adds
        return hint


def chip(text: str, parent: QWidget) -> QPushButton:
    """A checkable chip (``#chip`` in the designed dialogs' style sheet), focused by Tab only."""
    button = Chip(text, parent)
    button.setObjectName("chip")
    button.setCheckable(True)
    # Space ticks a chip; Enter is "go on" and reaches the dialog's default button. A chip
    # that took Enter un-ticked "None of these" just ticked with Space (walk 10, a42/a43).
    button.setAutoDefault(False)
    # Focus from Tab only: a chip focused by a click drew a ring that looked like a tick.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return button


class ConditionChips(QWidget):
    """One checkable chip per condition, then "None of these"; nothing is ticked at first.

    Args:
        conditions: The conditions offered, in order.
        ticked: Condition ids to show ticked (a profile saved before).
        ink: The colour of the tick a ticked chip shows (not colour alone says it is ticked).
        parent: The owning widget.
        offer_none: Whether "None of these" is offered.

    Signals:
        changed(): A chip was ticked or unticked.
    """

    changed = Signal()

    def __init__(
        self,
        conditions: list[Condition],
        ticked: set[str],
        ink: str,
        parent: QWidget | None = None,
        *,
        offer_none: bool = True,
    ) -> None:
        super().__init__(parent)
        self._tick = icon("done", ink, 16)
        layout = FlowLayout(self)
        self.chips: dict[str, QPushButton] = {}
        for condition in conditions:
            button = chip(condition.name, self)
            # The hint says what the name means, for those who are unsure.
            button.setToolTip(condition.hint or "")
            button.setAccessibleDescription(condition.hint or "")
            button.setChecked(condition.id in ticked)
            self._show_tick(button, button.isChecked())
            button.toggled.connect(self._on_chip_toggled)
            layout.addWidget(button)
            self.chips[condition.id] = button
        # Made last, as it is laid out: Tab follows the order children are made in (a
        # reparented widget's chain is rebuilt in that order), and "None of these" made
        # first was the first Tab stop, before the conditions it sums up (walk 5, finding 26).
        self.none_chip = chip(QCoreApplication.translate("FirstRunDialog", "None of these"), self)
        self.none_chip.toggled.connect(self._on_none_chip_toggled)
        layout.addWidget(self.none_chip)
        # The health profile edits a saved answer: an empty profile already says "none".
        self.none_chip.setVisible(offer_none)

    def add_below(self, condition_id: str, widget: QWidget) -> None:
        """Show ``widget`` under the line of the condition's chip (hide it while not wanted)."""
        layout = self.layout()
        assert isinstance(layout, FlowLayout)
        widget.setParent(self)
        layout.insert_below(self.chips[condition_id], widget)

    def ticked(self) -> list[str]:
        """The ticked condition ids, in the offered order."""
        return [cid for cid, chip in self.chips.items() if chip.isChecked()]

    def answered(self) -> bool:
        """Whether the person ticked a condition or "None of these"."""
        return self.none_chip.isChecked() or bool(self.ticked())

    def _show_tick(self, chip: QPushButton, checked: bool) -> None:
        chip.setIcon(self._tick if checked else QIcon())

    def _on_chip_toggled(self, checked: bool) -> None:
        chip = self.sender()
        if isinstance(chip, QPushButton):
            self._show_tick(chip, checked)
        if checked:
            self.none_chip.setChecked(False)
        self.changed.emit()

    def _on_none_chip_toggled(self, checked: bool) -> None:
        self._show_tick(self.none_chip, checked)
        if checked:
            for chip in self.chips.values():
                chip.setChecked(False)
        self.changed.emit()
