"""The Progress tab: a region's before -> after trend, and the heat map of where massage went."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.design.combo import QuietComboBox
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.history import heat_whose, wording
from massage_desktop.ui.history.heat_panel import UNTOUCHED_DAYS, HeatMapPanel
from massage_desktop.ui.history.style import CARD
from massage_desktop.ui.history.trend_chart import TrendChart
from massage_desktop.ui.i18n import fill


class ProgressPage(QWidget):
    """Trend chart with its region box and summary sentence, beside the heat map panel.

    Signals:
        loadFailed(str): Reading the statistics failed; the text says why in plain words.
        regionChosen(str): A region was chosen on the heat map (e.g. to list its sessions).
    """

    loadFailed = Signal(str)
    regionChosen = Signal(str)

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        svg_bytes: bytes,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        """Build the page; nothing is read until ``refresh``.

        Args:
            store: The open history.
            catalog: Names of regions.
            svg_bytes: The body map art for the heat map.
            today: Today's local date.
            parent: The parent widget.
            cache_dir: Where the body map's measured outlines are cached; None measures them.
        """
        super().__init__(parent)
        self._store, self._catalog, self._today = store, catalog, today
        self._massaged: set[str] = set()  # regions on the all-time heat map
        # Each part made where it stays: moving a finished tree to another parent polishes
        # it again for the application's style sheet.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        trend = QWidget(splitter)
        self._region = QuietComboBox(trend)
        self._region.setAccessibleName(
            QCoreApplication.translate("ProgressPage", "Rated area for the rating trend")
        )
        self._region.setPlaceholderText(
            QCoreApplication.translate("ProgressPage", "No area has ratings yet")
        )
        # Narrower than its placeholder and longest entry when room is short: Qt sizes a
        # combo box by its placeholder whatever the size policy, which kept the window wider
        # than a 1024-pixel screen in German. A minimum width given to the widget overrides it.
        self._region.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        # An area, not a region: a session is rated by area ("Back", "Left leg") and the map
        # beside it names regions ("Lower back"); "Region: Back" beside "Most massaged: Lower
        # back" read as two places.
        region_label = QLabel(QCoreApplication.translate("ProgressPage", "Rated &area:"), trend)
        region_label.setBuddy(self._region)
        self.chart = TrendChart(trend, today=today)
        self._summary = QLabel(trend)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._summary.setAccessibleName(
            QCoreApplication.translate("ProgressPage", "Rating trend summary")
        )
        intro = QLabel(
            QCoreApplication.translate(
                "ProgressPage", "Tension or pain before and after massage, 0 (none) to 10 (worst)."
            ),
            trend,
        )
        intro.setWordWrap(True)
        # The label above the box: beside it, "Körperstelle:" left too little room for
        # "Linkes Knie (13 Sitzungen)" in a card a third of a 1024-pixel window wide.
        trend_layout = QVBoxLayout(trend)
        trend_layout.setContentsMargins(M, M, M, M)
        trend_layout.addWidget(intro)
        trend_layout.addSpacing(S)
        trend_layout.addWidget(region_label)
        trend_layout.addWidget(self._region)
        trend_layout.addWidget(self.chart, 1)
        trend_layout.addWidget(self._summary)
        self.heat = HeatMapPanel(catalog, svg_bytes, splitter, cache_dir=cache_dir)
        for card in (trend, self.heat):
            card.setObjectName(CARD)
            card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        splitter.setHandleWidth(M)
        splitter.addWidget(trend)
        splitter.addWidget(self.heat)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, S, 0, 0)
        layout.addWidget(splitter)
        self._region.currentIndexChanged.connect(self._on_region_current_index_changed)
        self.heat.periodChanged.connect(self._on_heat_period_changed)
        self.heat.regionChosen.connect(self.regionChosen)

    def refresh(self) -> None:
        """Read the trend regions, the trend, the heat map and the untouched list again."""
        try:
            changes = self._store.stats.rating_changes()
            people = self._store.stats.rated_by() if changes else {}
            self._massaged = {count.region_id for count in self._store.stats.region_counts()}
        except StoreError as error:
            self.loadFailed.emit(str(error))
            return
        current = self._region.currentData()
        self._region.blockSignals(True)
        self._region.clear()
        for change in sorted(changes, key=lambda c: -c.sessions):
            name = _whose(
                wording.region_name(self._catalog, change.region_id),
                people.get(change.region_id, set()),
            )
            self._region.addItem(
                fill(
                    QCoreApplication.translate("ProgressPage", "%1 (1 session)")
                    if change.sessions == 1
                    else QCoreApplication.translate(
                        "ProgressPage", "%1 (%n sessions)", None, change.sessions
                    ),
                    name,
                ),
                change.region_id,
            )
        self._region.setCurrentIndex(max(self._region.findData(current), 0))
        self._region.setEnabled(bool(changes))
        self._region.blockSignals(False)
        self._show_trend()
        self._show_heat()

    def choose_region(self, region_id: str) -> None:
        """Show the trend of a region (if it has ratings), as choosing it in the box would."""
        index = self._region.findData(region_id)
        if index >= 0:
            self._region.setCurrentIndex(index)

    def summary_text(self) -> str:
        """The sentence under the chart."""
        return self._summary.text()

    def _show_trend(self) -> None:
        region_id = self._region.currentData()
        # The box may cut a long name (whose, and how many sessions): the tooltip has it whole.
        self._region.setToolTip(self._region.currentText())
        if region_id is None:
            empty = QCoreApplication.translate(
                "ProgressPage",
                "No ratings before and after yet. Rate how an area "
                "feels when a session starts and ends to see a trend.",
            )
            self.chart.set_points([], empty)
            self.chart.setAccessibleDescription(empty)
            # Said once, in the chart: the box, the chart and a line under it said it three
            # times (walk 15, P2).
            self._summary.clear()
            self._summary.hide()
            return
        self._summary.show()
        try:
            points = self._store.stats.rating_trend(region_id)
        except StoreError as error:
            self.loadFailed.emit(str(error))
            return
        name = wording.region_name(self._catalog, region_id)
        self.chart.set_points(points)
        summary = wording.trend_summary(name, points)
        on_map = self._on_map(region_id)
        if on_map:
            summary += "\n" + fill(
                QCoreApplication.translate("ProgressPage", "Rated as one area; on the map: %1"),
                on_map,
            )
        self._summary.setText(summary)
        self.chart.setAccessibleDescription(self._summary.text())

    def _on_map(self, rated_id: str) -> str:
        """The massaged regions a zone's ratings cover, by their names on the heat map.

        A session is rated by zone ("Back") and the map names regions ("Lower back"): the two
        lists did not meet (walk 10, b118). Empty for a region rated on its own. At most three
        names, head to toe; more end with "…".
        """
        if rated_id in self._catalog.regions:
            return ""
        regions = [
            region
            for region in self._catalog.regions
            if region in self._massaged and self._catalog.zone_of(region) == rated_id
        ]
        names = [wording.region_name(self._catalog, region) for region in regions[:3]]
        return ", ".join(names) + (", \u2026" if len(regions) > 3 else "")

    def _show_heat(self) -> None:
        today = self._today()
        days = self.heat.period_days()
        since = today - timedelta(days=days - 1) if days else None
        try:
            counts = self._store.stats.region_counts(since)
            ever = counts if since is None else self._store.stats.region_counts()
            # Only regions massaged at some time (a list of every never-touched toe is noise),
            # head to toe as the region list orders them.
            massaged = {count.region_id for count in ever}
            candidates = [region for region in self._catalog.regions if region in massaged]
            untouched = self._store.stats.untouched_regions(candidates, today, UNTOUCHED_DAYS)
            heat_whose.show_whose(self.heat, self._store, since)  # your own, partner's or both
        except StoreError as error:
            self.loadFailed.emit(str(error))
            return
        self.heat.show_counts(counts)
        if not ever:
            hint = QCoreApplication.translate(
                "ProgressPage", "Nothing massaged yet: a region shows here once it is massaged."
            )
        elif not untouched:
            # Only regions massaged before are listed, so an empty list says nothing of the
            # rest: "None. Nothing has been left out lately." read as "everything was
            # massaged" when only the calves ever were (walk 10, a88/b118).
            hint = QCoreApplication.translate(
                "ProgressPage", "Every region you have massaged so far had a session in these days."
            )
        else:
            hint = QCoreApplication.translate(
                "ProgressPage", "Regions you have massaged before, but not lately."
            )
        self.heat.show_untouched(untouched, hint)

    def _on_region_current_index_changed(self, _index: int) -> None:
        self._show_trend()

    def _on_heat_period_changed(self, _days: int) -> None:
        self._show_heat()


def _whose(name: str, people: set[str]) -> str:
    """A rated region's name, saying whose when a partner was massaged.

    Ratings of one's own left leg and a partner's are one line (the totals keep no person),
    so the name says whose they are, shortly (the box is narrow): "Left leg · partner"
    (walk 9, P1-m).
    """
    if "partner" not in people:
        return name
    if "self" in people:
        return fill(QCoreApplication.translate("ProgressPage", "%1 \u00b7 you + partner"), name)
    return fill(QCoreApplication.translate("ProgressPage", "%1 \u00b7 partner"), name)
