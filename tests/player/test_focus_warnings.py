"""A technique started from one part warns of that part only, as a routine's step on it does.

Walk 18: Kneading started from the left palm showed "Go gently near the spine", "Wipe oily
feet before standing up" and the blood-clot warning, while the same kneading in an own
routine on the palm showed none of them: the focused step kept the warnings of all 38
regions kneading lists.
"""

from __future__ import annotations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.routines import Routine, RoutineItem
from massage_desktop.engine.plan import build_plan


def _ids(entry_warnings: tuple[object, ...]) -> set[str | None]:
    return {getattr(w, "contraindication_id", None) for w in entry_warnings}


def test_kneading_from_a_palm_warns_as_a_routine_on_the_palm(catalog: Catalog) -> None:
    kneading = catalog.techniques["kneading"]
    started = build_plan(catalog, kneading, focus="front-palm-left").entries
    routine = Routine(
        id="my-hands",
        name="Hands",
        summary="Hands.",
        performer="self",
        items=[RoutineItem(technique="kneading", regions=["front-palm-left"])],
        sources=["own-advice"],
    )
    in_routine = build_plan(catalog, routine).entries
    assert [e.region_ids for e in started] == [("front-palm-left",)] * len(started)
    for alone, listed in zip(started, in_routine, strict=True):
        assert _ids(alone.warnings) == _ids(listed.warnings)
        assert not {"spine-gentle", "oily-feet"} & _ids(alone.warnings)
    # Started from the back of the neck, the spine's warning is there.
    back = build_plan(catalog, kneading, focus="back-neck").entries
    assert any("spine-gentle" in _ids(e.warnings) for e in back)
