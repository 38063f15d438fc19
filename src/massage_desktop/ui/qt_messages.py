"""Route Qt's own log messages, dropping known noise from the offscreen platform."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Qt's offscreen platform plugin leaves some QPlatformWindow operations unimplemented and warns
# each time they are used; they mean nothing for a screenshot or a smoke test.
_OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


# Qt Multimedia reports each missing optional backend (PipeWire, VA-API) and the absence of an
# audio server as warnings; the player already tells the user when sound is unavailable.
_QUIET_CATEGORIES = ("qt.multimedia",)


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _OFFSCREEN_NOISE:
        return
    category = context.category or ""
    if kind is QtMsgType.QtWarningMsg and category.startswith(_QUIET_CATEGORIES):
        return
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return
    print(f"Qt: {message}", file=sys.stderr)


def install_message_filter() -> None:
    """Install the filter; call once, before the first window is shown."""
    qInstallMessageHandler(_handler)
