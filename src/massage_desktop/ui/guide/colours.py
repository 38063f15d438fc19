"""Guide colours derived from the widget palette, readable in light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import Tone, colours
from massage_desktop.ui.guide.html import GuideColours


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def app_tone(severity: Severity) -> Tone:
    """``severity``'s box colours in the application's theme.

    The application's palette decides the theme: a widget styled with a box colour has its
    own palette repainted by its style sheet, so it cannot tell the theme from that.
    """
    return colours("dark" if is_dark(QApplication.palette()) else "light").severity[severity]


def guide_colours(palette: QPalette) -> GuideColours:
    """Colours for the guide HTML from the current palette.

    The severity boxes come from the design tokens: red for "do not", orange for "avoid",
    amber for "light pressure", blue for "ask a professional" and a neutral grey for "take
    care" (green read as "all clear").
    """
    theme = colours("dark" if is_dark(palette) else "light")
    tones = theme.severity
    fill: dict[Severity, str] = {s: t.paper for s, t in tones.items()}
    ink: dict[Severity, str] = {s: t.ink for s, t in tones.items()}
    highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
    highlight.setAlphaF(1.0)
    base = palette.color(QPalette.ColorRole.Base)
    current = _mix(highlight, base, 0.25).name()
    return GuideColours(
        text=palette.color(QPalette.ColorRole.Text).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        # The app's accent, as its buttons: the system palette's link blue ("Why? See
        # Safety") looked like a web page's link, unlike every other control (walk 6, #12).
        link=theme.accent,
        current=current,
        severity_fill=fill,
        severity_text=ink,
    )


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``a`` over ``b``."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )
