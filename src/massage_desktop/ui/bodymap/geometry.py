"""The body map's geometry (region outlines, view and legend boxes), measured once and cached.

Measuring it means parsing the SVG and drawing every region into a recording paint device:
~12 ms of every start and ~3 MB, for a result that only changes with its inputs. It is kept in
the user's cache folder as a ``QDataStream`` under a digest of those inputs (the drawing, the
region and group ids, the fonts, the Qt and app versions and the measuring code), through
``storage.digest_cache``: a file that does not match, is damaged or cannot be read is measured
again and rewritten, so the cache can make a start faster, never different.

The helpers the map and the guide need at run time (``element_bounds``, ``interior_point``) live
here too; ``outlines``, with its recording paint device, is only imported to measure.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QPainterPath
from PySide6.QtSvg import QSvgRenderer

from massage_desktop import __version__
from massage_desktop.storage import digest_cache

FORMAT = 2
"""Bumped when the file layout or the measuring changes."""

_MAGIC = b"massage-desktop map geometry\n"
_Value = TypeVar("_Value", QPainterPath, QRectF)


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

    Returns:
        The outlines of the listed regions that are drawn, and the boxes of the groups found.
    """
    # Imported here: the recording paint device and its Qt classes are only needed to measure.
    from massage_desktop.ui.bodymap import outlines

    renderer = QSvgRenderer(QByteArray(svg))
    listed = set(region_ids)
    painted = [rid for rid in outlines.region_ids_in_paint_order(svg) if rid in listed]
    painted += [rid for rid in region_ids if rid not in painted]
    boxes = {bid: element_bounds(renderer, bid) for bid in box_ids}
    return MapGeometry(
        outlines=outlines.extract_outlines(renderer, painted),
        boxes={bid: box for bid, box in boxes.items() if not box.isEmpty()},
        view_box=renderer.viewBoxF(),
    )


def element_bounds(renderer: QSvgRenderer, element_id: str) -> QRectF:
    """The bounding box of an element in document coordinates, parent transforms included.

    Args:
        renderer: The renderer holding the document.
        element_id: The element's id; an unknown id gives an empty rectangle (Qt itself would
            silently answer the whole document).

    Returns:
        The axis-aligned bounds, stroke included.
    """
    if not renderer.elementExists(element_id):
        return QRectF()
    return renderer.transformForElement(element_id).mapRect(renderer.boundsOnElement(element_id))


def interior_point(path: QPainterPath, grid: int = 24) -> QPointF:
    """A point inside an outline, as near its centre as a ``grid`` by ``grid`` search finds.

    The centre of the bounding box is used when it lies inside; a crescent's or an L-shape's
    does not, so candidates on a grid are tried instead (the centre again if none is inside).
    """
    bounds = path.boundingRect()
    centre = bounds.center()
    if path.contains(centre):
        return centre
    candidates = [
        QPointF(
            bounds.left() + bounds.width() * (i + 0.5) / grid,
            bounds.top() + bounds.height() * (j + 0.5) / grid,
        )
        for i in range(grid)
        for j in range(grid)
    ]
    inside = [p for p in candidates if path.contains(p)]
    return min(inside, key=lambda p: (p - centre).manhattanLength()) if inside else centre


def cached_measure(
    svg: bytes, region_ids: Sequence[str], box_ids: Sequence[str], cache_dir: Path | None
) -> MapGeometry:
    """``measure``, read from ``cache_dir`` when the cache there matches.

    Args:
        svg: The SVG document.
        region_ids: As for ``measure``.
        box_ids: As for ``measure``.
        cache_dir: The user's cache folder; None measures without a cache.

    Returns:
        The geometry, equal to what ``measure`` gives. A cache that cannot be written (read-only
        or full disk) only costs the speed.
    """
    if cache_dir is None:
        return measure(svg, region_ids, box_ids)
    return digest_cache.cached(
        cache_dir / "map-geometry.bin",
        _MAGIC + _key(svg, region_ids, box_ids),
        lambda: measure(svg, region_ids, box_ids),
        _encode,
        _decode,
    )


def _key(svg: bytes, region_ids: Sequence[str], box_ids: Sequence[str]) -> bytes:
    digest = hashlib.sha256()
    parts = (str(FORMAT), __version__, qVersion(), "\0".join(region_ids), "\0".join(box_ids))
    # The legends are text: their boxes depend on the fonts installed and on what "sans-serif"
    # resolves to, which can change between two starts.
    fonts = ("\0".join(QFontDatabase.families()), QFontInfo(QFont("sans-serif")).family())
    for part in (*parts, *fonts):
        digest.update(part.encode() + b"\1")
    # The measuring code itself, so that editing it never leaves stale outlines behind.
    for source in (Path(__file__), Path(__file__).with_name("outlines.py")):
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes() + b"\1")
    digest.update(svg)
    return digest.digest()


def _encode(geometry: MapGeometry) -> bytes:
    """The cached body: outlines, boxes and view box in a ``QDataStream``."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    _write_entries(stream, geometry.outlines)
    _write_entries(stream, geometry.boxes)
    stream << geometry.view_box
    return bytes(data.data())


def _decode(body: bytes) -> MapGeometry | None:
    """The geometry in a body whose digest matched; None when it is truncated or damaged.

    The digest is checked (by ``digest_cache``) before anything is parsed: Qt reads a path's
    element count from the stream as it stands, so a damaged count could ask for gigabytes.
    """
    stream = QDataStream(QByteArray(body))
    outlines = _read_entries(stream, QPainterPath)
    boxes = _read_entries(stream, QRectF)
    view_box = QRectF()
    stream >> view_box
    complete = stream.status() == QDataStream.Status.Ok and stream.atEnd()
    if outlines is None or boxes is None or not complete:
        return None
    return MapGeometry(outlines=outlines, boxes=boxes, view_box=view_box)


def _write_entries(stream: QDataStream, entries: Mapping[str, QPainterPath | QRectF]) -> None:
    """A count, then each id and its value."""
    stream.writeUInt32(len(entries))
    for entry_id, value in entries.items():
        stream.writeQString(entry_id)
        stream << value


def _read_entries(stream: QDataStream, kind: type[_Value]) -> dict[str, _Value] | None:
    """What ``_write_entries`` wrote; None as soon as the stream runs short."""
    entries: dict[str, _Value] = {}
    for _ in range(stream.readUInt32()):
        entry_id, value = stream.readQString(), kind()
        stream >> value
        if stream.status() != QDataStream.Status.Ok:
            return None
        entries[entry_id] = value
    return entries
