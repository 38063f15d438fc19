"""A partner routine opens in the giver's view: the side of the figure the giver works on."""

from __future__ import annotations

from tests.routines.conftest import make_routine

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.engine.giver import giver_view
from massage_desktop.ui.main_window import MainWindow


def test_partner_routines_turn_the_map(window: MainWindow) -> None:
    window.select_region("front-knee-left")
    window.guide.show_routine("partner-leg")  # the receiver lies face down
    assert window.map_pane.map.view() is View.BACK
    window.guide.show_routine("partner-knee-thigh")
    assert window.map_pane.map.view() is View.FRONT
    window.set_view("back")
    window.guide.show_routine("knee-care")  # on oneself: the view stays as chosen
    assert window.map_pane.map.view() is View.BACK


def test_own_partner_routine_has_a_giver_view(own_catalog: Catalog) -> None:
    mine = make_routine().model_copy(update={"performer": "partner"})
    assert giver_view(own_catalog, mine) is View.FRONT
    assert giver_view(own_catalog, make_routine()) is None
