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
from massage_desktop.ui.guide.panel import GuidePanel

AVOID = "Avoid this area or technique"
WHERE = "Where not to press: Press beside the spine, never on it"
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
