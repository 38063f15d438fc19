"""The loaded, cross-checked content: lookups the rest of the app uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from massage_desktop.domain.content import Area, Guide, Region, Technique, Zone
from massage_desktop.domain.enums import Phase, View
from massage_desktop.domain.routines import Routine
from massage_desktop.domain.rules import Condition, Contraindication, Principle

_PHASE_ORDER = {phase: index for index, phase in enumerate(Phase)}


@dataclass(frozen=True)
class Catalog:
    """Everything in ``data/``, indexed by id. Build it with ``massage_desktop.content``."""

    guides: dict[str, Guide]
    areas: dict[str, Area]
    regions: dict[str, Region]
    techniques: dict[str, Technique]
    routines: dict[str, Routine]
    contraindications: dict[str, Contraindication]
    principles: list[Principle]
    seek_help: list[Principle]
    conditions: dict[str, Condition] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)
    """Zone id to the few areas a session is rated on as one (``zone_of``)."""
    reading_words: dict[str, list[int]] = field(default_factory=dict)
    """Technique id to the words of each step's instruction as written (in English).

    A translation words a step in more or fewer words; the time given to read it before the
    step (``engine.phases.Timing``) counts the original's, so a session lasts as long in every
    language (the Self-massage tour was 32 min in English and 33 in German). Empty for the
    English catalog, whose own texts are the original.
    """
    _parts: dict[str, list[str]] = field(init=False, repr=False, compare=False)
    _by_region: dict[str, tuple[list[Technique], list[Routine]]] = field(
        init=False, repr=False, compare=False
    )
    _own: set[str] = field(init=False, repr=False, compare=False, default_factory=set)
    _former: dict[str, str] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        parts: dict[str, list[str]] = {}
        for region in self.regions.values():
            parts.setdefault(region.part, []).append(region.id)
        object.__setattr__(self, "_parts", parts)
        # Built once: the guide asks for a region's techniques and routines on every click.
        by_region: dict[str, tuple[list[Technique], list[Routine]]] = {
            rid: ([], []) for rid in self.regions
        }
        ordered = sorted(
            self.techniques.values(), key=lambda t: (_PHASE_ORDER[t.phase], t.order, t.name)
        )
        for technique in ordered:
            for region_id in self.expand(technique.regions):
                by_region[region_id][0].append(technique)
        for routine in self.routines.values():
            for region_id in self.routine_regions(routine):
                by_region[region_id][1].append(routine)
        object.__setattr__(self, "_by_region", by_region)
        object.__setattr__(self, "_own", set())
        object.__setattr__(self, "_former", {})

    def set_own_routines(self, routines: Iterable[Routine]) -> None:
        """Put the user's own routines beside the built-in ones, replacing the previous set.

        The window's parts all hold this one catalog, so the user's routines are changed in
        place (``storage.own_routines`` calls this after every save, delete or import) rather
        than by building a new catalog each part would have to be handed again.
        """
        for routine_id in self._own:
            self.routines.pop(routine_id, None)
        own = {r.id: r for r in routines if r.id not in self.routines}
        self.routines.update(own)
        self._own.clear()
        self._own.update(own)
        for _techniques, listed in self._by_region.values():
            listed.clear()
        for routine in self.routines.values():
            for region_id in self.routine_regions(routine):
                self._by_region[region_id][1].append(routine)

    def set_former_routine_names(self, names: Mapping[str, str]) -> None:
        """Remember the names of the user's deleted routines, by id, replacing the previous set.

        History keeps the sessions of a deleted routine under its id; without its name they
        were listed as "my-evening-knee (routine)" (walk 17).
        """
        self._former.clear()
        self._former.update(names)

    def former_routine_name(self, routine_id: str) -> str | None:
        """The name a deleted own routine had, or None when ``routine_id`` is not one."""
        return self._former.get(routine_id) if routine_id not in self.routines else None

    def is_own(self, routine_id: str) -> bool:
        """Whether a routine is one of the user's own rather than built in."""
        return routine_id in self._own

    def is_region_ref(self, ref: str) -> bool:
        """Whether ``ref`` names a region, or a sided part meaning both its regions."""
        return ref in self.regions or ref in self._parts

    def expand(self, refs: Iterable[str]) -> list[str]:
        """Region ids named by ``refs``; a part without a side expands to both sides."""
        out: list[str] = []
        for ref in refs:
            for region_id in [ref] if ref in self.regions else self._parts.get(ref, []):
                if region_id not in out:
                    out.append(region_id)
        return out

    def zone_of(self, region_id: str) -> str | None:
        """The key a region is rated under: its zone, per side when the zone has sides.

        "leg-right" for the right calf, "back" for the lower back; None for a region of no
        zone (it is then rated on its own).
        """
        region = self.regions.get(region_id)
        if region is None:
            return None
        zone = next((z for z in self.zones.values() if region.area in z.areas), None)
        if zone is None:
            return None
        sided = zone.name_right is not None and region.side.value in ("right", "left")
        return f"{zone.id}-{region.side.value}" if sided else zone.id

    def place_name(self, key: str) -> str:
        """The name of what a rating is about: a region ("Right knee") or a zone ("Right leg").

        Ratings from before zones were recorded by region keep their region's name; an unknown
        key (from a newer version, or removed content) is shown as it is.
        """
        if key in self.regions:
            return self.regions[key].name
        zone_id, _, side = key.rpartition("-")
        zone = self.zones.get(zone_id)
        if zone is not None and side == "right" and zone.name_right is not None:
            return zone.name_right
        if zone is not None and side == "left" and zone.name_left is not None:
            return zone.name_left
        zone = self.zones.get(key)
        return zone.name if zone is not None else key

    def applies_to(self, contraindication: Contraindication, region_id: str) -> bool:
        """Whether a warning is about ``region_id``: it names that place, or no place at all."""
        refs = contraindication.regions
        return not refs or region_id in self.expand(refs)

    def regions_in_view(self, view: View) -> list[Region]:
        """Regions drawn on one view, head to toe as listed in regions.yaml."""
        return [r for r in self.regions.values() if r.view is view]

    def techniques_for_region(self, region_id: str) -> list[Technique]:
        """Techniques that work on a region, in the guides' order: warm-up first, finish last."""
        return list(self._by_region.get(region_id, ([], []))[0])

    def routines_for_region(self, region_id: str) -> list[Routine]:
        """Routines (built-in, then the user's own) with at least one item working on a region."""
        return list(self._by_region.get(region_id, ([], []))[1])

    def routine_regions(self, routine: Routine) -> list[str]:
        """Every region a routine works on."""
        refs: list[str] = []
        for item in routine.items:
            refs.extend(item.regions or self.techniques[item.technique].regions)
        return self.expand(refs)

    def warnings_for(
        self, technique: Technique, region_id: str | None = None
    ) -> list[Contraindication]:
        """Shared contraindications of a technique and, if given, of one region, strongest first.

        With a region, a technique's warning about other places is left out: stroking lists
        the stomach's "not straight after a heavy meal" for its stomach steps, which said
        nothing to someone stroking a shoulder. A warning that names no place, and every
        warning the region itself lists, is always kept.
        """
        ids = list(technique.contraindications)
        if region_id is not None:
            ids = [i for i in ids if self.applies_to(self.contraindications[i], region_id)]
            ids.extend(self.regions[region_id].contraindications)
        seen = dict.fromkeys(ids)
        found = [self.contraindications[i] for i in seen]
        return sorted(found, key=lambda c: c.severity.rank)
