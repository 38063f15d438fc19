"""Which cue sound plays when, on the engine's clock, heard through a fake sound sink."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest
from pytestqt.qtbot import QtBot
from tests.player.conftest import wake

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.engine.clock import ManualClock
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.session import Session
from massage_desktop.ui.player.audio import CueSounds
from massage_desktop.ui.player.controller import PlayerController

GET_READY_S = 5.0


@dataclass
class FakeSink:
    """Records (session seconds, cue, volume) for every sound, on the test's clock."""

    clock: ManualClock
    reason: str | None = None
    played: list[tuple[float, str, float]] = field(default_factory=list)

    @property
    def unavailable_reason(self) -> str | None:
        return self.reason

    def play(self, name: str, volume: float) -> None:
        self.played.append((round(self.clock() - 1000.0, 3), name, volume))

    def close(self) -> None:
        pass


def run(
    plan: Plan, clock: ManualClock, sink: FakeSink, seconds: float, step: float = 0.25
) -> PlayerController:
    session = Session(
        plan,
        InMemoryRecorder(),
        clock=clock,
        wall=clock.wall,
        timing=Timing(get_ready_s=GET_READY_S, reading_words_per_s=1000.0),
        performer="self",
    )
    controller = PlayerController(session, CueSounds(sink))
    controller.start()
    for _ in range(round(seconds / step)):
        clock.advance(step)
        wake(controller)  # as the wake-up timer would
    return controller


def test_each_phase_has_its_own_sound_at_its_time(qtbot: QtBot, catalog: Catalog) -> None:
    clock = ManualClock()
    sink = FakeSink(clock)
    plan = build_plan(catalog, catalog.techniques["ankle-thumbing"])  # 30 s right, 30 s left
    controller = run(plan, clock, sink, 120)
    assert not controller.running
    sounds = [(when, name) for when, name, _ in sink.played]
    switch = Timing().switch_sides_s
    right = GET_READY_S  # the right side's 30 s start after get-ready
    left = right + 30 + switch
    assert sounds == [
        (0.0, "get_ready"),
        (right, "step_start"),
        (right + 15, "half_time"),
        (right + 27, "last_seconds"),
        (right + 30, "switch_sides"),
        (left, "step_start"),
        (left + 15, "half_time"),
        (left + 27, "last_seconds"),
        (left + 30, "finished"),
    ]
    assert len({name for _, name in sounds}) == 6, "every phase is told apart by ear"
    assert all(volume == pytest.approx(0.7) for _, _, volume in sink.played)


def test_it_hurts_has_its_own_sound(qtbot: QtBot, catalog: Catalog) -> None:
    clock = ManualClock()
    sink = FakeSink(clock)
    controller = run(build_plan(catalog, catalog.techniques["ankle-thumbing"]), clock, sink, 10)
    controller.stop_for_pain("sharp pain")
    assert sink.played[-1][:2] == (10.0, "stopped")
    assert "finished" not in [name for _, name, _ in sink.played]


def test_last_seconds_chime_again_after_a_restart_but_never_for_short_steps(
    qtbot: QtBot, catalog: Catalog
) -> None:
    clock = ManualClock()
    sink = FakeSink(clock)
    plan = build_plan(catalog, catalog.techniques["lower-back-dimples"])  # one 30 s step
    controller = run(plan, clock, sink, GET_READY_S + 28)
    controller.restart_step()
    short = replace(plan, entries=(replace(plan.entries[0], planned_s=2.0),))
    for _ in range(31 * 4):
        clock.advance(0.25)
        wake(controller)
    names = [name for _, name, _ in sink.played]
    assert names.count("last_seconds") == 2
    other_clock = ManualClock()
    other = FakeSink(other_clock)
    run(short, other_clock, other, 20)
    assert [name for _, name, _ in other.played] == ["get_ready", "step_start", "finished"]


def test_sounds_switched_off_or_unavailable_stay_quiet(qtbot: QtBot) -> None:
    clock = ManualClock()
    sink = FakeSink(clock)
    sounds = CueSounds(sink)
    sounds.enabled = False
    assert not sounds.play("step_start")
    assert sounds.test(40), "the test sound plays even while cues are off"
    assert sink.played == [(0.0, "step_start", 0.4)]
    broken = CueSounds(FakeSink(clock, reason="No sound device"))
    assert not broken.available
    assert not broken.play("step_start")
    assert not broken.test(50)
