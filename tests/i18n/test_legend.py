"""The words drawn on the body map follow the user's language."""

from __future__ import annotations

import pytest

from massage_desktop.resources import resource_path
from massage_desktop.ui.bodymap.palette import translate_legend


def test_english_legend_is_unchanged() -> None:
    svg = resource_path("body_map.svg").read_bytes()
    assert translate_legend(svg) == svg


@pytest.mark.usefixtures("german")
def test_german_legend() -> None:
    svg = translate_legend(resource_path("body_map.svg").read_bytes())
    assert b">VORNE</text>" in svg
    assert b">HINTEN</text>" in svg
    assert b">FRONT</text>" not in svg
