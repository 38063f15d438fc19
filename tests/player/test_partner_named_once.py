"""A partner's places are theirs once per list, not "your partner's" before each (walk 16).

The stop advice read "your partner's Left calf, your partner's Right calf, …". English says
it before the list, German after it ("… Ihres Partners").
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.player.side_note import whose_names

CALVES = ["back-calf-left", "back-calf-right"]


def test_a_partners_places_are_named_theirs_once(catalog: Catalog) -> None:
    assert ", ".join(whose_names(catalog, CALVES, "partner")) == (
        "your partner's Left calf, Right calf"
    )
    assert whose_names(catalog, CALVES[:1], "partner") == ["your partner's Left calf"]
    assert whose_names(catalog, CALVES, "self") == ["Left calf", "Right calf"]
    assert whose_names(catalog, [], "partner") == []


def test_german_says_it_once_after_the_list(german_catalog: Catalog, german: None) -> None:
    left, right = (german_catalog.regions[r].name for r in CALVES)
    assert ", ".join(whose_names(german_catalog, CALVES, "partner")) == (
        f"{left}, {right} Ihres Partners"
    )
