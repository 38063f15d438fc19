"""Guide colours derived from the widget palette, readable in light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.guide.html import GuideColours

# Hues per severity: red, orange, amber, blue, green. Lightness is chosen from the theme below.
_HUES = {
    Severity.DO_NOT_MASSAGE: 2,
    Severity.AVOID: 24,
    Severity.LIGHT_PRESSURE: 44,
    Severity.ASK_PROFESSIONAL: 212,
    Severity.TAKE_CARE: 150,
}


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def guide_colours(palette: QPalette) -> GuideColours:
    """Colours for the guide HTML from the current palette."""
    dark = is_dark(palette)
    fill: dict[Severity, str] = {}
    ink: dict[Severity, str] = {}
    for severity, hue in _HUES.items():
        # Dark theme: deep, muted boxes with light text; light theme: pale boxes, dark text.
        fill[severity] = QColor.fromHsl(hue, 150, 60 if dark else 225).name()
        ink[severity] = QColor.fromHsl(hue, 60, 235 if dark else 35).name()
    highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
    highlight.setAlphaF(1.0)
    base = palette.color(QPalette.ColorRole.Base)
    current = _mix(highlight, base, 0.25).name()
    return GuideColours(
        text=palette.color(QPalette.ColorRole.Text).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        link=palette.color(QPalette.ColorRole.Link).name(),
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
