"""A region lists the techniques and routines of the person the settings name first (walk 4).

With Settings ▸ Who massages: Myself, a calf listed (and showed) the partner's leg
effleurage first; the guides' order holds within each group.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from massage_desktop.domain.enums import Performer
from massage_desktop.services import Services
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.main_window import MainWindow


def _ids(view: QListWidget) -> list[str]:
    return [view.item(row).data(ID_ROLE) for row in range(view.count())]


def _performers(services: Services, ids: list[str], kind: str) -> list[Performer]:
    table = services.catalog.techniques if kind == "t" else services.catalog.routines
    return [table[i].performer for i in ids]


def _choose(window: MainWindow, who: str) -> None:
    prefs = window.preferences
    assert prefs is not None
    prefs.apply(prefs.settings.model_copy(update={"default_performer": who}))


def test_myself_lists_my_techniques_first(window: MainWindow, services: Services) -> None:
    _choose(window, "self")
    window.select_region("back-calf-left")
    column = window.guide.column
    techniques = _ids(column.techniques)
    assert techniques[0] != "leg-effleurage-partner"
    assert services.catalog.techniques[techniques[0]].performer is not Performer.PARTNER
    # The one shown at first is the first listed: mine.
    assert window.guide.technique() == techniques[0]
    performers = _performers(services, techniques, "t")
    partner_from = performers.index(Performer.PARTNER)
    assert all(p is Performer.PARTNER for p in performers[partner_from:])
    routines = _performers(services, _ids(column.routines), "r")
    assert routines[-1] is Performer.PARTNER
    assert Performer.PARTNER not in routines[: routines.index(Performer.PARTNER)]


def test_a_partner_lists_partner_techniques_first(window: MainWindow, services: Services) -> None:
    window.select_region("back-heel-left")
    _choose(window, "partner")  # applied to the region already shown
    column = window.guide.column
    assert _ids(column.techniques)[0] == "leg-effleurage-partner"
    _choose(window, "self")
    assert _ids(column.techniques)[0] == "foot-rub-toe-stretch"
    assert _ids(column.routines) == ["self-massage-tour", "partner-leg"]
