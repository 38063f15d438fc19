"""Plans and screenings built once and shared by every part of a run that shows them.

A plan is a pure function of the catalog and its subject (``engine/plan.py``), and the guide
lists the same few dozen routines on every start, every click and every change of the health
profile. ``build_services`` makes one ``PlanBook`` per run and hands it down, like the other
services; the test suite hands one to every window it builds, so a plan is built once per
catalog, not once per window (it was a fifth of a main window's start). A screening of the
health profile is kept the same way: it works each region and each plan out once, and a
window screened them all again on every start and every saved profile.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Technique
from massage_desktop.domain.enums import Side
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.plan import Plan, build_plan
from massage_desktop.engine.screening import Screening

KEPT = 1024
"""Plans a book keeps; cleared when more. The welcome and a few clicks plan about a hundred;
the bound also keeps a test run from holding on to every catalog its tests made."""

_Key = tuple[int, str, str, str | None, str | None]


class PlanBook:
    """``build_plan`` of a subject, kept while its catalog and the subject are the same objects.

    The user's own routines change while the app runs, and a saved edit is a new object, so it
    gets a plan of its own; a plan of another catalog (another language) is never handed out.
    """

    def __init__(self) -> None:
        self._plans: dict[_Key, tuple[Catalog, Technique | Routine, Plan]] = {}
        self._screenings: dict[tuple[int, str], tuple[Catalog, Screening]] = {}

    def plan(
        self,
        catalog: Catalog,
        subject: Technique | Routine,
        *,
        focus: str | None = None,
        side: Side | None = None,
    ) -> Plan:
        """The plan ``build_plan(catalog, subject, focus=focus, side=side)`` returns."""
        kind = "technique" if isinstance(subject, Technique) else "routine"
        key = (id(catalog), kind, subject.id, focus, None if side is None else side.value)
        known = self._plans.get(key)
        if known is not None and known[0] is catalog and known[1] is subject:
            return known[2]
        if len(self._plans) >= KEPT:
            self._plans.clear()
        plan = build_plan(catalog, subject, focus=focus, side=side)
        self._plans[key] = (catalog, subject, plan)
        return plan

    def screening(self, catalog: Catalog, profile: HealthProfile) -> Screening:
        """``Screening(catalog, profile)``, kept while the catalog is the same object.

        A profile is told apart by its contents (it is immutable, but a saved one is a new
        object), so answering as before finds the screening worked out before.
        """
        key = (id(catalog), profile.model_dump_json())
        known = self._screenings.get(key)
        if known is not None and known[0] is catalog:
            return known[1]
        if len(self._screenings) >= KEPT:
            self._screenings.clear()
        screening = Screening(catalog, profile)
        self._screenings[key] = (catalog, screening)
        return screening
