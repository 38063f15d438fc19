"""Checking the user's own routines like built-in ones, against the content they refer to.

An own routine is a routine file of the content pack format (``domain.routines.Routine``, the
same model and JSON Schema as ``data/routines``). It lives outside ``data/``, so its references
are checked against the loaded catalog, and more strictly than the shipped content: a hand-made
or imported file must not name a technique or region that no longer exists, ask for a time or count
the guides do not allow, or take a name or id that is already used.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from massage_desktop.content.problems import ContentProblem, Loc, format_loc, line_of
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.plan import Plan, build_plan

if TYPE_CHECKING:
    import yaml

OWN_PREFIX = "my-"
"""Every own routine id starts with this, so it cannot clash with a built-in one."""
MAX_ITEMS = 60
"""Most techniques in one own routine; the longest guide routine has a dozen."""
MAX_ROUTINE_BYTES = 64_000
"""Largest routine file accepted; a routine of ``MAX_ITEMS`` techniques is about 10 kB."""
SUGGESTED_SHARE = (0.5, 2.0)
"""Without a range from the guide, a step's time or count may be halved or doubled (suggested)."""
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class Bounds:
    """The time one routine item may take (over all its timed steps and sides), or its count.

    Attributes:
        low: Shortest allowed total, in seconds (or fewest repetitions).
        high: Longest allowed total, in seconds (or most repetitions).
        default: The technique's own total, as the guide gives it.
        source: The guide the range comes from, or ``"suggested"`` when any part of it is
            the app's own halving or doubling.
    """

    low: int
    high: int
    default: int
    source: str


def item_bounds(catalog: Catalog, item: RoutineItem) -> Bounds | None:
    """How long ``item`` may run; None when none of its steps is timed (counts only)."""
    technique = catalog.techniques[item.technique]
    low = high = default = 0
    sources: set[str] = set()
    for entry in _bare_plan(catalog, item).entries:
        step = technique.steps[entry.step_index]
        if step.duration_s is None:
            continue
        default += step.duration_s
        if step.duration_range_s is not None:
            low += step.duration_range_s[0]
            high += step.duration_range_s[1]
            sources.add(step.number_source)
        else:
            low += max(1, round(step.duration_s * SUGGESTED_SHARE[0]))
            high += round(step.duration_s * SUGGESTED_SHARE[1])
            sources.add(SUGGESTED)
    if default == 0:
        return None
    source = sources.pop() if len(sources) == 1 else SUGGESTED
    return Bounds(low, min(high, 3600), default, source)


def item_count_bounds(catalog: Catalog, item: RoutineItem) -> Bounds | None:
    """How many times ``item``'s counted steps may run, on each side; None when none is.

    The bounds are in repetitions, summed over the item's counted steps (each counted once,
    whatever its sides): the guide's range where it gives one, else half to twice its count.
    """
    technique = catalog.techniques[item.technique]
    counted = dict.fromkeys(
        e.step_index
        for e in _bare_plan(catalog, item).entries
        if technique.steps[e.step_index].repetitions is not None
    )
    low = high = default = 0
    sources: set[str] = set()
    for index in counted:
        step = technique.steps[index]
        count = step.repetitions or 0
        default += count
        if step.repetitions_range is not None:
            low += step.repetitions_range[0]
            high += step.repetitions_range[1]
            sources.add(step.number_source)
        else:
            low += max(1, round(count * SUGGESTED_SHARE[0]))
            high += round(count * SUGGESTED_SHARE[1])
            sources.add(SUGGESTED)
    if default == 0:
        return None
    source = sources.pop() if len(sources) == 1 else SUGGESTED
    return Bounds(low, min(high, 500), default, source)


def _bare_plan(catalog: Catalog, item: RoutineItem) -> Plan:
    """The plan of ``item`` alone, with the guide's own numbers."""
    technique = catalog.techniques[item.technique]
    bare = item.model_copy(update={"duration_s": None, "repetitions": None, "number_source": None})
    probe = Routine(
        id="probe",
        name="probe",
        summary="probe",
        performer=technique.performer,
        items=[bare],
        sources=technique.sources,
    )
    return build_plan(catalog, probe)


def slug_for(name: str) -> str:
    """An id for a routine called ``name``: ``"Rücken am Abend"`` -> ``"my-ruecken-am-abend"``."""
    plain = unicodedata.normalize("NFKD", name.casefold().translate(_TRANSLITERATE))
    ascii_only = plain.encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_only)
    stem = "-".join(words)[:60].strip("-") or "routine"
    return f"{OWN_PREFIX}{stem}"


def free_id(name: str, taken: Collection[str]) -> str:
    """``slug_for(name)``, numbered (``-2``, ``-3``…) until no routine uses it."""
    base = slug_for(name)
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def name_key(name: str) -> str:
    """What makes two names the same: case and spacing do not count."""
    return " ".join(name.casefold().split())


def free_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when a routine is called that already."""
    used = {name_key(n) for n in taken}
    candidate, number = name, 1
    while name_key(candidate) in used:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def sources_of(catalog: Catalog, items: Iterable[RoutineItem]) -> list[str]:
    """The guides the items' techniques come from, in the order first named."""
    out: list[str] = []
    for item in items:
        for guide in catalog.techniques[item.technique].sources:
            if guide not in out:
                out.append(guide)
    return out


def check_routine(
    catalog: Catalog,
    routine: Routine,
    rel: str,
    node: yaml.Node | None = None,
    *,
    other_names: Collection[str] | None = (),
) -> list[ContentProblem]:
    """Everything wrong with an own routine beyond its model: references, times, names.

    Args:
        catalog: The loaded content (its built-in routines, not the user's, are "taken").
        routine: The validated routine.
        rel: The file name to report.
        node: The file's YAML tree, for line numbers; None for a routine built in the app.
        other_names: ``name_key`` of every other own routine's name; None not to check the
            name at all (an import, where a clash is resolved by the user).
    """
    problems: list[ContentProblem] = []

    def report(loc: Loc, message: str) -> None:
        problems.append(ContentProblem(rel, line_of(node, loc), format_loc(loc), message))

    builtin = {r.id: r for r in catalog.routines.values() if not catalog.is_own(r.id)}
    if not routine.id.startswith(OWN_PREFIX) or routine.id in builtin:
        report(("id",), f"the id of your own routine must start with {OWN_PREFIX!r}")
    builtin_names = {name_key(r.name) for r in builtin.values()}
    if other_names is None:
        pass  # an import: a clash is the user's choice, "keep both" or "replace"
    elif name_key(routine.name) in builtin_names:
        report(("name",), f"a built-in routine is called {routine.name!r}; choose another name")
    elif name_key(routine.name) in other_names:
        report(("name",), f"another of your routines is called {routine.name!r}")
    if len(routine.items) > MAX_ITEMS:
        report(("items",), f"a routine may have at most {MAX_ITEMS} techniques")
    for index, guide in enumerate(routine.sources):
        if guide not in catalog.guides:
            report(("sources", index), f"guide {guide!r} no longer exists")
    for index, item in enumerate(routine.items[:MAX_ITEMS]):
        _check_item(catalog, item, ("items", index), report)
    return problems


_Report = Callable[[Loc, str], None]


def _check_item(catalog: Catalog, item: RoutineItem, loc: Loc, report: _Report) -> None:
    technique = catalog.techniques.get(item.technique)
    if technique is None:
        report((*loc, "technique"), f"technique {item.technique!r} no longer exists")
        return
    allowed = set(catalog.expand(technique.regions))
    for k, ref in enumerate(item.regions):
        if not catalog.is_region_ref(ref):
            report((*loc, "regions", k), f"region {ref!r} no longer exists")
        elif not set(catalog.expand([ref])) & allowed:
            report((*loc, "regions", k), f"{technique.name!r} does not work on {ref!r}")
    for k, number in enumerate(item.steps):
        if number > len(technique.steps):
            report((*loc, "steps", k), f"{technique.name!r} has only {len(technique.steps)} steps")
    if item.duration_s is None and item.repetitions is None:
        return
    source = item.number_source
    if source != SUGGESTED and source not in catalog.guides:
        report((*loc, "number_source"), f"guide {source!r} no longer exists")
    if not _refs_ok(catalog, item, len(technique.steps)):
        return
    if item.duration_s is not None:
        bounds = item_bounds(catalog, item)
        seconds = item.duration_s
        if bounds is None:
            report((*loc, "duration_s"), f"{technique.name!r} is counted, not timed")
        elif not bounds.low <= seconds <= bounds.high:
            report(
                (*loc, "duration_s"),
                f"{seconds} s lies outside what {technique.name!r} allows here "
                f"({bounds.low}–{bounds.high} s)",
            )
    if item.repetitions is not None:
        counts = item_count_bounds(catalog, item)
        times = item.repetitions
        if counts is None:
            report((*loc, "repetitions"), f"{technique.name!r} is timed, not counted")
        elif not counts.low <= times <= counts.high:
            report(
                (*loc, "repetitions"),
                f"{times} times lies outside what {technique.name!r} allows here "
                f"({counts.low}–{counts.high} times)",
            )


def _refs_ok(catalog: Catalog, item: RoutineItem, step_count: int) -> bool:
    """Whether the plan of ``item`` can be built, so its time can be checked."""
    return all(catalog.is_region_ref(r) for r in item.regions) and all(
        n <= step_count for n in item.steps
    )


def parse_routine_file(
    catalog: Catalog,
    path: Path,
    rel: str,
    *,
    other_names: Collection[str] = (),
    renumber: Callable[[str], str] | None = None,
) -> Routine | list[ContentProblem]:
    """Read, validate and check one own routine file; its problems when it cannot be used.

    Args:
        catalog: The loaded content.
        path: The file.
        rel: The file name to report.
        other_names: ``name_key`` of the other own routines' names, which this one must not
            take.
        renumber: For an import: gives the routine a fresh id from its name (whatever the
            file says) and leaves name clashes to the caller.
    """
    # Here, not at the top: yaml is needed only once there are files (see content_cache).
    from massage_desktop.content.yamlfile import read_yaml

    doc = read_yaml(path, rel)
    if isinstance(doc, ContentProblem):
        return [doc]
    if not isinstance(doc.data, dict):
        kind = type(doc.data).__name__
        return [ContentProblem(rel, 1, "", f"expected a mapping of fields, found {kind}")]
    try:
        routine = Routine.model_validate(doc.data)
    except ValidationError as exc:
        return [
            ContentProblem(
                rel,
                line_of(doc.node, tuple(err["loc"])),
                format_loc(tuple(err["loc"])),
                err["msg"].removeprefix("Value error, "),
            )
            for err in exc.errors(include_url=False)
        ]
    if renumber is not None:
        routine = routine.model_copy(update={"id": renumber(routine.name)})
    names = None if renumber is not None else other_names
    problems = check_routine(catalog, routine, rel, doc.node, other_names=names)
    return problems or routine


def routine_yaml(routine: Routine) -> str:
    """The routine as a content pack file: plain YAML, fields in the model's order."""
    import yaml  # here, not at the top: a start without own routines does not need it

    data = routine.model_dump(mode="json", exclude_defaults=True)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=96)
    return "# A Massage Desktop routine (content pack format, routine.schema.json).\n" + body
