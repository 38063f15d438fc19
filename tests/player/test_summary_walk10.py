"""The summary after a tour ended early: the stop rule, and the rated places first (walk 10)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.summary import SessionSummary
from massage_desktop.ui.player.dialogs import SummaryDialog

# The tour's order, as the Start dialog asked; only the back and the feet were massaged.
_TOUR_RATINGS: dict[str, tuple[int | None, int | None]] = {
    "back": (5, 3),
    "foot": (3, 2),
    "stomach": (2, None),
    "leg": (4, None),
    "arm": (3, None),
}


def _ended_early(outcome: Outcome = Outcome.STOPPED_EARLY) -> SessionSummary:
    return SessionSummary(outcome, 83, 83, 0, 0, 1, 3, 0, ratings=dict(_TOUR_RATINGS))


def test_every_summary_shows_the_stop_rule(qtbot: QtBot, catalog: Catalog) -> None:
    for outcome in (Outcome.COMPLETED, Outcome.STOPPED_EARLY, Outcome.STOPPED_FOR_PAIN):
        dialog = SummaryDialog(catalog, _ended_early(outcome))
        qtbot.addWidget(dialog)
        assert "Stop at once on sharp pain, numbness or tingling." in dialog.text()
    nothing = SessionSummary(Outcome.STOPPED_EARLY, 4, 0, 4, 0, 0, 0, 0)
    dialog = SummaryDialog(catalog, nothing)
    qtbot.addWidget(dialog)
    assert "Stop at once on sharp pain, numbness or tingling." in dialog.text()


def test_the_stop_rule_comes_before_the_ratings(qtbot: QtBot, catalog: Catalog) -> None:
    text = SummaryDialog(catalog, _ended_early()).text()
    assert text.index("Stop at once") < text.index("Tension or pain, before → after")


def test_places_never_rated_after_are_not_listed_as_not_rated(
    qtbot: QtBot, catalog: Catalog
) -> None:
    dialog = SummaryDialog(catalog, _ended_early())
    qtbot.addWidget(dialog)
    lines = dialog.text().splitlines()
    ratings = lines[lines.index("Tension or pain, before → after") + 1 :]
    assert ratings[:2] == ["Back: 5 → 3", "Feet and ankles: 3 → 2"]
    assert ratings[2] == "Rated before only: Stomach 2 · Legs 4 · Arms 3"
    assert "not rated" not in dialog.text()


def test_german_summary_has_the_stop_rule_and_before_only_line(
    qtbot: QtBot, german_catalog: Catalog, german: None
) -> None:
    dialog = SummaryDialog(german_catalog, _ended_early())
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Bei stechenden Schmerzen, Taubheit oder Kribbeln sofort aufhören." in text
    assert "Nur vorher bewertet: Bauch 2 · Beine 4 · Arme 3" in text
    assert "nicht bewertet" not in text
