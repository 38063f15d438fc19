"""Colours of the body map, derived from the widget's palette so light and dark themes both work.

The illustrator draws with a handful of fixed colours (see ``SVG_COLOURS``); before the SVG is
loaded those are replaced by text substitution with tones that fit the current palette.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.tokens import DARK, LIGHT

SVG_COLOURS = {
    "fill": "#F2D5C4",
    "outline": "#8C6A5D",
    "seam": "#E2C0AE",
    "contour": "#C9A393",
    "shade": "#DDBBA6",
    "hair": "#6E564C",
    "hair_line": "#8F7366",
    "legend": "#5A4A44",
}
"""The fixed colours of the SVG contract, by role (tools/draw_body_map.py draws with them)."""

# Tones per theme, as (light theme, dark theme). Skin stays skin on a dark window: a warm, a
# little deeper tone, not the window's grey mixed in (that read brown-grey). Seams between
# regions sit close to the skin, so the figure reads as one body until a region is hovered or
# selected; the outer contour and the anatomy lines are a warm brown in both themes.
_TONES = {
    "fill": ("#F2D5C4", "#E2B79D"),
    "outline": ("#8C6A5D", "#7A5546"),
    "seam": ("#E2C0AE", "#D2A68C"),
    "contour": ("#C9A393", "#B9886F"),
    "shade": ("#DDBBA6", "#D2A284"),
    "hair": ("#6E564C", "#6B4D40"),
    "hair_line": ("#8F7366", "#8E6C5C"),
}
# How far each tone leans towards the window colour, so a tinted palette tints the figure a
# little (a little only: more turns the skin grey on a dark window).
_WINDOW_BLEND = {"fill": (0.06, 0.04), "seam": (0.06, 0.04), "contour": (0.06, 0.0)}
_CAUTION = ("#D98E04", "#F2B33D")
_MARK = ("#7B3FBF", "#C9A2F5")  # violet: apart from skin, highlight blue and caution amber
# The history's heat map in the accent's shades: red over a body read as pain or inflammation.
_HEAT = (LIGHT.accent, DARK.accent)


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0..1) of the way towards ``second``, alpha from ``first``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
        first.alphaF(),
    )


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


@dataclass(frozen=True)
class MapColours:
    """Every colour the map paints with, for one palette."""

    dark: bool
    fill: QColor
    outline: QColor
    seam: QColor
    contour: QColor
    shade: QColor
    hair: QColor
    hair_line: QColor
    legend: QColor
    hover_fill: QColor
    hover_line: QColor
    selected_fill: QColor
    selected_line: QColor
    marked_fill: QColor
    marked_line: QColor
    blocked_fill: QColor
    blocked_hatch: QColor
    caution: QColor
    caution_text: QColor
    focus: QColor
    focus_halo: QColor
    heat: QColor = field(default_factory=lambda: QColor(_HEAT[0]))  # opaque; alpha per level

    @classmethod
    def from_palette(cls, palette: QPalette) -> MapColours:
        """Colours that read well on a palette's window background.

        Args:
            palette: The widget's palette.

        Returns:
            The colours for that palette.
        """
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        dark = window.lightnessF() < 0.5
        pick = 1 if dark else 0
        tones = {
            role: _mix(QColor(pair[pick]), window, _WINDOW_BLEND.get(role, (0.0, 0.0))[pick])
            for role, pair in _TONES.items()
        }
        caution = QColor(_CAUTION[pick])
        mark = QColor(_MARK[pick])
        do_not = (DARK if dark else LIGHT).severity[Severity.DO_NOT_MASSAGE]
        return cls(
            dark=dark,
            fill=tones["fill"],
            outline=tones["outline"],
            seam=tones["seam"],
            contour=tones["contour"],
            shade=tones["shade"],
            hair=tones["hair"],
            hair_line=tones["hair_line"],
            legend=_mix(text, window, 0.25),
            # Hover fills the region with a light accent tint (about a quarter), selection with
            # a strong one (about 60 %) and a 2.5 px line, so the two never look alike and the
            # chosen region reads at a glance on the skin of either theme. The accent is teal,
            # not blue: blue over peach read as grey, which looked like a blocked region.
            hover_fill=_with_alpha(highlight, (56, 72)[pick]),
            hover_line=_with_alpha(highlight, 200),
            selected_fill=_with_alpha(highlight, (150, 170)[pick]),
            selected_line=highlight,
            marked_fill=_with_alpha(mark, 90),
            marked_line=mark,
            # The "do not" severity's red, as the printed card hatches it: a grey
            # wash over the whole figure (DVT) read as the map being disabled in the dark
            # theme, not as "do not massage here" (walk 6).
            blocked_fill=_with_alpha(_mix(window, QColor(do_not.ink), 0.4), 215),
            blocked_hatch=_with_alpha(QColor(do_not.ink), 170),
            caution=caution,
            caution_text=QColor("#1A1A1A"),
            focus=highlight,
            focus_halo=_with_alpha(window, 230),
            heat=QColor(_HEAT[pick]),
        )

    def svg_substitutions(self) -> dict[str, str]:
        """The contract colours mapped to this palette's colours, as ``#rrggbb`` strings."""
        return {SVG_COLOURS[role]: getattr(self, role).name() for role in SVG_COLOURS}


def translate_legend(svg: bytes) -> bytes:
    """Put the legend's words in the user's language: the view titles and the R / L marks.

    The illustrator's SVG writes them in English capitals inside ``<text>`` elements; they
    are the only words in the drawing.
    """
    words = {
        b">FRONT</text>": QCoreApplication.translate("BodyMapLegend", "FRONT"),
        b">BACK</text>": QCoreApplication.translate("BodyMapLegend", "BACK"),
        # The person's own right and left, beside their hands.
        b">R</text>": QCoreApplication.translate("BodyMapLegend", "R"),
        b">L</text>": QCoreApplication.translate("BodyMapLegend", "L"),
    }
    for english, word in words.items():
        svg = svg.replace(english, b">" + escape(word).encode() + b"</text>")
    return svg


def recolour_svg(svg: bytes, colours: MapColours) -> bytes:
    """Replace the SVG contract's fixed colours with palette-derived ones.

    Args:
        svg: The SVG document as drawn by the illustrator.
        colours: The colours to use.

    Returns:
        The document with each contract colour replaced, in any letter case.
    """
    substitutions = {
        key.lower().encode(): value.encode() for key, value in colours.svg_substitutions().items()
    }
    pattern = re.compile(b"|".join(re.escape(key) for key in substitutions), re.IGNORECASE)
    return pattern.sub(lambda match: substitutions[match.group(0).lower()], svg)
