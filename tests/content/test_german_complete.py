"""Every English text in data/ has its German translation in data/translations/de.

The loader falls back to English text by text, so a missing translation would not be an
error anywhere else; this test walks each English file beside its overlay the way the merge
does (items with an id by id, other lists by position) and lists every text left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from massage_desktop.content.translation import TRANSLATABLE
from massage_desktop.resources import data_dir

LANGUAGE = "de"
# Search words: a language has as many as it needs, so only their presence is checked. Other
# lists of texts (benefits, preparation) must match the English item for item.
ANY_LENGTH = frozenset({"aliases"})
# The app parses content with libyaml where the wheel has it (content/yamlfile.py); the pure-Python
# parser took 7 s of the test's CPU for the same 600 kB of YAML.
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _missing(english: Any, overlay: Any, where: str) -> list[str]:
    if isinstance(english, dict):
        overlay = overlay if isinstance(overlay, dict) else {}
        out: list[str] = []
        for key, value in english.items():
            here = f"{where}.{key}" if where else key
            if key in TRANSLATABLE and (isinstance(value, str) or _is_text_list(value)):
                if key not in overlay:
                    out.append(here)
                elif (
                    key not in ANY_LENGTH
                    and isinstance(value, list)
                    and (len(overlay[key]) != len(value))
                ):
                    out.append(f"{here} ({len(overlay[key])} of {len(value)} items)")
            elif isinstance(value, (dict, list)):
                out += _missing(value, overlay.get(key), here)
        return out
    if isinstance(english, list):
        overlay = overlay if isinstance(overlay, list) else []
        by_id = {o.get("id"): o for o in overlay if isinstance(o, dict) and "id" in o}
        out = []
        for index, item in enumerate(english):
            if isinstance(item, dict) and "id" in item:
                counterpart = by_id.get(item["id"])
                label = f"{where}[{item['id']}]"
            else:
                counterpart = overlay[index] if index < len(overlay) else None
                label = f"{where}[{index}]"
            out += _missing(item, counterpart, label)
        return out
    return []


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def test_every_english_text_has_a_german_translation() -> None:
    root = data_dir()
    gaps: list[str] = []
    files = sorted(p for p in root.rglob("*.yaml") if "translations" not in p.parts)
    assert len(files) > 50
    for path in files:
        rel = path.relative_to(root)
        overlay_path: Path = root / "translations" / LANGUAGE / rel
        if not overlay_path.exists():
            gaps.append(f"{rel}: no translation file")
            continue
        english = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        overlay = yaml.load(overlay_path.read_text(encoding="utf-8"), Loader=LOADER) or {}
        gaps += [f"{rel}: {m}" for m in _missing(english, overlay, "")]
    assert gaps == []
