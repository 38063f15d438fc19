"""The guide's times agree with Start, or say what the difference is (walk 6, finding 14).

"Main · 30 s" over "Start · 0:41", Knee care "About 12 min for you" over "Start · 11:08",
"My thighs · 4 min" over "Start · 3:21": the card rounded up, and the get-ready pauses that
made the rest were said nowhere.
"""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import list_texts, routines_list, start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.phases import Timing
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.lists import routine_card_text, whole_minutes
from massage_desktop.ui.guide.start_bar import StartBar
from massage_desktop.ui.main_window import MainWindow

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)


def _window(qtbot: QtBot, make_services: MakeServices, profile: HealthProfile) -> MainWindow:
    services = make_services()
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.health.save(profile)
    window.apply_health_profile()
    return window


def _start_seconds(window: MainWindow) -> int:
    found = re.findall(r"(\d+):(\d\d)", start_button(window.guide).text())
    assert len(found) == 1
    minutes, seconds = found[0]
    return int(minutes) * 60 + int(seconds)


def test_minutes_are_rounded_to_the_nearest() -> None:
    assert [whole_minutes(s) // 60 for s in (668, 201, 263, 90, 150)] == [11, 3, 4, 2, 3]
    # Under a minute, the seconds Start gives: "1 min" stood over "Start · 0:22" (walk 8).
    assert [whole_minutes(s) for s in (22, 29.4, 59.4, 59.6)] == [22, 29, 59, 60]


def test_the_routine_card_gives_the_minutes_of_its_start_button(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE)
    window.select_region("front-knee-right")
    window.guide.show_routine("knee-care")
    minutes = round(_start_seconds(window) / 60)
    [card] = [t for t in list_texts(routines_list(window.guide)) if t.startswith("Knee care")]
    shown = re.findall(r"(\d+) min", card)
    assert shown == [str(minutes)], card


def test_start_says_what_its_time_is_made_of(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window = _window(qtbot, make_services, HealthProfile())
    window.select_region("front-outer-thigh-right")
    window.guide.show_technique("it-band-strokes")
    bar = window.guide.findChild(StartBar)
    assert bar is not None
    name = bar.name.text()
    found = re.search(r"· (\d+) s \+ (\d+) s to get ready", name)
    assert found is not None, name
    work, pauses = int(found[1]), int(found[2])
    technique = catalog.techniques["it-band-strokes"]
    assert work == sum(s.duration_s or 0 for s in technique.steps)  # the card's "50 s"
    assert work + pauses == _start_seconds(window)


def test_the_card_counts_ones_own_get_ready_as_start_does(catalog: Catalog) -> None:
    # Walk 8, finding 6: the card's minutes used the default get-ready, Start the person's.
    gate = StartGate(catalog)
    gate.timing = Timing(get_ready_s=20.0, get_ready_max_s=20.0)
    outlook = gate.routine("knee-care", "front-knee-right")
    assert not outlook.partial
    minutes = seconds_text(whole_minutes(outlook.total_s))
    assert minutes != seconds_text(whole_minutes(outlook.plan.total_s(Timing())))
    text = routine_card_text(catalog, catalog.routines["knee-care"], outlook)
    assert f" · {minutes} · " in text, text
