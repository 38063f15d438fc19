"""The style sheet of the designed dialogs (``screen.py``), built from the design tokens.

The dialog carries it itself, so it looks the same whether or not the application's style
sheet is installed (tests, the crash path), and room mode scales every size up.
"""

from __future__ import annotations

from massage_desktop.resources import resource_path
from massage_desktop.ui.design.stylesheet import indicator_rules, slider_rules
from massage_desktop.ui.design.tokens import (
    BODY,
    BODY_SMALL,
    CAPTION,
    HEADING,
    RADIUS_CARD,
    RADIUS_CONTROL,
    TARGET,
    TITLE,
    Colours,
    S,
    colours,
)

BADGE = 48
"""The icon badge's diameter in px at 100 %."""


def px(size: float, scale: float) -> int:
    """``size`` px at ``scale``, in whole pixels."""
    return round(size * scale)


def _check(c: Colours) -> str:
    """The tick image of the theme ``c`` belongs to."""
    theme = "dark" if c == colours("dark") else "light"
    return resource_path(f"icons/ui/check-{theme}.svg").as_posix()


def dialog_sheet(c: Colours, scale: float = 1.0) -> str:
    """The style sheet of a designed dialog and its cards, for one theme and scale."""
    tones = "\n".join(
        f'#designedDialog QFrame#card[tone="{severity.value}"] {{ background: {tone.paper};'
        f" border: 1px solid {tone.edge}; }}\n"
        f'#designedDialog QFrame#card[tone="{severity.value}"] QLabel {{ color: {tone.ink}; }}\n'
        f'QLabel#iconBadge[tone="{severity.value}"] {{ background: {tone.paper}; }}'
        for severity, tone in c.severity.items()
    )
    return f"""
QDialog#designedDialog {{ background: {c.background}; }}
#designedDialog QLabel {{ color: {c.text}; font-size: {px(BODY, scale)}px; }}
#designedDialog QLabel[role="heading"] {{ font-size: {px(HEADING, scale)}px; font-weight: 600; }}
#designedDialog QLabel[role="title"] {{ font-size: {px(TITLE, scale)}px; font-weight: 600; }}
#designedDialog QLabel[role="muted"] {{ color: {c.muted}; font-size: {px(BODY_SMALL, scale)}px; }}
#designedDialog QLabel[role="stat"] {{ font-size: {px(TITLE + 2, scale)}px; font-weight: 600; }}
#designedDialog QLabel[role="section"] {{ color: {c.muted}; font-size: {px(CAPTION, scale)}px;
    font-weight: 600; letter-spacing: 1px; }}
#designedDialog QLabel#pageDots {{ color: {c.accent}; font-size: {px(BODY_SMALL, scale)}px;
    letter-spacing: 4px; }}
#designedDialog QScrollArea#dialogBody, #designedDialog QWidget#dialogBodyContent {{
    background: transparent; border: none; }}
/* A body that scrolls takes a Tab stop (page.tab_stop_only_when_scrolling): it shows focus. */
#designedDialog QScrollArea:focus {{ border: 2px solid {c.focus};
    border-radius: {RADIUS_CONTROL}px; }}
QLabel#iconBadge {{ background: {c.accent_tint}; border-radius: {px(BADGE, scale) // 2}px; }}
#designedDialog QFrame#card {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: {RADIUS_CARD}px; }}
{tones}
{indicator_rules(c, _check(c), "#designedDialog", scale)}
{slider_rules(c, "#designedDialog", scale)}
#designedDialog QRadioButton, #designedDialog QCheckBox {{ color: {c.text};
    font-size: {px(BODY, scale)}px; spacing: {S}px; padding: 2px 0; }}
#designedDialog QPushButton#primaryButton {{ color: {c.on_accent}; background: {c.accent};
    border: 3px solid {c.accent}; border-radius: {RADIUS_CONTROL + 2}px; padding: 10px 22px;
    font-size: {px(BODY, scale)}px; font-weight: 600; min-height: {px(TARGET - 20, scale)}px; }}
#designedDialog QPushButton#primaryButton:hover {{ background: {c.accent_hover};
    border-color: {c.accent_hover}; }}
/* Focus is the app's ring outside the button (focus_ring.py), not a dark edge on it: the
   dark edge read as the default button's look (walk 9, P3-b). */
#designedDialog QPushButton#quietButton {{ color: {c.text}; background: transparent;
    border: 2px solid {c.outline}; border-radius: {RADIUS_CONTROL + 2}px; padding: 10px 18px;
    font-size: {px(BODY, scale)}px; min-height: {px(TARGET - 20, scale)}px; }}
#designedDialog QPushButton#quietButton:hover {{ background: {c.raised}; }}
#designedDialog QPushButton#quietButton:focus {{ border-color: {c.focus}; outline: none; }}
#designedDialog QPushButton#chip {{ color: {c.text}; background: {c.surface};
    border: 1px solid {c.outline}; border-radius: {px(14, scale)}px; padding: 6px 14px;
    font-size: {px(BODY_SMALL + 1, scale)}px; min-height: {px(20, scale)}px; }}
#designedDialog QPushButton#chip:hover {{ background: {c.raised}; }}
#designedDialog QPushButton#chip:checked {{ background: {c.accent_tint};
    border: 2px solid {c.accent}; padding: 5px 13px; }}
#designedDialog QPushButton#chip:focus {{ border: 3px solid {c.focus}; padding: 4px 12px;
    outline: none; }}
#designedDialog QPushButton#chip:checked:focus {{ border: 3px solid {c.text}; }}
/* Each named button again: its own rule (an id selector) outranks a plain :disabled, so
   a disabled "Test sound" still looked ready to press. */
#designedDialog QPushButton:disabled, #designedDialog QPushButton#primaryButton:disabled,
#designedDialog QPushButton#quietButton:disabled, #designedDialog QPushButton#chip:disabled {{
    color: {c.muted}; background: transparent; border-color: {c.border}; }}
"""
