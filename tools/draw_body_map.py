#!/usr/bin/env python3
"""Draw ``resources/body_map.svg``: the clickable front and back body map.

Standard library only. Run from anywhere: ``python3 tools/draw_body_map.py`` redraws it;
``--check`` only compares (``make test`` runs that), ``--output PATH`` writes elsewhere.

How the drawing is built:

* Everything is designed for one half of a figure, in figure units: ``u`` is the distance from the
  figure's midline (growing outwards, to the viewer's left) and ``y`` the height on the page. One
  head height ``H`` is 120 units and the figure is 7.5 heads tall.
* Outlines are smooth centripetal Catmull-Rom splines through hand-placed anatomical points,
  written out as cubic Bezier curves. A :class:`Line` is such a spline with named junction points;
  a region is a closed loop of pieces of lines between junctions. Two neighbouring regions use
  the same piece of the same line, so they share their border exactly: no holes, no slivers.
* The other half is the mirror image, which keeps the figure symmetric. Regions that cross the
  midline (face, chest, upper back, ...) are a half loop plus its mirror image.
* Ids use the person's own sides. The front view shows the person's right on the viewer's left;
  the back view shows the person's left on the viewer's left.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

H = 120.0
"""One head height in SVG units."""
TOP = 28.0
"""The top of the head."""
VIEW_WIDTH = 500.0
"""Each view is half the canvas: the front on the left, the back on the right."""
CANVAS = 1000.0
CENTRES = {"front": 250.0, "back": 750.0}
"""The figure's midline in each view."""

# The colour contract (ui/bodymap/palette.py replaces each of these, by its exact text, with a
# tone for the current theme): every colour has one role, and no two roles share a value.
FILL = "#F2D5C4"
"""Skin."""
OUTLINE = "#8C6A5D"
"""The figure's outer contour, drawn once over everything but the hair."""
SEAM = "#E2C0AE"
"""Borders between regions: barely there, so the figure reads as one body; the map draws the
hovered and selected region's border itself."""
CONTOUR = "#C9A393"
"""Anatomy lines (eyes, collarbones, shoulder blades, creases): a soft pencil line."""
SHADE = "#DDBBA6"
"""Soft shading (the hollow behind the knee, the shadow under the chin), fading out: a deeper
skin tone of the same hue, never redder than the skin (a redder one read as bruising)."""
HAIR = "#6E564C"
HAIR_LINE = "#8F7366"
"""Strands drawn over the hair."""
LEGEND = "#5A4A44"

Point = tuple[float, float]
Segment = tuple[Point, Point, Point, Point]

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "body_map.svg"


# --------------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------------


def _add(p: Point, q: Point) -> Point:
    return (p[0] + q[0], p[1] + q[1])


def _sub(p: Point, q: Point) -> Point:
    return (p[0] - q[0], p[1] - q[1])


def _mul(p: Point, k: float) -> Point:
    return (p[0] * k, p[1] * k)


def _dist(p: Point, q: Point) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


class Curve:
    """A chain of cubic Bezier segments, each ``(start, control1, control2, end)``."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.segments = list(segments)

    @property
    def start(self) -> Point:
        """The first point."""
        return self.segments[0][0]

    @property
    def end(self) -> Point:
        """The last point."""
        return self.segments[-1][3]

    def reversed(self) -> Curve:
        """The same curve walked the other way."""
        return Curve([(d, c, b, a) for a, b, c, d in reversed(self.segments)])

    def mirrored(self) -> Curve:
        """The mirror image across the midline (``x -> -x``)."""
        return Curve([tuple((-p[0], p[1]) for p in seg) for seg in self.segments])  # type: ignore[misc]

    def __add__(self, other: Curve) -> Curve:
        if _dist(self.end, other.start) > 1e-6:
            raise ValueError(f"curves do not meet: {self.end} vs {other.start}")
        return Curve(self.segments + other.segments)


class Multi(Curve):
    """Several closed loops drawn as one path."""

    def __init__(self, *loops: Curve) -> None:
        super().__init__([s for loop in loops for s in loop.segments])
        self.loops = list(loops)

    def mirrored(self) -> Multi:
        """The mirror image of every loop."""
        return Multi(*(loop.mirrored() for loop in self.loops))


def _centripetal(p0: Point, p1: Point, p2: Point, p3: Point) -> tuple[Point, Point]:
    """Bezier controls of the centripetal Catmull-Rom segment from ``p1`` to ``p2``."""
    d1 = max(_dist(p0, p1), 1e-9) ** 0.5
    d2 = max(_dist(p1, p2), 1e-9) ** 0.5
    d3 = max(_dist(p2, p3), 1e-9) ** 0.5
    b1 = _mul(
        _add(
            _sub(_mul(p2, d1 * d1), _mul(p0, d2 * d2)),
            _mul(p1, 2 * d1 * d1 + 3 * d1 * d2 + d2 * d2),
        ),
        1.0 / (3 * d1 * (d1 + d2)),
    )
    b2 = _mul(
        _add(
            _sub(_mul(p1, d3 * d3), _mul(p3, d2 * d2)),
            _mul(p2, 2 * d3 * d3 + 3 * d3 * d2 + d2 * d2),
        ),
        1.0 / (3 * d3 * (d3 + d2)),
    )
    return b1, b2


def spline(
    points: Sequence[Point], corners: Iterable[int] = (), closed: bool = False, mirror: bool = False
) -> Curve:
    """A smooth curve through ``points``; the curve has a sharp corner at indexes in ``corners``.

    With ``mirror``, an open curve that starts or ends on the midline (``x == 0``) without a
    corner there meets the midline square, so it joins its own mirror image smoothly.
    """
    pts = list(points)
    sharp = set(corners)
    n = len(pts)
    segments: list[Segment] = []
    count = n if closed else n - 1
    for i in range(count):
        p1, p2 = pts[i], pts[(i + 1) % n]
        if closed:
            p0, p3 = pts[(i - 1) % n], pts[(i + 2) % n]
        else:
            p0 = pts[i - 1] if i > 0 else _sub(_mul(p1, 2), p2)
            p3 = pts[i + 2] if i + 2 < n else _sub(_mul(p2, 2), p1)
            if mirror and i == 0 and p1[0] == 0:
                p0 = (-p2[0], p2[1])
            if mirror and i + 2 == n and p2[0] == 0:
                p3 = (-p1[0], p1[1])
        if i in sharp:
            p0 = _sub(_mul(p1, 2), p2)
        if (i + 1) % n in sharp:
            p3 = _sub(_mul(p2, 2), p1)
        c1, c2 = _centripetal(p0, p1, p2, p3)
        segments.append((p1, c1, c2, p2))
    return Curve(segments)


def straight(a: Point, b: Point) -> Curve:
    """A straight piece from ``a`` to ``b``."""
    return Curve([(a, _add(a, _mul(_sub(b, a), 1 / 3)), _add(a, _mul(_sub(b, a), 2 / 3)), b)])


class Line:
    """A spline through named and unnamed points; pieces between named points build regions.

    ``items`` are ``(u, y)`` tuples, junction names (looked up in ``junctions``), or either of
    them followed by ``"*"`` to make a sharp corner there. ``u`` is the distance from the
    midline; the line is drawn on the viewer's left half (``x = -u``).
    """

    def __init__(self, junctions: dict[str, Point], items: Sequence[object]) -> None:
        points: list[Point] = []
        corners: list[int] = []
        self.index: dict[str, int] = {}
        for item in items:
            if item == "*":
                corners.append(len(points) - 1)
                continue
            if isinstance(item, str):
                self.index[item] = len(points)
                u, y = junctions[item]
            else:
                u, y = item  # type: ignore[misc]
            points.append((-u, y))
        self.curve = spline(points, corners, mirror=True)

    def piece(self, a: str, b: str) -> Curve:
        """The part of the line from junction ``a`` to junction ``b`` (either direction)."""
        i, j = self.index[a], self.index[b]
        if i < j:
            return Curve(self.curve.segments[i:j])
        return Curve(self.curve.segments[j:i]).reversed()


def chain(*curves: Curve) -> Curve:
    """Join pieces end to end."""
    result = curves[0]
    for curve in curves[1:]:
        result = result + curve
    return result


def closed(*curves: Curve) -> Curve:
    """Join pieces into a loop (the last piece must end where the first starts)."""
    result = chain(*curves)
    if _dist(result.start, result.end) > 1e-6:
        raise ValueError(f"loop is not closed: {result.start} vs {result.end}")
    return result


def symmetric(half: Curve) -> Curve:
    """A loop from a half loop running from one midline point to another."""
    for p in (half.start, half.end):
        if abs(p[0]) > 1e-9:
            raise ValueError(f"half loop must start and end on the midline, not at {p}")
    return closed(half, half.mirrored().reversed())


def oval(centre: Point, rx: float, ry: float, point_down: float = 0.0, n: int = 12) -> Curve:
    """A smooth closed egg shape (drawn on the viewer's left half, like :class:`Line`)."""
    cu, cy = centre
    pts = []
    for k in range(n):
        a = 2 * math.pi * k / n
        s = math.sin(a)
        ry_k = ry * (1 + point_down * max(0.0, s))
        pts.append(
            (-(cu + rx * math.cos(a) * (1 - 0.18 * point_down * max(0.0, s))), cy + ry_k * s)
        )
    return spline(pts, closed=True)


def local(origin: Point, angle_deg: float, a: float, s: float) -> Point:
    """A point in a limb's frame: ``s`` along the limb (downwards), ``a`` across it (outwards)."""
    t = math.radians(angle_deg)
    return (
        origin[0] + a * math.cos(t) + s * math.sin(t),
        origin[1] - a * math.sin(t) + s * math.cos(t),
    )


# --------------------------------------------------------------------------------------------
# The figure (one half, u = distance from the midline)
# --------------------------------------------------------------------------------------------


# Arm axis: shoulder joint, elbow and wrist crease, hanging slightly away from the body.
SHOULDER: Point = (84.0, 212.0)
UPPER_ARM_ANGLE = 14.0
ELBOW_Y = 372.0
FOREARM_ANGLE = 16.0
WRIST_Y = 496.0
HAND_ANGLE = 13.0
UPPER_ARM_LENGTH = (ELBOW_Y - SHOULDER[1]) / math.cos(math.radians(UPPER_ARM_ANGLE))
ELBOW: Point = local(SHOULDER, UPPER_ARM_ANGLE, 0, UPPER_ARM_LENGTH)
FOREARM_LENGTH = (WRIST_Y - ELBOW[1]) / math.cos(math.radians(FOREARM_ANGLE))
WRIST: Point = local(ELBOW, FOREARM_ANGLE, 0, FOREARM_LENGTH)
WRIST_BAND = 17.0
HAND_SCALE = 1.07


def upper_arm(t: float, w: float) -> Point:
    """A point on the upper arm: ``t`` down the axis from the shoulder, ``w`` outwards."""
    return local(SHOULDER, UPPER_ARM_ANGLE, w, t)


def forearm(s: float, w: float) -> Point:
    """A point on the forearm: ``s`` down the axis from the elbow, ``w`` outwards."""
    return local(ELBOW, FOREARM_ANGLE, w, s)


def hand(a: float, s: float) -> Point:
    """A point on the hand: ``s`` down from the wrist crease, ``a`` towards the thumb side."""
    return local(WRIST, HAND_ANGLE, a * HAND_SCALE, s * HAND_SCALE)


J: dict[str, Point] = {
    # head and neck
    "top": (0.0, TOP),
    "ear_top": (41.5, 80.0),
    "ear_lobe": (41.0, 115.0),
    "jaw_neck": (28.0, 141.0),
    "chin": (0.0, 150.0),
    "jaw_c": (12.0, 148.0),
    "hair_top": (0.0, 23.0),
    "hair_mid": (0.0, 49.6),
    "hair_temple": (21.5, 52.5),
    "temple_low": (36.2, 95.0),
    "hair_back_mid": (0.0, 117.2),
    "nape_mid": (0.0, 144.5),
    "neck_shoulder": (46.0, 182.5),
    "neck_clav": (30.0, 193.5),
    "notch": (0.0, 193.0),
    "c7": (0.0, 198.0),
    "c7_side": (24.0, 194.0),
    # shoulder and arm
    "acromion": (93.0, 200.0),
    "delt_clav": (72.0, 201.2),
    "delt_front": (94.5, 256.0),
    "delt_q": (104.0, 270.0),
    "delt_back": (100.0, 247.0),
    "delt_ins": upper_arm(75, 20.5),
    "biceps_in": upper_arm(96, -21.8),
    "apex": (78.0, 272.0),
    "elbow_out": upper_arm(UPPER_ARM_LENGTH, 20.0),
    "elbow_in": upper_arm(UPPER_ARM_LENGTH, -21.0),
    "wrist_top_out": forearm(FOREARM_LENGTH - WRIST_BAND, 15.5),
    "wrist_top_in": forearm(FOREARM_LENGTH - WRIST_BAND, -15.0),
    "wrist_out": hand(15.0, 0.0),
    "wrist_in": hand(-14.5, 0.0),
    "thumb_base": hand(23.5, 23.0),
    "thumb_web": hand(17.0, 37.0),
    "knuckle_out": hand(18.0, 48.0),
    "knuckle_in": hand(-18.7, 48.0),
    # torso
    "chest_side": (75.5, 305.0),
    "chest_mid": (0.0, 296.0),
    "blade_side": (72.0, 325.0),
    "blade_mid": (0.0, 337.0),
    "iliac": (76.0, 422.0),
    "sacrum": (0.0, 464.0),
    "groin": (30.0, 461.0),
    "trochanter": (85.5, 460.0),
    "crotch": (0.0, 478.0),
    "crotch_back": (0.0, 494.0),
    # legs
    "hip_low": (70.0, 478.0),
    "glute_in": (8.4, 515.0),
    "glute_out": (74.0, 508.0),
    "knee_top_out": (65.5, 636.0),
    "knee_top_in": (13.0, 636.0),
    "knee_strip_out": (53.0, 633.0),
    "knee_strip_in": (22.0, 632.0),
    "knee_out": (63.0, 668.0),
    "knee_in": (15.5, 670.0),
    "knee_low_out": (64.0, 702.0),
    "knee_low_in": (14.5, 702.0),
    "pit_top": (39.0, 638.0),
    "pit_low": (39.0, 700.0),
    "pit_out": (54.0, 668.5),
    "pit_in": (24.0, 669.0),
    "ankle_out": (49.5, 850.0),
    "ankle_in": (25.5, 850.0),
    "foot_out": (53.0, 884.0),
    "foot_in": (22.4, 883.0),
    "toes_out": (65.0, 924.0),
    "toes_in": (20.0, 929.0),
    "heel_out": (52.5, 888.0),
    "heel_in": (22.5, 888.0),
    "sole_out": (51.5, 911.0),
    "sole_in": (23.5, 911.0),
}


# Fingers from the index (thumb side) to the little finger: (outer edge, inner edge, tip, notch
# between this finger and the next), in the hand's frame.
FINGERS = [
    (18.0, 8.8, 80.6, 65.5),
    (8.8, -0.6, 85.6, 66.5),
    (-0.6, -10.0, 83.0, 64.0),
    (-10.0, -18.8, 76.2, 0),
]


def _arm_items() -> list[object]:
    """The outline from under the jaw over the shoulder, down the arm, round the hand, back up."""
    items: list[object] = [
        "jaw_neck",
        "*",
        (26.8, 152.0),
        (27.6, 162.0),
        (31.0, 171.0),
        (37.5, 177.5),
        "neck_shoulder",
        (60.0, 187.5),
        (76.0, 193.5),
        "acromion",
        (103.0, 203.5),
        (110.0, 210.0),
        (114.0, 220.0),
        (116.0, 233.0),
        (117.3, 247.0),
        (118.6, 261.0),
        "delt_ins",
        upper_arm(102, 20.6),
        upper_arm(132, 19.4),
        "elbow_out",
        forearm(18, 24.5),
        forearm(42, 22.5),
        forearm(68, 19.0),
        forearm(88, 16.3),
        "wrist_top_out",
        "wrist_out",
        hand(18.5, 7.0),
        hand(21.5, 15.0),
        "thumb_base",
        hand(25.6, 30.0),
        hand(27.2, 40.0),
        hand(27.3, 49.0),
        hand(25.6, 55.6),
        hand(22.2, 58.0),
        hand(19.7, 53.5),
        hand(18.5, 45.5),
        "thumb_web",
        "*",
        hand(17.6, 42.5),
        "knuckle_out",
    ]
    items.append(hand(18.1, 60.0))
    for k, (a_out, a_in, tip, notch) in enumerate(FINGERS):
        w = a_out - a_in
        items += [
            hand(a_out - 0.07 * w, tip - 8.5),
            hand(a_out - 0.24 * w, tip - 2.4),
            hand((a_out + a_in) / 2, tip),
            hand(a_in + 0.24 * w, tip - 2.4),
            hand(a_in + 0.07 * w, tip - 8.5),
        ]
        if k < 3:
            items += [hand(a_in, notch), "*"]
    items += [
        hand(-18.9, 59.0),
        "knuckle_in",
        hand(-19.0, 40.0),
        hand(-18.6, 30.0),
        hand(-17.2, 18.0),
        hand(-15.6, 8.0),
        "wrist_in",
        "wrist_top_in",
        forearm(88, -15.8),
        forearm(64, -18.2),
        forearm(40, -21.0),
        forearm(18, -22.3),
        "elbow_in",
        upper_arm(142, -21.4),
        upper_arm(116, -23.2),
        "biceps_in",
        "apex",
    ]
    return items


TORSO_UPPER: list[object] = [
    "apex",
    "*",
    (77.0, 290.0),
    "chest_side",
    "blade_side",
    (68.5, 345.0),
    (66.5, 363.0),
    (67.5, 382.0),
    (71.0, 402.0),
    "iliac",
    (81.5, 441.0),
    "trochanter",
    (87.0, 478.0),
    (86.4, 497.0),
    (84.5, 520.0),
    (81.5, 548.0),
    (77.5, 578.0),
    (72.5, 606.0),
    (68.0, 626.0),
    "knee_top_out",
    (63.8, 652.0),
    "knee_out",
    (63.2, 686.0),
    "knee_low_out",
    (66.6, 716.0),
    (68.4, 731.0),
    (67.8, 748.0),
    (64.2, 775.0),
    (58.4, 804.0),
    (53.0, 830.0),
    "ankle_out",
]
LEG_INNER: list[object] = [
    "ankle_in",
    (23.6, 838.0),
    (20.2, 818.0),
    (15.2, 795.0),
    (11.0, 773.0),
    (9.8, 752.0),
    (11.8, 727.0),
    "knee_low_in",
    (15.3, 686.0),
    "knee_in",
    (14.8, 654.0),
    "knee_top_in",
    (12.0, 615.0),
    (12.3, 590.0),
    (11.6, 560.0),
    (10.0, 530.0),
]
FOOT_FRONT: list[object] = [
    (50.6, 864.0),
    (52.2, 877.0),
    "foot_out",
    (57.4, 894.0),
    (61.6, 905.0),
    (64.2, 915.5),
    "toes_out",
]
FOOT_FRONT_INNER: list[object] = [
    "toes_in",
    "*",
    (19.4, 916.0),
    (20.6, 903.0),
    "foot_in",
    (23.0, 872.0),
    (24.6, 860.0),
]
# Toes from the little toe (outside) to the big toe: (outer edge u, inner edge u, tip y).
TOES = [(65.0, 57.6, 935.6), (57.6, 50.2, 940.0), (50.2, 42.4, 943.2), (42.4, 33.8, 945.4)]
BIG_TOE = (33.8, 20.0, 948.5)


def _toe_notch(k: int) -> Point:
    """The notch between toe ``k`` and the next one (towards the big toe)."""
    toes = [*TOES, BIG_TOE]
    r = (toes[k][0] - toes[k][1]) / 2
    return (toes[k][1], min(toes[k][2], toes[k + 1][2]) - 1.25 * r)


def _toe_items() -> list[object]:
    """Round toe tips from the little toe to the big toe, with soft notches between them."""
    items: list[object] = []
    for k, (a, b, tip) in enumerate([*TOES, BIG_TOE]):
        r = (a - b) / 2 * 0.92
        m = (a + b) / 2
        for deg in (160, 125, 90, 55, 20):
            t = math.radians(deg)
            items.append((m - r * math.cos(t), tip - r + r * math.sin(t)))
        if k < 4:
            items.append(_toe_notch(k))
    return items


FOOT_BACK: list[object] = [
    (50.6, 864.0),
    (52.2, 877.0),
    "heel_out",
    (54.2, 899.0),
    "sole_out",
    "*",
    (53.4, 922.0),
    (56.8, 933.0),
    (58.6, 943.0),
    (55.6, 950.0),
    (47.0, 953.6),
    (36.0, 954.4),
    (26.0, 952.6),
    (21.0, 946.5),
    (20.2, 935.0),
    (22.4, 922.0),
    "sole_in",
    "*",
    (20.8, 899.0),
    "heel_in",
    (23.0, 872.0),
    (24.6, 860.0),
]


HAIR_OUTER = Line(
    J, ["hair_top", (18.0, 25.2), (31.5, 31.8), (39.6, 41.5), (42.8, 54.0), (43.0, 68.0), "ear_top"]
)
"""The outside of the hair, a little fuller than the skull."""


class Figure:
    """The lines of one view's half figure."""

    def __init__(self, view: str) -> None:
        self.view = view
        self.head = Line(
            J,
            [
                "top",
                (17.0, 30.0),
                (29.5, 37.5),
                (37.0, 48.0),
                (40.5, 62.0),
                "ear_top",
                "*",
                (44.5, 82.0),
                (46.5, 89.0),
                (46.3, 100.0),
                (44.0, 109.0),
                "ear_lobe",
                "*",
                (39.5, 123.0),
                (36.5, 132.0),
                "jaw_neck",
            ],
        )
        self.arm = Line(J, _arm_items())
        if view == "front":
            feet = [*FOOT_FRONT, *_toe_items(), *FOOT_FRONT_INNER]
            top_inner: list[object] = [(7.5, 505.0), (4.0, 489.0), "crotch", "*"]
        else:
            feet = FOOT_BACK
            top_inner = ["glute_in", (4.5, 503.0), "crotch_back", "*"]
        self.body = Line(J, [*TORSO_UPPER, *feet, *LEG_INNER, *top_inner])


# --------------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------------


def front_regions() -> tuple[dict[str, Curve], dict[str, Curve]]:
    """The front view: (regions on the viewer's left half, centre regions)."""
    f = Figure("front")
    head, arm, body = f.head, f.arm, f.body
    hairline = Line(
        J,
        [
            "hair_mid",
            (10.0, 50.0),
            "hair_temple",
            (30.5, 58.5),
            (36.4, 66.5),
            (39.2, 74.0),
            "ear_top",
        ],
    )
    temple_in = Line(J, ["hair_temple", (25.0, 68.0), (30.0, 84.0), "temple_low"])
    temple_low = Line(J, ["ear_top", (39.6, 88.5), "temple_low"])
    jaw_in = Line(
        J, ["temple_low", (36.8, 107.0), (34.8, 120.0), (29.6, 131.5), (21.5, 140.6), "jaw_c"]
    )
    jaw_under = Line(J, ["jaw_neck", (20.0, 145.6), "jaw_c", "chin"])
    neck_low = Line(J, ["neck_shoulder", "neck_clav", (14.0, 191.6), "notch"])
    clavicle = Line(J, ["neck_clav", (46.0, 197.6), (60.0, 199.8), "delt_clav"])
    groove = Line(J, ["delt_clav", (78.5, 214.0), (85.5, 234.0), "delt_front"])
    delt_low = Line(J, ["delt_front", "delt_q", (112.0, 277.5), "delt_ins"])
    pec_fold = Line(J, ["delt_front", (86.0, 266.5), "apex"])
    biceps_top = Line(J, ["biceps_in", (95.5, 289.0), "delt_q"])
    chest_low = Line(J, ["chest_mid", (22.0, 300.5), (46.0, 301.5), (64.0, 302.0), "chest_side"])
    elbow = Line(J, ["elbow_in", _mid_bulge("elbow_in", "elbow_out", 2.5), "elbow_out"])
    wrist_top = Line(
        J, ["wrist_top_out", _mid_bulge("wrist_top_out", "wrist_top_in", 1.0), "wrist_top_in"]
    )
    wrist = Line(J, ["wrist_out", _mid_bulge("wrist_out", "wrist_in", 1.5), "wrist_in"])
    thumb_line = Line(J, ["thumb_web", hand(20.5, 29.0), "thumb_base"])
    knuckles = Line(
        J, ["knuckle_out", hand(9.0, 50.5), hand(0.0, 51.0), hand(-10.0, 50.0), "knuckle_in"]
    )
    inguinal = Line(
        J, ["iliac", (64.0, 432.0), (48.0, 446.5), "groin", (15.0, 471.0), "crotch", "*"]
    )
    hip_low = Line(J, ["groin", (42.0, 472.0), (56.0, 477.5), "hip_low", "trochanter"])
    it_band = Line(
        J, ["hip_low", (69.0, 505.0), (66.5, 540.0), (62.5, 575.0), (57.5, 605.0), "knee_strip_out"]
    )
    adductor = Line(
        J, ["groin", (34.0, 490.0), (33.0, 525.0), (29.0, 565.0), (24.8, 600.0), "knee_strip_in"]
    )
    knee_top = Line(
        J, ["knee_top_out", "knee_strip_out", (40.0, 629.0), "knee_strip_in", "knee_top_in"]
    )
    knee_low = Line(J, ["knee_low_out", (50.0, 707.5), (35.0, 708.5), "knee_low_in"])
    ankle_top = Line(J, ["ankle_out", (37.0, 852.5), "ankle_in"])
    ankle_low = Line(J, ["foot_out", (38.0, 887.5), "foot_in"])
    toe_line = Line(J, ["toes_out", (52.0, 928.5), (39.0, 931.0), (28.0, 931.0), "toes_in"])

    side = {
        "temple": closed(
            hairline.piece("hair_temple", "ear_top"),
            temple_low.piece("ear_top", "temple_low"),
            temple_in.piece("temple_low", "hair_temple"),
        ),
        "jaw": closed(
            head.piece("ear_top", "jaw_neck"),
            jaw_under.piece("jaw_neck", "jaw_c"),
            jaw_in.piece("jaw_c", "temple_low"),
            temple_low.piece("temple_low", "ear_top"),
        ),
        "shoulder": closed(
            arm.piece("neck_shoulder", "delt_ins"),
            delt_low.piece("delt_ins", "delt_front"),
            groove.piece("delt_front", "delt_clav"),
            clavicle.piece("delt_clav", "neck_clav"),
            neck_low.piece("neck_clav", "neck_shoulder"),
        ),
        "armpit": closed(
            pec_fold.piece("delt_front", "apex"),
            arm.piece("apex", "biceps_in"),
            biceps_top.piece("biceps_in", "delt_q"),
            delt_low.piece("delt_q", "delt_front"),
        ),
        "biceps": closed(
            arm.piece("delt_ins", "elbow_out"),
            elbow.piece("elbow_out", "elbow_in"),
            arm.piece("elbow_in", "biceps_in"),
            biceps_top.piece("biceps_in", "delt_q"),
            delt_low.piece("delt_q", "delt_ins"),
        ),
        "forearm": closed(
            arm.piece("elbow_out", "wrist_top_out"),
            wrist_top.piece("wrist_top_out", "wrist_top_in"),
            arm.piece("wrist_top_in", "elbow_in"),
            elbow.piece("elbow_in", "elbow_out"),
        ),
        "hip": closed(
            inguinal.piece("iliac", "groin"),
            hip_low.piece("groin", "trochanter"),
            body.piece("trochanter", "iliac"),
        ),
        "wrist": closed(
            arm.piece("wrist_top_out", "wrist_out"),
            wrist.piece("wrist_out", "wrist_in"),
            arm.piece("wrist_in", "wrist_top_in"),
            wrist_top.piece("wrist_top_in", "wrist_top_out"),
        ),
        "palm": closed(
            arm.piece("wrist_out", "thumb_base"),
            thumb_line.piece("thumb_base", "thumb_web"),
            arm.piece("thumb_web", "knuckle_out"),
            knuckles.piece("knuckle_out", "knuckle_in"),
            arm.piece("knuckle_in", "wrist_in"),
            wrist.piece("wrist_in", "wrist_out"),
        ),
        "fingers": Multi(
            closed(
                arm.piece("thumb_base", "thumb_web"), thumb_line.piece("thumb_web", "thumb_base")
            ),
            closed(
                arm.piece("knuckle_out", "knuckle_in"), knuckles.piece("knuckle_in", "knuckle_out")
            ),
        ),
        "thigh": closed(
            hip_low.piece("groin", "hip_low"),
            it_band.piece("hip_low", "knee_strip_out"),
            knee_top.piece("knee_strip_out", "knee_strip_in"),
            adductor.piece("knee_strip_in", "groin"),
        ),
        "inner-thigh": closed(
            adductor.piece("groin", "knee_strip_in"),
            knee_top.piece("knee_strip_in", "knee_top_in"),
            body.piece("knee_top_in", "crotch"),
            inguinal.piece("crotch", "groin"),
        ),
        "outer-thigh": closed(
            hip_low.piece("hip_low", "trochanter"),
            body.piece("trochanter", "knee_top_out"),
            knee_top.piece("knee_top_out", "knee_strip_out"),
            it_band.piece("knee_strip_out", "hip_low"),
        ),
        "knee": closed(
            body.piece("knee_top_out", "knee_low_out"),
            knee_low.piece("knee_low_out", "knee_low_in"),
            body.piece("knee_low_in", "knee_top_in"),
            knee_top.piece("knee_top_in", "knee_top_out"),
        ),
        "kneecap": oval((38.6, 659.5), 11.8, 16.0, point_down=0.22),
        "shin": closed(
            body.piece("knee_low_out", "ankle_out"),
            ankle_top.piece("ankle_out", "ankle_in"),
            body.piece("ankle_in", "knee_low_in"),
            knee_low.piece("knee_low_in", "knee_low_out"),
        ),
        "ankle": closed(
            body.piece("ankle_out", "foot_out"),
            ankle_low.piece("foot_out", "foot_in"),
            body.piece("foot_in", "ankle_in"),
            ankle_top.piece("ankle_in", "ankle_out"),
        ),
        "foot": closed(
            body.piece("foot_out", "toes_out"),
            toe_line.piece("toes_out", "toes_in"),
            body.piece("toes_in", "foot_in"),
            ankle_low.piece("foot_in", "foot_out"),
        ),
        "toes": closed(body.piece("toes_out", "toes_in"), toe_line.piece("toes_in", "toes_out")),
    }
    centre = {
        "face": symmetric(
            chain(
                hairline.piece("hair_mid", "hair_temple"),
                temple_in.piece("hair_temple", "temple_low"),
                jaw_in.piece("temple_low", "jaw_c"),
                jaw_under.piece("jaw_c", "chin"),
            )
        ),
        "neck": symmetric(
            chain(
                jaw_under.piece("chin", "jaw_neck"),
                arm.piece("jaw_neck", "neck_shoulder"),
                neck_low.piece("neck_shoulder", "notch"),
            )
        ),
        "chest": symmetric(
            chain(
                neck_low.piece("notch", "neck_clav"),
                clavicle.piece("neck_clav", "delt_clav"),
                groove.piece("delt_clav", "delt_front"),
                pec_fold.piece("delt_front", "apex"),
                body.piece("apex", "chest_side"),
                chest_low.piece("chest_side", "chest_mid"),
            )
        ),
        "abdomen": symmetric(
            chain(
                chest_low.piece("chest_mid", "chest_side"),
                body.piece("chest_side", "iliac"),
                inguinal.piece("iliac", "crotch"),
            )
        ),
        "hair": symmetric(
            chain(HAIR_OUTER.piece("hair_top", "ear_top"), hairline.piece("ear_top", "hair_mid"))
        ),
        "silhouette": symmetric(
            chain(
                head.piece("top", "jaw_neck"),
                arm.piece("jaw_neck", "apex"),
                body.piece("apex", "crotch"),
            )
        ),
    }
    return side, centre


def back_regions() -> tuple[dict[str, Curve], dict[str, Curve]]:
    """The back view: (regions on the viewer's left half, centre regions)."""
    f = Figure("back")
    head, arm, body = f.head, f.arm, f.body
    behind_ear = Line(J, ["ear_top", (40.6, 97.0), "ear_lobe"])
    hair_edge = Line(J, ["ear_lobe", (33.0, 115.0), (17.0, 116.6), "hair_back_mid"])
    nape = Line(J, ["jaw_neck", (14.0, 143.5), "nape_mid"])
    neck_low = Line(J, ["neck_shoulder", "c7_side", "c7"])
    trap_low = Line(J, ["c7_side", (45.0, 209.0), (72.0, 220.0), "delt_back"])
    delt_low = Line(J, ["delt_ins", (111.0, 263.0), "delt_back"])
    axilla = Line(J, ["delt_back", (88.0, 258.0), "apex"])
    blades = Line(J, ["blade_side", (50.0, 333.0), (25.0, 336.5), "blade_mid"])
    sacrum = Line(
        J, ["iliac", (56.0, 426.0), (34.0, 434.0), (18.0, 444.0), (7.0, 455.0), "sacrum", "*"]
    )
    cleft = straight(J["crotch_back"], J["sacrum"])
    elbow = Line(J, ["elbow_in", _mid_bulge("elbow_in", "elbow_out", 4.0), "elbow_out"])
    wrist_top = Line(
        J, ["wrist_top_out", _mid_bulge("wrist_top_out", "wrist_top_in", 1.0), "wrist_top_in"]
    )
    wrist = Line(J, ["wrist_out", _mid_bulge("wrist_out", "wrist_in", 0.5), "wrist_in"])
    thumb_line = Line(J, ["thumb_web", hand(20.5, 29.0), "thumb_base"])
    knuckles = Line(
        J, ["knuckle_out", hand(9.0, 45.0), hand(0.0, 44.2), hand(-10.0, 45.0), "knuckle_in"]
    )
    it_band = Line(
        J,
        [
            "trochanter",
            (79.5, 482.0),
            "glute_out",
            (71.0, 540.0),
            (67.5, 575.0),
            (63.5, 605.0),
            (62.2, 624.0),
            "knee_top_out",
        ],
    )
    glute_fold = Line(J, ["glute_in", (20.0, 521.0), (38.0, 524.0), (56.0, 519.5), "glute_out"])
    # The back of the knee: a soft almond-shaped hollow in the middle of the leg, with the knee
    # crease running from it to both edges of the leg (between the hamstrings and the calf).
    crease_out = Line(J, ["knee_out", (58.5, 668.6), "pit_out"])
    crease_in = Line(J, ["pit_in", (19.8, 669.6), "knee_in"])
    pit_upper = Line(J, ["pit_out", (50.0, 649.0), "pit_top", (28.0, 649.5), "pit_in"])
    pit_lower = Line(J, ["pit_in", (28.5, 689.0), "pit_low", (49.5, 688.5), "pit_out"])
    ankle_top = Line(J, ["ankle_out", (37.0, 852.5), "ankle_in"])
    ankle_low = Line(J, ["heel_out", (37.5, 892.0), "heel_in"])
    heel_arc = Line(J, ["sole_out", (46.0, 919.5), (37.5, 922.5), (29.0, 919.5), "sole_in"])

    side = {
        "shoulder": closed(
            arm.piece("neck_shoulder", "delt_ins"),
            delt_low.piece("delt_ins", "delt_back"),
            trap_low.piece("delt_back", "c7_side"),
            neck_low.piece("c7_side", "neck_shoulder"),
        ),
        "triceps": closed(
            arm.piece("delt_ins", "elbow_out"),
            elbow.piece("elbow_out", "elbow_in"),
            arm.piece("elbow_in", "apex"),
            axilla.piece("apex", "delt_back"),
            delt_low.piece("delt_back", "delt_ins"),
        ),
        "forearm": closed(
            arm.piece("elbow_out", "wrist_top_out"),
            wrist_top.piece("wrist_top_out", "wrist_top_in"),
            arm.piece("wrist_top_in", "elbow_in"),
            elbow.piece("elbow_in", "elbow_out"),
        ),
        "wrist": closed(
            arm.piece("wrist_top_out", "wrist_out"),
            wrist.piece("wrist_out", "wrist_in"),
            arm.piece("wrist_in", "wrist_top_in"),
            wrist_top.piece("wrist_top_in", "wrist_top_out"),
        ),
        "hand": closed(
            arm.piece("wrist_out", "thumb_base"),
            thumb_line.piece("thumb_base", "thumb_web"),
            arm.piece("thumb_web", "knuckle_out"),
            knuckles.piece("knuckle_out", "knuckle_in"),
            arm.piece("knuckle_in", "wrist_in"),
            wrist.piece("wrist_in", "wrist_out"),
        ),
        "fingers": Multi(
            closed(
                arm.piece("thumb_base", "thumb_web"), thumb_line.piece("thumb_web", "thumb_base")
            ),
            closed(
                arm.piece("knuckle_out", "knuckle_in"), knuckles.piece("knuckle_in", "knuckle_out")
            ),
        ),
        "buttock": closed(
            body.piece("iliac", "trochanter"),
            it_band.piece("trochanter", "glute_out"),
            glute_fold.piece("glute_out", "glute_in"),
            body.piece("glute_in", "crotch_back"),
            cleft,
            sacrum.piece("sacrum", "iliac"),
        ),
        "outer-thigh": closed(
            body.piece("trochanter", "knee_top_out"),
            it_band.piece("knee_top_out", "trochanter"),
        ),
        "hamstring": closed(
            glute_fold.piece("glute_in", "glute_out"),
            it_band.piece("glute_out", "knee_top_out"),
            body.piece("knee_top_out", "knee_out"),
            crease_out.piece("knee_out", "pit_out"),
            pit_upper.piece("pit_out", "pit_in"),
            crease_in.piece("pit_in", "knee_in"),
            body.piece("knee_in", "glute_in"),
        ),
        "knee": closed(pit_upper.piece("pit_out", "pit_in"), pit_lower.piece("pit_in", "pit_out")),
        "calf": closed(
            body.piece("knee_out", "ankle_out"),
            ankle_top.piece("ankle_out", "ankle_in"),
            body.piece("ankle_in", "knee_in"),
            crease_in.piece("knee_in", "pit_in"),
            pit_lower.piece("pit_in", "pit_out"),
            crease_out.piece("pit_out", "knee_out"),
        ),
        "ankle": closed(
            body.piece("ankle_out", "heel_out"),
            ankle_low.piece("heel_out", "heel_in"),
            body.piece("heel_in", "ankle_in"),
            ankle_top.piece("ankle_in", "ankle_out"),
        ),
        "heel": closed(
            body.piece("heel_out", "sole_out"),
            heel_arc.piece("sole_out", "sole_in"),
            body.piece("sole_in", "heel_in"),
            ankle_low.piece("heel_in", "heel_out"),
        ),
        "sole": closed(body.piece("sole_out", "sole_in"), heel_arc.piece("sole_in", "sole_out")),
    }
    centre = {
        "skull-base": symmetric(
            chain(
                hair_edge.piece("hair_back_mid", "ear_lobe"),
                head.piece("ear_lobe", "jaw_neck"),
                nape.piece("jaw_neck", "nape_mid"),
            )
        ),
        "neck": symmetric(
            chain(
                nape.piece("nape_mid", "jaw_neck"),
                arm.piece("jaw_neck", "neck_shoulder"),
                neck_low.piece("neck_shoulder", "c7"),
            )
        ),
        "upper-back": symmetric(
            chain(
                neck_low.piece("c7", "c7_side"),
                trap_low.piece("c7_side", "delt_back"),
                axilla.piece("delt_back", "apex"),
                body.piece("apex", "blade_side"),
                blades.piece("blade_side", "blade_mid"),
            )
        ),
        "lower-back": symmetric(
            chain(
                blades.piece("blade_mid", "blade_side"),
                body.piece("blade_side", "iliac"),
                sacrum.piece("iliac", "sacrum"),
            )
        ),
        "hair": symmetric(
            chain(
                HAIR_OUTER.piece("hair_top", "ear_top"),
                behind_ear.piece("ear_top", "ear_lobe"),
                _nape_hairline(),
            )
        ),
        "ears": closed(head.piece("ear_top", "ear_lobe"), behind_ear.piece("ear_lobe", "ear_top")),
        "silhouette": symmetric(
            chain(
                head.piece("top", "jaw_neck"),
                arm.piece("jaw_neck", "apex"),
                body.piece("apex", "crotch_back"),
            )
        ),
    }
    return side, centre


# The hair's lower edge on the back of the head, from behind the ear lobe down along the side of
# the head and in to the midline: it covers the upper part of the skull-base region (the hair is
# drawn over it, so the region's own border stays hidden), ending in a few short, soft locks:
# barely parted, as hair falls; deep notches between round tips read as a scalloped wig.
NAPE_LOCKS: list[tuple[Point, bool]] = [
    ((40.4, 120.0), False),
    ((38.6, 126.0), False),
    ((33.0, 130.0), False),
    ((26.5, 129.6), True),
    ((20.5, 132.2), False),
    ((14.0, 133.6), False),
    ((8.6, 132.4), True),
    ((4.0, 134.0), False),
    ((0.0, 134.8), False),
]
"""Points of the hair's lower edge as ``((u, y), notch)``: the locks' tips are round, the
notches between them sharp."""


def _nape_hairline() -> Curve:
    """The lower edge of the hair on the back of the head (viewer's left half)."""
    start = J["ear_lobe"]
    points = [(-start[0], start[1])] + [(-u, y) for (u, y), _ in NAPE_LOCKS]
    notches = [k + 1 for k, (_, notch) in enumerate(NAPE_LOCKS) if notch]
    return spline(points, corners=notches, mirror=True)


def _mid_bulge(a: str, b: str, amount: float) -> Point:
    """The midpoint of two junctions, pushed ``amount`` downwards (perpendicular to a-b)."""
    (ua, ya), (ub, yb) = J[a], J[b]
    du, dy = ub - ua, yb - ya
    length = math.hypot(du, dy)
    nu, ny = -dy / length, du / length
    if ny < 0:
        nu, ny = -nu, -ny
    return ((ua + ub) / 2 + nu * amount, (ya + yb) / 2 + ny * amount)


# --------------------------------------------------------------------------------------------
# Decoration: contour lines (no ids, not clickable)
# --------------------------------------------------------------------------------------------


def _open(points: Sequence[Point]) -> Curve:
    """An open contour through points given as ``(u, y)``."""
    return spline([(-u, y) for u, y in points])


def _hand_lines(knuckle_s: float, palm: bool) -> list[Curve]:
    """Finger separations from the notches towards the knuckles, plus palm creases or tendons."""
    lines = []
    for _, a_in, _, s_notch in FINGERS[:3]:
        lines.append(_open([hand(a_in, s_notch), hand(a_in + 0.1, knuckle_s + 4.0)]))
    if palm:
        lines.append(_open([hand(13.0, 6.5), hand(8.5, 19.0), hand(7.5, 33.0), hand(9.5, 40.0)]))
        lines.append(_open([hand(-16.5, 34.0), hand(-6.0, 35.0), hand(3.0, 38.5)]))
    else:
        for a in (12.5, 4.5, -4.5, -13.0):
            lines.append(_open([hand(a * 0.7, 19.0), hand(a * 0.86, 30.0), hand(a, knuckle_s - 6)]))
    return lines


@dataclass
class Decoration:
    """The unnamed, unclickable drawing of one view, in the viewer's left half's coordinates.

    ``pairs`` and ``shading`` are drawn on both halves (mirrored); ``singles``, ``shadows``
    (shading on the midline) and ``strands`` are drawn as given.
    """

    pairs: list[Curve]
    singles: list[Curve]
    shading: list[Curve] = field(default_factory=list)
    shadows: list[Curve] = field(default_factory=list)
    strands: list[Curve] = field(default_factory=list)


def front_decoration() -> Decoration:
    """Anatomy lines and hair strands of the front view."""
    pairs, singles = front_contours()
    # The shadow the chin casts on the neck.
    chin = oval((0.0, 155.0), 21.0, 5.5)
    return Decoration(pairs, singles, shadows=[chin], strands=front_strands())


def back_decoration() -> Decoration:
    """Anatomy lines, shading and hair strands of the back view."""
    pairs, singles = back_contours()
    # The shadow the hair casts on the nape.
    nape = oval((0.0, 137.0), 20.0, 6.5)
    return Decoration(
        pairs, singles, shading=back_shading(), shadows=[nape], strands=back_strands()
    )


def _locks(points: Sequence[Point]) -> Curve:
    """An open strand of hair through ``(u, y)`` points (a negative ``u`` is the viewer's right)."""
    return _open(points)


def front_strands() -> list[Curve]:
    """Hair seen from the front: a side parting, with locks combed away from it to both sides."""
    parting = 11.0
    return [
        _locks([(parting, 25.5), (22.0, 30.0), (31.5, 39.0), (37.5, 51.0), (40.0, 63.0)]),
        _locks([(parting + 1.5, 32.0), (21.0, 38.5), (27.5, 47.0), (30.5, 55.0)]),
        _locks([(parting, 25.5), (2.0, 27.5), (-10.0, 31.5), (-23.0, 38.5), (-33.5, 49.0)]),
        _locks([(parting + 1.0, 32.0), (2.0, 36.0), (-9.0, 41.0), (-18.0, 47.5)]),
        _locks([(-30.0, 35.0), (-37.0, 45.0), (-40.0, 57.0), (-40.0, 66.0)]),
    ]


def back_strands() -> list[Curve]:
    """Hair seen from behind: locks curving from the crown over the skull to the nape.

    The longer strands part into the notches between the locks at the hair's lower edge.
    """
    half = [
        [(3.0, 40.0), (13.0, 53.0), (20.5, 80.0), (24.5, 106.0), (26.2, 124.0)],
        [(0.8, 48.5), (4.0, 76.0), (7.0, 104.0), (8.4, 126.0)],
        [(9.0, 35.0), (25.0, 46.0), (34.0, 68.0), (37.5, 96.0), (37.8, 112.0)],
    ]
    strands = [_locks(points) for points in half]
    strands += [c.mirrored() for c in strands]
    # The crown's whorl: a small loose spiral just right of the midline.
    strands.append(_locks([(-2.0, 43.5), (1.5, 39.0), (6.0, 40.0), (6.5, 45.0), (2.5, 47.5)]))
    return strands


def back_shading() -> list[Curve]:
    """Soft shading drawn on both halves: the hollow behind each knee.

    A narrow upright oval along the crease, as the hollow (popliteal fossa) between the
    hamstring tendons is; a round patch as wide as the knee read as a bruise.
    """
    return [oval((39.0, 668.0), 9.5, 21.0)]


def front_contours() -> tuple[list[Curve], list[Curve]]:
    """Front contours: (pairs drawn on both halves, single midline curves)."""
    pairs = [
        _open([(20.5, 87.0), (15.0, 89.3), (9.5, 87.0)]),  # closed eyes
        _open([(43.6, 88.5), (44.4, 97.0), (42.6, 106.0)]),  # ear
        _open([(25.0, 150.0), (19.0, 168.0), (9.0, 188.5)]),  # neck muscle
        # the lower edge of the chest muscles
        _open([(34.0, 287.0), (52.0, 285.5), (64.0, 278.5), (70.0, 270.0)]),
        _open([(9.0, 318.0), (30.0, 333.0), (54.0, 340.0)]),  # rib cage
        # The collarbones and the kneecaps, over their region borders: landmarks a person
        # looks for, so they stay drawn while the other borders fade.
        _open([(30.0, 193.5), (46.0, 197.6), (60.0, 199.8), (72.0, 201.2)]),
        oval((38.6, 659.5), 11.8, 16.0, point_down=0.22),
        # The patellar tendon, short and apart from the kneecap: two long lines joined to it
        # read as a keyhole (or a spoon) at the map's size.
        _open([(34.6, 681.0), (35.6, 694.0)]),
        _open([(42.8, 681.0), (41.8, 694.0)]),
        _open([(41.0, 716.0), (38.6, 780.0), (36.6, 840.0)]),  # shin bone
        *_hand_lines(51.0, palm=True),
    ]
    for k in range(4):
        notch_u, notch_y = _toe_notch(k)
        pairs.append(_open([(notch_u, notch_y), (notch_u + 0.2, notch_y - 3.5)]))
    singles = [
        _open([(6.0, 123.5), (0.0, 125.2), (-6.0, 123.5)]),  # a soft mouth
        _open([(0.0, 312.0), (0.0, 376.0)]),  # midline of the stomach
        spline([(0.0, 385.2), (2.4, 389.0), (0.0, 393.4), (-2.4, 389.0)], closed=True),  # navel
    ]
    return pairs, singles


def back_contours() -> tuple[list[Curve], list[Curve]]:
    """Back contours: (pairs drawn on both halves, single midline curves)."""
    elbow_tip = [upper_arm(UPPER_ARM_LENGTH + d, w) for d, w in ((-6, -7), (1.5, 0), (-6, 7))]
    pairs = [
        _open([(43.6, 88.5), (44.4, 97.0), (42.6, 106.0)]),  # ear
        _open([(31.0, 227.0), (31.5, 262.0), (39.0, 300.0), (47.0, 318.0)]),  # blade, inner edge
        _open([(47.0, 318.0), (57.5, 300.0), (68.5, 272.0)]),  # blade, outer edge
        _open([(27.0, 380.0), (19.0, 410.0), (12.0, 428.0)]),  # lumbar muscles
        oval((14.0, 437.0), 2.0, 2.4),  # dimples
        _open([(38.5, 532.0), (38.0, 580.0), (39.0, 620.0)]),  # hamstring split
        _open([(30.5, 668.5), (39.0, 671.5), (47.5, 668.0)]),  # the knee crease
        _open([(51.0, 608.0), (53.0, 630.0), (51.5, 648.0)]),  # hamstring tendons
        _open([(27.5, 608.0), (25.5, 630.0), (27.0, 649.0)]),
        _open([(39.0, 712.0), (38.0, 745.0), (37.4, 770.0)]),  # calf heads
        _open([(13.5, 782.0), (26.0, 801.0), (37.4, 793.0)]),
        _open([(37.4, 793.0), (49.0, 789.0), (61.0, 772.0)]),
        _open([(33.0, 815.0), (34.6, 860.0), (35.4, 888.0)]),  # Achilles tendon
        _open([(43.8, 815.0), (41.8, 860.0), (40.8, 888.0)]),
        _open(elbow_tip),
        _open([(25.0, 944.0), (37.5, 947.6), (52.0, 943.0)]),  # ball of the foot
        *_hand_lines(44.5, palm=False),
    ]
    singles = [_open([(0.0, 204.0), (0.0, 450.0)])]  # spine
    return pairs, singles


# --------------------------------------------------------------------------------------------
# SVG output
# --------------------------------------------------------------------------------------------


def _num(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def path_data(curve: Curve, dx: float) -> str:
    """SVG path data for a loop or several (a :class:`Multi`), shifted by ``dx``."""
    loops = curve.loops if isinstance(curve, Multi) else [curve]
    parts = []
    for loop in loops:
        sx, sy = loop.start
        cmds = [f"M{_num(sx + dx)},{_num(sy)}"]
        for _, c1, c2, p in loop.segments:
            cmds.append("C" + " ".join(f"{_num(x + dx)},{_num(y)}" for x, y in (c1, c2, p)))
        parts.append("".join(cmds))
    return "Z".join(parts) + "Z"


def open_data(curve: Curve, dx: float) -> str:
    """SVG path data for an open curve shifted by ``dx``."""
    sx, sy = curve.start
    cmds = [f"M{_num(sx + dx)},{_num(sy)}"]
    for _, c1, c2, p in curve.segments:
        cmds.append("C" + " ".join(f"{_num(x + dx)},{_num(y)}" for x, y in (c1, c2, p)))
    return "".join(cmds)


def region_ids() -> list[str]:
    """The region ids of ``data/regions.yaml`` in file order (read without a YAML parser)."""
    text = (OUTPUT.parent.parent / "data" / "regions.yaml").read_text(encoding="utf-8")
    return re.findall(r"^\s*- id: ((?:front|back)-[a-z0-9-]+)\s*$", text, flags=re.MULTILINE)


def _view_shapes(view: str) -> tuple[dict[str, Curve], dict[str, Curve]]:
    """Every region of a view by id, and the decoration shapes (hair, silhouette)."""
    side, centre = front_regions() if view == "front" else back_regions()
    near, far = ("right", "left") if view == "front" else ("left", "right")
    shapes: dict[str, Curve] = {}
    for part, curve in side.items():
        shapes[f"{view}-{part}-{near}"] = curve
        shapes[f"{view}-{part}-{far}"] = curve.mirrored()
    extra = {}
    for part, curve in centre.items():
        if part in ("hair", "silhouette", "ears"):
            extra[part] = curve
        else:
            shapes[f"{view}-{part}"] = curve
    return shapes, extra


REGION_STYLE = f'fill="{FILL}" stroke="{SEAM}" stroke-width="0.9" stroke-linejoin="round"'
OUTLINE_STYLE = (
    f'fill="none" stroke="{OUTLINE}" stroke-width="1.3" stroke-linejoin="round" '
    'stroke-linecap="round"'
)
CONTOUR_STYLE = (
    f'fill="none" stroke="{CONTOUR}" stroke-width="1" stroke-linecap="round" '
    'stroke-linejoin="round"'
)
HAIR_STYLE = f'fill="{HAIR}" stroke="{OUTLINE}" stroke-width="1" stroke-linejoin="round"'
STRAND_STYLE = (
    f'fill="none" stroke="{HAIR_LINE}" stroke-width="1" stroke-linecap="round" '
    'stroke-linejoin="round"'
)
SHADE_STYLE = 'fill="url(#shade)" stroke="none"'
SHADOW_STYLE = 'fill="url(#shadow)" stroke="none"'
# Shading fades out towards its edge, so a hollow reads as a hollow, not as a patch.
SHADE_GRADIENT = (
    "<defs>"
    '<radialGradient id="shade">'
    f'<stop offset="0" stop-color="{SHADE}" stop-opacity="0.7"/>'
    f'<stop offset="0.6" stop-color="{SHADE}" stop-opacity="0.3"/>'
    f'<stop offset="1" stop-color="{SHADE}" stop-opacity="0"/>'
    "</radialGradient>"
    '<radialGradient id="shadow">'
    f'<stop offset="0" stop-color="{SHADE}" stop-opacity="0.4"/>'
    f'<stop offset="1" stop-color="{SHADE}" stop-opacity="0"/>'
    "</radialGradient>"
    "</defs>"
)
# Borders inside the face are fainter still: at the map's size they read as lines across the
# cheeks (the temples and the jaw are regions of their own).
FACE_REGIONS = re.compile(r"front-(face|temple-.*|jaw-.*)$")


def _shape_data(curve: Curve, dx: float) -> str:
    """Path data for a closed loop or an open line."""
    closed_shape = _dist(curve.start, curve.end) < 1e-6
    return path_data(curve, dx) if closed_shape else open_data(curve, dx)


def _group(group_id: str, style: str, curves: Iterable[Curve], dx: float) -> list[str]:
    """A group of unnamed decoration paths sharing one style."""
    paths = [f'<path d="{_shape_data(c, dx)}"/>' for c in curves]
    return [f'<g id="{group_id}" {style}>', *paths, "</g>"]


def _both_halves(curves: Iterable[Curve]) -> list[Curve]:
    return [c for curve in curves for c in (curve, curve.mirrored())]


def build_svg() -> str:
    """The whole document.

    Each view is drawn bottom to top: the silhouette filled with skin (so no background shows
    through the antialiased seams between regions), the regions with faint seams, the outer
    contour, shading, hair, ears and anatomy lines, then the legend.
    """
    ids = region_ids()
    size = _num(CANVAS)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated by tools/draw_body_map.py: edit the script, not this file. -->",
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{size}" height="{size}" viewBox="0 0 {size} {size}">',
        "<title>Body map: front and back view</title>",
        SHADE_GRADIENT,
    ]
    for view in ("front", "back"):
        cx = CENTRES[view]
        shapes, extra = _view_shapes(view)
        wanted = [rid for rid in ids if rid.startswith(f"{view}-")]
        missing = set(wanted) - set(shapes)
        unknown = set(shapes) - set(wanted)
        if missing or unknown:
            raise SystemExit(f"{view}: missing {sorted(missing)}, not listed {sorted(unknown)}")
        for rid, curve in shapes.items():
            xs = [p[0] for seg in curve.segments for p in seg]
            if max(abs(x) for x in xs) > VIEW_WIDTH / 2 - 10:
                raise SystemExit(f"{rid} does not fit in its view")
        silhouette = path_data(extra["silhouette"], cx)
        out.append(f'<g id="view-{view}">')
        out.append(f'<path id="skin-{view}" fill="{FILL}" stroke="none" d="{silhouette}"/>')
        out.append(f'<g id="regions-{view}">')
        for rid in wanted:
            style = REGION_STYLE
            if FACE_REGIONS.match(rid):
                style += ' stroke-opacity="0.5"'
            data = path_data(shapes[rid], cx)
            out.append(f'<path id="{rid}" class="region" {style} d="{data}"/>')
        out.append("</g>")
        out.append(f'<path id="outline-{view}" {OUTLINE_STYLE} d="{silhouette}"/>')
        decoration = front_decoration() if view == "front" else back_decoration()
        out += _group(f"shading-{view}", SHADE_STYLE, _both_halves(decoration.shading), cx)
        out += _group(f"shadows-{view}", SHADOW_STYLE, decoration.shadows, cx)
        out.append(
            f'<g id="hair-{view}"><path {HAIR_STYLE} d="{path_data(extra["hair"], cx)}"/></g>'
        )
        out += _group(f"strands-{view}", STRAND_STYLE, decoration.strands, cx)
        if "ears" in extra:
            ears = extra["ears"]
            # The ears' rims are part of the figure's outer contour.
            ear_style = REGION_STYLE.replace(SEAM, OUTLINE)
            out += _group(f"ears-{view}", ear_style, [ears, ears.mirrored()], cx)
        contours = [*_both_halves(decoration.pairs), *decoration.singles]
        out += _group(f"contours-{view}", CONTOUR_STYLE, contours, cx)
        out.append(_legend(view, cx))
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _legend(view: str, cx: float) -> str:
    title = "FRONT" if view == "front" else "BACK"
    near, far = ("R", "L") if view == "front" else ("L", "R")
    text = f'font-family="sans-serif" font-weight="bold" fill="{LEGEND}" text-anchor="middle"'
    hand_u, hand_y = 186.0, 628.0
    return "\n".join(
        [
            f'<g id="legend-{view}" {text}>',
            f'<text x="{_num(cx)}" y="988" font-size="22">{title}</text>',
            f'<text x="{_num(cx - hand_u)}" y="{_num(hand_y)}" font-size="20">{near}</text>',
            f'<text x="{_num(cx + hand_u)}" y="{_num(hand_y)}" font-size="20">{far}</text>',
            "</g>",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Write the drawing, or with ``--check`` say whether the committed one matches this code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the SVG differs from what this script draws",
    )
    parser.add_argument(
        "--output", type=Path, default=OUTPUT, help=f"where to write or compare (default {OUTPUT})"
    )
    args = parser.parse_args(argv)
    drawing = build_svg()
    if args.check:
        try:
            committed = args.output.read_text(encoding="utf-8")
        except OSError as error:
            print(f"{args.output}: cannot read it ({error.strerror or error})", file=sys.stderr)
            return 1
        if committed != drawing:
            print(
                f"{args.output} differs from what tools/draw_body_map.py draws; run it to "
                "redraw, or change the script to match the edit",
                file=sys.stderr,
            )
            return 1
        print(f"{args.output} matches tools/draw_body_map.py")
        return 0
    args.output.write_text(drawing, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
