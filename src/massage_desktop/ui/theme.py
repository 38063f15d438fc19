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

from massage_desktop.ui.design.stylesheet import stylesheet

Theme = Literal["system", "light", "dark"]
_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup
# The style the platform chose, remembered on the application object itself (not in a module
# global) so that "system" can restore it after Fusion was forced for light or dark.
_SYSTEM_STYLE_PROPERTY = "massage_desktop_system_style"
# The style set last, for the same reason: under a style sheet QApplication.style() is Qt's
# internal QStyleSheetStyle, whose name() is empty, so the style it wraps cannot be asked.
_STYLE_PROPERTY = "massage_desktop_style"

# The design tokens' colours (ui/design/tokens.py): calm teal accent in both themes; text keeps
# at least 4.5:1 against its background and the highlight against its text
# (tests/ui/test_contrast.py).
LIGHT: dict[_Role, str] = {
    _Role.Window: "#f7f5f2",
    _Role.WindowText: "#1f2328",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f1eee9",
    _Role.Button: "#f1eee9",
    _Role.ButtonText: "#1f2328",
    _Role.Text: "#1f2328",
    _Role.BrightText: "#ffffff",
    _Role.PlaceholderText: "#5b6470",
    _Role.Highlight: "#0f766e",
    _Role.HighlightedText: "#ffffff",
    _Role.Accent: "#0f766e",
    _Role.Link: "#17627a",
    _Role.LinkVisited: "#5a4f8c",
    _Role.ToolTipBase: "#fffdf8",
    _Role.ToolTipText: "#1e2328",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#f6f4f1",
    _Role.Mid: "#7d8693",
    _Role.Dark: "#7d8693",
    _Role.Shadow: "#6b665f",
}
DARK: dict[_Role, str] = {
    _Role.Window: "#16181d",
    _Role.WindowText: "#e6e8eb",
    _Role.Base: "#1f2229",
    _Role.AlternateBase: "#272b33",
    _Role.Button: "#272b33",
    _Role.ButtonText: "#e6e8eb",
    _Role.Text: "#e6e8eb",
    _Role.BrightText: "#ffffff",
    _Role.PlaceholderText: "#a3abb5",
    _Role.Highlight: "#2dd4bf",
    _Role.HighlightedText: "#0b1f1d",
    _Role.Accent: "#2dd4bf",
    _Role.Link: "#84caff",
    _Role.LinkVisited: "#c4b5fd",
    _Role.ToolTipBase: "#272b33",
    _Role.ToolTipText: "#e6e8eb",
    # Fusion draws frames and outlines from these: light enough to read as edges (3:1).
    _Role.Light: "#4a515c",
    _Role.Midlight: "#3a404a",
    _Role.Mid: "#8a94a3",
    _Role.Dark: "#8a94a3",
    _Role.Shadow: "#07080a",
}
# Disabled widgets: dimmer text and a grey highlight so nothing disabled looks selectable.
_DISABLED = {
    "light": {"text": "#8a8f94", "highlight": "#b9bcbf"},
    "dark": {"text": "#7d858f", "highlight": "#3f464c"},
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
        app.setProperty(_STYLE_PROPERTY, app.style().name())
    if theme in ("light", "dark"):
        chosen: Literal["light", "dark"] = "light" if theme == "light" else "dark"
        # Native styles (Windows 11, macOS) ignore parts of the palette: force Fusion, which
        # paints with every role, so both themes look as designed everywhere.
        _set_style(app, "Fusion")
        app.setPalette(build_palette(chosen))
        _set_style_sheet(app, stylesheet(chosen))
        _request_scheme(hints, Qt.ColorScheme.Light if chosen == "light" else Qt.ColorScheme.Dark)
        return
    original_style = str(app.property(_SYSTEM_STYLE_PROPERTY))
    _set_style(app, original_style)
    _request_scheme(hints, None)
    # An empty palette (no role set) makes QGuiApplication fall back to the platform palette.
    app.setPalette(QPalette())
    forced = system_fallback(hints.colorScheme(), app.palette().color(_Role.Window))
    if forced == "dark":
        _set_style(app, "Fusion")
        app.setPalette(build_palette("dark"))
    # The designed widgets (cards, primary button, search) follow the platform's lightness.
    _set_style_sheet(app, stylesheet("dark" if is_dark(app) else "light"))


def style_name(app: QApplication) -> str:
    """The name of the style in use, also under a style sheet.

    Under an application style sheet ``app.style()`` is Qt's style-sheet style wrapped around
    the real one, and its ``name()`` is empty; the name set last is kept as a property.
    """
    return app.style().name() or str(app.property(_STYLE_PROPERTY) or "")


def _set_style(app: QApplication, name: str) -> None:
    """Set the application's style unless it is the one in use (setStyle repolishes all)."""
    if style_name(app).lower() != name.lower():
        app.setStyle(name)
        app.setProperty(_STYLE_PROPERTY, name)


def _set_style_sheet(app: QApplication, sheet: str) -> None:
    """Set the application's style sheet unless it is the one set already.

    QApplication.setStyleSheet does not compare: it repolishes every widget of every window
    even for the same text (about 0.16 s per main window), and the theme is applied again
    whenever the preferences are (each new window, each accepted Preferences dialog).
    """
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


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
