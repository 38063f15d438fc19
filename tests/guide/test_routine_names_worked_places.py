"""A routine's page names only the places its steps will work, as the note beside Start does.

Found by fresh users: with the health profile ruling the left knee out, Knee care chosen on
the left kneecap was headed "Routine · includes Left kneecap" over "Runs on the right side
only: your health profile rules out Left knee", as if the place ruled out were worked.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.ui.guide.header import GuideHeader
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


def _under_heading(window: MainWindow) -> str:
    header = window.guide.findChild(GuideHeader)
    assert header is not None
    return header.subtitle.text()


def test_knee_care_on_the_ruled_out_kneecap_names_the_kneecap_it_works(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    window = _window(qtbot, make_services, LEFT_KNEE)
    window.select_region("front-kneecap-left")
    window.guide.show_routine("knee-care")
    assert window.guide.start_note().startswith("Runs on the right side only:")
    assert _under_heading(window) == "Routine · includes Right kneecap (Left kneecap is left out)"
    # On the side it works, the page names the place chosen, as before.
    window.select_region("front-kneecap-right")
    window.guide.show_routine("knee-care")
    assert _under_heading(window) == "Routine · includes Right kneecap"


def test_a_resting_knee_is_said_left_out_too(qtbot: QtBot, make_services: MakeServices) -> None:
    window = _window(qtbot, make_services, HealthProfile())
    resting = ["front-knee-right", "front-kneecap-right", "front-thigh-right", "front-shin-right"]
    window.flow.pain_rest.note(resting)
    window.guide.set_resting(resting)
    window.select_region("front-knee-right")
    window.guide.show_routine("knee-care")
    assert window.guide.start_note().startswith("Runs on the left side only:")
    assert _under_heading(window) == "Routine · includes Left knee (Right knee is left out)"


def test_a_place_left_out_of_a_routine_that_still_runs_is_said_so(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    # The partner leg massage runs without its steps over the left back of the knee, and
    # works the right one; the self-massage tour runs without the stomach, which has no
    # other side.
    profile = HealthProfile(
        conditions=("acute-injury",),
        regions={"acute-injury": ("back-knee-left", "front-abdomen")},
    )
    window = _window(qtbot, make_services, profile)
    window.select_region("back-knee-left")
    window.guide.show_routine("partner-leg")
    assert window.guide.start_note()
    assert _under_heading(window) == (
        "Routine · includes Right back of the knee (Left back of the knee is left out)"
    )
    window.select_region("front-abdomen")
    window.guide.show_routine("self-massage-tour")
    assert window.guide.start_note()
    assert _under_heading(window) == "Routine · Stomach is left out"


def test_in_german(
    qtbot: QtBot, make_services: MakeServices, german_catalog: Catalog, german: None
) -> None:
    services = make_services(catalog=german_catalog)
    window = MainWindow(services)
    qtbot.addWidget(window)
    services.health.save(LEFT_KNEE)
    window.apply_health_profile()
    window.select_region("front-kneecap-left")
    window.guide.show_routine("knee-care")
    assert (
        _under_heading(window)
        == "Routine · umfasst: Rechte Kniescheibe (Linke Kniescheibe entfällt)"
    )
