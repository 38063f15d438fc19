"""Light and dark palettes, and switching between them and the platform's own look.

Qt cannot be asked reliably whether the desktop is dark: ``styleHints().colorScheme()`` is
``Unknown`` on the offscreen platform, under Xvfb and on many Linux desktops. So the app offers
System, Light and Dark; Light and Dark are explicit Fusion palettes that look the same on every
platform, and System leaves the platform palette alone.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Theme = Literal["system", "light", "dark"]
_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup
# The style the platform chose, remembered on the application object itself (not in a module
# global) so that "system" can restore it after Fusion was forced for light or dark.
_SYSTEM_STYLE_PROPERTY = "massage_desktop_system_style"

# Calm teal highlight in both themes; text colours keep at least 7:1 against their background
# and the highlight keeps at least 4.5:1 against its text (tests/settings/test_theme.py).
LIGHT: dict[_Role, str] = {
    _Role.Window: "#f4f2ef",
    _Role.WindowText: "#1e2328",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f0ede9",
    _Role.Button: "#ebe8e4",
    _Role.ButtonText: "#1e2328",
    _Role.Text: "#1e2328",
    _Role.BrightText: "#ffffff",
    _Role.PlaceholderText: "#5f666d",
    _Role.Highlight: "#1d7478",
    _Role.HighlightedText: "#ffffff",
    _Role.Accent: "#1d7478",
    _Role.Link: "#17627a",
    _Role.LinkVisited: "#5a4f8c",
    _Role.ToolTipBase: "#fffdf8",
    _Role.ToolTipText: "#1e2328",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#f6f4f1",
    _Role.Mid: "#c4bfb9",
    _Role.Dark: "#a29c95",
    _Role.Shadow: "#6b665f",
}
DARK: dict[_Role, str] = {
    _Role.Window: "#1f2327",
    _Role.WindowText: "#e7e9eb",
    _Role.Base: "#171a1d",
    _Role.AlternateBase: "#23282c",
    _Role.Button: "#2a3035",
    _Role.ButtonText: "#e7e9eb",
    _Role.Text: "#e7e9eb",
    _Role.BrightText: "#ffffff",
    _Role.PlaceholderText: "#9aa1a8",
    _Role.Highlight: "#4fb3b0",
    _Role.HighlightedText: "#0d1a1b",
    _Role.Accent: "#4fb3b0",
    _Role.Link: "#7cc7e0",
    _Role.LinkVisited: "#b3a6e6",
    _Role.ToolTipBase: "#2a3035",
    _Role.ToolTipText: "#e7e9eb",
    _Role.Light: "#3a4147",
    _Role.Midlight: "#30363b",
    _Role.Mid: "#252a2e",
    _Role.Dark: "#121517",
    _Role.Shadow: "#07080a",
}
# Disabled widgets: dimmer text and a grey highlight so nothing disabled looks selectable.
_DISABLED = {
    "light": {"text": "#8a8f94", "highlight": "#b9bcbf"},
    "dark": {"text": "#6c737a", "highlight": "#3f464c"},
}


def build_palette(theme: Literal["light", "dark"]) -> QPalette:
    """The complete Fusion palette for ``theme``, every role in every colour group set."""
    colours = LIGHT if theme == "light" else DARK
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(_Group.All, role, QColor(colour))
    disabled = _DISABLED[theme]
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(_Group.Disabled, role, QColor(disabled["text"]))
    palette.setColor(_Group.Disabled, _Role.Highlight, QColor(disabled["highlight"]))
    palette.setColor(_Group.Disabled, _Role.Accent, QColor(disabled["highlight"]))
    return palette


def system_fallback(scheme: Qt.ColorScheme, platform_window: QColor) -> Theme | None:
    """What "system" needs on top of the platform palette: None, or a palette to force.

    Some Linux desktops report Dark while the platform plugin hands Qt a light palette (Fusion
    without a matching platform theme); then our dark palette keeps the promise. A platform
    that reports nothing keeps its palette, which Qt defaults to light.
    """
    if scheme == Qt.ColorScheme.Dark and platform_window.lightness() >= 128:
        return "dark"
    return None


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to "system", "light" or "dark" (unknown means system)."""
    hints = app.styleHints()
    if app.property(_SYSTEM_STYLE_PROPERTY) is None:
        app.setProperty(_SYSTEM_STYLE_PROPERTY, app.style().name())
    if theme in ("light", "dark"):
        chosen: Literal["light", "dark"] = "light" if theme == "light" else "dark"
        # Native styles (Windows 11, macOS) ignore parts of the palette: force Fusion, which
        # paints with every role, so both themes look as designed everywhere.
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(build_palette(chosen))
        _request_scheme(hints, Qt.ColorScheme.Light if chosen == "light" else Qt.ColorScheme.Dark)
        return
    original_style = str(app.property(_SYSTEM_STYLE_PROPERTY))
    if app.style().name().lower() != original_style.lower():
        app.setStyle(original_style)
    _request_scheme(hints, None)
    # An empty palette (no role set) makes QGuiApplication fall back to the platform palette.
    app.setPalette(QPalette())
    forced = system_fallback(hints.colorScheme(), app.palette().color(_Role.Window))
    if forced == "dark":
        app.setStyle("Fusion")
        app.setPalette(build_palette("dark"))


def is_dark(app: QApplication) -> bool:
    """Whether the palette now in use is dark, for art that must pick its own colours."""
    return app.palette().color(_Role.Window).lightness() < 128


def _request_scheme(hints: object, scheme: Qt.ColorScheme | None) -> None:
    """Tell the platform which scheme we show, so title bars match (Qt 6.8 and newer).

    Older Qt lacks ``QStyleHints.setColorScheme``; the palette alone still works there.
    """
    if scheme is None:
        unset = getattr(hints, "unsetColorScheme", None)
        if unset is not None:
            unset()
        return
    request = getattr(hints, "setColorScheme", None)
    if request is not None:
        request(scheme)
