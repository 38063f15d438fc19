"""The history window: overview strip, sessions with details, and the Progress tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from massage_desktop import APP_NAME
from massage_desktop.domain.catalog import Catalog
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.tokens import M, S, ThemeName, colours
from massage_desktop.ui.guide.colours import is_dark
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.calendar_strip import WEEKS
from massage_desktop.ui.history.details import SessionDetails
from massage_desktop.ui.history.overview import CHART_WEEKS, OverviewBar
from massage_desktop.ui.history.page import HistoryPage, size_by_current_tab
from massage_desktop.ui.history.progress import ProgressPage
from massage_desktop.ui.history.session_list import SessionListPane
from massage_desktop.ui.history.style import CARD, history_sheet
from massage_desktop.ui.history.undo_bar import UndoBar
from massage_desktop.ui.i18n import fill

SESSIONS_MIN_PX = 400
"""The Sessions tab's least height at normal text size: it fits at 1024x700."""


STACK_FROM = 1.25
"""From this text size on, the heat map's lists sit under the map in a narrow window."""

LISTS_BESIDE_PX = 1100
"""The window width from which the heat map's lists stay beside the map at any text size.

Under the map at "Extra large" in a 1280x800 screen's 1120 px window, the Progress page was
taller than the window: the chart was cut and "Most massaged" was out of sight below it."""

SIDE_BY_SIDE_PX = 880
"""From "Large" text on, the window width (at normal size, scaled with the text) below which
the details sit under the sessions list instead of beside it: 1024 px at "Large" and "Extra
large" stack, 1920 px keep both side by side."""

DETAILS_MIN_PX = 600
"""The details' least height stacked under the list, at normal size (scaled with the text)."""


class HistoryWindow(QWidget):
    """A separate, non-modal window over the session history.

    It reads the store each time it is shown and on ``refresh()``; the Progress tab is read
    only when it is first looked at after a change, so opening stays fast with a very long
    history. Deleting offers Undo (also Ctrl+Z) for the last deleted session.
    """

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        svg_bytes: bytes,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        """Build the window; call ``refresh()`` or show it to read the history.

        Args:
            store: The open history (used from the GUI thread only).
            catalog: Names of regions, techniques and routines.
            svg_bytes: The body map art for the heat map.
            today: Today's local date (a parameter so tests can fix it).
            parent: The owning window; the history stays a window of its own.
            cache_dir: The cache folder where the main map left the drawing's measured
                outlines; None measures them again, a third of the window's construction.
        """
        # Set before anything else: Qt sends change events while the window is being built.
        self._theme: ThemeName | None = None  # none until the tabs exist (``_restyle``)
        self._scale = 1.0
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(
            fill(QCoreApplication.translate("HistoryWindow", "History \u2014 %1"), APP_NAME)
        )
        self._store, self._today = store, today
        self._progress_stale = True
        self._loaded_once = False
        self.overview = OverviewBar(self)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setAccessibleName(QCoreApplication.translate("HistoryWindow", "Problem"))
        self._message.hide()
        self.undo_bar = UndoBar(self)
        # The sessions and details made in their splitter: moving a finished tree to another
        # parent polishes it again for the application's style sheet.
        self._split = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.sessions = SessionListPane(store, catalog, today, splitter)
        self.details = SessionDetails(catalog, splitter)
        self.progress = ProgressPage(store, catalog, svg_bytes, today, self, cache_dir=cache_dir)
        self.setObjectName("historyWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        for card in (self.overview, self.sessions, self.details):
            card.setObjectName(CARD)
            card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        splitter.setHandleWidth(M)
        splitter.addWidget(self.sessions)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([540, 580])
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, QCoreApplication.translate("HistoryWindow", "&Sessions"))
        self.tabs.addTab(self.progress, QCoreApplication.translate("HistoryWindow", "&Progress"))
        self._on_tabs_current_changed(0)
        # The page scrolls as a whole when large text needs more height than the screen has:
        # squeezed into 700 px at "Extra large", the list showed two rows and the details
        # cut their own lines. At normal size it fits and never scrolls.
        self.page = HistoryPage(self)
        content = self.page.content
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(M, M, M, M)
        layout.setSpacing(S)
        layout.addWidget(self.overview)
        layout.addWidget(self._message)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        # The sheet once the tree stands: set before, moving the tabs and cards into the page
        # carried it through every widget again (a third of building the window).
        self._restyle(force=True)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_bar.undo)
        # A window of its own that people expect to close like a dialog or a document.
        for keys in (QKeySequence.StandardKey.Close, QKeySequence(Qt.Key.Key_Escape)):
            QShortcut(keys, self, self.close)
        self.sessions.sessionSelected.connect(self._on_sessions_session_selected)
        self.sessions.deleteRequested.connect(self._on_sessions_delete_requested)
        self.sessions.model.loadFailed.connect(self._on_model_load_failed)
        self.sessions.model.totalChanged.connect(self._on_model_total_changed)
        self.details.notesEdited.connect(self._on_details_notes_edited)
        self.details.deleteRequested.connect(self._on_details_delete_requested)
        self.undo_bar.undoRequested.connect(self._on_undo_bar_undo_requested)
        self.progress.loadFailed.connect(self._on_progress_load_failed)
        self.progress.regionChosen.connect(self._on_progress_region_chosen)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.resize(1120, 760)

    def refresh(self) -> None:
        """Read everything again: after a session ended, an import, or on showing."""
        self._loaded_once = True
        self._message.hide()
        self.sessions.reload()
        self._refresh_stats()
        if self.sessions.current_session_id() is None:
            self.sessions.select_first_session()

    def message_text(self) -> str:
        """The problem shown above the tabs, "" when none."""
        return self._message.text() if not self._message.isHidden() else ""

    def _refresh_stats(self) -> None:
        today = self._today()
        stats = self._store.stats
        try:
            massaged = stats.days_massaged(today - timedelta(weeks=WEEKS), today)
            weeks = stats.minutes_per_week(today, CHART_WEEKS)
        except StoreError as error:
            self._show_problem(str(error))
            return
        self.overview.show_stats(today, massaged, weeks)
        self._progress_stale = True
        if self.tabs.currentWidget() is self.progress:
            self._refresh_progress()

    def _refresh_progress(self) -> None:
        self._progress_stale = False
        self.progress.refresh()

    def set_text_scale(self, scale: float) -> None:
        """Show every text ``scale`` times its normal size (Settings ▸ Text size)."""
        if scale != self._scale:
            self._scale = scale
            self._restyle(force=True)
            self._fit_heat()

    def text_scale(self) -> float:
        """The texts' size relative to normal."""
        return self._scale

    # --- events -----------------------------------------------------------------------------

    def _restyle(self, *, force: bool = False) -> None:
        """Carry the history's style sheet for the theme shown (once per theme and size)."""
        # The application's palette: once the sheet is set, Qt keeps this window's own palette
        # and stops passing theme changes down to it (only ApplicationPaletteChange arrives).
        theme: ThemeName = "dark" if is_dark(QApplication.palette()) else "light"
        if force or theme != self._theme:
            self._theme = theme
            self.setStyleSheet(history_sheet(colours(theme), theme, self._scale))
            # Below the overview, the sessions keep room for a useful list and details (about
            # ten rows at any size); on a shorter window the page scrolls instead. Set on
            # the page, not the tabs: a minimum given to the tabs hid the Progress page's.
            self._fit_split()

    def _fit_split(self, *, force: bool = True) -> None:
        """Sessions beside the details, or under them at large text in a narrow window.

        Side by side at "Extra large" in 1024x700 the two halves were squeezed: two rows of
        steps, one of sessions, the notes and the count cut off at the bottom. Stacked, each
        gets its own least height and the page scrolls; a wide window keeps them side by side.
        """
        # The window's width, not the page's: a scroll bar coming and going must not flip it.
        narrow = self.width() < px(SIDE_BY_SIDE_PX, self._scale)
        stacked = self._scale >= STACK_FROM and narrow
        if stacked == (self._split.orientation() == Qt.Orientation.Vertical) and not force:
            return
        self._split.setOrientation(
            Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        )
        if stacked:
            self.sessions.setMinimumHeight(px(SESSIONS_MIN_PX, self._scale))
            # Never below what its rows ask for (a long German result wraps onto two lines).
            least = self.details.minimumSizeHint().height()
            self.details.setMinimumHeight(max(px(DETAILS_MIN_PX, self._scale), least))
            self._split.setMinimumHeight(0)  # the sum of the two, as a splitter asks
        else:
            self.sessions.setMinimumHeight(0)
            self.details.setMinimumHeight(0)
            self._split.setMinimumHeight(px(SESSIONS_MIN_PX, self._scale))

    def _fit_heat(self) -> None:
        """The heat map's lists under the map at large text in a narrow window, else beside it."""
        stacked = self._scale >= STACK_FROM and self.width() < LISTS_BESIDE_PX
        if stacked != self.progress.heat.stacked():
            self.progress.heat.set_stacked(stacked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Stack or unstack the sessions and details, and the heat map's lists, for the width."""
        super().resizeEvent(event)
        self._fit_split(force=False)
        self._fit_heat()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme change with the history's own style sheet."""
        super().changeEvent(event)
        built = self._theme is not None
        if built and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._restyle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: D102 - Qt API
        # Shown again from the menu: sessions may have ended meanwhile. Un-minimising (a
        # spontaneous show) changes nothing worth a re-read.
        if not event.spontaneous() or not self._loaded_once:
            self.refresh()
            self.sessions.view.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: D102 - Qt API
        self.details.flush_notes()  # typing then closing at once must not lose the notes
        super().closeEvent(event)

    # --- handlers ---------------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        self._message.setText(text)
        self._message.show()

    def _on_model_load_failed(self, text: str) -> None:
        self._show_problem(text)

    def _on_progress_load_failed(self, text: str) -> None:
        self._show_problem(text)

    def _on_model_total_changed(self, total: int) -> None:
        if total == 0:  # the list says why it is empty; saying it twice would be noise
            self.details.show_placeholder("")
        # An empty card beside "no sessions yet" looked broken: the list takes the room.
        self.details.setVisible(total > 0)

    def _on_sessions_session_selected(self, session_id: str) -> None:
        try:
            record = self._store.get(session_id)
        except StoreError as error:
            self.details.show_placeholder(str(error))
            return
        self.details.show_session(record)

    def _on_details_notes_edited(self, session_id: str, text: str) -> None:
        try:
            self._store.update_notes(session_id, text)
        except StoreError as error:
            self._show_problem(
                fill(
                    QCoreApplication.translate("HistoryWindow", "The notes were not saved. %1"),
                    error,
                )
            )

    def _on_details_delete_requested(self, session_id: str) -> None:
        # Focus goes to Undo: left where it was, it sat on the next session's Delete button
        # and a second Enter deleted that session too (walk 17).
        if self._delete(session_id):
            self.undo_bar.focus_undo(then=self.sessions.view)

    def _on_sessions_delete_requested(self, session_id: str) -> None:
        self._delete(session_id)

    def _delete(self, session_id: str) -> bool:
        summary = self.sessions.model.summary(self.sessions.model.index_of(session_id))
        try:
            self._store.delete(session_id)
        except StoreError as error:
            self._show_problem(str(error))
            return False
        row = self.sessions.view.currentIndex().row()
        self.sessions.model.remove_session(session_id)
        text = QCoreApplication.translate("HistoryWindow", "Session deleted.")
        if summary is not None:
            text = fill(
                QCoreApplication.translate("HistoryWindow", "Session of %1 deleted."),
                wording.short_date(summary.started_at.date()),
            )
        self.undo_bar.offer(session_id, text)
        self._refresh_stats()
        if not self.sessions.select_near(row):
            self.details.show_placeholder("")
        # The bar sits at the top of the page, which large text had scrolled out of sight:
        # nothing seemed to confirm the delete or offer Undo (walk 17).
        layout = self.page.content.layout()
        if layout is not None:
            layout.activate()
        self.page.ensureWidgetVisible(self.undo_bar, 0, 0)
        return True

    def _on_undo_bar_undo_requested(self, session_id: str) -> None:
        try:
            self._store.undo_delete(session_id)
        except StoreError as error:
            self._show_problem(str(error))
            return
        self.sessions.reload()
        self._refresh_stats()
        self.sessions.select_session(session_id)

    def _on_progress_region_chosen(self, region_id: str) -> None:
        self.sessions.filters.set_region(region_id)
        self.tabs.setCurrentIndex(0)

    def _on_tabs_current_changed(self, _index: int) -> None:
        size_by_current_tab(self.tabs)
        if self.tabs.currentWidget() is self.progress and self._progress_stale:
            self._refresh_progress()
