"""The body map's geometry (region outlines, view and legend boxes), measured once and cached.

Measuring it means parsing the SVG and drawing every region into a recording paint device:
~12 ms of every start and ~3 MB, for a result that only changes with the drawing. It is kept in
the user's cache folder as a ``QDataStream`` under a digest of the drawing, the region ids and
the Qt version; a file that does not match or cannot be read is measured again and rewritten,
so the cache can make a start faster, never different.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRectF, qVersion
from PySide6.QtGui import QPainterPath
from PySide6.QtSvg import QSvgRenderer

from massage_desktop import __version__
from massage_desktop.storage.safe_files import write_atomically
from massage_desktop.ui.bodymap import outlines

FORMAT = 1
"""Bumped when the file layout or the measuring changes."""

_MAGIC = "massage-desktop map geometry"


@dataclass(frozen=True)
class MapGeometry:
    """What the map needs of the drawing, in document coordinates.

    Attributes:
        outlines: Each drawn region's outline, in the SVG's painting order.
        boxes: The bounds of the view and legend groups that exist (``view-front``...).
        view_box: The SVG's view box.
    """

    outlines: dict[str, QPainterPath]
    boxes: dict[str, QRectF]
    view_box: QRectF


def measure(svg: bytes, region_ids: Sequence[str], box_ids: Sequence[str]) -> MapGeometry:
    """Measure the drawing.

    Args:
        svg: The SVG document.
        region_ids: The listed regions; drawn ones come first in painting order, listed ids the
            parser did not see (no ``class="region"``) are still looked up, topmost.
        box_ids: The groups whose bounds are wanted; missing ones are left out.
    """
    renderer = QSvgRenderer(QByteArray(svg))
    listed = set(region_ids)
    painted = [rid for rid in outlines.region_ids_in_paint_order(svg) if rid in listed]
    painted += [rid for rid in region_ids if rid not in painted]
    boxes = {bid: outlines.element_bounds(renderer, bid) for bid in box_ids}
    return MapGeometry(
        outlines=outlines.extract_outlines(renderer, painted),
        boxes={bid: box for bid, box in boxes.items() if not box.isEmpty()},
        view_box=renderer.viewBoxF(),
    )


def cached_measure(
    svg: bytes, region_ids: Sequence[str], box_ids: Sequence[str], cache_dir: Path | None
) -> MapGeometry:
    """``measure``, read from ``cache_dir`` when the cache matches (None: no cache).

    A cache that cannot be written (read-only or full disk) only costs the speed.
    """
    if cache_dir is None:
        return measure(svg, region_ids, box_ids)
    file = cache_dir / "map-geometry.bin"
    key = _key(svg, region_ids, box_ids)
    with contextlib.suppress(OSError):
        found = _decode(file.read_bytes(), key)
        if found is not None:
            return found
    geometry = measure(svg, region_ids, box_ids)
    with contextlib.suppress(OSError):
        write_atomically(file, _encode(geometry, key))
    return geometry


def _key(svg: bytes, region_ids: Sequence[str], box_ids: Sequence[str]) -> str:
    digest = hashlib.sha256()
    parts = (str(FORMAT), __version__, qVersion(), "\0".join(region_ids), "\0".join(box_ids))
    for part in parts:
        digest.update(part.encode() + b"\1")
    # The measuring code itself, so that editing it never leaves stale outlines behind.
    for module in (outlines, sys.modules[__name__]):
        with contextlib.suppress(OSError, TypeError):
            digest.update(Path(str(module.__file__)).read_bytes() + b"\1")
    digest.update(svg)
    return digest.hexdigest()


def _encode(geometry: MapGeometry, key: str) -> bytes:
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeQString(_MAGIC)
    stream.writeQString(key)
    stream.writeUInt32(len(geometry.outlines))
    for region_id, outline in geometry.outlines.items():
        stream.writeQString(region_id)
        stream << outline
    stream.writeUInt32(len(geometry.boxes))
    for box_id, box in geometry.boxes.items():
        stream.writeQString(box_id)
        stream << box
    stream << geometry.view_box
    return bytes(data.data())


def _decode(raw: bytes, key: str) -> MapGeometry | None:
    """The geometry in ``raw``; None when it is for another key, or truncated or damaged."""
    stream = QDataStream(QByteArray(raw))
    if stream.readQString() != _MAGIC or stream.readQString() != key:
        return None
    outlines: dict[str, QPainterPath] = {}
    for _ in range(stream.readUInt32()):
        region_id, outline = stream.readQString(), QPainterPath()
        stream >> outline
        if stream.status() != QDataStream.Status.Ok:
            return None  # a damaged count must not spin through billions of empty reads
        outlines[region_id] = outline
    boxes: dict[str, QRectF] = {}
    for _ in range(stream.readUInt32()):
        box_id, box = stream.readQString(), QRectF()
        stream >> box
        if stream.status() != QDataStream.Status.Ok:
            return None
        boxes[box_id] = box
    view_box = QRectF()
    stream >> view_box
    # Reading past the end sets the status; so does a damaged length field.
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        return None
    return MapGeometry(outlines=outlines, boxes=boxes, view_box=view_box)
