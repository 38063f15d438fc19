"""The get-ready setting says what it does: a floor the player lengthens for long instructions.

The walk set "Get-ready time 5 s" and saw 7-12 s counted down before Knee care's steps: the
player gives each instruction the time it takes to read (engine.phases.Timing). The setting is
labelled as the shortest time, with a note saying how much longer it can get.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.storage.settings import Settings
from massage_desktop.ui.settings_dialog import SettingsDialog


def test_the_dialog_calls_it_the_shortest_time_and_says_how_long_it_can_get(
    qtbot: QtBot,
) -> None:
    dialog = SettingsDialog(Settings(get_ready_s=5))
    qtbot.addWidget(dialog)
    field = dialog.fields["get_ready_s"].widget
    buddy = next(w for w in dialog.findChildren(QLabel) if w.buddy() is field)
    assert "Shortest" in buddy.text()
    assert field.accessibleName() == "Shortest get-ready time in seconds"
    dialog.show()
    label = dialog.get_ready_note
    assert label.height() >= label.heightForWidth(label.width()), "the whole note shows"
    note = label.text()
    assert "at least this long" in note
    assert f"up to {round(Timing().get_ready_max_s)} s" in note
    assert f"same spot follows after {round(Timing().next_part_s)} s" in note


def test_knee_care_counts_down_between_the_setting_and_the_noted_longest(
    catalog: Catalog,
) -> None:
    # What the note promises, on the routine the walk timed.
    timing = Timing(get_ready_s=5)
    plan = build_plan(catalog, catalog.routines["knee-care"])
    before = {e.index: plan.entries[e.index - 1] if e.index else None for e in plan.entries}
    lead_ins = [
        timing.lead_in_for(e, previous)
        for e in plan.entries
        if not e.switches and not ((previous := before[e.index]) and e.continues(previous))
    ]
    assert min(lead_ins) >= 5
    # The next part on the same spot: the short wait the note gives (walk 6, finding 14).
    parts = [
        timing.lead_in_for(e, previous)
        for e in plan.entries
        if (previous := before[e.index]) is not None and e.continues(previous)
    ]
    assert parts
    assert set(parts) == {Timing().next_part_s}
    assert max(lead_ins) <= Timing().get_ready_max_s
    assert max(lead_ins) > 5, "long instructions get their reading time, as the note says"
