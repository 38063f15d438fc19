"""A tiny, valid content pack that bad-input tests break one way at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

FILES = {
    "guides.yaml": """\
guides:
  - id: demo
    title: Demo guide
    summary: A made-up guide for tests.
""",
    "regions.yaml": """\
areas:
  - {id: knee, name: Knee}
regions:
  - id: front-knee-right
    name: Right knee
    view: front
    side: right
    area: knee
  - id: front-knee-left
    name: Left knee
    view: front
    side: left
    area: knee
""",
    "contraindications.yaml": """\
contraindications:
  - id: varicose
    title: Severe varicose veins
    severity: avoid
    text: Skip this stroke.
    sources: [demo]
principles:
  - id: stop-on-pain
    title: Stop on sharp pain
    text: Stop on sharp pain, numbness or tingling.
    sources: [demo]
seek_help:
  - id: persistent
    title: Persistent pain
    text: See a professional.
    sources: [demo]
""",
    "techniques/flushing.yaml": """\
id: flushing
name: Flushing
summary: Thumbs glide up the leg.
phase: main
order: 1
performer: partner
pressure:
  level: light
  advice: Gentle.
position: Sit at your partner's feet.
regions: [front-knee]
contraindications: [varicose]
sources: [demo]
steps:
  - instruction: Glide the thumbs up.
    repetitions: 5
    number_source: demo
    repetitions_range: [5, 6]
    stroke:
      tempo_s: 6
      tempo_source: suggested
      pattern: glide
      heading: up
      label: towards the heart
  - instruction: Brush back down.
    duration_s: 10
    number_source: suggested
""",
    "routines/demo.yaml": """\
id: demo
name: Demo routine
summary: One technique.
performer: partner
sources: [demo]
items:
  - technique: flushing
""",
}


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """Write the valid pack and return its folder."""
    root = tmp_path / "pack"
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
