"""The guide's scrolling column: the chosen card, the technique and routine cards, the guide.

Everything between the Techniques | Routines switch (pinned above, ``switch``) and the pinned
Start button scrolls as one column; two small scrollers stacked (cards over guide) cut the
guide's warnings off mid-sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import S
from massage_desktop.ui.guide.browser import GuideBrowser
from massage_desktop.ui.guide.cards import CardList, make_card_list
from massage_desktop.ui.guide.detail_card import DetailCard
from massage_desktop.ui.guide.list_switch import ListSwitch
from massage_desktop.ui.guide.lists import ID_ROLE, Row, fit_rows, show_rows
from massage_desktop.ui.guide.routine_buttons import RoutineButtons
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.scroll_bar import BandedScrollBar


class GuideColumn(QScrollArea):
    """The detail card, recent sessions, the Techniques | Routines switch and the full guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideColumn")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBar(BandedScrollBar(self))
        body = QWidget(self)
        body.setObjectName("guideColumnBody")
        self.detail = DetailCard(body)
        self.techniques = self._list(body)
        self.routines = self._list(body)
        self.recent = self._list(body)
        self.browser = GuideBrowser(body)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.fit_to_page()
        # Under a routine's page, what can be done with it (``GuidePanel.show_routine``).
        self.routine_buttons = RoutineButtons(body)
        self.routine_buttons.hide()
        self._recent_label = self._section(self.recent, body)
        self._routines_label = self._section(self.routines, body)
        self._guide_label = self._section(self.browser, body)
        self._lists = QStackedWidget(body)
        self._lists.addWidget(self.techniques)
        self._lists.addWidget(self.routines)
        # Pinned above the column by the panel (``switch``): with every warning on the chosen
        # card, a switch under the card was pushed out of sight.
        self.switch = self._tabs = ListSwitch(parent)
        self.tab_buttons = self._tabs.buttons
        self._tabs.chosen.connect(self._on_tabs_chosen)
        layout = self._layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, S, 0)
        layout.setSpacing(S)
        for widget in (
            self.detail,
            self._recent_label,
            self.recent,
            self._routines_label,
            self._lists,
            self._guide_label,
            self.browser,
            self.routine_buttons,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        # The column sits on the pane's own background, not on a grey scroller of its own.
        self.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Name the lists and head the sections in the user interface's language."""
        self.techniques.setAccessibleName(
            QCoreApplication.translate("GuidePanel", "Techniques for this region")
        )
        self.routines.setAccessibleName(
            QCoreApplication.translate("GuidePanel", "Routines that include this region")
        )
        self.recent.setAccessibleName(QCoreApplication.translate("GuidePanel", "Recent sessions"))
        self.browser.setAccessibleName(QCoreApplication.translate("GuidePanel", "Technique guide"))
        self._recent_label.setText(QCoreApplication.translate("GuidePanel", "Recently").upper())
        self._routines_label.setText(QCoreApplication.translate("GuidePanel", "Routines").upper())
        self._guide_label.setText(QCoreApplication.translate("GuidePanel", "Full guide").upper())

    def _list(self, parent: QWidget) -> QListWidget:
        rows = CardList(parent)
        make_card_list(rows)
        rows.setVerticalScrollBar(BandedScrollBar(rows))
        # The column's own resize comes before its lists are laid out at the new width, so
        # cards measured then wrapped as if narrow: the welcome's recent list stood 3 cards
        # tall over a gap of 2 more. A list refits when its own width changes too.
        rows.viewport().installEventFilter(self)
        return rows

    def _section(self, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setProperty("role", "section")
        # A long heading (German) wraps: one line would widen the column past the pane.
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label

    def _on_tabs_chosen(self, index: int) -> None:
        # A tab shows what it names: its first card, chosen, with its card and guide at the
        # top. It used to only scroll down to the cards under the chosen card, with the other
        # tab's choice still shown, heading and Start included (walk 8, finding 9).
        rows = (self.techniques, self.routines)[index]
        self.show_list(rows)
        if rows.count() and rows.currentRow() < 0:
            rows.setCurrentRow(0)  # the panel shows it (its currentItemChanged)
        self.verticalScrollBar().setValue(0)

    def check_tab(self, rows: QListWidget) -> None:
        """Check the tab of the cards ``rows`` (what the page shows) and show those cards."""
        if self._lists.currentWidget() is not rows:
            self.show_list(rows)
        else:
            self.tab_buttons[self._lists.indexOf(rows)].setChecked(True)

    def put_on_top(self, widget: QWidget) -> None:
        """Put ``widget`` above the card, first in the column (it scrolls with it)."""
        body = self.widget()
        if body is not None:
            widget.setParent(body)
        self._layout.insertWidget(0, widget)

    def show_list(self, rows: QListWidget) -> None:
        """Show the techniques' or the routines' cards under the switch."""
        self._lists.setCurrentWidget(rows)
        self._lists.setFixedHeight(rows.height())
        self.tab_buttons[self._lists.indexOf(rows)].setChecked(True)
        self.show_lone_card()

    def show_lone_card(self) -> None:
        """Hide the cards when the one card there is the one the detail card shows.

        A region with one technique showed it three times: its detail card, a list of that
        one card, and the full guide under its name again (walk 6, finding 12). The switch
        above still says "Techniques (1)".
        """
        rows = self._lists.currentWidget()
        if not isinstance(rows, QListWidget) or self._routines_label.isVisibleTo(self):
            return  # the welcome: its routines are the choices, nothing is shown yet
        lone = rows.count() == 1 and rows.currentRow() == 0 and self.detail.isVisibleTo(self)
        self._lists.setVisible(rows.count() > 0 and not lone)

    def focus_order(self) -> list[QWidget]:
        """Tab stops: the switch, the recent and other cards, the guide, the routine's buttons."""
        return [
            *self.tab_buttons,
            self.recent,
            self.techniques,
            self.routines,
            self.browser,
            self.routine_buttons.main,
            self.routine_buttons.more,
        ]

    def fill(
        self, techniques: list[Row], routines: list[Row], recent: list[Row], *, welcome: bool
    ) -> None:
        """Show these cards (none current) for the welcome or a region, without signals."""
        changed = []
        for rows, wanted in ((self.techniques, techniques), (self.routines, routines)):
            rows.blockSignals(True)
            if show_rows(rows, wanted):
                changed.append(rows)
            rows.blockSignals(False)
        if show_rows(self.recent, recent):
            changed.append(self.recent)
        self._show_welcome(
            welcome, techniques=len(techniques), routines=len(routines), changed=changed
        )

    def _show_welcome(
        self, welcome: bool, *, techniques: int, routines: int, changed: list[QListWidget]
    ) -> None:
        """Lay the column out for the welcome (recent, routines) or for a region.

        Only the ``changed`` lists are measured again: the left and right knee share their
        cards, the welcome's routines stay, and the same cards keep their heights at the same
        width (a new width or font measures them in ``eventFilter`` and ``set_card_font``).
        """
        self.tab_buttons[0].setText(
            fill(QCoreApplication.translate("GuidePanel", "Techniques (%1)"), techniques)
        )
        self.tab_buttons[1].setText(
            fill(QCoreApplication.translate("GuidePanel", "Routines (%1)"), routines)
        )
        self.tab_buttons[1].setEnabled(bool(routines))
        self._tabs.setVisible(not welcome)
        self._routines_label.setVisible(welcome)
        self.recent.setVisible(welcome and self.recent.count() > 0)
        self._recent_label.setVisible(self.recent.isVisibleTo(self))
        self.detail.setVisible(False)
        self._guide_label.setVisible(False)
        self.browser.setVisible(False)
        self.routine_buttons.hide()
        self._tabs.fit(self.width())  # the tabs' counts changed
        for rows in changed:
            self._refit_rows(rows)
        self.show_list(self.techniques if not welcome else self.routines)
        self._lists.setVisible(bool(techniques or routines))
        self.verticalScrollBar().setValue(0)

    def refit(self) -> None:
        """Size each list to all its cards (the column scrolls, not the lists), and the switch."""
        self._tabs.fit(self.width())
        for rows in (self.techniques, self.routines, self.recent):
            fit_rows(rows)
        current = self._lists.currentWidget()
        if current is not None:
            self._lists.setFixedHeight(current.height())

    def _refit_rows(self, rows: QListWidget) -> None:
        """Size ``rows`` to all its cards (and the stack, when they are the cards it shows)."""
        fit_rows(rows)
        if self._lists.currentWidget() is rows:
            self._lists.setFixedHeight(rows.height())

    def select(self, rows: QListWidget, item_id: str | None) -> None:
        """Make the card of ``item_id`` current without its change signal (None: no card)."""
        found = -1
        for row in range(rows.count()):
            if rows.item(row).data(ID_ROLE) == item_id:
                found = row
        if rows.currentRow() != found:
            rows.blockSignals(True)
            rows.setCurrentRow(found)
            rows.blockSignals(False)

    def reveal_choice(self, rows: QListWidget) -> None:
        """Scroll to what was chosen: the detail card on top, or the card the keyboard is on.

        Walking the cards with the arrow keys keeps the focused card in sight rather than
        jumping to the detail card at every step. A click chooses on the press, with the
        list focused too, but looks for the details: kept on the clicked card, the column
        left the new card's name scrolled away above it, and the release then fell on
        another card, so nothing brought it back (walk 6, finding 6).
        """
        item = rows.currentItem()
        body = self.widget()
        clicked = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        if rows.hasFocus() and not clicked and item is not None and body is not None:
            rect = rows.visualItemRect(item)
            top = rows.mapTo(body, rect.topLeft()).y()
            self.ensureVisible(0, top + rect.height() // 2, 0, rect.height() // 2 + S)
        else:
            self.verticalScrollBar().setValue(0)

    def show_page(self, html: str) -> None:
        """Show the full guide for the chosen technique or routine under the cards."""
        self._guide_label.setVisible(True)
        self.browser.setVisible(True)
        self.browser.set_page(html)
        self.routine_buttons.hide()

    def set_card_font(self, font: QFont) -> None:
        """Draw the cards in ``font`` (the text-size setting) and size them again."""
        for rows in (self.techniques, self.routines, self.recent):
            rows.setFont(font)
        self.refit()

    def settle(self) -> None:
        """Lay the column out now that the guide's height changed.

        Left to posted layout requests, the new height reaches the column's scroll bar a few
        event loop passes later, after a paint that showed the old scroll bar.
        """
        self._layout.activate()
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cards wrap at the new width: size the lists to their new heights.

        A new height alone wraps nothing: laying every card out again for it was most of the
        cost of showing a technique (the start bar's and the guide's heights change then).
        """
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit a list when its viewport gets a new width (its cards wrap differently).

        Only that list: the others and the switch keep their widths.
        """
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            for rows in (self.techniques, self.routines, self.recent):
                if rows.viewport() is watched:
                    self._refit_rows(rows)
        return super().eventFilter(watched, event)
