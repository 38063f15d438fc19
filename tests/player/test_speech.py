"""What the voice says: whole sentences in the user's language, never a mix."""

from __future__ import annotations

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import Outcome
from massage_desktop.engine.cues import Cue, CueKind
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.player.speech import spoken_text


def cue(catalog: Catalog, kind: CueKind, technique: str, index: int = 0) -> Cue:
    entry = build_plan(catalog, catalog.techniques[technique]).entries[index]
    return Cue(kind, entry, "", 0.0)


def test_english_sentences(catalog: Catalog) -> None:
    ready = cue(catalog, CueKind.GET_READY, "ankle-thumbing")
    assert ready.entry is not None
    # The technique and side come first at a step's start ("next: …" came before its end).
    assert spoken_text(ready, Outcome.IN_PROGRESS).startswith("Right side. Ankle thumbing. ")
    assert ready.entry.instruction in spoken_text(ready, Outcome.IN_PROGRESS)
    assert spoken_text(
        cue(catalog, CueKind.STEP_STARTED, "ankle-thumbing"), Outcome.IN_PROGRESS
    ) == ("Begin: 30 seconds.")
    assert spoken_text(cue(catalog, CueKind.STEP_STARTED, "flushing"), Outcome.IN_PROGRESS) == (
        "Begin: 5 times, then press Done."
    )
    finished = Cue(CueKind.FINISHED, None, "", 0.0)
    assert spoken_text(finished, Outcome.STOPPED_FOR_PAIN).startswith("Session stopped.")


@pytest.mark.usefixtures("german")
def test_german_sentences_with_german_content(german_catalog: Catalog) -> None:
    ready = cue(german_catalog, CueKind.GET_READY, "ankle-thumbing")
    assert ready.entry is not None
    text = spoken_text(ready, Outcome.IN_PROGRESS)
    assert text.startswith(f"Rechte Seite. {ready.entry.technique_name}. ")
    assert "right" not in text.casefold()
    assert ready.entry.instruction in text
    started = spoken_text(
        cue(german_catalog, CueKind.STEP_STARTED, "ankle-thumbing"), Outcome.IN_PROGRESS
    )
    assert started == "Los: 30 Sekunden."
    done = spoken_text(Cue(CueKind.FINISHED, None, "", 0.0), Outcome.COMPLETED)
    assert done == "Sitzung beendet. Gut gemacht."


def test_counted_steps_are_counted_aloud_and_timed_beats_only_click(catalog: Catalog) -> None:
    counted = cue(catalog, CueKind.TEMPO_BEAT, "flushing")
    assert counted.entry is not None
    beat = Cue(CueKind.TEMPO_BEAT, counted.entry, "", 0.0, beat=3)
    assert spoken_text(beat, Outcome.IN_PROGRESS) == "3"
    timed = cue(catalog, CueKind.TEMPO_BEAT, "pummelling")
    assert timed.entry is not None
    assert (
        spoken_text(Cue(CueKind.TEMPO_BEAT, timed.entry, "", 0.0, beat=3), Outcome.IN_PROGRESS)
        == ""
    )
