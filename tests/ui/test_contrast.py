"""Every text colour in both themes reads against its background (issue 17, bug 6).

Text needs 4.5:1, large text and control outlines 3:1 (WCAG 2). Checked over the theme's
palette, the severity tones and every rule of the application style sheet that sets both a
text colour and a background, or an outline on a control.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette

from massage_desktop.ui.design.stylesheet import stylesheet
from massage_desktop.ui.design.tokens import ThemeName, colours, contrast
from massage_desktop.ui.theme import build_palette

THEMES: list[ThemeName] = ["light", "dark"]
_R = QPalette.ColorRole
_TEXT_PAIRS = [
    (_R.WindowText, _R.Window),
    (_R.Text, _R.Base),
    (_R.ButtonText, _R.Button),
    (_R.PlaceholderText, _R.Base),
    (_R.PlaceholderText, _R.Window),
    (_R.HighlightedText, _R.Highlight),
    (_R.ToolTipText, _R.ToolTipBase),
    (_R.Link, _R.Base),
]
_HEX = r"#[0-9a-fA-F]{6}"


def test_the_ratio_is_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", THEMES)
def test_palette_text_reads_and_outlines_show(theme: ThemeName) -> None:
    palette = build_palette(theme)
    for text, paper in _TEXT_PAIRS:
        ratio = contrast(palette.color(text).name(), palette.color(paper).name())
        assert ratio >= 4.5, (theme, text.name, paper.name, round(ratio, 2))
    for edge in (_R.Mid, _R.Dark):
        for paper in (_R.Window, _R.Base):
            ratio = contrast(palette.color(edge).name(), palette.color(paper).name())
            assert ratio >= 3.0, (theme, edge.name, paper.name, round(ratio, 2))


@pytest.mark.parametrize("theme", THEMES)
def test_tokens_text_and_severity_tones_read(theme: ThemeName) -> None:
    c = colours(theme)
    for paper in (c.background, c.surface, c.raised):
        assert contrast(c.text, paper) >= 4.5
        assert contrast(c.muted, paper) >= 4.5, (theme, paper)
        assert contrast(c.outline, paper) >= 3.0, (theme, paper)
        # The focus ring (ui/design/focus_ring.py) is drawn on these papers too.
        assert contrast(c.focus, paper) >= 3.0, (theme, paper)
    assert contrast(c.on_accent, c.accent) >= 4.5
    assert contrast(c.text, c.accent_tint) >= 4.5
    for severity, tone in c.severity.items():
        assert contrast(tone.ink, tone.paper) >= 4.5, (theme, severity)
    # "Take care" is neutral: not green.
    take_care = c.severity[next(s for s in c.severity if s.name == "TAKE_CARE")]
    red, green, blue = (int(take_care.paper[i : i + 2], 16) for i in (1, 3, 5))
    assert not (green > red + 8 and green > blue + 8)


def _rules(sheet: str) -> list[tuple[str, str]]:
    return [(m[1].strip(), m[2]) for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", sheet)]


@pytest.mark.parametrize("theme", THEMES)
def test_every_style_sheet_rule_reads(theme: ThemeName) -> None:
    c = colours(theme)
    checked = 0
    for selector, body in _rules(stylesheet(theme)):
        ink = re.search(rf"(?<![-\w])color:\s*({_HEX})", body)
        paper = re.search(rf"background:\s*({_HEX})", body)
        papers = [paper[1]] if paper else [c.surface, c.background]
        if ink:
            large = re.search(r"font-size:\s*(\d+)px", body)
            needed = 3.0 if large and int(large[1]) >= 24 else 4.5
            for shown_on in papers:
                ratio = contrast(ink[1], shown_on)
                assert ratio >= needed, (theme, selector, ink[1], shown_on, round(ratio, 2))
                checked += 1
        edge = re.search(rf"border(?:-color)?:\s*(?:\d+px solid )?({_HEX})", body)
        if edge and "disabled" not in selector and "#card" not in selector:
            # An outline shows against what surrounds the control, not its own fill.
            for shown_on in (c.surface, c.background):
                if any(part in selector for part in ("indicator", "segment", "quiet", "QSlider")):
                    assert contrast(edge[1], shown_on) >= 3.0, (theme, selector)
                    checked += 1
    assert checked > 20
