"""The welcome's routine cards follow the health profile and the user's own routines.

The cards are worked out once and kept (their plans are slow to build), so these check that
what is kept never outlives what it shows.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.content import load_catalog
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.screening import Screening
from massage_desktop.resources import data_dir
from massage_desktop.ui.guide.lists import ID_ROLE
from massage_desktop.ui.guide.panel import GuidePanel


def _welcome(qtbot: QtBot, catalog: Catalog) -> GuidePanel:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    return panel


def _cards(panel: GuidePanel) -> dict[str, str]:
    routines = panel.column.routines
    return {
        str(routines.item(row).data(ID_ROLE)): routines.item(row).text()
        for row in range(routines.count())
    }


def test_cards_are_marked_while_the_profile_restricts_them_and_plain_again_after(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = _welcome(qtbot, catalog)
    plain = _cards(panel)
    panel.set_screening(Screening(catalog, HealthProfile(conditions=("dvt",))))
    marked = _cards(panel)
    assert marked.keys() == plain.keys()
    changed = [r for r in plain if marked[r] != plain[r]]
    assert changed, "a deep vein thrombosis rules out some routine, and its card says so"
    assert all(marked[r].startswith(plain[r]) for r in changed)  # the mark comes last
    panel.set_screening(Screening(catalog, HealthProfile()))
    assert _cards(panel) == plain


def test_an_edited_own_routine_shows_its_new_card_and_a_deleted_one_goes(qtbot: QtBot) -> None:
    catalog = load_catalog(data_dir())  # the user's routines are changed in place
    knee = catalog.routines["knee-care"]
    mine = knee.model_copy(update={"id": "my-knees", "name": "My knees"})
    catalog.set_own_routines([mine])
    panel = _welcome(qtbot, catalog)
    before = _cards(panel)["my-knees"]
    assert before.startswith("My knees")
    shorter = mine.model_copy(update={"name": "My knees, short", "items": knee.items[:1]})
    catalog.set_own_routines([shorter])
    panel.refresh()
    after = _cards(panel)["my-knees"]
    assert after.startswith("My knees, short")
    assert after != before.replace("My knees", "My knees, short", 1), "one step, shorter"
    catalog.set_own_routines([])
    panel.refresh()
    assert "my-knees" not in _cards(panel)
