"""The application style sheet, built from the design tokens of one theme.

Designed widgets are picked by object name (``#primaryButton``, ``#card``...) or by a
``role`` property, so plain widgets elsewhere keep Fusion's look with the theme's palette.

Fusion draws check box and radio button outlines from ``Window.darker()``, which is nearly
black on a dark window (issue 17, bug 6); the indicators are therefore drawn here, with an
outline of at least 3:1 against the background (the check boxes of tree and list items too:
the health profile's region picker drew them dark on dark). Fusion's scroll bar slider rendered as a
heavy dark band beside the cards; the bars are slim here, with a thumb of the same 3:1 outline.

Indicators and sliders come from ``indicator_rules`` and ``slider_rules``, which a designed
dialog's own sheet (``dialog_sheet``) also takes at its scale, so that at the text-size setting
their boxes, rings and handles grow with the text beside them (walk 3: "Extra large" left
16-px check boxes beside 24-px text). Qt resolves ``em`` in a sub-control's rule against the
application's font, not the widget's, so the sizes are pixels times the scale.
"""

from __future__ import annotations

from massage_desktop.resources import resource_path
from massage_desktop.ui.design.tokens import (
    BODY,
    BODY_SMALL,
    CAPTION,
    HEADING,
    RADIUS_CARD,
    RADIUS_CONTROL,
    STEADY_PRIMARY,
    TARGET,
    TITLE,
    Colours,
    ThemeName,
    colours,
)

BOX = 16
"""A check box's or radio button's indicator in px at normal text size."""
EDGE = 2
"""Outline of indicators and slider handles in px at normal text size."""
HANDLE = 18
"""A slider handle's inner diameter in px at normal text size."""
GROOVE = 6
"""A slider groove's thickness in px at normal text size."""


def _px(size: float, scale: float) -> int:
    return round(size * scale)


def indicator_rules(c: Colours, check: str, scope: str = "", scale: float = 1.0) -> str:
    """Check box and radio button indicators inside ``scope`` ("" for all), ``scale`` times.

    Args:
        c: The theme's colours.
        check: The path of the theme's tick image.
        scope: A selector the rules are limited to (a dialog's object name), or "".
        scale: The text-size factor of the texts beside them.
    """
    box, edge = _px(BOX, scale), _px(EDGE, scale)
    cb, rb = f"{scope} QCheckBox".strip(), f"{scope} QRadioButton".strip()
    return f"""
{cb}::indicator, {rb}::indicator {{ width: {box}px; height: {box}px;
    border: {edge}px solid {c.outline}; background: {c.surface}; }}
{cb}::indicator {{ border-radius: {_px(4, scale)}px; }}
{rb}::indicator {{ border-radius: {(box + 2 * edge) // 2}px; }}
{cb}::indicator:checked {{ background: {c.accent}; border-color: {c.accent};
    image: url({check}); }}
{rb}::indicator:checked {{ border-color: {c.accent}; background: qradialgradient(
    cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {c.accent}, stop:0.55 {c.accent},
    stop:0.6 {c.surface}, stop:1 {c.surface}); }}
{cb}::indicator:focus, {rb}::indicator:focus {{ border-color: {c.focus}; }}
{cb}:focus, {rb}:focus {{ background: {c.accent_tint}; border-radius: {_px(6, scale)}px; }}
{cb}::indicator:disabled, {rb}::indicator:disabled {{ border-color: {c.border}; }}
"""


def stylesheet(theme: ThemeName) -> str:
    """The whole application style sheet for ``theme``."""
    c = colours(theme)
    check = resource_path(f"icons/ui/check-{theme}.svg").as_posix()
    return "\n".join(
        (
            _surfaces(c),
            _controls(c, check),
            slider_rules(c),
            _guide(c),
            _player(c),
            _search(c),
            _menus(c),
        )
    )


def _surfaces(c: Colours) -> str:
    # No widget draws Qt's own focus rectangle (dotted, or a faint box around a label, by
    # style): each shows focus with its own solid ring in the theme's focus colour (walk 4).
    return f"""
* {{ outline: none; }}
QMainWindow, QDialog {{ background: {c.background}; }}
QToolBar#topBar {{ background: {c.surface}; border: none;
    border-bottom: 1px solid {c.border}; padding: 4px; spacing: 8px; }}
QPushButton#appTitle {{ color: {c.text}; font-size: {TITLE}px; font-weight: 600;
    background: transparent; border: 2px solid transparent; border-radius: 8px; padding: 2px 6px; }}
QPushButton#appTitle:hover {{ background: {c.raised}; }}
QPushButton#appTitle:focus {{ border-color: {c.focus}; outline: none; }}
QWidget#guideSide {{ background: {c.surface}; }}
QWidget#mapSide {{ background: {c.background}; }}
QSplitter::handle {{ background: {c.border}; }}
QListView#regionList {{ background: transparent; border: none; outline: none; }}
QListView#regionList::item {{ border-radius: {RADIUS_CONTROL}px; margin: 1px 0; }}
QListView#regionList::item:hover {{ background: {c.raised}; }}
QListView#regionList::item:selected {{ background: {c.accent_tint};
    border: 2px solid {c.accent}; }}
QListView#regionList::item:focus {{ border: 2px solid {c.focus}; }}
QFrame#card {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: {RADIUS_CARD}px; }}
QFrame#card:hover {{ border-color: {c.outline}; }}
QFrame#card:focus {{ border: 2px solid {c.focus}; }}
QFrame#detailCard {{ background: {c.raised}; border: 1px solid {c.border};
    border-radius: {RADIUS_CARD}px; }}
QLabel#mapHint {{ color: {c.muted}; background: transparent; border: none; padding: 0px;
    font-size: {BODY}px; }}
QLabel[role="heading"] {{ color: {c.text}; font-size: {HEADING}px; font-weight: 600; }}
QLabel[role="title"] {{ color: {c.text}; font-size: {TITLE}px; font-weight: 600; }}
QLabel[role="body"] {{ color: {c.text}; font-size: {BODY}px; }}
QLabel[role="muted"] {{ color: {c.muted}; font-size: {BODY_SMALL}px; }}
QLabel[role="section"] {{ color: {c.muted}; font-size: {CAPTION}px; font-weight: 600;
    letter-spacing: 1px; }}
QLabel[role="badge"] {{ color: {c.muted}; font-size: {CAPTION}px; }}
QToolTip {{ color: {c.text}; background: {c.surface}; border: 1px solid {c.outline}; }}
"""


def _controls(c: Colours, check: str) -> str:
    STEADY, STEADY_HOVER, ON_STEADY = STEADY_PRIMARY  # noqa: N806 - colours, as in the sheet
    return f"""
QLineEdit#search {{ color: {c.text}; background: {c.raised}; border: 1px solid {c.outline};
    border-radius: 18px; padding: 6px 14px; font-size: {BODY}px; min-height: 24px; }}
QLineEdit#search:focus {{ border: 2px solid {c.focus}; background: {c.surface}; }}
QPushButton#primaryButton {{ color: {c.on_accent}; background: {c.accent}; border: none;
    border-radius: {RADIUS_CONTROL + 2}px; padding: 10px 20px; font-size: {BODY}px;
    font-weight: 600; min-height: {TARGET - 20}px; }}
QPushButton#primaryButton:hover {{ background: {c.accent_hover}; }}
QPushButton#primaryButton:disabled {{ color: {c.muted}; background: {c.raised}; }}
QPushButton#primaryButton[steady="true"] {{ color: {ON_STEADY}; background: {STEADY}; }}
QPushButton#primaryButton[steady="true"]:hover {{ background: {STEADY_HOVER}; }}
QPushButton#primaryButton[steady="true"]:disabled {{ color: {c.muted}; background: {c.raised}; }}
QPushButton#quietButton, QToolButton#quietButton {{ color: {c.text}; background: transparent;
    border: 1px solid {c.outline}; border-radius: {RADIUS_CONTROL}px; padding: 5px 12px; }}
QPushButton#quietButton:hover, QToolButton#quietButton:hover {{ background: {c.raised}; }}
/* The padding gives back the thicker edge: the label stays put when focus arrives. */
QPushButton#quietButton:focus, QToolButton#quietButton:focus {{ border: 2px solid {c.focus};
    padding: 4px 11px; outline: none; }}
QToolButton#quietButton:checked {{ background: {c.accent_tint}; border-color: {c.accent}; }}
QPushButton#quietButton:disabled, QToolButton#quietButton:disabled {{ color: {c.muted};
    border-color: {c.border}; }}
QToolButton#segment {{ color: {c.text}; background: {c.surface}; border: 1px solid {c.outline};
    border-radius: 15px; padding: 5px 14px; font-size: {BODY_SMALL}px; }}
QToolButton#segment:checked {{ color: {c.text}; background: {c.accent_tint};
    border: 2px solid {c.accent}; font-weight: 600; }}
QToolButton#segment:focus {{ border: 2px solid {c.focus}; outline: none; }}
QToolButton#segment:disabled {{ color: {c.muted}; }}
{indicator_rules(c, check)}
QTreeView::indicator, QListView::indicator {{ width: 10px; height: 10px; border-radius: 3px;
    border: 2px solid {c.outline}; background: {c.surface}; }}
QTreeView::indicator:checked, QListView::indicator:checked {{ background: {c.accent};
    border-color: {c.accent}; image: url({check}); }}
QTreeView::item {{ min-height: 20px; }}
QTreeView::indicator:indeterminate, QListView::indicator:indeterminate {{
    border-color: {c.accent}; background: qlineargradient(x1:0, y1:0, x2:0, y2:1,
    stop:0 {c.surface}, stop:0.37 {c.surface}, stop:0.38 {c.accent}, stop:0.62 {c.accent},
    stop:0.63 {c.surface}, stop:1 {c.surface}); }}
"""


def slider_rules(c: Colours, scope: str = "", scale: float = 1.0) -> str:
    """Sliders drawn from the tokens inside ``scope`` ("" for all), ``scale`` times the size.

    ``scope`` limits the rules to one dialog's widgets (a dialog's own sheet, e.g.
    ``#designedDialog``), "" is the whole application.

    Fusion's slider is a grey bevel with a near-black groove on a dark window. Here the
    groove is the outline colour (3:1 against every surface), the part up to the handle the
    accent, the handle a surface-coloured disc ringed in the accent; focused, the ring turns
    the text colour and the disc the accent, as the primary button shows focus.
    """
    handle, edge, groove = _px(HANDLE, scale), _px(EDGE, scale), _px(GROOVE, scale)
    ring = handle + 2 * edge
    lift = (ring - groove) // 2
    q = f"{scope} QSlider".strip()
    return f"""
{q} {{ min-height: {ring + _px(8, scale)}px; }}
{q}::groove:horizontal {{ height: {groove}px; border-radius: {groove // 2}px;
    background: {c.outline}; }}
{q}::sub-page:horizontal {{ height: {groove}px; border-radius: {groove // 2}px;
    background: {c.accent}; }}
{q}::add-page:horizontal {{ height: {groove}px; border-radius: {groove // 2}px;
    background: {c.outline}; }}
{q}::handle:horizontal {{ width: {handle}px; height: {handle}px; margin: -{lift}px 0;
    border-radius: {ring // 2}px; background: {c.surface}; border: {edge}px solid {c.accent}; }}
{q}::handle:horizontal:hover {{ background: {c.accent_tint}; }}
{q}::handle:horizontal:focus {{ background: {c.accent}; border: {edge}px solid {c.text}; }}
{q}::sub-page:horizontal:disabled, {q}::add-page:horizontal:disabled {{
    background: {c.border}; }}
{q}::handle:horizontal:disabled {{ background: {c.raised}; border-color: {c.border}; }}
"""


def _guide(c: Colours) -> str:
    return f"""
QListWidget#cardList {{ background: transparent; border: none; outline: none; }}
QListWidget#cardList::item {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.border}; border-radius: {RADIUS_CONTROL + 2}px; padding: 8px 10px;
    margin: 2px 0; }}
QListWidget#cardList::item:hover {{ border-color: {c.outline}; }}
QListWidget#cardList::item:selected {{ color: {c.text}; background: {c.accent_tint};
    border: 2px solid {c.accent}; }}
QListWidget#cardList:focus {{ border: 2px solid {c.focus}; border-radius: {RADIUS_CARD}px; }}
QTextBrowser#guideText {{ background: transparent; border: none; color: {c.text};
    font-size: {BODY_SMALL + 1}px; }}
QTextBrowser#guideText:focus {{ border: 2px solid {c.focus}; border-radius: {RADIUS_CONTROL}px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px 0; border: none; }}
QScrollBar::handle:vertical {{ background: {c.outline}; border-radius: 4px; min-height: 32px;
    margin: 0 2px; }}
QScrollBar::handle:vertical:hover {{ background: {c.muted}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
"""


def _player(c: Colours) -> str:
    """The session player's flat controls: a round accent play button, quiet icon buttons."""
    return f"""
QToolButton#playerPrimary {{ color: {c.on_accent}; background: {c.accent}; border: none;
    border-radius: 32px; }}
QToolButton#playerPrimary:hover {{ background: {c.accent_hover}; }}
QToolButton#playerPrimary:focus {{ border: 3px solid {c.text}; outline: none; }}
QToolButton#playerPrimary:disabled {{ background: {c.raised}; }}
QToolButton#playerControl {{ color: {c.text}; background: transparent; border: none;
    border-radius: 22px; }}
QToolButton#playerControl:hover {{ background: {c.raised}; }}
QToolButton#playerControl:focus {{ border: 2px solid {c.focus}; outline: none; }}
QToolButton#playerSmall {{ color: {c.text}; background: transparent;
    border: 1px solid {c.outline}; border-radius: 14px; padding: 3px 10px;
    font-size: {BODY_SMALL}px; }}
QToolButton#playerSmall:hover {{ background: {c.raised}; }}
QToolButton#playerSmall:focus {{ border: 2px solid {c.focus}; outline: none; }}
QToolButton#playerSmall:disabled, QToolButton#playerControl:disabled {{ color: {c.muted};
    border-color: {c.border}; }}
QToolButton#playerDone {{ color: {c.on_accent}; background: {c.accent}; border: none;
    border-radius: {RADIUS_CONTROL + 2}px; padding: 8px 18px; font-size: {BODY}px;
    font-weight: 600; }}
QToolButton#playerDone:hover {{ background: {c.accent_hover}; }}
QToolButton#playerDone:focus {{ border: 3px solid {c.text}; outline: none; }}
QToolButton#linkButton {{ color: {c.accent}; background: transparent; border: none;
    padding: 2px 0; font-size: {BODY}px; font-weight: 600; }}
QToolButton#linkButton:hover {{ text-decoration: underline; }}
QToolButton#linkButton:focus {{ border-bottom: 2px solid {c.focus}; outline: none; }}
QToolButton#roomButton {{ color: {c.text}; background: {c.raised}; border: none;
    border-radius: {RADIUS_CARD}px; padding: 8px; }}
QToolButton#roomButton:hover {{ background: {c.border}; }}
QToolButton#roomButton:focus {{ border: 3px solid {c.focus}; outline: none; }}
QToolButton#hurtButton:focus, QToolButton#miniHurtButton:focus {{ border: 3px solid {c.text};
    outline: none; }}
"""


def _search(c: Colours) -> str:
    """The search field's drop-down (``ui.search_popup``): a raised card with calm rows."""
    return f"""
QFrame#searchPopup {{ background: {c.surface}; border: 1px solid {c.outline};
    border-radius: {RADIUS_CONTROL}px; }}
QListWidget#searchResults {{ background: {c.surface}; color: {c.text}; border: none;
    outline: none; font-size: {BODY_SMALL + 1}px; }}
QListWidget#searchResults::item {{ color: {c.text}; border-radius: {RADIUS_CONTROL - 2}px; }}
QListWidget#searchResults::item:hover {{ background: {c.raised}; }}
QListWidget#searchResults::item:selected {{ color: {c.text}; background: {c.accent_tint}; }}
QLabel#searchEmpty {{ color: {c.text}; background: {c.surface}; padding: 12px;
    font-size: {BODY_SMALL + 1}px; }}
"""


def _menus(c: Colours) -> str:
    """The menu bar and its menus: one calm header with the top bar, menus as raised cards.

    Fusion drew the bar in the window colour, a band of another shade between the title and
    the top bar, and the menus' current entry in the full accent. Here the bar takes the top
    bar's surface and the entry under the pointer the accent tint with ordinary text.
    """
    return f"""
QMenuBar {{ color: {c.text}; background: {c.surface}; border: none; padding: 2px 8px; }}
QMenuBar::item {{ color: {c.text}; background: transparent; padding: 4px 10px;
    border-radius: {RADIUS_CONTROL - 2}px; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{ color: {c.text};
    background: {c.accent_tint}; }}
QMenu {{ color: {c.text}; background: {c.surface}; border: 1px solid {c.outline};
    border-radius: {RADIUS_CONTROL}px; padding: 6px 0; }}
QMenu::item {{ color: {c.text}; background: transparent; padding: 6px 28px 6px 20px;
    margin: 0 6px; border-radius: {RADIUS_CONTROL - 2}px; }}
QMenu::item:selected {{ color: {c.text}; background: {c.accent_tint}; }}
QMenu::item:disabled {{ color: {c.muted}; background: transparent; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 5px 14px; }}
QMenu::indicator {{ width: 14px; height: 14px; left: 4px; }}
"""
