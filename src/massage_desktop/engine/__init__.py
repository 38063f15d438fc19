"""Session and timer logic, driven by an injected clock. No Qt."""

from massage_desktop.engine.clock import Clock, ManualClock, WallClock, monotonic, utc_now
from massage_desktop.engine.cues import Cue, CueKind, Listener
from massage_desktop.engine.entry import PlanEntry, StepWarning
from massage_desktop.engine.phases import SessionPhase, Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.session import Session
from massage_desktop.engine.sides import SIDE_ORDER
from massage_desktop.engine.summary import Progress, SessionSummary

__all__ = [
    "SIDE_ORDER",
    "Clock",
    "Cue",
    "CueKind",
    "Listener",
    "ManualClock",
    "Plan",
    "PlanEntry",
    "Progress",
    "Session",
    "SessionPhase",
    "SessionSummary",
    "StepWarning",
    "Timing",
    "WallClock",
    "build_plan",
    "monotonic",
    "utc_now",
]
