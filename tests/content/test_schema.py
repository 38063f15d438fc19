"""The JSON Schemas in data/schema/ match the models, so editors validate what the app accepts."""

from __future__ import annotations

from pathlib import Path

from massage_desktop.content.schema import render_schemas


def test_committed_schemas_are_current(repo: Path) -> None:
    folder = repo / "data" / "schema"
    expected = render_schemas()
    committed = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")}
    stale = sorted(name for name in expected if committed.get(name) != expected[name])
    extra = sorted(set(committed) - set(expected))
    hint = "data/schema is stale; run `make schema` and commit the result"
    assert stale == [], hint
    assert extra == [], hint


def test_schema_forbids_unknown_keys() -> None:
    import json

    technique = json.loads(render_schemas()["technique.schema.json"])
    assert technique["additionalProperties"] is False
    assert "steps" in technique["required"]
