"""The history view: sessions by day with details, progress charts and a heat map.

``HistoryWindow`` is the window; ``export_history_interactive`` and
``import_history_interactive`` are the File menu's export and import.
"""

from massage_desktop.ui.history.transfer_actions import (
    export_history_interactive,
    import_history_interactive,
)
from massage_desktop.ui.history.window import HistoryWindow

__all__ = ["HistoryWindow", "export_history_interactive", "import_history_interactive"]
