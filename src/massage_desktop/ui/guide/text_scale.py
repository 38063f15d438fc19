"""The guide's headings and card texts at the user's text size (Settings ▸ Text size).

The design style sheet sets the labels' sizes in pixels, so a font set on a label would not
change them; the guide panel sets a style sheet of its own with the same roles, scaled.
"""

from __future__ import annotations

from massage_desktop.ui.design.tokens import BODY, BODY_SMALL, CAPTION, HEADING, TITLE

_ROLES = {"heading": HEADING, "title": TITLE, "body": BODY, "muted": BODY_SMALL, "section": CAPTION}


def scaled_sheet(scale: float) -> str:
    """Font sizes for the guide's label roles at ``scale`` (1 is the design's own sizes)."""
    if scale == 1.0:
        return ""
    return (
        "\n".join(
            f'QLabel[role="{role}"] {{ font-size: {round(size * scale)}px; }}'
            for role, size in _ROLES.items()
        )
        + f"\nQPushButton#primaryButton {{ font-size: {round(BODY * scale)}px; }}"
    )
