"""A block the health profile puts on one place names it, and comes first (issue 17, walk 4).

With an injury at the left knee the guide's card said "Not for you right now (your health
profile)", as if the whole body were ruled out, and put that box under the steps and the
pressure. It now says "Not on your left knee: fresh injury or inflammation." above them; a
condition that rules out every region (DVT) keeps the general words.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button, stop_banner

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.health import TodayCheck
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.main_window import MainWindow
from massage_desktop.ui.player.questions import AutomaticAnswers, BeforeStart, StartAnswers

LEFT_KNEE = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("front-knee-left",)}
)
LOCATED = "Not on your left knee: fresh injury or inflammation."


class Started(AutomaticAnswers):
    """Answers as a person who passes today's check; keeps the plan the sheet would run."""

    def __init__(self) -> None:
        super().__init__(TodayCheck())
        self.plan: Plan | None = None

    def before_start(self, sheet: BeforeStart) -> StartAnswers | None:
        """Keep the plan of the sheet's first answer and cancel: the test needs no session."""
        self.plan = sheet.choices[sheet.default].plan
        return None


def _window(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog, profile: HealthProfile
) -> MainWindow:
    services = make_services(catalog=catalog)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    services.health.save(profile)
    window.apply_health_profile()
    return window


def _card_lines(window: MainWindow) -> list[str]:
    return [line for line in window.guide.guide_text().splitlines() if line.strip()]


def test_a_located_injury_names_the_place_above_the_steps(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window = _window(qtbot, make_services, catalog, LEFT_KNEE)
    window.select_region("front-knee-left")
    window.guide.show_technique("leg-effleurage-self")
    lines = _card_lines(window)
    ruled_out = next(i for i, line in enumerate(lines) if line.startswith("⊘"))
    assert lines[ruled_out].startswith(f"⊘ {LOCATED} Swelling, redness")
    assert "Not for you right now" not in window.guide.guide_text()
    # Read before the pressure, the description and the numbered steps; only the name and
    # its phase and time come before it.
    assert ruled_out == 2
    assert any(line.startswith("Pressure:") for line in lines[ruled_out:])
    card = window.guide.column.detail
    ruled_out_box = card.ruled_out.geometry()
    assert card.ruled_out.isVisible()
    assert ruled_out_box.bottom() < card.steps.geometry().top()
    assert ruled_out_box.bottom() < card.pressure.geometry().top()
    # The other warnings stay, under the steps.
    assert card.warnings.isVisible()
    assert ruled_out_box.bottom() < card.warnings.geometry().top()
    banner = stop_banner(window.guide)
    assert banner.isVisible()
    assert "Stop at once on sharp pain, numbness or tingling." in banner.text()


def test_the_whole_body_ruled_out_keeps_the_general_words(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    window = _window(qtbot, make_services, catalog, HealthProfile(conditions=("dvt",)))
    window.select_region("front-knee-left")
    window.guide.show_technique("leg-effleurage-self")
    text = window.guide.guide_text()
    assert "Not for you right now (your health profile):" in text
    assert "Not on your" not in text
    assert window.guide.column.detail.ruled_out.isVisible()


def test_the_right_knee_is_not_ruled_out_by_the_left_one(
    qtbot: QtBot, make_services: MakeServices, catalog: Catalog
) -> None:
    # Kneecap work lists both kneecaps and is done on one: started from the right knee it
    # was held ("Ruled out by your health profile: Left knee") for the injured left one.
    window = _window(qtbot, make_services, catalog, LEFT_KNEE)
    window.select_region("front-knee-right")
    for technique in ("patellar-mobilisation", "peripatellar-friction"):
        window.guide.show_technique(technique)
        assert not window.guide.column.detail.ruled_out.isVisible()
        assert "⊘" not in window.guide.guide_text()
        assert window.guide.start_reason() == ""
        assert start_button(window.guide).isEnabled()
        answers = Started()
        window.flow.questions = answers
        assert not window.flow.start_technique(technique, "front-knee-right")
        assert answers.plan is not None, "the player starts it too"
        assert {r for e in answers.plan.runnable for r in e.region_ids} == {
            "front-kneecap-right",
            "front-knee-right",
        }
    # On the injured knee itself it stays held, the place named.
    window.select_region("front-knee-left")
    window.guide.show_technique("patellar-mobilisation")
    assert window.guide.guide_text().count(f"⊘ {LOCATED}") == 1
    assert not start_button(window.guide).isEnabled()


def test_both_temples_at_once_stay_held_for_one_injured_temple(catalog: Catalog) -> None:
    # The temple rub works both temples together: it is not narrowed to the chosen one.
    screening = Screening(
        catalog,
        HealthProfile(
            conditions=("acute-injury",), regions={"acute-injury": ("front-temple-left",)}
        ),
    )
    plan = screening.screen_plan(
        build_plan(catalog, catalog.techniques["temple-rub"], focus="front-temple-right")
    )
    assert not plan.runnable


@pytest.mark.usefixtures("german")
def test_the_place_is_named_in_german(
    qtbot: QtBot, make_services: MakeServices, german_catalog: Catalog
) -> None:
    window = _window(qtbot, make_services, german_catalog, LEFT_KNEE)
    window.select_region("front-knee-left")
    window.guide.show_technique("leg-effleurage-self")
    assert "⊘ Linkes Knie auslassen: Frische Verletzung oder Entzündung." in (
        window.guide.guide_text()
    )


def test_an_injury_with_no_place_named_is_not_worded_as_one_place(catalog: Catalog) -> None:
    # Fail safe: "Where is it?" unanswered rules it out everywhere, so no place is named.
    anywhere = Screening(catalog, HealthProfile(conditions=("acute-injury",)))
    assert anywhere.technique_verdict("leg-effleurage-self", "front-knee-left").blocked
    assert anywhere.located_block("leg-effleurage-self", "front-knee-left") == ()
    here = Screening(catalog, LEFT_KNEE)
    assert here.located_block("leg-effleurage-self", "front-knee-left") == ("acute-injury",)
    assert here.located_block("leg-effleurage-self", "front-knee-right") == ()
