"""The manual clock and the pause-aware timeline."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from massage_desktop.engine import ManualClock, monotonic, utc_now
from massage_desktop.engine.timeline import Timeline


def test_manual_clock_moves_only_forward_and_keeps_the_wall_in_step() -> None:
    clock = ManualClock(start=50.0)
    wall = clock.wall()
    assert clock() == 50.0
    assert clock.advance(2.5) == 52.5
    assert clock.wall() - wall == timedelta(seconds=2.5)
    with pytest.raises(ValueError, match="never goes back"):
        clock.advance(-1.0)
    with pytest.raises(ValueError, match="timezone-aware"):
        ManualClock(wall_start=datetime(2024, 1, 1))


def test_default_clocks_read_the_system_clocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "monotonic", lambda: 1234.5)
    assert monotonic() == 1234.5  # the same clock QElapsedTimer uses, read at call time
    before = datetime.now(UTC)
    now = utc_now()
    assert now.utcoffset() == timedelta(0)
    assert before <= now <= datetime.now(UTC)


def test_timeline_takes_pauses_out_and_stops() -> None:
    clock = ManualClock(start=0.0)
    timeline = Timeline(clock)
    assert not timeline.started
    assert timeline.active(5.0) == 0.0
    timeline.start(10.0)
    assert timeline.active(14.0) == 4.0
    timeline.pause(14.0)
    timeline.pause(15.0)  # a second pause changes nothing
    assert timeline.active(20.0) == 4.0
    assert timeline.paused_s(20.0) == 6.0
    timeline.resume(20.0)
    timeline.resume(21.0)  # nor does a second resume
    assert timeline.active(23.0) == 7.0
    assert timeline.clock_at(5.0, 23.0) == 21.0
    timeline.stop(6.0, 23.0)
    assert timeline.stopped_at == 22.0
    assert timeline.active(99.0) == 6.0
    timeline.pause(30.0)  # pausing after the end does nothing
    assert not timeline.paused
