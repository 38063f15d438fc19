"""Health screening: what the user's health profile rules out, or asks care with. No Qt.

The conditions and their rules live in ``data/contraindications.yaml``; this module only reads
them. A rule picks regions and/or techniques (see ``ConditionRule``); the strongest effect wins
(block > caution > info). Nothing here diagnoses: it repeats the guides' advice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import PressureLevel, RuleEffect, Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.routines import Routine
from massage_desktop.domain.rules import Condition, ConditionRule
from massage_desktop.engine.entry import StepWarning
from massage_desktop.engine.health import Verdict
from massage_desktop.engine.plan import Plan

_RANK = {RuleEffect.INFO: 1, RuleEffect.CAUTION: 2, RuleEffect.BLOCK: 3}
_LEVELS = list(PressureLevel)  # light < moderate < firm
_WARNING_SEVERITY = {
    RuleEffect.CAUTION: Severity.LIGHT_PRESSURE,
    RuleEffect.INFO: Severity.TAKE_CARE,
}
_Hit = tuple[Condition, ConditionRule]
_SCREENED_KEPT = 512  # plans screened and kept; the welcome and a few clicks screen about 50


def _unique(items: Iterable[str | None]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def _verdict(hits: Sequence[_Hit]) -> Verdict:
    ordered = sorted(hits, key=lambda hit: -_RANK[hit[1].effect])
    if not ordered:
        return Verdict()
    return Verdict(
        ordered[0][1].effect,
        _unique(rule.reason for _, rule in ordered),
        _unique(rule.advice for _, rule in ordered),
        _unique(condition.id for condition, _ in ordered),
    )


def _merge(verdicts: Iterable[Verdict]) -> Verdict:
    """One verdict for several: the strongest effect, every reason, advice and condition."""
    parts = [v for v in verdicts if v.effect is not None]
    effect = max((v.effect for v in parts if v.effect), key=_RANK.__getitem__, default=None)
    return Verdict(
        effect,
        _unique(r for v in parts for r in v.reasons),
        _unique(a for v in parts for a in v.advice),
        _unique(c for v in parts for c in v.conditions),
    )


def _combine(per: Sequence[tuple[str, Verdict]], where: str) -> Verdict:
    """BLOCK when all of ``per`` are blocked; when some are, at least CAUTION, naming them.

    ``where`` says what the names are: "here" (techniques on a region) or "on" (regions).
    """
    out = [name for name, v in per if v.blocked and name]
    if out and len(out) == len([name for name, _ in per if name]):
        return _merge(v for _, v in per)
    merged = _merge(v for _, v in per)
    if not out:
        return merged
    return replace(merged, effect=RuleEffect.CAUTION, left_out=tuple(out), left_out_where=where)


class Screening:
    """Evaluates the condition rules of a health profile against the catalog.

    Args:
        catalog: The loaded content with its conditions.
        profile: The user's answers; unknown condition or region ids are ignored.
    """

    def __init__(self, catalog: Catalog, profile: HealthProfile) -> None:
        self._catalog = catalog
        self._profile = profile
        self._active = [
            (condition, rule, self._rule_regions(condition, rule))
            for condition in catalog.conditions.values()
            if profile.has(condition.id)
            for rule in condition.rules
            if not (rule.unless_cleared and profile.is_cleared(condition.id))
        ]
        # The guide lists every routine of a region on each click; a screening never changes
        # (a new profile makes a new one), so each routine is worked out once per version.
        self._routine_verdicts: dict[str, tuple[Routine, tuple[tuple[int, Verdict], ...]]] = {}
        # The map, the start gate and the player's hatching ask for every region's state on
        # each refresh (a player refreshes every second); the regions and their techniques
        # never change while the app runs, so each region is worked out once.
        self._region_states: dict[str, Verdict | None] = {}
        # Each routine card and Start screen their plan on every refresh; a plan is immutable
        # and a PlanBook hands out the same object, so each is screened once.
        self._screened: dict[int, tuple[Plan, Plan]] = {}

    def region_state(self, region_id: str) -> Verdict | None:
        """The strongest effect over everything done on a region, or None when nothing applies.

        BLOCK when a rule blocks the region itself or every technique there is blocked;
        CAUTION when only some techniques are blocked or something calls for care.
        """
        if region_id not in self._region_states:
            self._region_states[region_id] = self._region_state(region_id)
        return self._region_states[region_id]

    def _region_state(self, region_id: str) -> Verdict | None:
        own = _verdict(self._hits(None, region_id))
        per = [
            (t.name, _verdict(self._hits(t, region_id)))
            for t in self._catalog.techniques_for_region(region_id)
        ]
        merged = own if own.blocked else _combine([("", own), *per], "here")
        if merged.blocked:
            return replace(merged, blocked_regions=(region_id,))
        return merged if merged.effect is not None else None

    def technique_verdict(self, technique_id: str, region_id: str | None = None) -> Verdict:
        """The verdict on a technique on one region, or over all its regions when None."""
        technique = self._catalog.techniques[technique_id]
        regions = [region_id] if region_id is not None else technique.regions
        elsewhere = self.located_elsewhere(self._catalog.expand(regions))
        unticked = self.unticked()
        if region_id is not None:
            verdict = _verdict(self._hits(technique, region_id))
            return replace(verdict, elsewhere=elsewhere, unticked=unticked)
        over = self._over(technique, self._catalog.expand(technique.regions))
        return replace(over, elsewhere=elsewhere, unticked=unticked)

    def unticked(self) -> tuple[str, ...]:
        """The conditions this person did not tick; none for a profile with nothing ticked.

        An empty profile may never have been filled in, so its conditions stay listed as
        conditions anyone may have.
        """
        if not self._profile.conditions:
            return ()
        return tuple(c for c in self._catalog.conditions if not self._profile.has(c))

    def located_elsewhere(
        self, region_ids: Sequence[str]
    ) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """This person's conditions about places they named, none of which is in ``region_ids``.

        Each as (condition id, the region ids named). Only a condition whose every rule is
        about the named places ("Where is it?": the left knee) counts: one that rules out
        more (or names nowhere this content knows, which applies everywhere) is never said
        to be elsewhere. Empty without regions to compare with.
        """
        here = set(region_ids)
        if not here:
            return ()
        out = []
        for condition in self._catalog.conditions.values():
            if not (condition.asks_regions and self._profile.has(condition.id)):
                continue
            named = self._catalog.expand(self._profile.regions_for(condition.id))
            about_the_place = all(
                rule.affected_regions and not (rule.all_regions or rule.regions or rule.areas)
                for rule in condition.rules
            )
            if named and about_the_place and not here & set(named):
                out.append((condition.id, tuple(named)))
        return tuple(out)

    def located_block(self, technique_id: str, region_id: str) -> tuple[str, ...]:
        """The conditions that rule ``technique_id`` out on ``region_id`` only there.

        That is, each rule that blocks it here applies to the places the user named for its
        condition ("Where is it?": the left knee), not to every region or to the technique as
        such. The guide then names the place ("Not on your left knee") instead of speaking
        as if the whole body were ruled out. Empty when nothing blocks it here or when any
        block applies more widely.
        """
        technique = self._catalog.techniques[technique_id]
        blocks = [
            (condition, rule)
            for condition, rule in self._hits(technique, region_id)
            if rule.effect is RuleEffect.BLOCK
        ]
        named = all(
            rule.affected_regions
            and not (rule.all_regions or rule.regions or rule.areas)
            # None named (or none this content knows) rules out everywhere: fail safe.
            and self._catalog.expand(self._profile.regions_for(condition.id))
            for condition, rule in blocks
        )
        return _unique(condition.id for condition, _ in blocks) if blocks and named else ()

    def routine_verdicts(self, routine_id: str) -> list[tuple[int, Verdict]]:
        """A verdict per routine item, over the regions the item works on."""
        routine = self._catalog.routines[routine_id]
        cached = self._routine_verdicts.get(routine_id)
        # The user's own routines change while the app runs: a saved edit is a new object.
        if cached is not None and cached[0] is routine:
            return list(cached[1])
        out = []
        for index, item in enumerate(routine.items):
            technique = self._catalog.techniques[item.technique]
            regions = self._catalog.expand(item.regions or technique.regions)
            out.append((index, self._over(technique, regions)))
        self._routine_verdicts[routine_id] = (routine, tuple(out))
        return out

    def blocked_map(
        self, describe: Callable[[Verdict], str] = lambda v: v.text
    ) -> dict[str, tuple[str, str]]:
        """Region id to ("blocked" | "caution", reason), for ``BodyMapWidget.set_region_states``.

        Args:
            describe: Words a verdict; the interface passes one in the user's language.
        """
        out: dict[str, tuple[str, str]] = {}
        for region_id in self._catalog.regions:
            verdict = self.region_state(region_id)
            if verdict is not None and verdict.effect is not RuleEffect.INFO:
                out[region_id] = ("blocked" if verdict.blocked else "caution", describe(verdict))
        return out

    def screen_plan(self, plan: Plan) -> Plan:
        """The plan with blocked entries marked and cautions added to the entries' warnings.

        The cautions are the person's own (``personal``): the player's strip shows them while
        the step runs, where it leaves out the conditions the profile asks about.

        An entry is blocked when its technique is blocked on any of its regions, as
        ``build_plan`` does for its own ``blocked`` argument.
        """
        known = self._screened.get(id(plan))
        if known is not None and known[0] is plan:
            return known[1]
        if len(self._screened) >= _SCREENED_KEPT:
            self._screened.clear()
        screened = self._screen_plan(plan)
        self._screened[id(plan)] = (plan, screened)
        return screened

    def _screen_plan(self, plan: Plan) -> Plan:
        entries = []
        asked = {
            c: condition.id
            for condition in self._catalog.conditions.values()
            for c in condition.contraindications
        }
        for entry in plan.entries:
            technique = self._catalog.techniques[entry.technique_id]
            away = dict(self.located_elsewhere(entry.region_ids))
            hits = [h for r in entry.region_ids for h in self._hits(technique, r)]
            blocked = [_verdict([h]) for h in hits if h[1].effect is RuleEffect.BLOCK]
            cares = {
                (c.id, rule.reason): StepWarning(
                    _WARNING_SEVERITY[rule.effect],
                    c.name,
                    rule.reason,
                    rule.advice,
                    personal=True,
                )
                for c, rule in hits
                if rule.effect is not RuleEffect.BLOCK
            }
            own = [
                self._own(w, asked.get(w.contraindication_id or ""), away) for w in entry.warnings
            ]
            warnings = sorted((*cares.values(), *own), key=lambda w: w.severity.rank)
            reason = entry.blocked_reason or (blocked[0].text if blocked else None)
            entries.append(replace(entry, blocked_reason=reason, warnings=tuple(warnings)))
        return replace(plan, entries=tuple(entries))

    def _own(
        self, warning: StepWarning, condition_id: str | None, away: dict[str, tuple[str, ...]]
    ) -> StepWarning:
        """A step's warning marked as this person's condition elsewhere, or as not ticked.

        Only with something ticked: an empty profile may never have been filled in, so its
        conditions stay listed as conditions anyone may have.
        """
        if condition_id is None or not self._profile.conditions:
            return warning
        if condition_id in away:
            return replace(warning, elsewhere=away[condition_id])
        # A line the step's regions insist on (a blood clot on every leg step) stays whole:
        # it can go unnoticed, so no profile rules it out.
        if not self._profile.has(condition_id) and warning.step_line is None:
            return replace(warning, unticked=True)
        return warning

    def _over(self, technique: Technique, region_ids: Sequence[str]) -> Verdict:
        per = {r: _verdict(self._hits(technique, r)) for r in region_ids}
        blocked = tuple(r for r, v in per.items() if v.blocked)
        named = [(self._catalog.regions[r].name, v) for r, v in per.items()]
        return replace(_combine(named, "on"), blocked_regions=blocked)

    def _hits(self, technique: Technique | None, region_id: str) -> list[_Hit]:
        """The active rules that apply to ``technique`` (None: the region itself) there."""
        return [
            (condition, rule)
            for condition, rule, regions in self._active
            if (regions is None or region_id in regions) and self._picks(rule, technique, region_id)
        ]

    def _rule_regions(self, condition: Condition, rule: ConditionRule) -> frozenset[str] | None:
        """The regions a rule picks, or None for every region."""
        named = self._catalog.expand(self._profile.regions_for(condition.id))
        # Fail safe: a condition that asks where but knows nowhere (none named, or only
        # regions this content no longer has) applies everywhere.
        if rule.all_regions or (rule.affected_regions and not named):
            return None
        if not (rule.regions or rule.areas or rule.affected_regions):
            return None
        areas = {r.id for r in self._catalog.regions.values() if r.area in rule.areas}
        mine = named if rule.affected_regions else []
        return frozenset(self._catalog.expand(rule.regions)) | areas | set(mine)

    def _picks(self, rule: ConditionRule, technique: Technique | None, region_id: str) -> bool:
        """Whether the rule's technique selection covers ``technique`` on this region."""
        if not (rule.techniques or rule.patterns or rule.min_pressure):
            return True  # a region-only rule covers everything done there
        if technique is None:
            return False
        if technique.id in rule.techniques:
            return True
        if rule.patterns and any(
            step.stroke.pattern in rule.patterns
            for step in technique.steps
            if step.stroke is not None
            and region_id in self._catalog.expand(step.regions or technique.regions)
        ):
            return True
        if rule.min_pressure is None:
            return False
        level = technique.pressure.level
        area = self._catalog.regions[region_id].area if region_id in self._catalog.regions else ""
        for band in technique.pressure.by_area:
            if area in band.areas:
                level = band.level  # the guides' per-area advice overrides the overall level
        return _LEVELS.index(level) >= _LEVELS.index(rule.min_pressure)
