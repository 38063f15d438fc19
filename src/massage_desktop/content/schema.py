"""JSON Schemas of the content files, for editors that validate YAML as it is typed.

``python -m massage_desktop.content.schema`` rewrites ``data/schema/``; a test fails when the
committed schemas no longer match the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from massage_desktop.domain.files import FILE_KINDS
from massage_desktop.resources import data_dir


def render_schemas() -> dict[str, str]:
    """Schema file name -> JSON text, one per kind of content file."""
    out: dict[str, str] = {}
    for kind, model in FILE_KINDS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[f"{kind}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(target: Path) -> list[Path]:
    """Write every schema into ``target``; returns the files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = target / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    """Regenerate ``data/schema/``."""
    for path in write_schemas(data_dir() / "schema"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
