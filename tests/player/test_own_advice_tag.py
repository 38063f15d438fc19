"""Advice that is the app's own says so wherever its text is shown, not only on the guide.

Its text no longer opens with "Massage Desktop's own advice"; the source tag carries that, so
the player's full warnings ("More…") and the first-run screens must show the tag too.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.guide.colours import guide_colours
from massage_desktop.ui.player.step_warnings import step_warnings_html
from massage_desktop.ui.safety.first_run import warning_items

TAG = "Massage Desktop&#x27;s advice"  # escaped in the HTML


def test_a_step_shows_where_the_apps_own_advice_comes_from(qtbot: QtBot, catalog: Catalog) -> None:
    plan = build_plan(catalog, catalog.techniques["kneading-stomach"])
    colours = guide_colours(QPalette())
    own = [
        (entry, w)
        for entry in plan.entries
        for w in entry.warnings
        if w.contraindication_id
        and "own-advice" in catalog.contraindications[w.contraindication_id].sources
    ]
    assert own, "kneading the stomach carries the app's own advice (after a meal, ask first)"
    for entry, warning in own:
        html = step_warnings_html(catalog, colours, entry)
        at = html.find(warning.text[:40].replace("'", "&#x27;"))
        shown = at >= 0
        # A condition that rules massage out is listed by name only; full boxes carry the tag.
        assert not shown or TAG in html[at:], warning.contraindication_id
    assert any(TAG in step_warnings_html(catalog, colours, entry) for entry, _ in own)


def test_the_first_run_names_the_apps_own_advice(catalog: Catalog) -> None:
    own = [c for c in catalog.contraindications.values() if "own-advice" in c.sources]
    guides = [c for c in catalog.contraindications.values() if "own-advice" not in c.sources]
    items = warning_items(catalog, [*own, *guides[:2]], "#666666")
    assert all("Massage Desktop" in item for item in items[: len(own)])
    assert not any("Massage Desktop" in item for item in items[len(own) :])


def test_more_lists_conditions_in_one_calm_box_under_one_heading(
    qtbot: QtBot, catalog: Catalog
) -> None:
    """The player's "More…": a condition is headed as on the guide, never "Do not massage:"."""
    plan = build_plan(catalog, catalog.techniques["kneading-thighs-calves"])
    colours = guide_colours(QPalette())
    joints = catalog.contraindications["inflamed-joints"]
    dvt = catalog.contraindications["dvt"]
    for entry in plan.entries:
        html = step_warnings_html(catalog, colours, entry)
        assert "Do not massage:" not in html
        assert html.count("Why? See Safety") == 1, "one box of conditions"
        # Painful joints is a condition the profile asks about: a line of that box, with its
        # advice, not a box of its own in orange.
        assert f"{joints.title} – {joints.advice}" in html.replace("&#x27;", "'")
        assert f"{dvt.title} – {dvt.advice}" in html
        assert colours.severity_fill[joints.severity] not in html
