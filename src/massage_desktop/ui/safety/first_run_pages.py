"""The three screens of the first run (``first_run.py``), each a page that scrolls if it must."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.resources import resource_path
from massage_desktop.ui.bodymap.palette import translate_legend
from massage_desktop.ui.design.page import tab_stop_only_when_scrolling
from massage_desktop.ui.design.parts import Card, bullet_list, text_label
from massage_desktop.ui.design.screen import DesignedDialog, page_height
from massage_desktop.ui.design.tokens import XL, Colours, L, M, S
from massage_desktop.ui.safety.chips import ConditionChips
from massage_desktop.ui.safety.notice import stop_rule_html

PAGE_HEIGHT = 470
"""The most a screen's content takes before it scrolls: the dialog stays under 700 px."""
PAGE_FLOOR = 430
"""At least this tall, so the meaning of a ticked condition shows under the chips."""
FIGURE = "view-front"
"""The body map drawing's front figure, the welcome screen's picture."""
FIGURE_HEIGHT = 380
INSET = 6
"""Space between a page's edge and its content, where its quiet focus line is drawn."""


def quiet_focus(area: QScrollArea, colours: Colours) -> None:
    """Show a scrolling page's keyboard focus as a thin line with room inside it.

    The dialogs' sheet gives a focused scroll area a 2 px frame in the focus colour: round
    the chips it looked like a text field, and the intro and chips sat flush against it
    (walk 10, a03, b03, b114). The page may take focus, for the keyboard to scroll it; a
    1 px line, present (clear) while unfocused, so the content never moves, says so quietly.
    The area's own sheet outranks the dialog's, whatever the selectors.
    """
    area.setStyleSheet(
        f"QScrollArea {{ border: 1px solid transparent; border-radius: {S}px;"
        f" padding: {INSET - 1}px; background: transparent; }}"
        f" QScrollArea:focus {{ border-color: {colours.focus}; }}"
    )


@dataclass(frozen=True)
class Page:
    """One screen: its scroll area, the widget it scrolls and that widget's layout.

    ``lead``, when there is one, is the screen's opening line, pinned above the scroll area
    in ``screen`` (the widget the dialog shows); without it the scroll area is the screen.
    """

    area: QScrollArea
    inner: QWidget
    layout: QVBoxLayout
    lead: QLabel | None = None
    holder: QWidget | None = None
    hint: QLabel | None = None

    @property
    def screen(self) -> QWidget:
        """The widget the dialog's stack shows for this screen."""
        return self.holder or self.area


class _SteadyWidth(QObject):
    """Keeps a page's content as wide with its scroll bar as without.

    The bar appears when a ticked condition makes the page taller (its meaning, where it
    is); the narrower viewport then moved the chips onto other lines under the pointer. The
    page's right margin takes the bar's width while the bar is hidden.

    Args:
        area: The page's scroll area; this filter is its child.
        layout: The page's layout, whose right margin is set.
    """

    def __init__(self, area: QScrollArea, layout: QVBoxLayout) -> None:
        super().__init__(area)
        self._bar = area.verticalScrollBar()
        # QAbstractScrollArea shows and hides the bar's container, not the bar itself.
        self._box = self._bar.parentWidget() or self._bar
        self._layout = layout
        # Show and Hide reach the container only while the page is on screen; the viewport
        # is resized whenever the bar comes or goes, on screen or not.
        self._watched = (self._box, area.viewport())
        for widget in self._watched:
            widget.installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the bar's showing and hiding."""
        kinds = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize)
        if watched in self._watched and event.type() in kinds:
            self._update()
        return False

    def _update(self) -> None:
        room = 0 if not self._box.isHidden() else self._bar.sizeHint().width()
        if self._layout.contentsMargins().right() != S + room:
            self._layout.setContentsMargins(0, 0, S + room, 0)
            # At once, not on the LayoutRequest posted: the page may already have been laid
            # out at the new width with the old margin, and would be painted so in between.
            self._layout.activate()


def _page(owner: DesignedDialog) -> Page:
    # Each screen scrolls rather than clip if a long translation or a large font needs it.
    area = QScrollArea(owner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget(area)
    inner.setObjectName("firstRunPage")
    inner.setStyleSheet("#firstRunPage { background: transparent; }")
    # QScrollArea sizes its widget to at least the minimum size hint, which for wrapped
    # text is its height at the narrowest width: a page that fitted still scrolled. An
    # explicit minimum lets the area use the page's height for the width it really has.
    inner.setMinimumHeight(1)
    area.viewport().setAutoFillBackground(False)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, S, 0)
    layout.setSpacing(L)
    area.setWidget(inner)
    tab_stop_only_when_scrolling(area)
    quiet_focus(area, owner.colours)
    _SteadyWidth(area, layout)
    return Page(area, inner, layout)


def figure(height: int, device_ratio: float) -> QPixmap:
    """The body map's front figure, ``height`` px tall: the welcome screen's picture."""
    # The legend's words in the user's language, as on the map ("FRONT" read in German).
    svg = translate_legend(resource_path("body_map.svg").read_bytes())
    renderer = QSvgRenderer(QByteArray(svg))
    bounds = renderer.boundsOnElement(FIGURE)
    width = round(height * bounds.width() / bounds.height())
    pixmap = QPixmap(round(width * device_ratio), round(height * device_ratio))
    pixmap.setDevicePixelRatio(device_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, FIGURE, QRectF(0, 0, width, height))
    painter.end()
    return pixmap


def welcome_page(owner: DesignedDialog) -> Page:
    """What the app does, in a line, and that it is not medical care, in another."""
    page = _page(owner)
    inner, column = page.inner, page.layout
    row = QHBoxLayout()
    row.setSpacing(XL)
    column.addLayout(row)
    layout = QVBoxLayout()
    layout.setSpacing(L)
    row.addLayout(layout, 1)
    picture = QLabel(inner)
    picture.setObjectName("welcomeFigure")
    picture.setPixmap(figure(FIGURE_HEIGHT, owner.devicePixelRatioF()))
    picture.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Body map"))
    row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
    what = QCoreApplication.translate(
        "FirstRunDialog", "Step-by-step massage at home, for yourself or a partner."
    )
    layout.addWidget(text_label(escape(what), "title", inner))
    how = QCoreApplication.translate(
        "FirstRunDialog",
        "Pick a part of the body, follow the timed steps, and keep track of how it feels.",
    )
    layout.addWidget(text_label(escape(how), "body", inner))
    card = Card(Severity.ASK_PROFESSIONAL, inner)
    card.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Not medical care"))
    disclaimer = QCoreApplication.translate(
        "FirstRunDialog",
        "<b>It is not medical care</b> and cannot tell whether massage is safe for you. "
        "If in doubt, ask a doctor or physical therapist first.",
    )
    card.add_text(disclaimer)
    layout.addWidget(card)
    layout.addStretch(1)
    column.addStretch(1)
    return page


class Meaning(Card):
    """What the ticked conditions' warnings say; hidden while nothing is ticked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Severity.ASK_PROFESSIONAL, parent)
        self.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "What this means"))
        self._list: QWidget | None = None

    def set_items(self, items: list[str]) -> None:
        """Show ``items`` (rich text) as a bulleted list, or hide the card when there are none."""
        if self._list is not None:
            self.body.removeWidget(self._list)
            self._list.hide()  # until deleteLater has run, it is still a child of the card
            self._list.deleteLater()
        self._list = bullet_list(items, self) if items else None
        if self._list is not None:
            self.body.addWidget(self._list)
        self.setVisible(bool(items))


def chips_page(owner: DesignedDialog, chips: ConditionChips) -> tuple[Page, Meaning]:
    """The conditions as chips, and what the ticked ones mean."""
    page = _page(owner)
    inner, layout = page.inner, page.layout
    intro = QCoreApplication.translate(
        "FirstRunDialog",
        "Tick what applies to you, or to the partner you massage: it counts for every "
        "session, yours and theirs. The app then leaves out what could do harm.",
    )
    # Above the scrolling chips, not with them: scrolled down to the last chips, the line
    # that says what to do with them had gone out of view (walk 8).
    holder = QWidget(owner)
    lead = text_label(escape(intro), "body", holder)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(L)
    column.addWidget(lead)
    page.area.setParent(holder)
    column.addWidget(page.area, 1)
    # Under the chips, by Next, never scrolled away: why Next waits and what unlocks it. In
    # German "Nichts davon" was the last chip, below the fold, and "Weiter" was greyed with
    # no word why (walk 10, b03/b04).
    wait = QCoreApplication.translate(
        "FirstRunDialog", "Choose what applies, or \u201cNone of these\u201d, to go on."
    )
    hint = text_label(escape(wait), "muted", holder)
    hint.setObjectName("answerHint")
    hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # Its room kept once answered: the chips' area changing height moved the chips under
    # the pointer (the scroll bar came and went) as a chip was ticked.
    policy = hint.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    hint.setSizePolicy(policy)
    column.addWidget(hint)
    page = Page(page.area, inner, layout, lead, holder, hint)
    chips.setParent(inner)
    layout.addWidget(chips)
    meaning = Meaning(inner)
    layout.addWidget(meaning)
    layout.addStretch(1)
    return page, meaning


def stop_page(owner: DesignedDialog, catalog: Catalog) -> tuple[Page, Card]:
    """The stop rule, and when to see a doctor."""
    page = _page(owner)
    inner, layout = page.inner, page.layout
    rule = Card(Severity.DO_NOT_MASSAGE, inner)
    rule.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Stop rule"))
    rule.add_text(stop_rule_html(catalog))
    layout.addWidget(rule)
    doctor = Card(None, inner)
    see = QCoreApplication.translate("FirstRunDialog", "See a doctor or physical therapist")
    doctor.add_text(f"<b>{escape(see)}</b>")
    doctor.add_bullets(
        [
            escape(
                QCoreApplication.translate(
                    "FirstRunDialog", "if pain, numbness or tingling does not go away"
                )
            ),
            escape(
                QCoreApplication.translate(
                    "FirstRunDialog", "if an area becomes swollen, red or warm"
                )
            ),
            escape(
                QCoreApplication.translate(
                    "FirstRunDialog", "if you do not know what causes the pain"
                )
            ),
        ]
    )
    layout.addWidget(doctor)
    layout.addStretch(1)
    return page, rule


def fit_height(dialog: DesignedDialog, pages: list[Page], width: int) -> int:
    """The stack's height: the tallest screen's content, up to what a 700 px screen leaves."""
    # The style sheet's fonts count only once the labels are polished.
    dialog.ensurePolished()
    # The width a page's text wraps to: the dialog's, less its margins, the page's own right
    # margin and room for the scroll bar; a little slack for rounding in the labels.
    inner = width - 2 * XL - S - M - 2 * INSET
    needed = max(_height(page, inner) for page in pages) + M + 2 * INSET
    return min(max(needed, PAGE_FLOOR), page_height(PAGE_HEIGHT, dialog.scale))


def _height(page: Page, width: int) -> int:
    """The screen's height at ``width``: its pinned opening line and its scrolling content."""
    height = page.layout.heightForWidth(width)
    for pinned in (page.lead, page.hint):
        if pinned is not None:
            height += pinned.heightForWidth(width + S) + L
    return height
