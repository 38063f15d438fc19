"""A place's warning on the technique being shown says where not to press (walk 6, finding 13).

Lower back ▸ Lower-back dimple pressure: the guide's box, the player's strip and room mode said
"⚠ Avoid this area or technique: Beside the spine, never on it", which reads as "avoid this
technique" on the screen where it is being done; and the box's text opened with where each
source's advice comes from ("The self-massage guide works… Massage Desktop adds its own
advice:"), which the box's source line says. The fact itself stays everywhere.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.warning_boxes import is_condition

AVOID = "Avoid this area or technique"
WHERE = "Where not to press: Never on the spine itself; press beside it"
FACT = "Never press, knead or roll on the bones of the spine itself."


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_guide_says_where_not_to_press_and_names_the_source_apart(
    qtbot: QtBot, catalog: Catalog
) -> None:
    panel = GuidePanel(catalog)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show_region("back-lower-back")
    panel.show_technique("lower-back-dimples")
    card = _words(panel.column.detail.plain_text())
    assert f"⚠ {WHERE}." in card
    assert FACT in card
    assert "Source: A self-massage tour, Massage Desktop's advice" in card
    assert "adds its own advice" not in card
    assert f"⚠ {AVOID}:" not in card


def test_each_where_not_to_press_line_opens_with_where_not(
    catalog: Catalog, german_catalog: Catalog
) -> None:
    # A new user's reading: "Where not to press: Press beside the spine, never on it" (German
    # "Wo Sie nicht drücken: Neben der Wirbelsäule drücken, nie darauf") said where to press.
    for shown, openers in (
        (catalog, ("Never ", "Do not ")),
        (german_catalog, ("Nie ", "Niemals ", "Nicht ")),
    ):
        places = [
            c
            for c in shown.contraindications.values()
            if c.severity is Severity.AVOID and not is_condition(shown, c)
        ]
        assert places
        for place in places:
            assert place.title.startswith(openers), place.title
    spine = german_catalog.contraindications["beside-the-spine"]
    assert spine.title == "Nie auf die Wirbelsäule selbst; daneben drücken"
