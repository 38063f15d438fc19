"""Load a content folder laid out like ``data/`` into a checked ``Catalog``.

Every file is read and validated even when an earlier one failed, so one run reports every
problem in a content pack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from massage_desktop.content.languages import TRANSLATIONS, languages
from massage_desktop.content.problems import ContentError, ContentProblem, format_loc, line_of
from massage_desktop.content.references import check_references
from massage_desktop.content.translation import apply_translation
from massage_desktop.content.yamlfile import read_yaml
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Strict, Technique
from massage_desktop.domain.files import GuidesFile, RegionsFile, SafetyFile
from massage_desktop.domain.routines import Routine

M = TypeVar("M", bound=Strict)


@dataclass
class Parsed:
    """Validated models of a content folder, with the node trees used to find lines."""

    guides: GuidesFile | None = None
    regions: RegionsFile | None = None
    safety: SafetyFile | None = None
    techniques: dict[str, Technique] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)
    nodes: dict[str, yaml.Node] = field(default_factory=dict)
    problems: list[ContentProblem] = field(default_factory=list)
    language: str | None = None
    reading_words: dict[str, list[int]] = field(default_factory=dict)


def _validate(root: Path, rel: str, model: type[M], parsed: Parsed) -> M | None:
    path = root / rel
    if not path.exists():  # a FIFO or device exists, and read_yaml says what it is
        parsed.problems.append(ContentProblem(rel, None, "", "required file is missing"))
        return None
    doc = read_yaml(path, rel)
    if isinstance(doc, ContentProblem):
        parsed.problems.append(doc)
        return None
    parsed.nodes[rel] = doc.node
    data = doc.data
    if parsed.language is not None and isinstance(data, dict):
        data = _translated(root, rel, data, parsed)
    if not isinstance(data, dict):
        kind = type(doc.data).__name__
        parsed.problems.append(
            ContentProblem(rel, 1, "", f"expected a mapping of fields, found {kind}")
        )
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            message = err["msg"].removeprefix("Value error, ")
            parsed.problems.append(
                ContentProblem(rel, line_of(doc.node, loc), format_loc(loc), message)
            )
        return None


def _translated(root: Path, rel: str, english: dict[str, Any], parsed: Parsed) -> Any:
    """``english`` with the texts of its translation overlay, if the language has one."""
    _count_words(english, parsed)
    overlay_rel = f"{TRANSLATIONS}/{parsed.language}/{rel}"
    if not (root / overlay_rel).exists():
        return english  # not translated yet: the English text stays
    doc = read_yaml(root / overlay_rel, overlay_rel)
    if isinstance(doc, ContentProblem):
        parsed.problems.append(doc)
        return english
    merged, problems = apply_translation(english, doc.data, overlay_rel, doc.node)
    parsed.problems.extend(problems)
    return merged


def _count_words(english: dict[str, Any], parsed: Parsed) -> None:
    """Keep the words of a technique's English instructions (``Catalog.reading_words``)."""
    steps = english.get("steps")
    technique_id = english.get("id")
    if not isinstance(steps, list) or not isinstance(technique_id, str):
        return
    parsed.reading_words[technique_id] = [
        len(str(step.get("instruction", "")).split()) if isinstance(step, dict) else 0
        for step in steps
    ]


def parse_folder(root: Path, language: str | None = None) -> Parsed:
    """Read and validate every file of a content folder, collecting all problems.

    Args:
        root: The folder laid out like ``data/``.
        language: A language with texts in ``translations/<language>/``; None for English.
    """
    parsed = Parsed(language=language)
    if not root.is_dir():
        parsed.problems.append(ContentProblem(str(root), None, "", "not a folder"))
        return parsed
    parsed.guides = _validate(root, "guides.yaml", GuidesFile, parsed)
    parsed.regions = _validate(root, "regions.yaml", RegionsFile, parsed)
    parsed.safety = _validate(root, "contraindications.yaml", SafetyFile, parsed)
    parsed.techniques = _validate_folder(root, "techniques", Technique, parsed)
    parsed.routines = _validate_folder(root, "routines", Routine, parsed)
    return parsed


def _validate_folder(root: Path, folder: str, model: type[M], parsed: Parsed) -> dict[str, M]:
    """Validate every ``*.yaml`` in one folder, keyed by relative path."""
    if not (root / folder).is_dir():
        parsed.problems.append(ContentProblem(folder, None, "", "required folder is missing"))
        return {}
    found: dict[str, M] = {}
    for path in sorted((root / folder).glob("*.yaml")):
        rel = f"{folder}/{path.name}"
        item = _validate(root, rel, model, parsed)
        if item is not None:
            found[rel] = item
    return found


def check_folder(root: Path) -> list[ContentProblem]:
    """Every problem in a content folder and its translations, sorted; empty when clean."""
    problems: list[ContentProblem] = []
    for language in [None, *languages(root)]:
        parsed = parse_folder(root, language)
        problems.extend(parsed.problems)
        problems.extend(check_references(parsed))
    return sorted(set(problems))


def load_catalog(root: Path, language: str | None = None) -> Catalog:
    """Load and cross-check a content folder, with one language's texts if given.

    Raises:
        ContentError: with every problem found, when anything is wrong.
    """
    parsed = parse_folder(root, language)
    problems = list(parsed.problems) + check_references(parsed)
    if problems or parsed.guides is None or parsed.regions is None or parsed.safety is None:
        raise ContentError(sorted(set(problems)))
    return Catalog(
        guides={g.id: g for g in parsed.guides.guides},
        areas={a.id: a for a in parsed.regions.areas},
        zones={z.id: z for z in parsed.regions.zones},
        regions={r.id: r for r in parsed.regions.regions},
        techniques={t.id: t for t in parsed.techniques.values()},
        routines={r.id: r for r in parsed.routines.values()},
        contraindications={c.id: c for c in parsed.safety.contraindications},
        principles=list(parsed.safety.principles),
        seek_help=list(parsed.safety.seek_help),
        conditions={c.id: c for c in parsed.safety.conditions},
        reading_words=parsed.reading_words,
    )
