"""Cross-file checks: every id a file mentions must exist, and every region must be taught."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from massage_desktop.content.problems import ContentProblem, Loc, format_loc, line_of
from massage_desktop.domain.content import SUGGESTED

if TYPE_CHECKING:
    from massage_desktop.content.loader import Parsed


class _Checker:
    """Collects reference problems, turning field paths into file lines."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.problems: list[ContentProblem] = []
        regions = parsed.regions.regions if parsed.regions else []
        self.region_ids = {r.id for r in regions}
        self.parts = {r.part for r in regions}
        self.areas = {a.id for a in parsed.regions.areas} if parsed.regions else set()
        self.guides = {g.id for g in parsed.guides.guides} if parsed.guides else set()
        safety = parsed.safety
        self.warnings = {c.id for c in safety.contraindications} if safety else set()
        self.techniques = {t.id for t in parsed.techniques.values()}

    def report(self, rel: str, loc: Loc, message: str) -> None:
        line = line_of(self.parsed.nodes.get(rel), loc)
        self.problems.append(ContentProblem(rel, line, format_loc(loc), message))

    def refs(self, rel: str, loc: Loc, values: Iterable[str], known: set[str], kind: str) -> None:
        """Report each value of a list field that is not among ``known``."""
        if not known:
            return  # the file defining them failed already; don't bury that error in echoes
        for index, value in enumerate(values):
            if value not in known:
                self.report(rel, (*loc, index), f"unknown {kind} {value!r}")

    def region_refs(self, rel: str, loc: Loc, values: Iterable[str]) -> None:
        self.refs(rel, loc, values, self.region_ids | self.parts, "region")

    def number_source(self, rel: str, loc: Loc, value: str) -> None:
        """Report a number's source that is neither 'suggested' nor a known guide."""
        if self.guides and value != SUGGESTED and value not in self.guides:
            self.report(
                rel, loc, f"unknown guide {value!r}: name a guide id or write {SUGGESTED!r}"
            )

    def unique(self, rel: str, loc: Loc, ids: list[str], kind: str) -> None:
        seen: set[str] = set()
        for index, value in enumerate(ids):
            if value in seen:
                self.report(rel, (*loc, index, "id"), f"{kind} id {value!r} is used twice")
            seen.add(value)


def check_references(parsed: Parsed) -> list[ContentProblem]:
    """Every dangling reference, duplicate id, misnamed file and untaught region."""
    c = _Checker(parsed)
    if parsed.regions:
        rel = "regions.yaml"
        c.unique(rel, ("areas",), [a.id for a in parsed.regions.areas], "area")
        c.unique(rel, ("zones",), [z.id for z in parsed.regions.zones], "zone")
        c.unique(rel, ("regions",), [r.id for r in parsed.regions.regions], "region")
        zoned: set[str] = set()
        for i, zone in enumerate(parsed.regions.zones):
            c.refs(rel, ("zones", i, "areas"), zone.areas, c.areas, "area")
            # An area in two zones would be rated twice, under two names.
            for j, area in enumerate(zone.areas):
                if area in zoned:
                    c.report(rel, ("zones", i, "areas", j), f"area {area!r} is in two zones")
                zoned.add(area)
        for i, region in enumerate(parsed.regions.regions):
            if region.area not in c.areas:
                c.report(rel, ("regions", i, "area"), f"unknown area {region.area!r}")
            c.refs(
                rel,
                ("regions", i, "contraindications"),
                region.contraindications,
                c.warnings,
                "contraindication",
            )
    if parsed.safety:
        rel = "contraindications.yaml"
        c.unique(
            rel,
            ("contraindications",),
            [x.id for x in parsed.safety.contraindications],
            "contraindication",
        )
        for i, warning in enumerate(parsed.safety.contraindications):
            c.region_refs(rel, ("contraindications", i, "regions"), warning.regions)
            c.refs(rel, ("contraindications", i, "sources"), warning.sources, c.guides, "guide")
        c.unique(rel, ("conditions",), [x.id for x in parsed.safety.conditions], "condition")
        for i, condition in enumerate(parsed.safety.conditions):
            loc = ("conditions", i)
            c.refs(
                rel,
                (*loc, "contraindications"),
                condition.contraindications,
                c.warnings,
                "contraindication",
            )
            c.refs(rel, (*loc, "sources"), condition.sources, c.guides, "guide")
            for j, rule in enumerate(condition.rules):
                c.region_refs(rel, (*loc, "rules", j, "regions"), rule.regions)
                c.refs(rel, (*loc, "rules", j, "areas"), rule.areas, c.areas, "area")
                c.refs(
                    rel,
                    (*loc, "rules", j, "techniques"),
                    rule.techniques,
                    c.techniques,
                    "technique",
                )
                if rule.affected_regions and not condition.asks_regions:
                    c.report(
                        rel,
                        (*loc, "rules", j, "affected_regions"),
                        "the condition does not ask for regions (asks_regions: false)",
                    )
                if rule.unless_cleared and not condition.asks_clearance:
                    c.report(
                        rel,
                        (*loc, "rules", j, "unless_cleared"),
                        "the condition does not ask about clearance (asks_clearance: false)",
                    )
        for key in ("principles", "seek_help"):
            for i, principle in enumerate(getattr(parsed.safety, key)):
                c.refs(rel, (key, i, "sources"), principle.sources, c.guides, "guide")
    named = {
        "techniques": [(rel, t.id) for rel, t in parsed.techniques.items()],
        "routines": [(rel, r.id) for rel, r in parsed.routines.items()],
    }
    for folder, pairs in named.items():
        seen: dict[str, str] = {}
        for rel, item_id in pairs:
            if rel != f"{folder}/{item_id}.yaml":
                c.report(rel, ("id",), f"the file must be named {item_id}.yaml after its id")
            if item_id in seen:
                c.report(rel, ("id",), f"id {item_id!r} is also used by {seen[item_id]}")
            seen[item_id] = rel
    for rel, t in parsed.techniques.items():
        c.region_refs(rel, ("regions",), t.regions)
        c.refs(rel, ("contraindications",), t.contraindications, c.warnings, "contraindication")
        c.refs(rel, ("sources",), t.sources, c.guides, "guide")
        if t.variant_of is not None and t.variant_of not in c.techniques:
            c.report(rel, ("variant_of",), f"unknown technique {t.variant_of!r}")
        for i, band in enumerate(t.pressure.by_area):
            c.refs(rel, ("pressure", "by_area", i, "areas"), band.areas, c.areas, "area")
        for i, step in enumerate(t.steps):
            c.region_refs(rel, ("steps", i, "regions"), step.regions)
            for j, note in enumerate(step.area_notes):
                c.refs(rel, ("steps", i, "area_notes", j, "areas"), note.areas, c.areas, "area")
            c.number_source(rel, ("steps", i, "number_source"), step.number_source)
            if step.from_guide in c.guides and step.from_guide not in t.sources:
                c.report(
                    rel,
                    ("steps", i, "number_source"),
                    f"the number comes from {step.from_guide!r}, which sources: does not list",
                )
            if step.stroke is not None:
                c.region_refs(rel, ("steps", i, "stroke", "path"), step.stroke.path)
                here = ("steps", i, "stroke", "tempo_source")
                c.number_source(rel, here, step.stroke.tempo_source)
                tempo_guide = step.stroke.tempo_source
                if tempo_guide in c.guides and tempo_guide not in t.sources:
                    why = f"the tempo comes from {tempo_guide!r}, which sources: does not list"
                    c.report(rel, here, why)
    for rel, r in parsed.routines.items():
        c.refs(rel, ("sources",), r.sources, c.guides, "guide")
        for i, item in enumerate(r.items):
            if c.techniques and item.technique not in c.techniques:
                c.report(rel, ("items", i, "technique"), f"unknown technique {item.technique!r}")
            c.region_refs(rel, ("items", i, "regions"), item.regions)
            if item.number_source is not None:
                c.number_source(rel, ("items", i, "number_source"), item.number_source)
            technique = c.parsed.techniques.get(f"techniques/{item.technique}.yaml")
            for k, number in enumerate(item.steps):
                if technique is not None and number > len(technique.steps):
                    c.report(
                        rel,
                        ("items", i, "steps", k),
                        f"{item.technique!r} has only {len(technique.steps)} steps",
                    )
    _check_coverage(c)
    return c.problems


def _check_coverage(c: _Checker) -> None:
    """Every region must have at least one technique, or clicking it would lead nowhere."""
    if not c.parsed.regions or not c.parsed.techniques:
        return
    named = {ref for t in c.parsed.techniques.values() for ref in t.regions}
    for i, region in enumerate(c.parsed.regions.regions):
        if region.id not in named and region.part not in named:
            c.report("regions.yaml", ("regions", i, "id"), f"no technique works on {region.id!r}")
