"""A small catalog built in code, a manual clock, and a session factory for engine tests.

The catalog has what the engine must handle: sided and centre regions, a region with a
contraindication, timed, counted, tempo and each-side steps, and a routine that overrides a
technique's time and limits its regions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Area, Guide, Region, Technique
from massage_desktop.domain.history import InMemoryRecorder
from massage_desktop.domain.routines import Routine
from massage_desktop.domain.rules import Contraindication
from massage_desktop.engine import ManualClock, Plan, Session, Timing, build_plan

SessionFactory = Callable[..., Session]


def _region(rid: str, side: str, area: str, **extra: Any) -> Region:
    view = rid.split("-")[0]
    return Region.model_validate(
        {"id": rid, "name": rid, "view": view, "side": side, "area": area, **extra}
    )


def _technique(tid: str, steps: list[dict[str, Any]], **extra: Any) -> Technique:
    data: dict[str, Any] = {
        "id": tid,
        "name": tid.replace("-", " ").capitalize(),
        "summary": "A test technique.",
        "phase": "main",
        "order": 1,
        "performer": "partner",
        "pressure": {"level": "light", "advice": "Gently."},
        "position": "Anywhere.",
        "regions": ["front-thigh"],
        "sources": ["demo"],
        "steps": steps,
    }
    data.update(extra)
    return Technique.model_validate(data)


def build_catalog() -> Catalog:
    """The test catalog; immutable, so one instance serves every test."""
    regions = [
        _region("front-thigh-right", "right", "thigh"),
        _region("front-thigh-left", "left", "thigh"),
        _region("front-knee-right", "right", "knee", contraindications=["fragile"]),
        _region("front-knee-left", "left", "knee", contraindications=["fragile"]),
        _region("back-spine", "centre", "back"),
    ]
    techniques = [
        _technique(
            "glide",
            [
                {
                    "instruction": "Glide up the thigh with both palms.",
                    "duration_s": 30,
                    "number_source": "suggested",
                },
                {
                    "instruction": "Stroke each thigh.",
                    "duration_s": 20,
                    "number_source": "demo",
                    "each_side": True,
                },
                {
                    "instruction": "Knead the knee.",
                    "repetitions": 10,
                    "number_source": "suggested",
                    "regions": ["front-knee"],
                },
            ],
            regions=["front-thigh", "front-knee"],
            warnings=[{"severity": "light_pressure", "text": "Go lightly over the knee."}],
            contraindications=["varicose"],
        ),
        _technique(
            "tap",
            [
                {
                    "instruction": "Tap.",
                    "repetitions": 8,
                    "tempo_bpm": 120,
                    "number_source": "suggested",
                    "each_side": True,
                }
            ],
        ),
        _technique(
            "press",
            [
                {
                    "instruction": "Press along the spine.",
                    "duration_s": 60,
                    "number_source": "suggested",
                }
            ],
            regions=["back-spine"],
            performer="both",
        ),
    ]
    routine = Routine.model_validate(
        {
            "id": "mix",
            "name": "Mix",
            "summary": "Every kind of step.",
            "performer": "partner",
            "sources": ["demo"],
            "items": [
                {
                    "technique": "glide",
                    "duration_s": 140,
                    "number_source": "suggested",
                    "regions": ["front-thigh"],
                },
                {"technique": "tap"},
                {"technique": "press"},
            ],
        }
    )
    warnings = [
        Contraindication.model_validate(
            {"id": cid, "title": cid, "severity": sev, "text": "Careful.", "sources": ["demo"]}
        )
        for cid, sev in (("varicose", "avoid"), ("fragile", "ask_professional"))
    ]
    return Catalog(
        guides={"demo": Guide(id="demo", title="Demo", summary="Made up.")},
        areas={a: Area(id=a, name=a) for a in ("thigh", "knee", "back")},
        regions={r.id: r for r in regions},
        techniques={t.id: t for t in techniques},
        routines={routine.id: routine},
        contraindications={c.id: c for c in warnings},
        principles=[],
        seek_help=[],
    )


CATALOG = build_catalog()


def plan_for(subject_id: str, blocked: Mapping[str, str] | None = None) -> Plan:
    """The plan of a technique or routine of the test catalog."""
    subject = CATALOG.techniques.get(subject_id) or CATALOG.routines[subject_id]
    return build_plan(CATALOG, subject, blocked)


FAST = Timing(get_ready_s=5.0, switch_sides_s=3.0, get_ready_max_s=12.0)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The test catalog."""
    return CATALOG


@pytest.fixture(scope="session")
def plan_of() -> Callable[..., Plan]:
    """``plan_for`` as a fixture, since test modules cannot import this one."""
    return plan_for


@pytest.fixture
def make_session(clock: ManualClock, recorder: InMemoryRecorder) -> SessionFactory:
    """Build a session on the test clock and recorder, from a subject id or a plan."""

    def make(subject: str | Plan, **kwargs: Any) -> Session:
        plan = plan_for(subject) if isinstance(subject, str) else subject
        kwargs.setdefault("timing", FAST)
        kwargs.setdefault("performer", "partner")
        return Session(plan, recorder, clock=clock, wall=clock.wall, **kwargs)

    return make
