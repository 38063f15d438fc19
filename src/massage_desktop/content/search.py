"""Find techniques, routines and regions by name or alias ("petrissage", "IT band").

Pure and Qt-free: the search box in the window calls it on every keystroke, so it works on an
index built once per catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Routine
from massage_desktop.domain.enums import Phase


class HitKind(StrEnum):
    """What a search hit points at."""

    REGION = "region"
    TECHNIQUE = "technique"
    ROUTINE = "routine"


@dataclass(frozen=True)
class Hit:
    """One search result.

    Attributes:
        kind: Region, technique or routine.
        id: Its id in the catalog.
        label: What to show in the result list.
        matched: The name or alias that matched, for "matched 'petrissage'" hints.
        region_ids: Regions to highlight on the map.
    """

    kind: HitKind
    id: str
    label: str
    matched: str
    region_ids: tuple[str, ...]


@dataclass(frozen=True)
class _Entry:
    hit: Hit
    names: tuple[str, ...]  # name first, then aliases, as written
    terms: tuple[str, ...]  # the same, casefolded


def _entry(
    kind: HitKind, item_id: str, label: str, names: tuple[str, ...], regions: list[str]
) -> _Entry:
    hit = Hit(kind, item_id, label, names[0], tuple(regions))
    return _Entry(hit, names, tuple(n.casefold() for n in names))


class SearchIndex:
    """An index over one catalog's names and aliases."""

    def __init__(self, catalog: Catalog) -> None:
        self._entries = [
            *(
                _entry(HitKind.REGION, r.id, r.name, (r.name, *r.aliases), [r.id])
                for r in catalog.regions.values()
            ),
            *(
                _entry(
                    HitKind.TECHNIQUE,
                    t.id,
                    t.title,
                    (t.name, *t.aliases),
                    catalog.expand(t.regions),
                )
                for t in catalog.techniques.values()
            ),
            *(
                _entry(HitKind.ROUTINE, r.id, r.name, (r.name,), _worked_regions(catalog, r))
                for r in catalog.routines.values()
            ),
        ]

    def search(self, query: str, limit: int = 30) -> list[Hit]:
        """Hits for ``query``, best first: whole-name matches, then word starts, then substrings.

        Techniques and routines come before regions at equal rank, because a search for
        "flushing" is about how to massage, not where.
        """
        needle = " ".join(query.casefold().split())
        if not needle:
            return []
        kind_order = {HitKind.TECHNIQUE: 0, HitKind.ROUTINE: 1, HitKind.REGION: 2}
        ranked: list[tuple[int, int, str, Hit]] = []
        for entry in self._entries:
            scored = [
                (r, i) for i, t in enumerate(entry.terms) if (r := _rank(t, needle)) is not None
            ]
            if not scored and (loose := _all_words_rank(entry.terms, needle)) is not None:
                scored = [(loose, 0)]
            if not scored:
                continue
            rank, index = min(scored)
            hit = replace(entry.hit, matched=entry.names[index])
            ranked.append((rank, kind_order[hit.kind], hit.label, hit))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked[:limit]]


def preview_regions(hits: list[Hit]) -> list[str]:
    """The regions to mark on the map while the results are shown.

    When the query names a body part ("knee"), only the regions found by name are marked:
    the techniques and routines in the same list work on much more (thighs, shins), and
    marking all of it would hide the part that was asked for. Otherwise every hit's regions.
    """
    named = [hit for hit in hits if hit.kind is HitKind.REGION]
    marked: list[str] = []
    for hit in named or hits:
        marked.extend(r for r in hit.region_ids if r not in marked)
    return marked


def _worked_regions(catalog: Catalog, routine: Routine) -> list[str]:
    """The regions a routine massages, without its preparations.

    Warming the oil or the hands is done on the giver's own palms: a search for "knee" that
    found the partner knee routine marked both wrists and palms because of it.
    """
    refs: list[str] = []
    for item in routine.items:
        technique = catalog.techniques[item.technique]
        if technique.phase is not Phase.PREPARE:
            refs.extend(item.regions or technique.regions)
    return catalog.expand(refs) if refs else catalog.routine_regions(routine)


_STOP_WORDS = frozenset({"a", "an", "and", "in", "of", "on", "the", "to", "with", "your", "my"})
# How people say where it hurts ("sore neck", "lower back pain", "verspannter Nacken"): the
# words name no body part, so the rest of the query is matched without them.
_SYMPTOM_WORDS = frozenset(
    {
        *("sore", "pain", "painful", "ache", "aches", "aching", "achy", "hurts", "hurting"),
        *("tight", "tense", "tension", "stiff", "stiffness", "for", "i", "have", "is"),
        *("schmerz", "schmerzen", "schmerzt", "tut", "weh", "verspannt", "verspannte"),
        *("verspannter", "verspannten", "verspannung", "steif", "steifer", "mein", "meine"),
        *("meinen", "der", "die", "das", "den", "ich", "habe", "am", "im"),
    }
)
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _rank(term: str, needle: str) -> int | None:
    if term == needle:
        return 0
    if term.startswith(needle):
        return 1
    if any(word.startswith(needle) for word in _words(term)):
        return 2
    if needle in term:
        return 3
    return None


def _all_words_rank(terms: tuple[str, ...], needle: str) -> int | None:
    """Rank 4 when every meaningful query word starts a word of the name or an alias.

    "warm-up effleurage" finds "Knee warm-up strokes" (alias "effleurage"), "heel of the
    hand" finds "Heel-of-hand slide", and "lower back pain" finds the lower back.
    """
    wanted = [w for w in _words(needle) if w not in _STOP_WORDS | _SYMPTOM_WORDS]
    have = [w for term in terms for w in _words(term)]
    if wanted and all(any(h.startswith(w) for h in have) for w in wanted):
        return 4
    return None
