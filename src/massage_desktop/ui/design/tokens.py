"""Design tokens: spacing and type scales, radii, and the light and dark colour sets.

The colours follow the project's design brief; each text colour keeps at least 4.5:1 against
the background it is drawn on (3:1 for large text and control outlines), which
tests/ui/test_contrast.py checks for both themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from massage_desktop.domain.enums import Severity

ThemeName = Literal["light", "dark"]

SPACE = (4, 8, 12, 16, 24, 32, 48)
"""The spacing scale in px; layouts use these steps only."""
XS, S, M, L, XL, XXL, XXXL = SPACE

# Type scale in px at 100 %: caption, small body, body, title, heading.
CAPTION, BODY_SMALL, BODY, TITLE, HEADING = 12, 14, 16, 20, 28
RADIUS_CARD = 12
RADIUS_CONTROL = 8
TARGET = 44
"""The smallest height of anything pressed during a session (touch-size target)."""


STEADY_PRIMARY = ("#0f766e", "#0b5f58", "#ffffff")
"""Fill, hover fill and text of the guide's Start button, the same in both themes.

White on deep teal reads 5.5:1; the dark theme's bright accent with dark text made the one
primary action look like another button from one theme to the other (review 2, item 5).
"""


@dataclass(frozen=True)
class Tone:
    """Ink on paper for one severity: box text, box background and box edge."""

    ink: str
    paper: str
    edge: str


@dataclass(frozen=True)
class Colours:
    """Every colour a designed widget may use, for one theme."""

    background: str
    surface: str
    raised: str
    text: str
    muted: str
    border: str
    outline: str
    accent: str
    accent_hover: str
    on_accent: str
    accent_tint: str
    focus: str
    severity: dict[Severity, Tone]


LIGHT = Colours(
    background="#f7f5f2",
    surface="#ffffff",
    raised="#f1eee9",
    text="#1f2328",
    muted="#5b6470",
    border="#e3ded7",
    outline="#7d8693",
    accent="#0f766e",
    accent_hover="#0b5f58",
    on_accent="#ffffff",
    accent_tint="#e0f2ef",
    focus="#0f766e",
    severity={
        Severity.DO_NOT_MASSAGE: Tone("#b42318", "#fef3f2", "#f4b9b3"),
        Severity.AVOID: Tone("#a1300c", "#fff3ec", "#f6c2a6"),
        Severity.LIGHT_PRESSURE: Tone("#93370d", "#fffaeb", "#f5d48a"),
        Severity.ASK_PROFESSIONAL: Tone("#175cd3", "#eff8ff", "#b2d6fb"),
        Severity.TAKE_CARE: Tone("#344054", "#f2f4f7", "#d0d5dd"),
    },
)
DARK = Colours(
    background="#16181d",
    surface="#1f2229",
    raised="#272b33",
    text="#e6e8eb",
    muted="#a3abb5",
    border="#30353e",
    outline="#8a94a3",
    accent="#2dd4bf",
    accent_hover="#5eead4",
    on_accent="#0b1f1d",
    accent_tint="#17393a",
    focus="#5eead4",
    severity={
        Severity.DO_NOT_MASSAGE: Tone("#fda29b", "#3a1d1b", "#6b2e29"),
        Severity.AVOID: Tone("#fdb38b", "#3a2416", "#6b3f25"),
        Severity.LIGHT_PRESSURE: Tone("#fec84b", "#33260b", "#5c4512"),
        Severity.ASK_PROFESSIONAL: Tone("#84caff", "#102a43", "#1f4a70"),
        Severity.TAKE_CARE: Tone("#c9cfd8", "#2a2e37", "#434955"),
    },
)


def colours(theme: ThemeName) -> Colours:
    """The colour set of ``theme``."""
    return LIGHT if theme == "light" else DARK


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
