"""Route Qt's own log messages, dropping known noise before it reaches the terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]

# Qt's offscreen platform plugin leaves some QPlatformWindow operations unimplemented and warns
# each time they are used; they mean nothing for a screenshot or a smoke test.
_OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)
# Qt Multimedia reports each missing optional backend (PipeWire, VA-API) and the absence of an
# audio server as warnings; the player already tells the user when sound is unavailable.
_QUIET_CATEGORIES = ("qt.multimedia",)


def _is_noise(kind: QtMsgType, context: QMessageLogContext, message: str) -> bool:
    if message in _OFFSCREEN_NOISE or kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return True
    category = context.category or ""
    return kind is QtMsgType.QtWarningMsg and category.startswith(_QUIET_CATEGORIES)


def install_message_filter() -> None:
    """Filter Qt's messages, passing the rest to the handler that was installed before.

    Chaining keeps any earlier handler (pytest-qt's log capture, for one) working.
    """
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if _is_noise(kind, context, message):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(f"Qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
