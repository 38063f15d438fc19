"""What may start from the guide: the health profile's verdicts and today's rested areas.

The guide panel asks here before it offers Start; the player asks the same questions again
when it starts (``SessionFlow``), so the panel only words what the player would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.health import Verdict, routine_verdict
from massage_desktop.engine.plan import build_plan
from massage_desktop.engine.screening import Screening
from massage_desktop.ui.guide.everywhere_banner import advice_lines, ruled_out_everywhere


class StartGate:
    """The screening of the health profile and the areas stopped for pain today.

    Args:
        catalog: The loaded content.
    """

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.screening: Screening | None = None
        self.resting: frozenset[str] = frozenset()

    def rest(self, region_ids: Iterable[str]) -> bool:
        """Rest ``region_ids`` today (and no others); whether that changed anything."""
        resting = frozenset(region_ids)
        changed = resting != self.resting
        self.resting = resting
        return changed

    def technique_verdict(self, technique_id: str, region_id: str | None) -> Verdict | None:
        """The profile's verdict on a technique here (None without a profile)."""
        if self.screening is None:
            return None
        return self.screening.technique_verdict(technique_id, region_id)

    def routine_verdict(self, routine_id: str) -> Verdict | None:
        """The profile's verdict on a routine: blocked only when every step is."""
        if self.screening is None:
            return None
        return routine_verdict(self.screening.routine_verdicts(routine_id))

    def region_rests(self, region_id: str | None) -> bool:
        """Whether the region was stopped for pain today."""
        return region_id in self.resting

    def routine_rests(self, routine_id: str) -> bool:
        """Whether the routine works an area stopped for pain today (the player refuses it)."""
        if not self.resting:
            return False
        plan = build_plan(self._catalog, self._catalog.routines[routine_id])
        return any(r in self.resting for entry in plan.entries for r in entry.region_ids)

    def everywhere(self) -> list[tuple[str, str]]:
        """(title, advice) of the conditions that rule out every region; empty otherwise."""
        return advice_lines(self._catalog, ruled_out_everywhere(self._catalog, self.screening))
