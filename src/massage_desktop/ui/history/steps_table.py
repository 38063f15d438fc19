"""The steps of one session as a read-only table, and its before -> after ratings as text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import SessionRecord, StepRecord
from massage_desktop.ui.history import wording
from massage_desktop.ui.i18n import fill


class StepsTable(QTableWidget):
    """One row per step: order, technique and step, regions, side, times and what happened."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        """Build an empty table.

        Args:
            catalog: For technique and region names.
            parent: The parent widget.
        """
        super().__init__(0, 7, parent)
        self._catalog = catalog
        self._sides = {
            Side.LEFT: QCoreApplication.translate("StepsTable", "Left"),
            Side.RIGHT: QCoreApplication.translate("StepsTable", "Right"),
            Side.CENTRE: "",
        }
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StepsTable", "#"),
                QCoreApplication.translate("StepsTable", "Step"),
                QCoreApplication.translate("StepsTable", "Region"),
                QCoreApplication.translate("StepsTable", "Side"),
                QCoreApplication.translate("StepsTable", "Planned"),
                QCoreApplication.translate("StepsTable", "Actual"),
                QCoreApplication.translate("StepsTable", "Result"),
            ]
        )
        self.setAccessibleName(QCoreApplication.translate("StepsTable", "Steps of the session"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_steps(self, steps: list[StepRecord], technique_id: str | None = None) -> None:
        """Replace the rows with ``steps``, in their order.

        Args:
            steps: The session's steps.
            technique_id: The session's technique, for a technique session: its steps are then
                just "Step 2", since the title already names the technique.
        """
        self.setRowCount(0)
        self.setRowCount(len(steps))
        self.setColumnHidden(3, all(step.side is None for step in steps))
        for row, step in enumerate(sorted(steps, key=lambda s: s.position)):
            name, instruction = self._step_name(step, step.technique_id == technique_id)
            actual = wording.clock_text(step.actual_s)
            if step.repetitions is not None:
                actual = fill(
                    QCoreApplication.translate(
                        "StepsTable", "%1, %n times", None, step.repetitions
                    ),
                    actual,
                )
            planned = "\u2013" if step.planned_s is None else wording.clock_text(step.planned_s)
            cells = (
                str(step.position + 1),
                name,
                wording.region_names(self._catalog, step.region_ids),
                self._sides[step.side] if step.side else "",
                planned,
                actual,
                wording.status_text(step.status),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(instruction if column == 1 else text)
                self.setItem(row, column, item)

    def cell_text(self, row: int, column: int) -> str:
        """The text of one cell ("" when empty)."""
        item = self.item(row, column)
        return item.text() if item else ""

    def _step_name(self, step: StepRecord, own: bool) -> tuple[str, str]:
        """The step's label and, for the tooltip, its instruction."""
        number = step.step_index + 1
        technique = self._catalog.techniques.get(step.technique_id)
        if technique is None:  # content changed since the session: show what was recorded
            label = QCoreApplication.translate("StepsTable", "%1, step %2")
            return fill(label, step.technique_id, number), ""
        instruction = ""
        if step.step_index < len(technique.steps):
            instruction = technique.steps[step.step_index].instruction
        if own:
            return fill(QCoreApplication.translate("StepsTable", "Step %1"), number), instruction
        label = QCoreApplication.translate("StepsTable", "%1, step %2")
        return fill(label, technique.name, number), instruction


def ratings_html(catalog: Catalog, record: SessionRecord) -> str:
    """The before -> after ratings, one region a line, as HTML for a label; "" when none."""
    regions = list(dict.fromkeys([*record.ratings_before, *record.ratings_after]))
    lines = [
        f"{escape(wording.region_name(catalog, region))}: "
        + escape(
            wording.rating_change_text(
                record.ratings_before.get(region), record.ratings_after.get(region)
            )
        )
        for region in regions
    ]
    return "<br>".join(lines)
