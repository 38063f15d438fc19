"""The guide's HTML escapes every piece of text, translated or from the content."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.ui.design.tokens import LIGHT
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.guide.html import STOP_RULE, technique_html
from massage_desktop.ui.guide.routine_page import routine_html
from massage_desktop.ui.guide.safety_page import safety_page_html

MARK = "<i>&"


class _MarkupTranslator(QTranslator):
    """A translation that puts markup and an ampersand in every string of the guide."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{MARK}{source}" if context == "Guide" else ""


@pytest.fixture
def markup_translation(qapp: QApplication) -> Iterator[None]:
    translator = _MarkupTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _pages(catalog: Catalog) -> list[str]:
    colours = guide_colours(QApplication.palette())
    technique = next(
        t
        for t in catalog.techniques.values()
        if t.preparation and t.benefits and t.contraindications
    )
    region = next(r for r in catalog.regions if r.startswith(technique.regions[0]))
    routine = next(r for r in catalog.routines.values() if r.minutes)
    return [
        technique_html(catalog, technique, region, colours),
        routine_html(catalog, routine, colours),
        safety_page_html(catalog, LIGHT),  # the safety dialog's page
    ]


def test_translated_text_is_escaped(catalog: Catalog, markup_translation: None) -> None:
    for page in _pages(catalog):
        assert "&lt;i&gt;&amp;" in page, "the translation was used"
        assert "<i>&" not in page
        # Every & left in the markup starts an entity: nothing raw slipped through.
        assert not re.search(r"&(?!(amp|lt|gt|quot|#x27);)", page)


def test_every_warning_box_has_the_same_frame(catalog: Catalog) -> None:
    technique_page, _routine_page, _safety_page = _pages(catalog)
    for page in (technique_page,):  # the safety page has cards of its own (test_safety_page)
        boxes = re.findall(r"<table[^>]*>", page)
        assert boxes, "the page shows its warnings"
        assert set(boxes) == {
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin:4px 0;">'
        }


def test_the_safety_page_states_the_stop_rule_without_a_do_not_heading(
    catalog: Catalog, qapp: QApplication
) -> None:
    html = safety_page_html(catalog, LIGHT)
    first_box = html[: html.index(STOP_RULE) + len(STOP_RULE)]
    assert "Do not massage:" not in first_box


def test_own_advice_carries_a_source_tag_in_its_box(catalog: Catalog, qapp: QApplication) -> None:
    colours = guide_colours(qapp.palette())
    safety = safety_page_html(catalog, LIGHT)
    boxes = re.findall(r"<tr>.*?</tr>", safety)
    own = [c for c in catalog.contraindications.values() if "own-advice" in c.sources]
    assert len(own) >= 5
    for warning in own:
        box = next(b for b in boxes if escape(warning.title) in b)
        tag = box[box.index("Source:") :]
        assert "Massage Desktop&#x27;s advice" in tag, warning.id
        # The box opens with the warning, not with where it comes from.
        assert box.index(escape(warning.title)) < box.index("Source:"), warning.id
        region = next(iter(catalog.expand(warning.regions)), None)
        if region is not None:
            technique = catalog.techniques_for_region(region)[0]
            page = technique_html(catalog, technique, region, colours)
            assert "Massage Desktop&#x27;s advice" in page, (warning.id, region)
    # A guide's own warning carries no tag.
    dvt = next(b for b in boxes if escape(catalog.contraindications["dvt"].title) in b)
    assert "Source:" not in dvt
