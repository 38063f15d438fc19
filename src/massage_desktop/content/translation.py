"""Per-language content: overlay files that replace the English texts, and nothing else.

``data/translations/<language>/`` mirrors ``data/``: ``techniques/knee-warm-up-effleurage.yaml``
holds the same shape as the technique but only its texts. Lists of items with an ``id``
(regions, contraindications, principles) are matched by id, other lists (steps, warnings) by
position. Numbers, ids, regions and directions cannot be overridden, so a translation can
never change what the app teaches, only how it says it. Missing translations fall back to
English text by text.
"""

from __future__ import annotations

from typing import Any

import yaml

from massage_desktop.content.problems import ContentProblem, Loc, format_loc, line_of

TRANSLATABLE = frozenset(
    {
        "name",
        "name_right",
        "name_left",
        "term",
        "title",
        "summary",
        "text",
        "advice",
        "instruction",
        "label",
        "position",
        "preparation",
        "benefits",
        "aliases",
        "note",
        "hint",
        "reason",
        "step_line",
    }
)
"""Fields a translation may set. Lists of plain strings (aliases, benefits) replace whole."""

# Keys that only locate an item in a list; the overlay repeats them, never changes them.
_KEYS = frozenset({"id"})


class _Merger:
    def __init__(self, rel: str, node: yaml.Node) -> None:
        self.rel = rel
        self.node = node
        self.problems: list[ContentProblem] = []

    def report(self, loc: Loc, message: str) -> None:
        self.problems.append(
            ContentProblem(self.rel, line_of(self.node, loc), format_loc(loc), message)
        )

    def merge(self, base: Any, overlay: Any, loc: Loc) -> Any:
        if isinstance(overlay, dict) and isinstance(base, dict):
            return self._merge_mapping(base, overlay, loc)
        if isinstance(overlay, list) and isinstance(base, list):
            return self._merge_list(base, overlay, loc)
        self.report(loc, f"expected a {type(base).__name__} here, as in the English file")
        return base

    def _merge_mapping(
        self, base: dict[str, Any], overlay: dict[str, Any], loc: Loc
    ) -> dict[str, Any]:
        merged = dict(base)
        for key, value in overlay.items():
            here = (*loc, key)
            if key in _KEYS:
                if value != base.get(key):
                    self.report(here, f"id {value!r} does not match the English {base.get(key)!r}")
                continue
            if key not in base:
                self.report(here, "the English file has no such field to translate")
            elif key in TRANSLATABLE and _is_text(value, base[key]):
                merged[key] = value
            elif key in TRANSLATABLE and isinstance(value, str):
                self.report(here, "the translation is empty; leave the field out to keep English")
            elif isinstance(value, (dict, list)) and isinstance(base[key], (dict, list)):
                merged[key] = self.merge(base[key], value, here)
            else:
                self.report(here, "only texts can be translated; this field is not a text")
        return merged

    def _merge_list(self, base: list[Any], overlay: list[Any], loc: Loc) -> list[Any]:
        merged = list(base)
        by_id = {item.get("id"): i for i, item in enumerate(base) if isinstance(item, dict)}
        for position, item in enumerate(overlay):
            here = (*loc, position)
            if isinstance(item, dict) and "id" in item:
                if item["id"] not in by_id:
                    self.report(
                        (*here, "id"), f"no item with id {item['id']!r} in the English file"
                    )
                    continue
                index = by_id[item["id"]]
            elif position < len(base):
                index = position
            else:
                self.report(here, f"the English list has only {len(base)} items")
                continue
            merged[index] = self.merge(base[index], item, here)
        return merged


def _is_text(value: Any, english: Any) -> bool:
    if isinstance(english, str):
        return isinstance(value, str) and bool(value.strip())
    if isinstance(english, list) and all(isinstance(e, str) for e in english):
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return False


def apply_translation(
    english: Any, overlay: Any, rel: str, node: yaml.Node
) -> tuple[Any, list[ContentProblem]]:
    """The English data with the overlay's texts in place, and every problem in the overlay."""
    merger = _Merger(rel, node)
    merged = merger.merge(english, overlay, ())
    return merged, merger.problems
