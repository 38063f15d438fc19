"""A designed dialog: an icon badge and a heading, rounded cards, one primary button.

The dialogs around a session (stop advice, summary, ratings, the resume offer, the player's
questions) and the first-run notes share it, so each looks like a screen of the app rather than
a stock message box: the design tokens' spacing and type scale, accent and severity colours,
and one accent-coloured primary button beside quiet secondary ones.

The dialog carries its own style sheet (``dialog_sheet.py``), built from the tokens of the
theme its palette shows. Its scale (``large``) makes every size larger: the text-size
setting's factor, or room mode's larger one to read from across the room (``dialog_scale``).
The body scrolls where a large scale or a long translation would make the dialog taller than
the screen, so it never grows off a 1024x700 screen. Content that appears while the dialog is
open (today's check's stop advice after a "yes") makes it grow, as far as the screen allows;
the "Before you start" sheet keeps the room for its ratings from the start instead.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.dialog_sheet import dialog_sheet, px
from massage_desktop.ui.design.parts import Card, icon_badge, text_label
from massage_desktop.ui.design.tokens import (
    XL,
    Colours,
    L,
    M,
    S,
    colours,
)
from massage_desktop.ui.guide.colours import is_dark

LARGE = 1.4
"""How much larger everything is in room mode, read from a few metres away."""

SCREEN_SHARE = 19 / 20
"""The most of the screen's free area a dialog takes; the body scrolls beyond it."""


def dialog_scale(text_scale: float, *, room: bool = False) -> float:
    """The scale of a designed dialog: the text-size setting's, at least ``LARGE`` in room mode."""
    return max(LARGE, text_scale) if room else text_scale


def dialog_colours(widget: QWidget) -> Colours:
    """The token colours of the theme ``widget``'s palette shows."""
    return colours("dark" if is_dark(widget.palette()) else "light")


class DialogBody(QScrollArea):
    """The dialog's body: as tall as its content, scrolling only when the dialog is held smaller.

    A QScrollArea hints a fixed size whatever its content; this one reports the content's
    height for a width, so the dialog still opens exactly as tall as its text needs.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dialogBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self._content = QWidget(self)
        self._content.setObjectName("dialogBodyContent")
        # QScrollArea sizes its widget to at least its minimum size hint, for wrapped text
        # the height at the narrowest width: the body spread its items over that height.
        # An explicit minimum lets it take the height for the width it really has.
        self._content.setMinimumHeight(1)
        self.layout_ = QVBoxLayout(self._content)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._content)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # A body that does not scroll takes no Tab stop: on the Welcome the first Tab went
        # to it and showed nothing, so Tab, Tab, Enter pressed "Not now" (walk 9, P3-b).
        # Only a body with more than it shows takes focus, for the keyboard to scroll it,
        # unless its dialog set a policy of its own (``setFocusPolicy``).
        self._policy_set = False
        super().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalScrollBar().rangeChanged.connect(self._on_scroll_bar_range_changed)

    def setFocusPolicy(self, policy: Qt.FocusPolicy) -> None:
        """Keep ``policy`` whether or not the body scrolls (the dialog knows better)."""
        self._policy_set = True
        super().setFocusPolicy(policy)

    def _on_scroll_bar_range_changed(self, _low: int, high: int) -> None:
        if not self._policy_set:
            scrolls = Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus
            super().setFocusPolicy(scrolls)

    def hasHeightForWidth(self) -> bool:
        """The body's height depends on its width (it wraps text)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The content's height at ``width``: what the body needs without scrolling."""
        height = self._content.heightForWidth(width)
        return height if height >= 0 else self._content.sizeHint().height()

    def sizeHint(self) -> QSize:
        """The content's own size hint, its height at that width."""
        width = self._content.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """The content's minimum width (it never scrolls sideways) and a few lines' height."""
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(self._content.minimumSizeHint().width() + bar, 120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tell the dialog's layout when the content's layout changes (a card appears).

        The content is the viewport's child, which has no layout: without this the
        dialog's layout kept the height it had cached for the body.
        """
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def page_height(height: int, scale: float) -> int:
    """A scroll page's height ``height`` at 100 %, less what the larger heading and buttons take.

    The heading, its badge and the buttons grow about 120 px per 100 % of scale at 1024x700;
    the page gives that room back so the dialog still fits the screen.
    """
    return height - round((scale - 1) * 120)


def screen_room(widget: QWidget) -> QSize:
    """The largest size a dialog over ``widget`` may take on its screen (``SCREEN_SHARE``)."""
    screen = widget.screen()
    if screen is None:
        return QSize(16777215, 16777215)
    free = screen.availableGeometry().size()
    return QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))


class DesignedDialog(QDialog):
    """A dialog laid out as a screen of the app: badge and heading, body, buttons.

    Args:
        title: The window title.
        heading: The large heading at the top.
        icon_name: An icon of the app's set (``ui/design/icons.py``) shown beside the heading.
        tone: A severity colours the badge (e.g. the stop advice); None uses the accent.
        large: The scale of every size: a number (the text-size setting's factor, see
            ``dialog_scale``), True for room mode's ``LARGE``, False for 1.
        parent: The window the dialog is shown over.

    Signals:
        None of its own; the primary button accepts and the secondary ones do what their
        owner connects.
    """

    scrolls_itself = False
    """True for a dialog whose body is a scroll page of its own (no second scroll area)."""

    def style_sheet(self) -> str:
        """The dialog's style sheet, from ``colours`` and ``scale``; a subclass may add rules."""
        return dialog_sheet(self.colours, self.scale)

    def __init__(
        self,
        title: str,
        heading: str,
        icon_name: str,
        *,
        tone: Severity | None = None,
        large: bool | float = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("designedDialog")
        self.scale = LARGE if large is True else float(large or 1.0)
        self.colours = dialog_colours(self)
        # Set before the children are made: a sheet set on a built dialog polishes every
        # widget in it again (50 ms for the health profile's chips). Set again once polished,
        # which makes Qt parse it afresh: the first polish may take the sheet Qt still keeps
        # for a deleted dialog at the same address. In a test run the stop advice at "Extra
        # large" came in the sizes of a normal-size summary before it.
        sheet = self.style_sheet()
        self.setStyleSheet(sheet)
        self.ensurePolished()
        self.setStyleSheet(sheet)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(XL, XL, XL, L)
        outer.setSpacing(L)
        header = QHBoxLayout()
        header.setSpacing(M)
        self.badge = icon_badge(icon_name, self.colours, tone, self.scale, self)
        self.heading = text_label(escape(heading), "heading", self)
        self.heading.setAccessibleName(heading)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(header)
        if self.scrolls_itself:
            self.body = QVBoxLayout()
            outer.addLayout(self.body, 1)
        else:
            self.scroller = DialogBody(self)
            self.body = self.scroller.layout_
            outer.addWidget(self.scroller, 1)
        self.body.setSpacing(M)
        self.footer = QHBoxLayout()
        self.footer.setSpacing(S)
        self.footer.addStretch(1)
        outer.addLayout(self.footer)
        self.primary: QPushButton | None = None
        # The height it was shown with, and the one ``fit_content`` gave it last.
        self._shown_height: int | None = None
        self._fitted_height = 0
        self.setMinimumWidth(px(520, self.scale))

    def sizeHint(self) -> QSize:
        """At least the minimum width, and exactly as tall as the content at that width.

        QWidget.adjustSize takes the layout's height for the hint's width; word-wrapped
        labels hint a narrow width, so without this a dialog opened far taller than its
        content and spread the surplus between the lines.
        """
        hint = super().sizeHint()
        room = self.room_on_screen()
        width = min(max(hint.width(), self.minimumWidth()), room.width())
        height = self.heightForWidth(width)
        return QSize(width, min(height if height > 0 else hint.height(), room.height()))

    def setVisible(self, visible: bool) -> None:
        """Before showing: the minimum size is the content's, at the minimum width.

        A window's layout otherwise sets its minimum height from the labels' height at the
        layout's own (much narrower) minimum width: the stop advice opened 980 px high.
        """
        layout = self.layout()
        if not visible:
            self._shown_height = None  # shown again, it fits from the height it then opens with
        if visible and layout is not None:
            # An explicit minimum width also stops the layout from widening the window for
            # text that cannot wrap (a check box, a button): take the larger of the two.
            # Never more than the screen holds: beyond it the body scrolls.
            room = self.room_on_screen()
            width = min(max(self.minimumWidth(), layout.totalMinimumSize().width()), room.width())
            self.setMinimumWidth(width)
            self.setMinimumHeight(min(self.heightForWidth(width), room.height()))
        super().setVisible(visible)

    def event(self, event: QEvent) -> bool:
        """After the body's content changed while shown: grow to show it (``fit_content``)."""
        handled = super().event(event)
        # The layout has already taken the request (QApplication hands it the event first),
        # so the height for the width is the new content's.
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit_content()
        return handled

    def fit_content(self) -> None:
        """Take the height the body's content needs at this width, as far as the screen allows.

        Qt sizes a dialog once, when it is shown: the "Before you start" sheet opened without
        its ratings (no side chosen yet) and kept that height once a side was chosen, the
        ratings below the fold behind a thin scroll bar (walk 9). It grows; it shrinks back
        when a section goes (the body spread its items over the spare height), never below
        the height it opened with (room mode's is larger on purpose), and only while its
        height is the one fitted last (a dialog the user resized only grows). A dialog whose
        pages scroll themselves is sized by its owner.
        """
        if self.scrolls_itself or self.isMaximized() or self.isFullScreen():
            return
        if self._shown_height is None:
            self._shown_height = self._fitted_height = self.height()
        need = min(self.heightForWidth(self.width()), self.room_on_screen().height())
        height = max(need, self._shown_height)
        shrinks = height < self.height() and self.height() == self._fitted_height
        if height > self.height() or shrinks:
            self.grow_to(height)
            self._fitted_height = height

    def room_on_screen(self) -> QSize:
        """The largest size this dialog may take on its screen (``screen_room``)."""
        return screen_room(self)

    def screen_area(self) -> QRect:
        """The part of the dialog's screen a window may cover (without panels or docks)."""
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect()

    def grow_to(self, height: int) -> None:
        """Take ``height`` px at the same width, moving up so the whole window stays on screen.

        A dialog that grows keeps its top where the window manager centred it: the quick
        check's stop advice pushed its buttons 30 px below a 1024x700 screen, leaving a
        worried user no visible way out. The title bar counts too.
        """
        area = self.screen_area()
        frame = self.frameGeometry()
        decoration = max(0, frame.height() - self.geometry().height())
        if area.isValid():
            height = min(height, area.height() - decoration)
        self.setMinimumHeight(min(self.minimumHeight(), height))
        self.resize(self.width(), height)
        if not area.isValid():
            return
        top = min(frame.top(), area.bottom() + 1 - (height + decoration))
        left = min(frame.left(), area.right() + 1 - frame.width())
        self.move(max(area.left(), left), max(area.top(), top))

    def scaled_width(self, width: int) -> int:
        """``width`` px at the dialog's scale, at most what the screen holds."""
        return min(px(width, self.scale), self.room_on_screen().width())

    def add_text(self, html: str, role: str = "body") -> QLabel:
        """A word-wrapped paragraph in the body (rich text: escape plain text)."""
        label = text_label(html, role, self)
        self.body.addWidget(label)
        return label

    def add_card(self, tone: Severity | None = None) -> Card:
        """A rounded card in the body, coloured by ``tone``."""
        card = Card(tone, self)
        self.body.addWidget(card)
        return card

    def set_primary(self, text: str) -> QPushButton:
        """The one accent-coloured button, at the right; it is the default and accepts."""
        button = QPushButton(text, self)
        button.setObjectName("primaryButton")
        button.setDefault(True)
        button.setAutoDefault(True)
        button.clicked.connect(self.accept)
        self.footer.addWidget(button)
        self.primary = button
        return button

    def add_secondary(self, text: str) -> QPushButton:
        """A quiet button left of the primary one; its owner connects what it does."""
        button = QPushButton(text, self)
        button.setObjectName("quietButton")
        # Enter on a focused button presses that button: without auto-default, Qt handed the
        # key to the dialog, which pressed its default (walk 4: Enter on a focused "Cancel"
        # of "End the session?" ended the session).
        button.setAutoDefault(True)
        index = self.footer.indexOf(self.primary) if self.primary is not None else -1
        self.footer.insertWidget(index if index >= 0 else self.footer.count(), button)
        return button

    def fit_over(self, window: QWidget | None) -> None:
        """Room mode: take most of the full-screen ``window`` so the dialog reads from afar."""
        if window is None or self.scale == 1.0:
            return
        area = _area(window)
        width = self._fit_width(area)
        # Never past the screen: beyond it the body scrolls.
        tall = min(self.heightForWidth(width), area.height() * 19 // 20)
        self.resize(width, max(tall, area.height() * 3 // 5))

    def fits(self, window: QWidget) -> bool:
        """Whether the dialog, sized by ``fit_over``, fits on the screen ``window`` fills."""
        self.ensurePolished()
        area = _area(window)
        return self.heightForWidth(self._fit_width(area)) <= area.height() * 19 // 20

    def _fit_width(self, area: QSize) -> int:
        return min(area.width() * 19 // 20, max(self.minimumWidth(), area.width() * 3 // 5))


def _area(window: QWidget) -> QSize:
    # A window just switched to full screen may not have its new size yet: take the
    # screen's, which is what it is about to fill.
    screen = window.screen()
    return screen.geometry().size() if window.isFullScreen() and screen else window.size()
