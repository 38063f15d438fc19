"""Plain names in what the user reads; the technical terms stay for the search (walk 8, 9).

The routine page listed "Kneecap gliding (patellar mobilisation)", the chosen card began
"effleurage · Warm-up", and the varicose-veins note said "(flushing)".
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import technique_html
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.guide.routine_page import routine_html

JARGON = ("effleurage", "petrissage", "patellar", "flushing", "peripatellar")


def test_a_routine_page_lists_plain_names(qapp: QApplication, catalog: Catalog) -> None:
    page = routine_html(catalog, catalog.routines["knee-care"], guide_colours(qapp.palette()))
    assert "Kneecap gliding" in page
    for word in JARGON:
        assert word not in page.casefold(), word


def test_the_chosen_card_starts_with_what_the_move_is_not_its_term(
    qapp: QApplication, catalog: Catalog
) -> None:
    panel = GuidePanel(catalog)
    panel.show_region("front-knee-right")
    panel.show_technique("knee-warm-up-effleurage")
    card = panel.column.detail
    assert card.name.text() == "Knee warm-up strokes"
    assert "effleurage" not in card.meta.text()
    # Named once, at the end of its full guide, for finding it in other guides.
    guide = panel.column.browser.toPlainText()
    assert guide.count("effleurage") == 1
    assert "Massage guides call it: effleurage" in guide
    panel.deleteLater()


def test_the_varicose_veins_note_says_which_moves_without_the_term(catalog: Catalog) -> None:
    veins = catalog.contraindications["varicose-veins"]
    assert "thumb strokes up the calf" in veins.text
    assert "flushing" not in veins.text.casefold()


def test_the_guide_of_a_technique_without_a_term_names_none(
    qapp: QApplication, catalog: Catalog
) -> None:
    technique = next(t for t in catalog.techniques.values() if not t.term)
    page = technique_html(catalog, technique, None, guide_colours(qapp.palette()))
    assert "call it" not in page
