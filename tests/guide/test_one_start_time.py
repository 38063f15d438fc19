"""The guide's Start gives the length the "Before you start" sheet gives (issue 17, walk 4).

The guide's button said "Start · 12:00" for Knee care (the routine's length rounded up to
whole minutes) and "Start · 1:30" for leg strokes (the steps' work alone), while the sheet
that opens from it said "Start · 11:27" and "Start · 1:44": the same plan with its reading and
side-switch pauses. Both now give the plan the player will run, screened, with the player's
timing (the get-ready setting), and in every language the same.
"""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.session_questions import SessionQuestions

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)
TIME = re.compile(r"\d+:\d\d")


def _window(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, profile: HealthProfile
) -> MainWindow:
    services = make_services(catalog=catalog)
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.health.save(profile)
    window.apply_health_profile()
    return window


def _sheet_time(window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> str:
    """The time on the sheet's Start as it opens (its first answer), then cancelled."""
    questions = SessionQuestions(window, catalog)
    monkeypatch.setattr(questions, "today_check", lambda: True)
    shown: list[str] = []

    def cancel(sheet: BeforeStartSheet) -> int:
        shown.append(sheet.start.text())
        sheet.reject()
        return sheet.result()

    monkeypatch.setattr(BeforeStartSheet, "exec", cancel)
    window.flow.questions = questions
    guide = window.guide
    routine = guide.routine()
    if routine is not None:
        window.flow.start_routine(routine)
    else:
        technique = guide.technique()
        assert technique is not None
        window.flow.start_technique(technique, guide.region())
    assert len(shown) == 1, "the sheet opened once"
    return _time(shown[0])


def _time(text: str) -> str:
    found = TIME.findall(text)
    assert len(found) == 1, text
    return str(found[0])


CASES = [
    ("front-knee-right", "routine", "knee-care", HealthProfile()),
    ("front-knee-right", "routine", "knee-care", LEFT_KNEE),
    ("front-shin-left", "technique", "leg-effleurage-self", LEFT_KNEE),
    ("front-thigh-left", "technique", "kneading", HealthProfile()),
    ("back-neck", "routine", "neck-shoulders-kneading", HealthProfile()),
]


@pytest.mark.parametrize(("region", "kind", "subject", "profile"), CASES)
def test_start_gives_the_time_the_sheet_gives(
    qtbot: QtBot,
    make_services: MakeServices,
    catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
    region: str,
    kind: str,
    subject: str,
    profile: HealthProfile,
) -> None:
    window = _window(qtbot, make_services, catalog, profile)
    window.select_region(region)
    if kind == "routine":
        window.guide.show_routine(subject)
    else:
        window.guide.show_technique(subject)
    button = _time(start_button(window.guide).text())
    assert button == _sheet_time(window, catalog, monkeypatch)


def test_a_longer_get_ready_lengthens_start_as_it_does_the_sheet(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, make_services, catalog, HealthProfile())
    window.select_region("front-knee-right")
    window.guide.show_routine("knee-care")
    before = _time(start_button(window.guide).text())
    preferences = window.preferences
    assert preferences is not None
    slower = preferences.settings.model_copy(update={"get_ready_s": 15})
    assert isinstance(slower, Settings)
    preferences.apply(slower)
    after = _time(start_button(window.guide).text())
    assert after != before
    assert after == _sheet_time(window, catalog, monkeypatch)


@pytest.mark.usefixtures("german")
def test_start_gives_the_same_time_in_german(
    qtbot: QtBot,
    make_services: MakeServices,
    catalog: Catalog,
    german_catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    times = []
    for shown in (catalog, german_catalog):
        window = _window(qtbot, make_services, shown, LEFT_KNEE)
        window.select_region("front-knee-right")
        window.guide.show_routine("knee-care")
        times.append(_time(start_button(window.guide).text()))
        times.append(_sheet_time(window, shown, monkeypatch))
    assert len(set(times)) == 1, times
