"""The history window's style sheet, from the design tokens of the theme shown.

The window carries it itself, as the routine editor does: the overview, the session list,
the details and the progress charts sit on rounded cards over the app's background, with
the type scale of the rest of the app, tabs drawn as an underlined title row, and fields,
tables and buttons in the design's outline colours instead of Fusion's grey chrome (whose
frames, drawn from ``Window.darker()``, are nearly black on a dark window). A selected row
is the accent tint with ordinary text: the palette's highlight with white text on it read
poorly in the dark theme. Lists and tables keep 2 px of frame whether focused or not (1 px
border and 1 px padding, or a 2 px focus border): a frame that grew on focus left the
viewport laid out for 1 px, and its rows painted over the focus line's inner pixel.

Every size of type is the design's times the text-size setting's factor (``scale``), as in
the designed dialogs; the charts, which paint with their own font, get the caption size.
"""

from __future__ import annotations

from massage_desktop.resources import resource_path
from massage_desktop.ui.design.dialog_sheet import px
from massage_desktop.ui.design.tokens import (
    BODY,
    BODY_SMALL,
    CAPTION,
    RADIUS_CARD,
    RADIUS_CONTROL,
    TITLE,
    Colours,
    ThemeName,
)

CARD = "historyCard"
"""Object name of the history's cards (give the widget ``WA_StyledBackground`` too)."""


CHARTS = ("CalendarStrip", "MinutesChart", "TrendChart", "HeatLegend")
"""The painted charts (their class names): their labels take the sheet's caption size."""


def history_sheet(c: Colours, theme: ThemeName, scale: float = 1.0) -> str:
    """The history window's cards, type, tabs, fields, tables and buttons for one theme.

    Args:
        c: The theme's colours.
        theme: The theme's name (for the drop-down arrow's icon).
        scale: The text-size setting's factor (1 is normal).
    """
    down = resource_path(f"icons/ui/chevron-down-{theme}.svg").as_posix()
    w = "#historyWindow"
    text, small = px(BODY_SMALL + 1, scale), px(BODY_SMALL, scale)
    caption, body, title = px(CAPTION, scale), px(BODY, scale), px(TITLE, scale)
    charts = ", ".join(f"{w} {name}" for name in CHARTS)
    return f"""
QWidget{w}, {w} QWidget#historyPageContent {{ background: {c.background}; }}
{w} QScrollArea#historyPage {{ background: {c.background}; border: none; }}
{charts} {{ font-size: {caption}px; }}
{w} QWidget#{CARD} {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: {RADIUS_CARD}px; }}
{w} QLabel {{ color: {c.text}; font-size: {text}px; background: transparent;
    border: none; }}
{w} QLabel[role="title"] {{ font-size: {title}px; font-weight: 600; }}
{w} QLabel[role="week"] {{ font-size: {title}px; font-weight: 600; }}
{w} QLabel[role="section"] {{ color: {c.muted}; font-size: {caption}px; font-weight: 600;
    letter-spacing: 1px; }}
{w} QLabel[role="muted"] {{ color: {c.muted}; font-size: {small}px; }}
{w} QTabWidget::pane {{ border: none; }}
{w} QTabBar::tab {{ color: {c.muted}; background: transparent; border: none;
    border-bottom: 3px solid transparent; padding: 8px 16px; font-size: {body}px;
    font-weight: 600; }}
{w} QTabBar::tab:selected {{ color: {c.text}; border-bottom-color: {c.accent}; }}
{w} QTabBar::tab:hover {{ color: {c.text}; }}
{w} QTabBar::tab:focus {{ color: {c.text}; border-bottom-color: {c.focus}; }}
{w} QComboBox, {w} QPlainTextEdit {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.outline}; border-radius: {RADIUS_CONTROL}px; padding: 4px 8px;
    font-size: {text}px; selection-background-color: {c.accent_tint};
    selection-color: {c.text}; }}
{w} QComboBox:focus, {w} QPlainTextEdit:focus {{ border: 2px solid {c.focus}; }}
{w} QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: right;
    width: 22px; border: none; }}
{w} QComboBox::down-arrow {{ width: 12px; height: 12px; image: url({down}); }}
{w} QComboBox QAbstractItemView {{ color: {c.text}; background: {c.surface};
    selection-background-color: {c.accent_tint}; selection-color: {c.text};
    font-size: {text}px; }}
{w} QTableView, {w} QListWidget {{ color: {c.text}; background: {c.surface};
    alternate-background-color: {c.raised}; border: 1px solid {c.border}; padding: 1px;
    outline: none;
    border-radius: {RADIUS_CONTROL}px; gridline-color: {c.border};
    selection-background-color: {c.accent_tint}; selection-color: {c.text};
    font-size: {text}px; }}
{w} QTableView:focus, {w} QListWidget:focus {{ border: 2px solid {c.focus}; padding: 0; }}
{w} QHeaderView::section {{ color: {c.muted}; background: {c.surface}; border: none;
    border-bottom: 1px solid {c.border}; padding: 4px 4px; font-size: {caption}px;
    font-weight: 600; }}
{w} QPushButton {{ color: {c.text}; background: transparent; border: 1px solid {c.outline};
    border-radius: {RADIUS_CONTROL}px; padding: 6px 14px; font-size: {text}px; }}
{w} QPushButton:hover {{ background: {c.raised}; }}
{w} QPushButton:focus {{ border: 2px solid {c.focus}; outline: none; }}
{w} QPushButton:disabled {{ color: {c.muted}; border-color: {c.border}; }}
{w} QSplitter::handle {{ background: transparent; }}
{w} ViewSwitch QToolButton {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.outline}; border-radius: {px(15, scale)}px; padding: 4px 14px;
    font-size: {small}px; }}
{w} ViewSwitch QToolButton:checked {{ background: {c.accent_tint}; border: 2px solid {c.accent};
    font-weight: 600; }}
{w} ViewSwitch QToolButton:focus {{ border: 2px solid {c.focus}; outline: none; }}
"""
