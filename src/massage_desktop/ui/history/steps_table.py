"""The steps of one session as a read-only table, and its before -> after ratings as text.

Each step is named as the player named it while it ran: the technique and the side
("Knee warm-up strokes, left side"), so a row reads as the person remembers it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Side
from massage_desktop.domain.history import (
    SessionRecord,
    StepRecord,
    StepStatus,
    counted_groups,
    left_by_back,
    stopped_position,
    whole_seconds,
)
from massage_desktop.storage.stats import StepTally
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.reach import skipped_to_end
from massage_desktop.ui.history.wrap_delegate import MARGIN, WordWrapDelegate, wrapped_lines
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

_SIDED = {
    "left": QT_TRANSLATE_NOOP("StepsTable", "%1, left side"),
    "right": QT_TRANSLATE_NOOP("StepsTable", "%1, right side"),
    "both": QT_TRANSLATE_NOOP("StepsTable", "%1, both sides"),
}
# Both sides of a step share its number, as the player said "Step 1 of 1" on each; two rows
# both numbered "1" read as a mistake (walk 6, finding 4), so the number says the side.
_NUMBERED_SIDE = {
    Side.RIGHT: QT_TRANSLATE_NOOP("StepsTable", "%1 R"),
    Side.LEFT: QT_TRANSLATE_NOOP("StepsTable", "%1 L"),
}
_COLUMNS = (
    QT_TRANSLATE_NOOP("StepsTable", "#"),
    QT_TRANSLATE_NOOP("StepsTable", "Step"),
    QT_TRANSLATE_NOOP("StepsTable", "Region"),
    QT_TRANSLATE_NOOP("StepsTable", "Time"),
    QT_TRANSLATE_NOOP("StepsTable", "Result"),
)
_NUMBERS = (0, 3)  # right-aligned columns
_REGION_SHARE = 0.4  # of the room the step's name and its regions share
ROW_MARGIN = 6
"""Pixels a row has beyond its lines of text."""
NAME_SHARE = 0.45
"""The least share of the table's width the step's name keeps (with the regions, if shown)."""
REGIONS_FROM_CHARS = 70
"""Narrower than this many average characters (560 px at normal text size), the regions leave
the table for the name's tooltip: cut to "Rechtes …" they said nothing, and they cut the name
the person remembers. In characters, so that a larger text size needs a wider table: at
"Large" in 1280x800 a fixed 560 px left the step's name "Aufwärmstreic…" and a row of five
lines of regions taller than the table."""


def sides_of(catalog: Catalog, region_ids: list[str]) -> set[str]:
    """The sides of the body the regions lie on, "left" and/or "right" (none for the middle)."""
    sides: set[str] = set()
    for region_id in region_ids:
        region = catalog.regions.get(region_id)
        side = region.side if region is not None else None
        if side is Side.LEFT or region_id.endswith("-left"):
            sides.add("left")
        elif side is Side.RIGHT or region_id.endswith("-right"):
            sides.add("right")
    return sides


def session_side(catalog: Catalog, record: SessionRecord) -> str | None:
    """The side a session worked: its done steps' sides, else the sides it began to massage.

    Only when it massaged nothing, the regions rated say it. As the history's own
    ``worked_side``: a step that runs once over both knees lists both, so its regions cannot
    say which knee a one-side routine worked. Two sessions stopped in their first part on
    the right said "Both sides" (both legs rated) and "Right side" (walk 17).
    """
    sided = [s for s in record.steps if s.side in (Side.LEFT, Side.RIGHT) and s.region_ids]
    done = {s.side.value for s in sided if s.side and s.status is StepStatus.DONE}
    begun = {s.side.value for s in sided if s.side and s.actual_s > 0}
    sides = done or begun or sides_of(catalog, [*record.ratings_before, *record.ratings_after])
    if len(sides) == 1:
        return sides.pop()
    return "both" if sides else None


def step_side(catalog: Catalog, step: StepRecord, worked: str | None) -> str | None:
    """The side a step massaged: its own, its regions', or the session's for both knees."""
    if step.side in (Side.LEFT, Side.RIGHT):
        return step.side.value
    sides = sides_of(catalog, step.region_ids)
    if len(sides) == 1:
        return sides.pop()
    if not sides:
        return None
    return worked if worked in ("left", "right") else "both"


class StepsTable(QTableWidget):
    """One row per step: order, technique and side, regions, times and what happened."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        """Build an empty table.

        Args:
            catalog: For technique and region names.
            parent: The parent widget.
        """
        super().__init__(0, len(_COLUMNS), parent)
        self._catalog = catalog
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("StepsTable", title) for title in _COLUMNS]
        )
        self.setAccessibleName(QCoreApplication.translate("StepsTable", "Steps of the session"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        # A long step name wraps: cut to "Oberschenkelmuskeln mit den D…" three rows in a
        # row read the same (walk 3, finding 18). Rows are one line unless a name wraps.
        self.setWordWrap(True)
        self.setShowGrid(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Sized here (``_fit_rows``), a little tighter than the delegate's own hint: at
        # 1024x700 that is a row more of steps in sight.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name first: two stretched columns cut "Quadriceps kneading" and "Quadriceps
        # thumb stripping" to the same "Quadriceps k…".
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self._wrap = WordWrapDelegate(self)
        self.setItemDelegateForColumn(1, self._wrap)
        # A wrapped name needs new row heights when its column's width changes.
        header.sectionResized.connect(self._on_header_section_resized)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size: new widths and row heights."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the regions ``_REGION_SHARE`` of what the name and the regions share."""
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        least = self.fontMetrics().averageCharWidth() * REGIONS_FROM_CHARS
        self.setColumnHidden(2, self.viewport().width() < least)
        header = self.horizontalHeader()
        # Time and result as wide as their texts while the name keeps NAME_SHARE of the
        # table; beyond that they share the rest and wrap: at large text "0:23 von 0:30"
        # and "Übersprungen" left the name 90 px.
        mode = QHeaderView.ResizeMode
        wanted = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in (3, 4)}
        room = int(self.viewport().width() * (1 - NAME_SHARE)) - header.sectionSize(0)
        fits = sum(wanted.values()) <= room
        for column, width in wanted.items():
            header.setSectionResizeMode(column, mode.ResizeToContents if fits else mode.Fixed)
            if not fits:
                header.resizeSection(column, max(40, room * width // sum(wanted.values())))
        fixed = sum(header.sectionSize(c) for c in range(self.columnCount()) if c not in (1, 2))
        header.resizeSection(2, max(60, int((self.viewport().width() - fixed) * _REGION_SHARE)))
        self._fit_rows()

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 1:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its most wrapped cell, one line plus a small margin each."""
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        rows = self.verticalHeader()
        header = self.horizontalHeader()
        for row in range(self.rowCount()):
            lines = 1
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is None or self.isColumnHidden(column):
                    continue
                width = self.columnWidth(column) - 2 * MARGIN
                if column == 1:  # the name wraps between words (``WordWrapDelegate``)
                    lines = max(lines, wrapped_lines(item.text(), self.font(), width))
                    continue
                if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                    continue  # as wide as its widest text: one line
                room = QRect(0, 0, max(1, width), 100 * line)
                flags = Qt.TextFlag.TextWordWrap
                height = metrics.boundingRect(room, flags, item.text()).height()
                lines = max(lines, round(height / line))
            rows.resizeSection(row, lines * line + ROW_MARGIN)

    def show_steps(self, record: SessionRecord) -> None:
        """Replace the rows with ``record``'s steps, in their order."""
        steps = record.steps
        worked = session_side(self._catalog, record)
        stopped = stopped_position(record)
        tally = StepTally.of_steps(steps)
        if skipped_to_end(self._catalog, record.outcome, record.kind, record.subject_id, tally):
            stopped = None  # skipped through to the end: no step was under way at the end
        passed = left_by_back(steps, stopped)  # as the summary counts them
        numbers = numbered_sides(steps)
        seconds = shown_seconds(steps)
        self.setRowCount(0)
        self.setRowCount(len(steps))
        for row, step in enumerate(sorted(steps, key=lambda s: s.position)):
            side = step_side(self._catalog, step, worked)
            name, instruction = self._step_name(step, side)
            cells = (
                numbers[step.position],
                name,
                wording.region_names(self._catalog, worked_regions(self._catalog, step, side)),
                _time_text(step, seconds),
                wording.stopped_text(record.outcome)
                if step.position == stopped
                else wording.not_reached_text()
                if step.position in passed
                else _counted(wording.status_text(step.status), step),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in _NUMBERS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                # The name may be cut: the tooltip has it whole, with where and what the step said.
                tip = (
                    "\n\n".join(t for t in (text, cells[2], instruction) if t)
                    if column == 1
                    else _time_tip(step, seconds)
                    if column == 3
                    else text
                )
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
                self.setItem(row, column, item)
        self._share_width()

    def cell_text(self, row: int, column: int) -> str:
        """The text of one cell ("" when empty)."""
        item = self.item(row, column)
        return item.text() if item else ""

    def _step_name(self, step: StepRecord, side: str | None) -> tuple[str, str]:
        """The technique with the side worked and, for the tooltip, the step's instruction."""
        technique = self._catalog.techniques.get(step.technique_id)
        # A technique since removed from the content: its id is all the history has.
        name = technique.name if technique is not None else step.technique_id
        if side in _SIDED:
            name = fill(QCoreApplication.translate("StepsTable", _SIDED[side]), name)
        instruction = ""
        if technique is not None and step.step_index < len(technique.steps):
            instruction = technique.steps[step.step_index].instruction
        return name, instruction


def numbered_sides(steps: list[StepRecord]) -> dict[int, str]:
    """Position -> the step's number as the player said it, with the side when it had two.

    "Step 2 of 7" on both sides of a step: its rows read "2 R" and "2 L". A step left out
    for safety on every side had no number in the player ("Step 1 of 14" where 2 of 16
    were left out): its rows read "–". Where the player counted parts ("Part 14 of 24"),
    the rows are numbered by part, one a side: "1, –, 2 R, 3 R, 4, –, –, 2 L, 3 L" went
    back where the player's count went on to 5 and 6 (walk 9, X-e).
    """
    numbers: dict[int, str] = {}
    number = 0
    for sides in counted_groups(steps):
        if all(side.status is StepStatus.BLOCKED for side in sides):
            numbers.update((side.position, "\u2013") for side in sides)
            continue
        number += 1
        for side in sides:
            label = _NUMBERED_SIDE.get(side.side) if len(sides) > 1 and side.side else None
            numbers[side.position] = (
                fill(QCoreApplication.translate("StepsTable", label), number)
                if label is not None
                else str(number)
            )
    return numbers


def shown_seconds(steps: Sequence[StepRecord]) -> dict[int, int]:
    """Each step's time in whole seconds (by position), adding up to the massage time shown.

    Rounded one by one, steps of 14.6 s, 11.6 s and 5.6 s read 15 + 12 + 6 s under a massage
    time of 32 s. The massage steps are rounded along their running total instead, each
    showing how much the rounded total grew, so they add up to it; a step that works no
    region (the oil, the hands warmed) is no massage time and is rounded on its own.
    """
    shown: dict[int, int] = {}
    total = 0.0
    for step in sorted(steps, key=lambda s: s.position):
        if not step.region_ids:
            shown[step.position] = whole_seconds(step.actual_s)
            continue
        before = whole_seconds(total)
        total += step.actual_s
        shown[step.position] = whole_seconds(total) - before
    return shown


def _time_text(step: StepRecord, seconds: Mapping[int, int]) -> str:
    """The time worked, ``2:30``, for every step; ``–`` for a step left out, which never ran.

    One format: "0:03", "0:00 of 0:10" and "0:03, 0 times" stood in one column (walk 9,
    P1-o). The count goes with the result (``_result_text``), the plan into the tooltip.
    """
    if step.status is StepStatus.BLOCKED:
        return "\u2013"
    return wording.clock_text(seconds[step.position])


def _time_tip(step: StepRecord, seconds: Mapping[int, int]) -> str:
    """The tooltip of the time: ``0:23 of 0:30`` when the step had a planned time."""
    actual = _time_text(step, seconds)
    if step.planned_s is None or step.status is StepStatus.BLOCKED:
        return actual
    text = QCoreApplication.translate("StepsTable", "%1 of %2")
    return fill(text, actual, wording.clock_text(step.planned_s))


def _counted(result: str, step: StepRecord) -> str:
    """``Done, 4 times`` for a counted step done: the count is what was done.

    Done at the first of four strokes is stored as 1. A step skipped says no count: "0 times"
    beside "Skipped" said nothing more.
    """
    if step.status is not StepStatus.DONE or step.repetitions is None:
        return result
    if step.repetitions == 1:  # English has no plural forms to pick "1 time" from
        return fill(QCoreApplication.translate("StepsTable", "%1, 1 time"), result)
    text = QCoreApplication.translate("StepsTable", "%1, %n times", None, step.repetitions)
    return fill(text, result)


def worked_regions(catalog: Catalog, step: StepRecord, side: str | None) -> list[str]:
    """The step's regions on the side it massaged: a one-knee step lists both knees."""
    if side not in ("left", "right"):
        return list(step.region_ids)
    return [r for r in step.region_ids if sides_of(catalog, [r]) <= {side}]
