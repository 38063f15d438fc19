"""The guide's cards, Start and the reason beside it say what the player then does (issue 17).

Each case sets up the main window as a person would (a health profile, today's rests, a region
chosen), reads the guide, then asks the player to start the same thing with a recording set of
answers: the guide must have said what the player answers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck, Verdict
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import Plan
from massage_desktop.engine.step_count import step_count
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.guide.welcome import Recent
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.display import clock_text
from massage_desktop.ui.player.questions import AutomaticAnswers, Who
from massage_desktop.ui.player.remaining import partial_text

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)
BOTH_CALVES = HealthProfile(conditions=("varicose-veins",))
DVT = HealthProfile(conditions=("dvt",))
TODAY = date.today()


class Recorded(AutomaticAnswers):
    """Answers like a person who passes today's check, recording how far a start got.

    ``answer`` is "rest" or "refused" (the player refused), "partial" (it asked whether to
    run what is left) or "start" (it would have started; the performer question cancels it).
    """

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.answer = ""
        self.plan: Plan | None = None

    def refuse(self, verdict: Verdict) -> None:
        """The player refused for the health profile."""
        self.answer = "refused"

    def rest_today(self, region_names: Sequence[str]) -> None:
        """The player refused for today's rest."""
        self.answer = "rest"

    def confirm_partial(self, plan: Plan) -> bool:
        """The player would run part of it: go on, to see that it would start."""
        self.answer, self.plan = "partial", plan
        return True

    def confirm_caution(self, verdict: Verdict) -> bool:
        """Go ahead with care."""
        return True

    def performer(self, plan: Plan, default: Performer) -> Who | None:
        """Reached the last question: it would start. Cancel here."""
        self.answer = self.answer or "start"
        self.plan = self.plan or plan
        return None


def _window(
    qtbot: QtBot, make_services: MakeServices, profile: HealthProfile, resting: Sequence[str] = ()
) -> MainWindow:
    services = make_services()
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.health.save(profile)
    window.flow.pain_rest.note(resting)
    window.apply_health_profile()
    window.guide.set_resting(resting)
    return window


def _player_technique(window: MainWindow, technique_id: str, region: str) -> Recorded:
    answers = Recorded()
    window.flow.questions = answers
    assert not window.flow.start_technique(technique_id, region)
    return answers


def _player_routine(window: MainWindow, routine_id: str) -> Recorded:
    answers = Recorded()
    window.flow.questions = answers
    assert not window.flow.start_routine(routine_id)
    return answers


def _card(window: MainWindow, routine_id: str) -> str:
    routines = window.guide.column.routines
    texts = [
        routines.item(row).text()
        for row in range(routines.count())
        if routines.item(row).data(ID_ROLE) == routine_id
    ]
    assert len(texts) == 1, texts
    return texts[0].replace("\u00a0", " ")  # the badge does not break


def test_a_partly_ruled_out_routine_card_counts_what_runs(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    # Varicose veins: Knee care runs without its calf work on either knee. (Both kneecaps
    # injured, it runs on neither: test_one_side_held.)
    window = _window(qtbot, make_services, BOTH_CALVES)
    window.select_region("front-kneecap-left")
    answers = _player_routine(window, "knee-care")
    assert answers.answer == "partial"
    assert answers.plan is not None
    count = step_count(answers.plan)
    # To the nearest minute, as Start's clock reads (walk 6, finding 14).
    minutes = max(1, math.floor(answers.plan.total_s(Timing()) / 60 + 0.5))
    assert 0 < count.left_out < count.total
    # The card in the region's list, the chosen card and Start all give the player's numbers.
    card = _card(window, "knee-care")
    # One way of counting everywhere (walk 7, finding 4): the steps and those left out on
    # every side; no techniques beside them, no "for you" (walk 10, a08).
    wanted = f"About {minutes} min · {count.total} steps, {count.left_out} left out · "
    assert wanted in card
    assert "⊘ partly ruled out" in card
    assert "take care" not in card
    window.guide.show_routine("knee-care")
    assert wanted in window.guide.column.detail.meta.text()
    # Start gives what the "Before you start" sheet gives: the plan that runs, to the second.
    assert (
        start_button(window.guide).text() == f"Start · {clock_text(answers.plan.total_s(Timing()))}"
    )
    assert start_button(window.guide).isEnabled()
    assert f"Total time for you: about {minutes} min" in window.guide.guide_text()
    # The welcome's cards too (no region chosen: the player picks the side the same way),
    # recent sessions included.
    window.guide.set_recent([Recent("routine", "knee-care", datetime.now().astimezone())], TODAY)
    window.guide.show_region(None)
    answers = _player_routine(window, "knee-care")
    assert answers.answer == "partial"
    assert answers.plan is not None
    minutes = max(1, math.floor(answers.plan.total_s(Timing()) / 60 + 0.5))
    assert f"About {minutes} min · " in _card(window, "knee-care")
    recent = window.guide.column.recent
    assert recent.count() == 1
    assert recent.item(0).text().startswith(f"Knee care  · About {minutes} min · ")


def test_one_injured_knee_leaves_knee_care_on_the_other_whole(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    # Walk 4: on the right knee Knee care said "Runs without 6 of its 16 steps: your health
    # profile rules out Left knee", and the player skipped the right knee's warm-up, kneecap
    # work and finishing strokes for the left knee's injury.
    window = _window(qtbot, make_services, LEFT_KNEE)
    for chosen in ("front-knee-right", "front-kneecap-left"):  # the left moves to the right
        window.select_region(chosen)
        card = _card(window, "knee-care")
        assert "left out" not in card
        assert "ruled out" not in card
        window.guide.show_routine("knee-care")
        # Nothing left out; chosen on the injured knee, Start says it runs on the other.
        moved = "Runs on the right side only: your health profile rules out Left knee."
        assert window.guide.start_note() == ("" if chosen.endswith("right") else moved)
        assert start_button(window.guide).isEnabled()
        answers = _player_routine(window, "knee-care")
        assert answers.answer == "start"
        assert answers.plan is not None
        assert not any(e.blocked for e in answers.plan.entries)
        worked = {r for e in answers.plan.entries for r in e.region_ids}
        assert not worked & {"front-knee-left", "front-kneecap-left"}
        length = clock_text(answers.plan.total_s(Timing()))
        assert start_button(window.guide).text() == f"Start · {length}"


def test_a_routine_the_profile_leaves_whole_keeps_its_own_numbers(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, HealthProfile())
    window.select_region("front-kneecap-right")
    card = _card(window, "knee-care")
    assert "for you" not in card
    assert "left out" not in card
    assert re.search(r"\d+ min · 16 steps", card), card


def test_strokes_over_a_ruled_out_knee_leave_that_side_out_and_say_so(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE)
    window.select_region("front-shin-left")
    window.guide.show_technique("leg-effleurage-self")
    answers = _player_technique(window, "leg-effleurage-self", "front-shin-left")
    assert answers.answer == "partial"
    assert answers.plan is not None
    running = answers.plan.runnable
    assert {e.side.value for e in running if e.side is not None} == {"right"}
    button = start_button(window.guide)
    assert button.isEnabled(), "the player runs the right leg"
    note = window.guide.start_note()
    assert note == "Runs on the right side only: your health profile rules out Left knee."
    assert note in button.accessibleDescription()
    # The right leg's strokes with their reading pause, as the sheet's Start gives them.
    assert button.text() == f"Start · {clock_text(answers.plan.total_s(Timing()))}"
    card = window.guide.column.techniques.currentItem().text()
    assert "⊘\u00a0partly ruled out" in card


def test_a_technique_on_the_ruled_out_knee_is_held_with_the_area_named(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE)
    window.select_region("front-knee-left")
    technique = window.guide.technique()
    assert technique is not None
    assert _player_technique(window, technique, "front-knee-left").answer == "refused"
    assert not start_button(window.guide).isEnabled()
    assert window.guide.start_reason() == "Ruled out by your health profile: Left knee."
    # Why and what to do: in the card above Start and in the button's tooltip.
    assert "have it checked by a doctor" in window.guide.guide_text()
    assert "have it checked by a doctor" in start_button(window.guide).toolTip()


def test_a_rest_on_the_left_thigh_does_not_hold_the_right_kneecap(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window = _window(qtbot, make_services, HealthProfile(), resting=["front-thigh-left"])
    window.select_region("front-kneecap-right")
    techniques = [t.id for t in catalog.techniques_for_region("front-kneecap-right")]
    assert len(techniques) > 3
    for technique in techniques:
        window.guide.show_technique(technique)
        assert start_button(window.guide).isEnabled(), technique
        assert window.guide.start_reason() == ""
        assert _player_technique(window, technique, "front-kneecap-right").answer == "start"


def test_a_routine_over_a_resting_area_is_marked_on_its_card(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, HealthProfile(), resting=["front-thigh-left"])
    window.select_region("front-thigh-left")
    # It runs without the steps over the resting thigh, as the player then runs it.
    card = _card(window, "thighs-calves-kneading")
    answers = _player_routine(window, "thighs-calves-kneading")
    assert answers.answer == "partial"
    assert answers.plan is not None
    count = step_count(answers.plan)
    assert 0 < count.one_sided < count.total
    # Counted by parts, as the player counts this routine: the resting thigh's parts are
    # left out, in the unit the summary says them (walk 10, b103).
    assert count.parts
    assert count.parts_left_out
    assert (
        f"{count.parts + count.parts_left_out} parts ({count.total} steps, "
        f"{count.both_sided} of them on each side), {count.parts_left_out} parts left out · "
    ) in card
    assert card.endswith("⊘ partly resting")
    assert all("front-thigh-left" in e.region_ids for e in answers.plan.entries if e.blocked)
    window.guide.show_routine("thighs-calves-kneading")
    assert start_button(window.guide).isEnabled()
    assert "over Left front of the thigh: resting today because it hurt" in (
        window.guide.start_note()
    )


def test_a_rest_names_its_area_and_dvt_comes_before_it(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, HealthProfile(), resting=["front-thigh-left"])
    window.select_region("front-thigh-left")
    window.guide.show_technique("quadriceps-kneading")
    rest = (
        "Resting today: you stopped a session here because it hurt. Massage it again "
        "tomorrow at the earliest."
    )
    assert window.guide.start_reason() == rest
    assert _player_technique(window, "quadriceps-kneading", "front-thigh-left").answer == "rest"
    # With DVT ticked as well, the profile is the first thing said beside Start, in the words
    # of the banner above the guide, which says to get medical care straight away.
    window = _window(qtbot, make_services, DVT, resting=["front-thigh-left"])
    window.select_region("front-thigh-left")
    window.guide.show_technique("quadriceps-kneading")
    reason = window.guide.start_reason()
    held = "No massage for now: your health profile rules it out."
    assert reason.startswith(held), "the profile first"
    assert reason.index(held) < reason.index(rest)
    assert window.guide.start_reason_shown() == held
    assert "get medical care straight away" in window.guide.everywhere.text()
    assert not start_button(window.guide).isEnabled()
    assert "⊘\u00a0ruled out" in window.guide.column.techniques.currentItem().text()


def test_a_card_with_steps_ruled_out_and_resting_says_both(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    """Walk 6, finding 25: "3 of 28 steps left out · ⊘ partly ruled out", one only resting."""
    window = _window(qtbot, make_services, LEFT_KNEE, resting=["back-lower-back"])
    window.select_region("front-thigh-right")
    card = _card(window, "self-massage-tour")
    assert card.endswith("⊘ partly ruled out or resting"), card
    made_of = r"\(\d+ steps, \d+ of them on each side\)"
    assert re.search(rf"· \d+ parts {made_of}, \d+ parts? left out · ", card), card


def test_a_move_left_out_is_named_not_the_area_other_steps_still_work(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    # Walk 7: with varicose veins the partner leg routine said "your health profile rules
    # out Right back of the knee, Right calf, Right ankle…", then thumbed the right ankle: the
    # moves were ruled out there (flushing, calf kneading), not the areas.
    window = _window(qtbot, make_services, HealthProfile(conditions=("varicose-veins",)))
    window.select_region("back-calf-right")
    window.guide.show_routine("partner-leg")
    note = window.guide.start_note()
    assert note.startswith("Runs without"), note
    assert "Thumb strokes up the calf" in note, note
    assert "ankle" not in note.lower(), note
    answers = _player_routine(window, "partner-leg")
    assert answers.plan is not None
    # The areas named nowhere as ruled out are still worked by the steps that run.
    worked = {r for e in answers.plan.entries if not e.blocked for r in e.region_ids}
    assert worked & {"back-ankle-right", "back-ankle-left"}


def test_partner_leg_counts_its_steps_the_same_on_card_page_note_and_sheet(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    """Walk 7, finding 4: one way of counting a partly ruled-out routine's steps.

    The card said "9 of 13 steps left out", the sheet "8 of 13 remain (4 on one side only)"
    and "9 steps left out or kept to one side", the summary "5 left out". Now: 5 left out,
    4 on one side only, 8 remain, in the same words.
    """
    profile = HealthProfile(
        conditions=("acute-injury", "varicose-veins"),
        regions={"acute-injury": ("back-knee-left",)},
    )
    window = _window(qtbot, make_services, profile)
    window.select_region("back-calf-left")
    answers = _player_routine(window, "partner-leg")
    assert answers.answer == "partial"
    assert answers.plan is not None
    count = step_count(answers.plan)
    assert (count.total, count.left_out, count.one_sided, count.remaining) == (13, 5, 4, 8)
    # In the parts the player counts ("Part 1 of 10") and the summary counts ("0 of 10 parts
    # done · 14 left out for safety"): one base everywhere (walk 10, b103).
    assert (count.parts, count.parts_left_out) == (10, 14)
    words = "24 parts (13 steps, 11 of them on each side), 14 parts left out"
    assert f"About 5 min · {words} · On a partner" in _card(window, "partner-leg")
    window.guide.show_routine("partner-leg")
    # After "·", not in brackets around the parts' own: "steps (24 parts (13 steps, …)…)".
    assert words in window.guide.column.detail.meta.text()
    assert f"with the pauses between steps \u00b7 {words}" in window.guide.guide_text()
    assert window.guide.start_note().startswith("Runs without 14 of its 24 parts:")
    sheet = partial_text(answers.plan)
    assert f"Checked against the health profile: {words}." in sheet
    assert "Parts that remain: 10 of 24, about" in sheet
    # Steps only say what the parts are made of: the sheet counts no steps that remain.
    assert "steps" not in sheet.replace("each step is left out", "").replace(
        "(13 steps, 11 of them on each side)", ""
    )
