"""Why Start is held is said beside it, and a profile that rules out everything says so."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from tests.conftest import MakeServices
from tests.guide_parts import start_button

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.main_window import MainWindow

REST = "Rest today: Left knee. You stopped there because it hurt."
HERE = (
    "Resting today: you stopped a session here because it hurt. Massage it again tomorrow at "
    "the earliest."
)
DVT = HealthProfile(conditions=("dvt",))


def _panel(qtbot: QtBot, catalog: Catalog) -> GuidePanel:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.set_player_available(True)
    return panel


def _first_technique(catalog: Catalog, region: str) -> str:
    return catalog.techniques_for_region(region)[0].id


def test_a_rested_area_says_so_beside_a_disabled_start(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    panel.show_region("front-knee-left")
    panel.show_technique(_first_technique(catalog, "front-knee-left"))
    assert start_button(panel).isEnabled()
    assert panel.start_reason() == ""
    panel.set_resting(["front-knee-left"])
    assert panel.region() == "front-knee-left", "the guide stays where it was"
    assert not start_button(panel).isEnabled()
    assert panel.start_reason() == HERE
    assert HERE in start_button(panel).accessibleDescription()
    # Another area may start; strokes over the rested knee leave it out, not the other leg.
    panel.show_region("front-thigh-left")
    panel.show_technique("quadriceps-kneading")
    assert start_button(panel).isEnabled()
    panel.show_technique("leg-effleurage-self")  # foot to hip, over the knee, each leg
    assert start_button(panel).isEnabled()
    assert panel.start_reason() == ""
    over = "Runs on the right side only: Left knee is resting today because it hurt."
    assert panel.start_note() == over
    # Knee care is for one knee: as the player does, it moves to the right knee.
    panel.show_routine("knee-care")
    assert start_button(panel).isEnabled()
    # The next day (or after the rest ends) Start is back.
    panel.set_resting([])
    assert start_button(panel).isEnabled()
    assert panel.start_reason() == ""


def test_a_ruled_out_area_gives_the_profiles_reason(qtbot: QtBot, catalog: Catalog) -> None:
    panel = _panel(qtbot, catalog)
    panel.set_screening(Screening(catalog, DVT))
    panel.show_region("front-knee-left")
    panel.show_technique(_first_technique(catalog, "front-knee-left"))
    # DVT rules out every region: Start says so in the words of the banner above it, which
    # says to get medical care; why in full is in the button's tooltip.
    assert panel.start_reason() == "No massage for now: your health profile rules it out."
    assert "medical care" in panel.everywhere.text()
    assert "blood clot" in start_button(panel).toolTip()
    assert not start_button(panel).isEnabled()
    panel.set_player_available(True)  # the player arriving does not lift the hold
    assert not start_button(panel).isEnabled()


def test_a_profile_that_rules_out_every_region_says_get_care_now(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = _panel(qtbot, catalog)
    banner = panel.everywhere
    assert not banner.isVisibleTo(panel)
    panel.set_screening(Screening(catalog, DVT))
    assert banner.isVisibleTo(panel)
    dvt = catalog.contraindications["dvt"]
    assert dvt.advice is not None
    text = banner.text()
    assert dvt.title in text
    assert dvt.advice in text
    assert "medical care" in text
    assert panel.focus_order()[0] is banner.button, "the first Tab stop of the guide"
    with qtbot.waitSignal(panel.healthProfileRequested):
        banner.button.click()
    # A condition that rules out one place only leaves the banner away.
    knee = {"acute-injury": ("front-knee-left",)}
    injured = HealthProfile(conditions=("acute-injury",), regions=knee)
    panel.set_screening(Screening(catalog, injured))
    assert not banner.isVisibleTo(panel)
    panel.set_screening(None)
    assert not banner.isVisibleTo(panel)


def test_the_main_window_shows_the_banner_and_the_rest(
    qtbot: QtBot, make_services: MakeServices
) -> None:
    services = make_services()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    banner = window.guide.everywhere
    assert not banner.isVisible()
    services.health.save(DVT)
    window.apply_health_profile()
    assert banner.isVisible()
    top = banner.mapTo(window.guide, QPoint(0, 0)).y()
    assert 0 < top < window.guide.height() // 2, "at the top of the guide, in sight"
    services.health.save(HealthProfile())
    window.apply_health_profile()
    assert not banner.isVisible()
    window.select_region("front-knee-left")
    window.flow.pain_rest.note(["front-knee-left"])
    window.apply_health_profile()  # as after a session stopped for pain
    assert window.guide.start_reason() == HERE
