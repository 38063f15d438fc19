"""Safety dialogs: the first-run notice, the health profile and the day's quick check."""

from massage_desktop.ui.safety.first_run import FirstRunDialog
from massage_desktop.ui.safety.health_dialog import HealthProfileDialog
from massage_desktop.ui.safety.today_check import TodayCheckDialog

__all__ = ["FirstRunDialog", "HealthProfileDialog", "TodayCheckDialog"]
