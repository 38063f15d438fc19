"""Plain words for the history view: outcomes, step results, names, times and summaries.

Everything here is pure text formatting, kept apart from the widgets so that the same phrase
appears in the list, the details, tooltips and accessible descriptions alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome, StepStatus
from massage_desktop.storage.stats import TrendPoint


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def outcome_text(outcome: Outcome) -> str:
    """How a session ended, in words: "Completed", "Stopped because it hurt", ..."""
    return {
        Outcome.IN_PROGRESS: _tr("Still running"),
        Outcome.COMPLETED: _tr("Completed"),
        Outcome.STOPPED_EARLY: _tr("Ended early"),
        Outcome.STOPPED_FOR_PAIN: _tr("Stopped because it hurt"),
        Outcome.INTERRUPTED: _tr("Interrupted"),
    }[outcome]


def status_text(status: StepStatus) -> str:
    """What happened to a step: "Done", "Skipped" or "Blocked (safety)"."""
    return {
        StepStatus.DONE: _tr("Done"),
        StepStatus.SKIPPED: _tr("Skipped"),
        StepStatus.BLOCKED: _tr("Blocked (safety)"),
    }[status]


def performer_text(performer: str) -> str:
    """Who gave the massage."""
    return _tr("Self-massage") if performer == "self" else _tr("Given by a partner")


def subject_name(catalog: Catalog, kind: str, subject_id: str) -> str:
    """The technique's or routine's name; the id itself when the content no longer has it."""
    if kind == "routine" and subject_id in catalog.routines:
        return catalog.routines[subject_id].name
    if kind == "technique" and subject_id in catalog.techniques:
        return catalog.techniques[subject_id].name
    return subject_id


def region_name(catalog: Catalog, region_id: str) -> str:
    """A region's name ("Left knee"); the id when the content no longer has it."""
    region = catalog.regions.get(region_id)
    return region.name if region else region_id


def region_names(catalog: Catalog, region_ids: Sequence[str]) -> str:
    """Several region names joined with commas."""
    return ", ".join(region_name(catalog, region_id) for region_id in region_ids)


def minutes_text(seconds: float) -> str:
    """A length for people: "45 s", "12 min", "1 h 05 min"."""
    if seconds < 60:
        return _tr("%d s") % round(seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return _tr("%d min") % minutes
    return _tr("%d h %02d min") % divmod(minutes, 60)


def clock_text(seconds: float) -> str:
    """A step's length as minutes and seconds, "1:05"."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def day_heading(day: date, today: date) -> str:
    """A day group's title: "Today", "Yesterday", or "Monday 4 May 2026"."""
    if day == today:
        return _tr("Today")
    if day == today - timedelta(days=1):
        return _tr("Yesterday")
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    """A compact date for chart axes and tooltips: "4 May"."""
    return f"{day.day} {day:%b}"


def time_span(started: datetime, ended: datetime | None) -> str:
    """Start and end of a session as recorded: "Monday 4 May 2026, 19:00 – 19:12"."""
    start = f"{started:%A} {started.day} {started:%B %Y}, {started:%H:%M}"
    if ended is None:
        return _tr("%s (no end recorded)") % start
    if ended.date() == started.date():
        return f"{start} \u2013 {ended:%H:%M}"
    return f"{start} \u2013 {ended:%A} {ended.day} {ended:%B}, {ended:%H:%M}"


def streak_text(days: int) -> str:
    """The current streak in words."""
    if days <= 0:
        return _tr("No streak yet \u2014 a session today starts one")
    if days == 1:
        return _tr("1-day streak")
    return _tr("%d-day streak") % days


def rating_change_text(before: int | None, after: int | None) -> str:
    """A before -> after pair: "6 → 3 (3 better)"; 0 is fine, 10 the worst."""
    first = "\u2013" if before is None else str(before)
    second = "\u2013" if after is None else str(after)
    text = f"{first} \u2192 {second}"
    if before is None or after is None:
        return text
    change = before - after
    if change == 0:
        return text + _tr(" (no change)")
    if change > 0:
        return text + _tr(" (%d better)") % change
    return text + _tr(" (%d worse)") % -change


def trend_summary(name: str, points: Sequence[TrendPoint]) -> str:
    """One sentence for the trend chart, weighting each week by its sessions.

    For example "Left knee: average before 6.1, after 3.4 over 12 sessions".
    """
    sessions = sum(point.sessions for point in points)
    if sessions == 0:
        return _tr("%s: no sessions with ratings before and after yet.") % name
    before = sum(p.mean_before * p.sessions for p in points) / sessions
    after = sum(p.mean_after * p.sessions for p in points) / sessions
    unit = _tr("session") if sessions == 1 else _tr("sessions")
    return _tr("%s: average before %.1f, after %.1f over %d %s") % (
        name,
        before,
        after,
        sessions,
        unit,
    )
