"""Find techniques, routines and regions by name or alias ("petrissage", "IT band").

Pure and Qt-free: the search box in the window calls it on every keystroke, so it works on an
index built once per catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Phase
from massage_desktop.domain.routines import Routine


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
    parts: frozenset[str]  # the body parts it is for: its areas' names, casefolded


MOST_AREAS = 3
"""An entry is for a body part when its regions lie in at most this many areas.

Neck and shoulder kneading works on the neck, the shoulders and the upper back and is "for
the back"; the self-massage tour covers thirteen areas and is for no part in particular.
"""


def _entry(
    catalog: Catalog,
    kind: HitKind,
    item_id: str,
    label: str,
    names: tuple[str, ...],
    regions: list[str],
) -> _Entry:
    hit = Hit(kind, item_id, label, names[0], tuple(regions))
    areas = {catalog.regions[r].area for r in regions if r in catalog.regions}
    parts: set[str] = set()
    if len(areas) <= MOST_AREAS:
        for area in areas:
            # "Hand and wrist" is for the hand and for the wrist.
            parts.update(p for p in _AREA_PARTS.split(catalog.areas[area].name.casefold()) if p)
    terms = tuple(_folded(n.casefold()) for n in names)
    return _Entry(hit, names, terms, frozenset(_folded(p) for p in parts))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _folded(text: str) -> str:
    """``text`` (casefolded) with its umlauts written out, as typed without a German layout.

    "Ruecken" found nothing where "Rücken" found the back (walk 16); casefolding already
    writes "ß" as "ss".
    """
    return text.translate(_UMLAUTS)


_KEPT_INDEXES = 16
"""Catalogs a ``SearchBook`` keeps an index of; cleared when more (a test run makes many)."""


class SearchIndex:
    """An index over one catalog's names and aliases."""

    def __init__(self, catalog: Catalog) -> None:
        self._entries = [
            *(
                _entry(catalog, HitKind.REGION, r.id, r.name, (r.name, *r.aliases), [r.id])
                for r in catalog.regions.values()
            ),
            *(
                _entry(
                    catalog,
                    HitKind.TECHNIQUE,
                    t.id,
                    t.search_label,
                    (t.name, *t.aliases),
                    catalog.expand(t.regions),
                )
                for t in catalog.techniques.values()
            ),
            *(
                _entry(
                    catalog,
                    HitKind.ROUTINE,
                    r.id,
                    r.name,
                    (r.name,),
                    worked_regions(catalog, r),
                )
                for r in catalog.routines.values()
            ),
        ]

    def search(self, query: str, limit: int = 30) -> list[Hit]:
        """Hits for ``query``, best first: whole-name matches, then word starts, then substrings.

        Techniques and routines come before regions at equal rank, because a search for
        "flushing" is about how to massage, not where. Words that name no part ("massage
        for back pain") are left out when the rest names something, and what is for the
        part named (the back's regions, techniques and routines) ranks as a word of its
        name, first among those, and before "back of the hand" (walk 5, finding 21).
        """
        needle = " ".join(query.casefold().split())
        if not needle:
            return []
        meaning = " ".join(_without_symptom(w) for w in needle.split() if w not in _FILLER_WORDS)
        needles = [needle] if meaning in ("", needle) else [needle, meaning]
        needles = [_folded(n) for n in needles]
        needle, meaning = _folded(needle), _folded(meaning)
        kind_order = {HitKind.TECHNIQUE: 0, HitKind.ROUTINE: 1, HitKind.REGION: 2}
        ranked: list[tuple[int, int, int, str, Hit]] = []
        for entry in self._entries:
            scored = [
                (r, i)
                for n in needles
                for i, t in enumerate(entry.terms)
                if (r := _rank(t, n)) is not None
            ]
            if meaning in entry.parts:
                scored.append((2, 0))  # as a word of its name
            if not scored and (loose := _all_words_rank(entry.terms, needle)) is not None:
                scored = [(loose, 0)]
            if not scored:
                continue
            rank, index = min(scored)
            hit = replace(entry.hit, matched=entry.names[index])
            other = 0 if meaning in entry.parts or rank < 2 else 1
            ranked.append((rank, other, kind_order[hit.kind], hit.label, hit))
        ranked.sort(key=lambda item: item[:4])
        return [item[4] for item in ranked[:limit]]


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


def worked_regions(catalog: Catalog, routine: Routine) -> list[str]:
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
_FILLER_WORDS = (
    _STOP_WORDS
    | _SYMPTOM_WORDS
    | frozenset(
        {
            *("massage", "massages", "massaging", "rub", "relief", "help", "against", "how"),
            *("massieren", "massiere", "gegen", "bei", "für", "fuer", "hilfe", "mit", "von"),
        }
    )
)
"""Words left out of a query when the rest names something: "massage for back pain"."""
_SYMPTOM_ENDINGS = ("schmerzen", "schmerz", "verspannungen", "verspannung", "aches", "ache")
"""Endings that make one word of a part and a symptom: "Rückenschmerzen", "backache"."""
_AREA_PARTS = re.compile(r"\s*(?:,|\band\b|\bund\b)\s*")
_WORD = re.compile(r"[^\W_]+")


def _without_symptom(word: str) -> str:
    """``"rückenschmerzen"`` -> ``"rücken"``: the part a compound names (kept when too short)."""
    for ending in _SYMPTOM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word.removesuffix(ending)
    return word


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _rank(term: str, needle: str) -> int | None:
    if term == needle:
        return 0
    words = _words(term)
    # "back" in "back of the hand" names a side of the hand, not the back: such a word
    # ranks as a match inside the name.
    beside = {i for i, w in enumerate(words[:-1]) if words[i + 1] in _SIDE_OF}
    if term.startswith(needle) and 0 not in beside:
        return 1
    if any(w.startswith(needle) and i not in beside for i, w in enumerate(words)):
        return 2
    if needle in term:
        return 3
    return None


_SIDE_OF = frozenset({"of", "des", "der"})
"""Words after which a body part is a side of another ("back of the knee")."""


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


class SearchBook:
    """One ``SearchIndex`` per catalog, kept while the catalog's contents are the same objects.

    Indexing every name and alias took a twentieth of each main window's start; the app
    builds one book per run (``Services.searches``) and the test suite one for every window
    it builds, as ``PlanBook`` keeps plans. The user's own routines change the catalog's
    routines while the app runs: a changed catalog gets a new index, never a stale one.
    """

    def __init__(self) -> None:
        self._indexes: dict[int, tuple[Catalog, tuple[object, ...], SearchIndex]] = {}

    def index(self, catalog: Catalog) -> SearchIndex:
        """The index ``SearchIndex(catalog)`` builds over the catalog as it is now."""
        contents = (
            *catalog.regions.values(),
            *catalog.techniques.values(),
            *catalog.routines.values(),
        )
        known = self._indexes.get(id(catalog))
        if (
            known is not None
            and known[0] is catalog
            and len(known[1]) == len(contents)
            and all(old is new for old, new in zip(known[1], contents, strict=True))
        ):
            return known[2]
        if len(self._indexes) >= _KEPT_INDEXES:
            self._indexes.clear()
        index = SearchIndex(catalog)
        self._indexes[id(catalog)] = (catalog, contents, index)
        return index
