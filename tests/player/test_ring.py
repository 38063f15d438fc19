"""The countdown ring lays its texts out inside its circle and says when they do not fit."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from massage_desktop.ui.player.ring import CountdownRing


def _ring(qtbot: QtBot, side: int) -> CountdownRing:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.setMinimumSize(0, 0)
    ring.resize(side, side)
    return ring


def test_a_long_caption_wraps_inside_the_circle(qtbot: QtBot) -> None:
    ring = _ring(qtbot, 140)
    ring.set_state(1.0, "4×", "press Done when finished")
    lines = ring.lines()
    assert lines[0].text == "4×"
    assert len(lines) > 2, "the caption is wrapped"
    assert " ".join(line.text for line in lines[1:]) == "press Done when finished"
    assert ring.clipped_texts() == []


def test_the_caption_is_whole_at_every_size_the_panel_uses(qtbot: QtBot) -> None:
    ring = _ring(qtbot, 120)
    for caption in ("press Done when finished", "danach „Fertig“ drücken", "Paused"):
        for side in (120, 160, 220, 400):
            ring.resize(side, side)
            ring.set_state(1.0, "12×", caption)
            assert ring.clipped_texts() == [], (caption, side)
            shown = " ".join(line.text for line in ring.lines()[1:])
            assert shown == caption


def test_a_ring_too_small_reports_what_is_cut(qtbot: QtBot) -> None:
    ring = _ring(qtbot, 50)
    ring.set_state(1.0, "4×", "press Done when finished")
    assert ring.clipped_texts() != []


def test_pausing_changes_the_colour(qtbot: QtBot) -> None:
    ring = _ring(qtbot, 160)
    running = ring.arc_colour()
    ring.set_paused(True)
    assert ring.paused()
    assert ring.arc_colour() != running


def test_a_word_in_the_ring_shrinks_to_fit_with_its_caption(qtbot: QtBot) -> None:
    # A single counted stroke says "einmal" where "1/1" stood: wider than the digits the
    # time's floor was set for, it ran past a small ring at extra-large German text and cut
    # "danach „Fertig“ drücken" on both sides (walk 11).
    ring = _ring(qtbot, 120)
    ring.set_text_scale(1.5)
    for side in (150, 170, 200):
        ring.resize(side, side)
        ring.set_state(0.0, "einmal", "danach „Fertig“ drücken")
        assert ring.clipped_texts() == [], side
        assert " ".join(line.text for line in ring.lines()[1:]) == "danach „Fertig“ drücken"
