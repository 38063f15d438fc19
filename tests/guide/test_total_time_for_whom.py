"""A routine page's total time names the person the routine massages.

Found by fresh users: "Total time for you" stood on routines where you massage someone else.
A partner's routine that runs without some steps now says "for your partner", as does a
routine for either person when the settings say you massage a partner.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.gate import StartGate
from massage_desktop.ui.guide.routine_page import routine_html

VEINS = HealthProfile(conditions=("varicose-veins",))


def _page(catalog: Catalog, routine_id: str, performer: Performer = Performer.SELF) -> str:
    gate = StartGate(catalog)
    gate.screening = Screening(catalog, VEINS)
    gate.performer = performer
    outlook = gate.routine(routine_id, None)
    assert outlook.partial, "the veins leave some steps out: the page says for whom it runs"
    colours = guide_colours(QApplication.palette())
    return routine_html(catalog, catalog.routines[routine_id], colours, outlook)


def test_a_partners_routine_gives_the_partners_time(qapp: QApplication, catalog: Catalog) -> None:
    page = _page(catalog, "partner-leg")
    assert "Total time for your partner: about " in page
    assert "for you:" not in page


def test_a_routine_for_either_gives_the_time_of_whom_it_massages(
    qapp: QApplication, catalog: Catalog
) -> None:
    either = catalog.routines["partner-leg"].model_copy(
        update={"id": "legs-for-either", "performer": Performer.BOTH}
    )
    catalog.set_own_routines([either])
    try:
        assert "Total time for your partner: about " in _page(catalog, either.id, Performer.PARTNER)
        assert "Total time for you: about " in _page(catalog, either.id, Performer.SELF)
    finally:
        catalog.set_own_routines([])


def test_in_german_the_partner_is_named(
    qapp: QApplication, german_catalog: Catalog, german: None
) -> None:
    page = _page(german_catalog, "partner-leg")
    assert "Gesamtdauer für Ihren Partner: etwa " in page
    assert "für Sie" not in page


def test_a_routine_on_yourself_gives_your_time(qapp: QApplication, catalog: Catalog) -> None:
    assert "Total time for you: about " in _page(catalog, "thighs-calves-kneading")
