"""Where the user massaged: the body map tinted by sessions per region, and what was missed."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.stats import RegionCount
from massage_desktop.ui.bodymap.view_switch import ViewSwitch
from massage_desktop.ui.bodymap.widget import BodyMapWidget
from massage_desktop.ui.design.combo import QuietComboBox
from massage_desktop.ui.design.tokens import M
from massage_desktop.ui.headings import bold
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.heat_legend import HeatLegend

UNTOUCHED_DAYS = 14


def _heading(parent: QWidget, text: str) -> QLabel:
    heading = bold(QLabel(text, parent))
    heading.setProperty("role", "section")
    heading.setWordWrap(True)  # German headings are long; the window must fit 1024 pixels
    return heading


STACKED_MAP_PX = 360
"""The map's least height with the lists under it."""


class HeatMapPanel(QWidget):
    """A body map tinted by how often each region was massaged, with a key and two lists.

    Signals:
        periodChanged(int): The user chose another period: 30 (days) or 0 (all time).
        regionChosen(str): A region was clicked or chosen on the map.
    """

    periodChanged = Signal(int)
    regionChosen = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        svg_bytes: bytes,
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        """Build the panel with an untinted map.

        Args:
            catalog: The regions (the map and the lists use their names).
            svg_bytes: The body map art.
            parent: The parent widget.
            cache_dir: Where the main map left the drawing's measured outlines; None measures
                them again (about a third of opening the history).
        """
        super().__init__(parent)
        self._catalog = catalog
        self.map = BodyMapWidget(
            svg_bytes, list(catalog.regions.values()), self, cache_dir=cache_dir
        )
        self.map.setAccessibleName(
            QCoreApplication.translate("HeatMapPanel", "Body map of where you massaged")
        )
        self._period = QuietComboBox(self)
        self._period.addItem(QCoreApplication.translate("HeatMapPanel", "Last 30 days"), 30)
        self._period.addItem(QCoreApplication.translate("HeatMapPanel", "All time"), 0)
        self._period.setAccessibleName(
            QCoreApplication.translate("HeatMapPanel", "Heat map period")
        )
        period_label = QLabel(QCoreApplication.translate("HeatMapPanel", "Peri&od:"), self)
        period_label.setBuddy(self._period)
        bar = QHBoxLayout()
        self.views = ViewSwitch(self.map, self)
        # Hidden, the switch keeps its height (the bar's ``_strut``), so the map does not jump
        # when it comes and goes, but not its width: its 177 empty pixels beside the period
        # made the Progress tab 3 px wider than a 1024-pixel screen in German.
        self._strut = QSpacerItem(0, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar.addItem(self._strut)
        bar.addWidget(self.views)
        bar.addStretch(1)
        bar.addWidget(period_label)
        bar.addWidget(self._period)
        self.legend = HeatLegend(self)
        self._most = QLabel(self)
        self._most.setWordWrap(True)
        self._most.setTextFormat(Qt.TextFormat.RichText)
        self._most_plain = ""
        self._most.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._most.setAccessibleName(
            QCoreApplication.translate("HeatMapPanel", "Most massaged regions")
        )
        self._untouched = QListWidget(self)
        self._untouched.setAccessibleName(
            QCoreApplication.translate(
                "HeatMapPanel", "Not massaged in the last %n days", None, UNTOUCHED_DAYS
            )
        )
        untouched_label = _heading(
            self,
            QCoreApplication.translate(
                "HeatMapPanel", "&Not massaged in the last %n days", None, UNTOUCHED_DAYS
            ),
        )
        untouched_label.setBuddy(self._untouched)
        self._untouched_hint = QLabel(self)
        self._untouched_hint.setWordWrap(True)
        self._side = side = QVBoxLayout()
        # Regions, as the map names them; the ratings beside it are by area ("Back").
        self._title = _heading(
            self, QCoreApplication.translate("HeatMapPanel", "Most massaged regions (sessions)")
        )
        side.addWidget(self._title)
        side.addWidget(self._most)
        side.addSpacing(12)
        side.addWidget(untouched_label)
        side.addWidget(self._untouched_hint)
        side.addWidget(self._untouched, 1)
        side.addStretch(0)  # takes the room while the list is hidden
        self._stacked = False
        self._left = left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.map, 1)
        left.addWidget(self.legend)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(M, M, M, M)
        self._layout.addLayout(left, 3)
        self._layout.addLayout(side, 2)
        self._period.currentIndexChanged.connect(self._on_period_current_index_changed)
        self.map.regionActivated.connect(self.regionChosen)
        self.map.layoutChanged.connect(self._on_map_layout_changed)
        self._on_map_layout_changed()

    def set_stacked(self, stacked: bool) -> None:
        """Put the lists under the map (large text) instead of beside it.

        Beside the map, the lists' long region names at a large text size made the panel
        wider than a 1024-pixel screen.
        """
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        # Above the lists the map has the page's width but would get only its least height
        # (the page scrolls from there): keep the figure large enough to read.
        self.map.setMinimumHeight(STACKED_MAP_PX if stacked else 0)
        self._stacked = stacked
        self._fit_height()

    def stacked(self) -> bool:
        """Whether the lists sit under the map."""
        return self._stacked

    def _fit_height(self) -> None:
        """Stacked, ask for the height the wrapped lists need at this width.

        The page above sizes the panel by its minimum, which leaves out word wrap: the
        lists took their wrapped height from the map's and the key overlapped the figure.
        """
        need = 0
        if self._stacked:
            margins = self._layout.contentsMargins()
            width = self.width() - margins.left() - margins.right()
            # The map at its least (it shrinks well), the lists at their wrapped height.
            need = (
                self._left.minimumSize().height()
                + self._layout.spacing()
                + max(self._side.heightForWidth(width), self._side.minimumSize().height())
                + margins.top()
                + margins.bottom()
            )
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the lists anew: ask for their height again."""
        super().resizeEvent(event)
        self._keep_bar_height()
        self._fit_height()

    def period_days(self) -> int:
        """The period chosen: 30 days, or 0 for all time."""
        return int(self._period.currentData())

    def set_period_days(self, days: int) -> None:
        """Choose the period (30 or 0), as the user would."""
        self._period.setCurrentIndex(max(self._period.findData(days), 0))

    def show_counts(self, counts: Sequence[RegionCount]) -> None:
        """Tint each region by its sessions, relative to the most massaged one."""
        known = [count for count in counts if count.region_id in self._catalog.regions]
        most = max((count.sessions for count in known), default=0)
        heat = {count.region_id: count.sessions / most for count in known if most}
        labels = {count.region_id: self._sessions(count.sessions) for count in known}
        self.map.set_region_heat(heat, labels)
        self.legend.set_most(most)
        top = sorted(known, key=lambda count: -count.sessions)[:5]
        names = [wording.region_name(self._catalog, c.region_id) for c in top]
        # The number only: the heading names the unit. "15 Sitzungen" in a column of its own
        # made the panel too wide for a 1024-pixel window beside "Oberschenkelinnenseite".
        amounts = [str(c.sessions) for c in top]
        # Regions count by massage time, as the sessions in the history list do: empty only
        # when that list has no session with massage time in the period either.
        # Not the key's "Nothing massaged in this period." again: the page printed it twice.
        empty = QCoreApplication.translate("HeatMapPanel", "None in this period.")
        self._most_plain = "\n".join(
            f"{n} \u2014 {self._count(c.sessions)}" for n, c in zip(names, top, strict=True)
        )
        # Name and count in two columns: a long German name wraps in its own column instead
        # of pushing its count onto a line of its own.
        rows = "".join(
            f'<tr><td style="padding: 1px 12px 1px 0">{escape(n)}</td>'
            f'<td align="right" style="padding: 1px 0">{escape(c)}</td></tr>'
            for n, c in zip(names, amounts, strict=True)
        )
        self._most.setText(
            f'<table width="100%" cellspacing="0">{rows}</table>' if rows else escape(empty)
        )
        self._most.setAccessibleDescription(self._most_plain or empty)

    def set_whose(self, title: str, map_name: str) -> None:
        """Title the map and its list with whose places they count (``heat_whose``)."""
        self._title.setText(title)
        self.map.setAccessibleName(map_name)

    def title(self) -> str:
        """The heading over the most massaged regions, which titles the map too."""
        return self._title.text()

    def show_untouched(self, region_ids: Sequence[str], hint: str) -> None:
        """List the regions not massaged lately, with a sentence under the list."""
        self._untouched.clear()
        for region_id in region_ids:
            self._untouched.addItem(wording.region_name(self._catalog, region_id))
        self._untouched.setVisible(bool(region_ids))  # an empty box looks like a failed load
        self._untouched_hint.setText(hint)

    def untouched_hint(self) -> str:
        """The sentence under the "not massaged lately" list."""
        return self._untouched_hint.text()

    def untouched_names(self) -> list[str]:
        """The names in the "not massaged lately" list."""
        return [self._untouched.item(row).text() for row in range(self._untouched.count())]

    def most_text(self) -> str:
        """The "Most massaged" lines as plain text, "Left knee — 2 sessions" each."""
        return self._most_plain or self._most.text()

    def _count(self, count: int) -> str:
        return (
            QCoreApplication.translate("HeatMapPanel", "1 session")
            if count == 1
            else QCoreApplication.translate("HeatMapPanel", "%n sessions", None, count)
        )

    def _sessions(self, count: int) -> str:
        return (
            QCoreApplication.translate("HeatMapPanel", "Massaged in 1 session")
            if count == 1
            else QCoreApplication.translate("HeatMapPanel", "Massaged in %n sessions", None, count)
        )

    def _keep_bar_height(self) -> None:
        """Keep the switch's height in the bar while it is hidden (it follows text size)."""
        height = self.views.sizeHint().height()
        if self._strut.sizeHint().height() != height:
            self._strut.changeSize(0, height, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self._strut.invalidate()
            self._left.invalidate()

    def _on_map_layout_changed(self) -> None:
        # Front and Back side by side: the switch would change nothing in sight.
        self.views.setHidden(self.map.side_by_side_fits() and not self.map.shown_alone())
        self._keep_bar_height()

    def _on_period_current_index_changed(self, _index: int) -> None:
        self.periodChanged.emit(self.period_days())
