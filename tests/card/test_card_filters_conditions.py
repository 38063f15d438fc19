"""The printed card lists the person's conditions as the screen does (walk 6, finding 24).

Printed with a health profile, page 2 of "My thighs" held whole boxes for conditions the
person did not have ("Avoid this area or technique if you have: Painful, hot or inflamed
joints…"), and every kneading step said so again.
"""

from __future__ import annotations

from pathlib import Path

from tests.card.conftest import pdf_pages

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.engine.card import routine_card
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import write_pdf

INJURED_LEFT_CALF = HealthProfile(
    conditions=("acute-injury",), regions={"acute-injury": ("back-calf-left",)}
)


def _text(
    catalog: Catalog, figure: CardFigure, tmp_path: Path, profile: HealthProfile | None
) -> str:
    screening = Screening(catalog, profile) if profile is not None else None
    card = routine_card(catalog, catalog.routines["partner-knee-thigh"], screening)
    target = tmp_path / "card.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    return " ".join(words for _, _, words in pdf_pages(target))


def test_conditions_the_person_did_not_tick_are_named_once_not_boxed(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    knee = catalog.contraindications["mild-chronic-knee-pain"]
    text = _text(catalog, figure, tmp_path, INJURED_LEFT_CALF)
    assert f"Ask a professional first if you have: {knee.title}" not in text
    assert f"Not ticked in your health profile: {knee.title}." in text
    # The injury at the left calf is not on the knees and thighs: said calmly, where it is.
    injury = catalog.contraindications["acute-injury"]
    assert f"In your health profile, not here: {injury.title} (Left calf)." in text
    assert injury.title not in text.split("In your health profile, not here:")[0]
    # A blood clot can go unnoticed: still named as the screen names it.
    assert "Do not massage if you have: Deep vein thrombosis (DVT)." in text


def test_a_kneading_step_does_not_say_avoid_it_to_someone_without_sore_joints(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    joints = catalog.contraindications["inflamed-joints"].title
    card = routine_card(
        catalog, catalog.routines["arms-kneading"], Screening(catalog, INJURED_LEFT_CALF)
    )
    target = tmp_path / "arms.pdf"
    write_pdf(target, catalog, card, figure, Paper.A4)
    text = " ".join(words for _, _, words in pdf_pages(target))
    assert f"if you have: {joints}" not in text
    assert f"Not ticked in your health profile: {joints}." in text


def test_without_a_profile_the_card_lists_every_condition(
    catalog: Catalog, figure: CardFigure, tmp_path: Path
) -> None:
    knee = catalog.contraindications["mild-chronic-knee-pain"]
    text = _text(catalog, figure, tmp_path, None)
    assert f"Ask a professional first if you have: {knee.title}" in text
    assert "Fresh injury or inflammation" in text
    assert "Not ticked" not in text
    assert "not here" not in text
