"""The region guide panel: a calm guide to the selected region, with one primary action.

From the top: the region's name, the stop rule, one large "Start: … · 2 min" button for the
technique or routine chosen, the techniques as cards, the chosen technique's guide, and the
routines with this region as cards. Before anything is chosen the panel greets and suggests
routines instead of showing empty boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.health import routine_verdict
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.bodymap.state import view_label
from massage_desktop.ui.core_text import verdict_text
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import XL, L, M, S
from massage_desktop.ui.guide.browser import GuideBrowser
from massage_desktop.ui.guide.cards import make_card_list
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.html import GuideColours, technique_html
from massage_desktop.ui.guide.lists import (
    ID_ROLE,
    Row,
    fit_rows,
    routine_card_text,
    routine_length,
    routine_rows,
    show_rows,
    technique_rows,
    wrap_lines,
)
from massage_desktop.ui.guide.routine_page import routine_html
from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.scroll_bar import BandedScrollBar

SUGGESTED = ("knee-care", "self-massage-tour", "neck-shoulders-kneading", "partner-leg")
"""Routines the empty guide suggests, in this order (those that exist)."""


class GuidePanel(QWidget):
    """Shows how to massage the selected region.

    Signals:
        techniqueSelected(str): a technique was chosen; its id.
        stepActivated(str, int): a step was clicked; technique id and step index.
        startTechniqueRequested(str): start a guided session of this technique.
        startRoutineRequested(str): start a guided session of this routine.
        safetyRequested(): show the safety page.
        routineShown(str): a routine's overview is shown; its id.
        routineActionRequested(str, str): a link under a routine; the action ("edit",
            "duplicate", "delete", "export", "save-as-mine") and the routine's id.
    """

    techniqueSelected = Signal(str)
    stepActivated = Signal(str, int)
    startTechniqueRequested = Signal(str)
    startRoutineRequested = Signal(str)
    safetyRequested = Signal()
    routineActionRequested = Signal(str, str)
    routineShown = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._region: str | None = None
        self._technique: str | None = None
        self._routine: str | None = None
        self._step: int | None = None
        self._screening: Screening | None = None
        self._player_available = False
        self._start_tip = ""
        self._colours_for = self.palette().cacheKey()
        self._guide_colours = guide_colours(self.palette())
        self._title = QLabel(self)
        self._title.setObjectName("guideTitle")
        self._title.setProperty("role", "heading")
        self._title.setWordWrap(True)
        self._subtitle = QLabel(self)
        self._subtitle.setProperty("role", "muted")
        self._subtitle.setWordWrap(True)
        self._banner = StopBanner(self)
        self._techniques = QListWidget(self)
        self._techniques.setAccessibleName(
            QCoreApplication.translate("GuidePanel", "Techniques for this region")
        )
        self._browser = GuideBrowser(self)
        self._browser.setObjectName("guideText")
        self._browser.setOpenLinks(False)
        self._browser.fit_to_page()
        self._browser.setAccessibleName(QCoreApplication.translate("GuidePanel", "Technique guide"))
        self._start = QPushButton(self)
        self._start.setObjectName("primaryButton")
        self._routines = QListWidget(self)
        self._routines.setAccessibleName(
            QCoreApplication.translate("GuidePanel", "Routines that include this region")
        )
        self._routines_label = self._section("Suggested routines", self._routines)
        self._lists = QStackedWidget(self)
        self._lists.addWidget(self._techniques)
        self._lists.addWidget(self._routines)
        self._tabs = QWidget(self)
        self._tab_group = QButtonGroup(self)
        self._tab_buttons = [self._tab(self._techniques), self._tab(self._routines)]
        for rows in (self._techniques, self._routines):
            make_card_list(rows)
            rows.setVerticalScrollBar(BandedScrollBar(rows))
        self._build_layout()
        self._banner.safetyRequested.connect(self.safetyRequested)
        self._techniques.currentItemChanged.connect(self._on_techniques_current_changed)
        self._routines.currentItemChanged.connect(self._on_routines_current_changed)
        self._techniques.itemClicked.connect(self._on_list_item_clicked)
        self._routines.itemClicked.connect(self._on_list_item_clicked)
        self._browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self._start.clicked.connect(self._on_start_clicked)
        self.set_player_available(False)
        self.show_region(None)

    def _tab(self, rows: QListWidget) -> QToolButton:
        """One half of the Techniques | Routines switch above the cards."""
        button = QToolButton(self._tabs)
        button.setObjectName("segment")
        button.setCheckable(True)
        self._tab_group.addButton(button)
        button.clicked.connect(lambda _=False: self._show_list(rows))
        return button

    def _show_list(self, rows: QListWidget) -> None:
        self._lists.setCurrentWidget(rows)
        self._lists.setFixedHeight(rows.height())
        self._tab_buttons[self._lists.indexOf(rows)].setChecked(True)

    def _section(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(QCoreApplication.translate("GuidePanel", text).upper(), self)
        label.setProperty("role", "section")
        label.setBuddy(buddy)
        return label

    def _build_layout(self) -> None:
        # The heading, the stop rule and the one primary action stay put; everything under
        # them (the switch, the cards and the guide) scrolls as one column. Two small
        # scrollers stacked (cards over guide) cut the guide's warnings off mid-sentence.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(L, L, L, M)
        layout.setSpacing(S)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self._banner)
        layout.addSpacing(S)
        layout.addWidget(self._start)
        layout.addSpacing(S)
        self._column = QScrollArea(self)
        self._column.setObjectName("guideColumn")
        self._column.setWidgetResizable(True)
        self._column.setFrameShape(QScrollArea.Shape.NoFrame)
        self._column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._column.setVerticalScrollBar(BandedScrollBar(self._column))
        body = QWidget(self._column)
        body.setObjectName("guideColumnBody")
        column = self._column_layout = QVBoxLayout(body)
        column.setContentsMargins(0, 0, S, 0)
        column.setSpacing(S)
        tabs = QHBoxLayout(self._tabs)
        tabs.setContentsMargins(0, 0, 0, 0)
        tabs.setSpacing(S)
        for button in self._tab_buttons:
            tabs.addWidget(button)
        tabs.addStretch(1)
        for widget in (self._tabs, self._routines_label, self._lists, self._browser):
            widget.setParent(body)
            column.addWidget(widget)
        column.addStretch(1)
        self._column.setWidget(body)
        # The column sits on the pane's own background, not on a grey scroller of its own.
        self._column.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        layout.addWidget(self._column, 1)
        self._start.setMinimumHeight(XL + 20)
        self._full_start_text = ""
        self._start_lines: tuple[str, str] = ("", "")
        self._recolour()

    # --- public API -------------------------------------------------------------------------

    def region(self) -> str | None:
        """The region shown, if any."""
        return self._region

    def technique(self) -> str | None:
        """The technique shown, if any."""
        return self._technique

    def routine(self) -> str | None:
        """The routine shown, if any."""
        return self._routine

    def guide_text(self) -> str:
        """The guide as plain text, as a screen reader would read it."""
        return self._browser.toPlainText()

    def focus_order(self) -> list[QWidget]:
        """The panel's stops for Tab, in reading order: start, switch, cards, guide, safety."""
        return [
            self._start,
            *self._tab_buttons,
            self._techniques,
            self._routines,
            self._browser,
            *self._banner.focus_order(),
        ]

    def set_player_available(self, available: bool) -> None:
        """Enable the start button once the guided player exists."""
        self._player_available = available
        self._start_tip = (
            ""
            if available
            else QCoreApplication.translate("GuidePanel", "The guided player is not available yet.")
        )
        self._start.setEnabled(available)
        self._start.setToolTip(self._start_tip)

    def set_screening(self, screening: Screening | None) -> None:
        """Show what the health profile says about each technique; refreshes the guide."""
        self._screening = screening
        region, technique = self._region, self._technique
        self.show_region(region)
        if technique is not None and region is not None:
            self.show_technique(technique)

    def show_region(self, region_id: str | None) -> None:
        """Show the techniques and routines for a region (or the welcome for None)."""
        self._region = region_id
        self._routine = None
        self._techniques.blockSignals(True)
        self._routines.blockSignals(True)
        techniques: list[Row] = []
        routines: list[Row] = []
        if region_id is None:
            self._show_welcome()
            routines = self._suggested_rows()
        else:
            region = self._catalog.regions[region_id]
            area = self._catalog.areas[region.area].name
            self._title.setText(region.name)
            self._subtitle.setText(f"{area} · {view_label(region.view)}")
            techniques = technique_rows(self._catalog, region_id, self._screening)
            routines = routine_rows(self._catalog, region_id, self._screening)
        show_rows(self._techniques, techniques)
        show_rows(self._routines, routines)
        self._techniques.blockSignals(False)
        self._routines.blockSignals(False)
        self._tab_buttons[0].setText(
            fill(QCoreApplication.translate("GuidePanel", "Techniques (%1)"), len(techniques))
        )
        self._tab_buttons[1].setText(
            fill(QCoreApplication.translate("GuidePanel", "Routines (%1)"), len(routines))
        )
        self._tab_buttons[1].setEnabled(bool(routines))
        self._tabs.setVisible(region_id is not None)
        self._routines_label.setVisible(region_id is None)
        # Every card shows: the column scrolls, not the list.
        fit_rows(self._techniques, self._techniques.count())
        fit_rows(self._routines, self._routines.count())
        self._show_list(self._techniques if region_id is not None else self._routines)
        self._lists.setVisible(bool(techniques or routines))
        self._browser.setVisible(region_id is not None)
        self._start.setVisible(False)
        if self._techniques.count():
            self._techniques.setCurrentRow(0)

    def refresh(self) -> None:
        """Show the region, and the routine shown, again: the user's routines changed."""
        routine = self._routine
        self.show_region(self._region)
        if routine is not None and routine in self._catalog.routines:
            self.show_routine(routine)

    def show_technique(self, technique_id: str, step: int | None = None) -> None:
        """Show one technique's guide, with ``step`` emphasised."""
        self._technique = technique_id
        self._routine = None
        self._step = step
        technique = self._catalog.techniques[technique_id]
        self._sync_list(technique_id)
        colours = self._colours()
        region = self._region if self._region in self._catalog.regions else None
        scroll = self._browser.verticalScrollBar().value()
        column_scroll = self._column.verticalScrollBar().value()
        verdict = (
            self._screening.technique_verdict(technique_id, region) if self._screening else None
        )
        self._browser.setVisible(True)
        self._browser.set_page(
            technique_html(self._catalog, technique, region, colours, step, verdict)
        )
        seconds = technique.planned_seconds
        self._set_primary(technique.title, seconds_text(seconds) if seconds else "")
        self._start.setEnabled(self._player_available and not (verdict and verdict.blocked))
        self._start.setToolTip(
            verdict_text(verdict) if verdict and verdict.effect else self._start_tip
        )
        self._browser.verticalScrollBar().setValue(scroll if step is not None else 0)
        self._settle_column()
        self._column.verticalScrollBar().setValue(column_scroll if step is not None else 0)
        self.techniqueSelected.emit(technique_id)

    def show_routine(self, routine_id: str) -> None:
        """Show a routine's overview; the primary button then starts this routine."""
        routine = self._catalog.routines[routine_id]
        self._routine = routine_id
        self._browser.setVisible(True)
        self._browser.set_page(routine_html(self._catalog, routine, self._colours()))
        verdict = (
            routine_verdict(self._screening.routine_verdicts(routine_id))
            if self._screening
            else None
        )
        self._set_primary(routine.name, routine_length(self._catalog, routine))
        self._settle_column()
        self._start.setEnabled(self._player_available)
        self._start.setToolTip(
            verdict_text(verdict) if verdict and verdict.effect else self._start_tip
        )
        self.routineShown.emit(routine_id)

    # --- helpers ----------------------------------------------------------------------------

    def _show_welcome(self) -> None:
        self._technique = None
        self._title.setText(
            QCoreApplication.translate("GuidePanel", "Where would you like a massage?")
        )
        self._subtitle.setText(
            QCoreApplication.translate(
                "GuidePanel",
                "Choose a part of the body on the figure, or find it by name with the search "
                "field. Or start with one of these routines:",
            )
        )
        self._routines_label.setText(
            QCoreApplication.translate("GuidePanel", "Suggested routines").upper()
        )

    def _suggested_rows(self) -> list[Row]:
        rows: list[Row] = []
        for routine_id in SUGGESTED:
            routine = self._catalog.routines.get(routine_id)
            if routine is not None:
                screening = self._screening
                verdict = (
                    routine_verdict(screening.routine_verdicts(routine_id)) if screening else None
                )
                rows.append(
                    (
                        routine_id,
                        routine_card_text(self._catalog, routine, verdict),
                        routine.summary,
                    )
                )
        for routine in self._catalog.routines.values():
            if self._catalog.is_own(routine.id):
                screening = self._screening
                verdict = (
                    routine_verdict(screening.routine_verdicts(routine.id)) if screening else None
                )
                text = routine_card_text(self._catalog, routine, verdict, own=True)
                rows.append((routine.id, text, routine.summary))
        return rows

    def _set_primary(self, name: str, length: str) -> None:
        text = (
            fill(QCoreApplication.translate("GuidePanel", "Start: %1 · %2"), name, length)
            if length
            else fill(QCoreApplication.translate("GuidePanel", "Start: %1"), name)
        )
        self._full_start_text = text
        self._start_lines = (
            fill(QCoreApplication.translate("GuidePanel", "Start: %1"), name),
            length,
        )
        self._start.setAccessibleName(text)
        self._start.setAccessibleDescription(text)
        self._start.setVisible(True)
        self._fit_start()

    def _fit_start(self) -> None:
        """Wrap the start button's text to its width, so nothing is cut.

        A button has no word wrap of its own: the name takes one or more lines, the time a
        line of its own.
        """
        title, length = self._start_lines
        room = max(120, self.width() - 2 * L - 72)
        lines = wrap_lines(title, self._start.fontMetrics(), room)
        self._start.setText("\n".join([*lines, length] if length else lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the start button's text to the new width."""
        super().resizeEvent(event)
        if self._full_start_text:
            self._fit_start()

    def _sync_list(self, technique_id: str) -> None:
        """Highlight the technique in the list without re-entering ``show_technique``."""
        for row in range(self._techniques.count()):
            if self._techniques.item(row).data(ID_ROLE) == technique_id:
                if self._techniques.currentRow() != row:
                    self._techniques.blockSignals(True)
                    self._techniques.setCurrentRow(row)
                    self._techniques.blockSignals(False)
                return

    def _settle_column(self) -> None:
        """Lay the column out now that the guide's height changed.

        Left to posted layout requests, the new height reaches the column's scroll bar a few
        event loop passes later, after a paint that showed the old scroll bar.
        """
        self._column_layout.activate()
        QCoreApplication.sendEvent(self._column, QEvent(QEvent.Type.LayoutRequest))

    def _colours(self) -> GuideColours:
        """The guide colours of the current palette, worked out once per palette."""
        key = self.palette().cacheKey()
        if self._colours_for != key:
            self._colours_for, self._guide_colours = key, guide_colours(self.palette())
        return self._guide_colours

    # --- handlers ---------------------------------------------------------------------------

    def _on_techniques_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self._routines.blockSignals(True)
            self._routines.setCurrentRow(-1)
            self._routines.blockSignals(False)
            self.show_technique(str(current.data(ID_ROLE)))

    def _on_routines_current_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self._techniques.blockSignals(True)
            self._techniques.setCurrentRow(-1)
            self._techniques.blockSignals(False)
            self.show_routine(str(current.data(ID_ROLE)))

    def _on_list_item_clicked(self, _item: QListWidgetItem) -> None:
        # A card clicked: bring its guide into view under the cards (the keyboard's arrows
        # only move through the cards, so the list stays where it is for them).
        self._column.verticalScrollBar().setValue(self._browser.y())

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "safety":
            self.safetyRequested.emit()
        elif url.scheme() == "routine" and self._routine is not None:
            self.routineActionRequested.emit(url.path(), self._routine)
        elif url.scheme() == "step" and self._technique is not None:
            step = int(url.path())
            self.show_technique(self._technique, step)
            self.stepActivated.emit(self._technique, step)

    def _on_start_clicked(self) -> None:
        # The button names what it starts; it only shows once something is chosen.
        if self._routine is not None:
            self.startRoutineRequested.emit(self._routine)
        elif self._technique is not None:
            self.startTechniqueRequested.emit(self._technique)

    def changeEvent(self, event: QEvent) -> None:
        """Re-render the guide and the icon with the new colours when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
            if self._technique is not None and self._routine is None:
                self.show_technique(self._technique, self._step)

    def _recolour(self) -> None:
        on_accent = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        self._start.setIcon(icon("play", on_accent, 18))
