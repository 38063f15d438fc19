"""The region guide panel: techniques for the selected region, their steps and warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.bodymap.state import view_label
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.guide.browser import GuideBrowser
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import GuideColours, technique_html
from massage_desktop.ui.guide.lists import (
    ID_ROLE,
    Row,
    fit_rows,
    routine_rows,
    show_rows,
    technique_rows,
)
from massage_desktop.ui.guide.routine_page import routine_html
from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.headings import bold
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP
from massage_desktop.ui.scroll_bar import BandedScrollBar

_WELCOME = QT_TRANSLATE_NOOP(
    "GuidePanel",
    "<h2>Choose a part of the body</h2>"
    "<p>Click a region on the map, or pick one from the list, to see how to massage it: "
    "the techniques, their steps, how hard to press, and the warnings that apply.</p>",
)


class GuidePanel(QWidget):
    """Shows how to massage the selected region.

    Signals:
        techniqueSelected(str): a technique was chosen; its id.
        stepActivated(str, int): a step was clicked; technique id and step index.
        startTechniqueRequested(str): start a guided session of this technique.
        startRoutineRequested(str): start a guided session of this routine.
        safetyRequested(): show the safety page.
    """

    techniqueSelected = Signal(str)
    stepActivated = Signal(str, int)
    startTechniqueRequested = Signal(str)
    startRoutineRequested = Signal(str)
    safetyRequested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._region: str | None = None
        self._technique: str | None = None
        self._step: int | None = None
        self._screening: Screening | None = None
        self._player_available = False
        self._start_tip = ""
        self._colours_for = self.palette().cacheKey()
        self._guide_colours = guide_colours(self.palette())
        self._title = QLabel(self)
        self._title.setObjectName("guideTitle")
        self._title.setWordWrap(True)
        self._banner = StopBanner(self)
        self._techniques = QListWidget(self)
        self._techniques.setAccessibleName(
            QCoreApplication.translate("GuidePanel", "Techniques for this region")
        )
        self._browser = GuideBrowser(self)
        self._browser.setOpenLinks(False)
        self._browser.setAccessibleName(QCoreApplication.translate("GuidePanel", "Technique guide"))
        self._start = QPushButton(
            QCoreApplication.translate("GuidePanel", "Start guided session"), self
        )
        self._routines = QListWidget(self)
        self._routines.setAccessibleName(
            QCoreApplication.translate("GuidePanel", "Routines that include this region")
        )
        self._start_routine = QPushButton(
            QCoreApplication.translate("GuidePanel", "Start routine"), self
        )
        for rows in (self._techniques, self._routines):
            rows.setVerticalScrollBar(BandedScrollBar(rows))
        self._build_layout()
        self._banner.safetyRequested.connect(self.safetyRequested)
        self._techniques.currentItemChanged.connect(self._on_techniques_current_changed)
        self._routines.currentItemChanged.connect(self._on_routines_current_changed)
        self._browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self._start.clicked.connect(self._on_start_clicked)
        self._start_routine.clicked.connect(self._on_start_routine_clicked)
        self.set_player_available(False)
        self.show_region(None)

    def _build_layout(self) -> None:
        bold(self._title, 1.5)
        routines_label = QLabel(
            QCoreApplication.translate("GuidePanel", "Routines with this region"), self
        )
        techniques_label = QLabel(QCoreApplication.translate("GuidePanel", "Techniques"), self)
        for label, buddy in (
            (routines_label, self._routines),
            (techniques_label, self._techniques),
        ):
            label.setBuddy(buddy)
        buttons = QHBoxLayout()
        buttons.addWidget(self._start)
        buttons.addStretch(1)
        routine_row = QHBoxLayout()
        routine_row.addWidget(routines_label, 1)
        routine_row.addWidget(self._start_routine)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._banner)
        layout.addWidget(techniques_label)
        layout.addWidget(self._techniques)
        layout.addWidget(self._browser, 1)
        layout.addLayout(buttons)
        layout.addLayout(routine_row)
        layout.addWidget(self._routines)

    # --- public API -------------------------------------------------------------------------

    def region(self) -> str | None:
        """The region shown, if any."""
        return self._region

    def technique(self) -> str | None:
        """The technique shown, if any."""
        return self._technique

    def guide_text(self) -> str:
        """The guide as plain text, as a screen reader would read it."""
        return self._browser.toPlainText()

    def set_player_available(self, available: bool) -> None:
        """Enable the start buttons once the guided player exists."""
        self._player_available = available
        self._start_tip = (
            ""
            if available
            else QCoreApplication.translate("GuidePanel", "The guided player is not available yet.")
        )
        for button in (self._start, self._start_routine):
            button.setEnabled(available)
            button.setToolTip(self._start_tip)
        self._enable_start_routine()

    def _enable_start_routine(self) -> None:
        # Only a routine the person chose can start: never a silent pick of the first one.
        chosen = self._routines.currentItem() is not None
        self._start_routine.setEnabled(self._player_available and chosen)

    def set_screening(self, screening: Screening | None) -> None:
        """Show what the health profile says about each technique; refreshes the guide."""
        self._screening = screening
        region, technique = self._region, self._technique
        self.show_region(region)
        if technique is not None and region is not None:
            self.show_technique(technique)

    def show_region(self, region_id: str | None) -> None:
        """Show the techniques and routines for a region (or a welcome text for None)."""
        self._region = region_id
        self._techniques.blockSignals(True)
        self._routines.blockSignals(True)
        techniques: list[Row] = []
        routines: list[Row] = []
        if region_id is None:
            self._title.setText(QCoreApplication.translate("GuidePanel", "Massage guide"))
            self._browser.set_page(QCoreApplication.translate("GuidePanel", _WELCOME))
            self._technique = None
        else:
            region = self._catalog.regions[region_id]
            area = self._catalog.areas[region.area].name
            self._title.setText(f"{region.name}")
            self._title.setToolTip(f"{area} · {view_label(region.view)}")
            techniques = technique_rows(self._catalog, region_id, self._screening)
            routines = routine_rows(self._catalog, region_id, self._screening)
        show_rows(self._techniques, techniques)
        show_rows(self._routines, routines)
        self._techniques.blockSignals(False)
        self._routines.blockSignals(False)
        self._start_routine.setVisible(self._routines.count() > 0)
        self._enable_start_routine()
        fit_rows(self._techniques, 7)
        fit_rows(self._routines, 4)
        if self._techniques.count():
            self._techniques.setCurrentRow(0)
        self._start.setVisible(self._techniques.count() > 0)

    def show_technique(self, technique_id: str, step: int | None = None) -> None:
        """Show one technique's guide, with ``step`` emphasised."""
        self._technique = technique_id
        self._step = step
        technique = self._catalog.techniques[technique_id]
        self._sync_list(technique_id)

        colours = self._colours()
        region = self._region if self._region in self._catalog.regions else None
        scroll = self._browser.verticalScrollBar().value()
        verdict = (
            self._screening.technique_verdict(technique_id, region) if self._screening else None
        )
        self._browser.set_page(
            technique_html(self._catalog, technique, region, colours, step, verdict)
        )
        self._start.setEnabled(self._player_available and not (verdict and verdict.blocked))
        self._start.setToolTip(
            verdict_text(verdict) if verdict and verdict.effect else self._start_tip
        )
        self._browser.verticalScrollBar().setValue(scroll if step is not None else 0)
        self.techniqueSelected.emit(technique_id)

    def show_routine(self, routine_id: str) -> None:
        """Show a routine's overview in the guide browser."""
        colours = self._colours()
        self._browser.set_page(
            routine_html(self._catalog, self._catalog.routines[routine_id], colours)
        )

    def _sync_list(self, technique_id: str) -> None:
        """Highlight the technique in the list without re-entering ``show_technique``."""
        for row in range(self._techniques.count()):
            if self._techniques.item(row).data(ID_ROLE) == technique_id:
                if self._techniques.currentRow() != row:
                    self._techniques.blockSignals(True)
                    self._techniques.setCurrentRow(row)
                    self._techniques.blockSignals(False)
                return

    def _colours(self) -> GuideColours:
        """The guide colours of the current palette, worked out once per palette."""
        key = self.palette().cacheKey()
        if self._colours_for != key:
            self._colours_for, self._guide_colours = key, guide_colours(self.palette())
        return self._guide_colours

    # --- handlers ---------------------------------------------------------------------------

    def _on_techniques_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_technique(str(current.data(ID_ROLE)))

    def _on_routines_current_changed(self, current: QListWidgetItem | None) -> None:
        self._enable_start_routine()
        if current is not None:
            self.show_routine(str(current.data(ID_ROLE)))

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "safety":
            self.safetyRequested.emit()
        elif url.scheme() == "step" and self._technique is not None:
            step = int(url.path())
            self.show_technique(self._technique, step)
            self.stepActivated.emit(self._technique, step)

    def _on_start_clicked(self) -> None:
        if self._technique is not None:
            self.startTechniqueRequested.emit(self._technique)

    def _on_start_routine_clicked(self) -> None:
        item = self._routines.currentItem()
        if item is not None:
            self.startRoutineRequested.emit(str(item.data(ID_ROLE)))

    def changeEvent(self, event: QEvent) -> None:
        """Re-render the guide with the new colours when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._technique is not None:
            self.show_technique(self._technique, self._step)
