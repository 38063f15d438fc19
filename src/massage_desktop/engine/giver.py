"""The giver's view of a partner routine: the side of the figure the giver works on."""

from __future__ import annotations

from collections import Counter

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Performer, View
from massage_desktop.domain.routines import Routine


def giver_view(catalog: Catalog, routine: Routine) -> View | None:
    """The view a partner routine is mostly done on, or None for a routine on oneself.

    A receiver lying face down is worked on the back: the map then shows the back, as the
    giver sees it. Regions keep their names, so "left" stays the receiver's left. A tie
    between front and back (or no regions) leaves the view as it is.
    """
    if routine.performer != Performer.PARTNER:
        return None
    counts = Counter(catalog.regions[r].view for r in catalog.routine_regions(routine))
    ranked = counts.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
