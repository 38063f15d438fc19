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


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _OFFSCREEN_NOISE:
        return
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return
    print(f"Qt: {message}", file=sys.stderr)


def install_message_filter() -> None:
    """Install the filter; call once, before the first window is shown."""
    qInstallMessageHandler(_handler)
