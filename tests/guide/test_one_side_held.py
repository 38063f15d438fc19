"""A one-side routine never offers, starts or rates a knee that is ruled out or resting.

Walk 7, finding 3: with a fresh injury at the left knee and the right knee resting after
"Stop – it hurts", Knee care kept a live Start; its sheet ticked the injured left kneecap and
asked for its pain rating, and the resting right one could be chosen and started. Finding 12:
on the injured knee's own page, Start gave no sign that it runs on the other knee.
"""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck, routine_verdict
from massage_desktop.engine.pain_rest import PainRest
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.before_start import BeforeStartSheet
from massage_desktop.ui.player.questions import AutomaticAnswers, BeforeStart
from massage_desktop.ui.player.side_note import hatched_regions
from massage_desktop.ui.player.start_sheet import before_start_sheet

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)
# Where "Stop – it hurts" on the right knee's warm-up leaves the hands resting today.
RIGHT_KNEE_RESTS = (
    "front-knee-right",
    "front-kneecap-right",
    "front-thigh-right",
    "front-shin-right",
)


class Said(AutomaticAnswers):
    """Passes today's check; remembers what the player said instead of starting."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.said: list[str] = []
        self.sheets: list[BeforeStart] = []

    def no_side(self, reason: str) -> None:
        self.said.append(reason)

    def before_start(self, sheet: BeforeStart) -> None:
        self.sheets.append(sheet)


def _window(
    qtbot: QtBot, make_services: MakeServices, profile: HealthProfile, resting: Sequence[str]
) -> MainWindow:
    services = make_services()
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.health.save(profile)
    window.flow.pain_rest.note(resting)
    window.apply_health_profile()
    window.guide.set_resting(resting)
    return window


def _card(window: MainWindow, routine_id: str) -> str:
    routines = window.guide.column.routines
    return next(
        routines.item(row).text().replace("\u00a0", " ")
        for row in range(routines.count())
        if routines.item(row).data(ID_ROLE) == routine_id
    )


def test_with_one_knee_injured_and_the_other_resting_knee_care_does_not_start(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE, RIGHT_KNEE_RESTS)
    for chosen in ("front-kneecap-right", "front-kneecap-left", "front-thigh-left"):
        window.select_region(chosen)
        assert "⊘ ruled out or resting" in _card(window, "knee-care"), chosen
        window.guide.show_routine("knee-care")
        assert not start_button(window.guide).isEnabled(), chosen
        reason = window.guide.start_reason()
        assert reason.startswith("Neither side may be massaged today."), reason
        assert "Ruled out by your health profile: Left knee." in reason
        # Every resting area the knee's steps go over, as the Start sheet lists a side that
        # is out (walk 9, P1-b: the guide named fewer than the sheet and the check).
        assert (
            "Resting today because it hurt: Right knee, Right kneecap, Right front of the "
            "thigh, Right shin." in reason
        )
        # The player says the same and shows no sheet: no knee is offered or rated.
        answers = Said()
        window.flow.questions = answers
        assert not window.flow.start_routine("knee-care")
        assert answers.said == [reason]
        assert answers.sheets == []


def test_a_knee_that_is_out_is_greyed_and_never_rated(qtbot: QtBot, catalog: Catalog) -> None:
    # The left knee injured, the right thigh resting: the right knee runs without its thigh
    # steps; the left one is greyed with its reason and has no rating row.
    routine = catalog.routines["knee-care"]
    screening = Screening(catalog, LEFT_KNEE)
    rest = PainRest()
    rest.note(["front-thigh-right"])
    for chosen in (None, "front-kneecap-left", "front-kneecap-right"):
        sheet = before_start_sheet(
            catalog,
            build_plan(catalog, routine),
            routine_verdict(screening.routine_verdicts(routine.id)),
            routine=routine,
            chosen=chosen,
            states=hatched_regions(catalog, screening, rest),
            screening=screening,
            resting=["front-thigh-right"],
        )
        dialog = BeforeStartSheet(catalog, sheet)
        qtbot.addWidget(dialog)
        buttons = {b.text(): b for b in dialog.sides.values()}
        left = next(b for t, b in buttons.items() if t.startswith("Left"))
        right = next(b for t, b in buttons.items() if t.startswith("Right"))
        assert not left.isEnabled(), chosen
        assert not left.isChecked(), chosen
        assert "Left knee" in left.toolTip()
        assert right.isEnabled(), chosen
        right.click()
        rated = [s.region_id for s in dialog.scales]
        assert rated, chosen
        assert not any(r.endswith("-left") for r in rated), (chosen, rated)
        assert "front-thigh-right" not in rated
        assert dialog.start.isEnabled()


def test_on_the_injured_knees_page_start_says_it_runs_on_the_other_knee(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE, ())
    window.select_region("front-kneecap-left")
    window.guide.show_routine("knee-care")
    assert start_button(window.guide).isEnabled()
    note = window.guide.start_note()
    assert note.startswith("Runs on the right side only: your health profile rules out Left knee")
    # Chosen on the right knee, nothing moved: nothing to say.
    window.select_region("front-kneecap-right")
    window.guide.show_routine("knee-care")
    assert window.guide.start_note() == ""
    # A knee resting today moves it the other way, and says why.
    window = _window(qtbot, make_services, HealthProfile(), RIGHT_KNEE_RESTS)
    window.select_region("front-kneecap-right")
    window.guide.show_routine("knee-care")
    assert start_button(window.guide).isEnabled()
    assert window.guide.start_note().startswith(
        "Runs on the left side only: Right knee, Right kneecap"
    ), window.guide.start_note()
