"""A step's how-to in pages: whole sentences, each page as full as the room allows."""

from __future__ import annotations

import itertools

from massage_desktop.engine.howto import page_at, pages_of, sentences

TEXT = "Use the flats of your hands. Sweep down over the knee, then back up. Mix in circles."


def test_a_long_how_to_is_paged_by_whole_sentences() -> None:
    assert sentences(TEXT) == [
        "Use the flats of your hands.",
        "Sweep down over the knee, then back up.",
        "Mix in circles.",
    ]
    # Sentences share a page while they fit.
    assert pages_of(TEXT, lambda page: len(page) <= 70) == [
        "Use the flats of your hands. Sweep down over the knee, then back up.",
        "Mix in circles.",
    ]
    assert pages_of(TEXT, lambda page: True) == [TEXT]


def test_a_sentence_is_never_broken_across_pages() -> None:
    """The walk found "…nach unten:" ending a page and the sentence going on on the next."""
    pages = pages_of(TEXT, lambda page: len(page) <= 30)
    assert pages == [
        "Use the flats of your hands.",
        "Sweep down over the knee, then back up.",  # too long alone: a page of its own
        "Mix in circles.",
    ]
    assert all(page.endswith(".") for page in pages)


def test_no_page_is_half_empty_while_the_next_would_have_fitted() -> None:
    text = "One two. Three four. Five six. Seven eight nine ten eleven twelve."
    pages = pages_of(text, lambda page: len(page) <= 30)
    assert pages == ["One two. Three four. Five six.", "Seven eight nine ten eleven twelve."]
    for page, after in itertools.pairwise(pages):
        assert len(f"{page} {sentences(after)[0]}") > 30


def test_pages_turn_slowly_enough_to_read_and_start_again() -> None:
    pages = ["Short.", " ".join(["word"] * 20)]
    # At least 8 s a page; 0.6 s a word on a long one; after the last, the first again.
    assert [page_at(pages, t) for t in (0, 7.9, 8.0, 19.9, 20.0)] == [0, 0, 1, 1, 0]
    assert page_at(["Only one."], 1000) == 0
