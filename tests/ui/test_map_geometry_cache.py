"""The body map's measured geometry, cached in the user's cache folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.processes import fresh_start

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap import geometry
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.geometry import MapGeometry, cached_measure, measure

pytestmark = pytest.mark.usefixtures("qapp")

BOXES = ["view-front", "legend-front", "view-back", "legend-back"]


def _same(a: MapGeometry, b: MapGeometry) -> None:
    assert list(a.outlines) == list(b.outlines)  # painting order is kept
    for region_id, outline in a.outlines.items():
        assert outline == b.outlines[region_id], region_id
    assert a.boxes == b.boxes
    assert a.view_box == b.view_box


def _no_measuring(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> MapGeometry:
        raise AssertionError("measured although the cache matches")

    monkeypatch.setattr(geometry, "measure", fail)


def test_second_start_reads_what_the_first_measured(
    svg: bytes, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = list(catalog.regions)
    first = cached_measure(svg, ids, BOXES, tmp_path)
    assert (tmp_path / "map-geometry.bin").is_file()
    _same(first, measure(svg, ids, BOXES))
    assert len(first.outlines) == len(ids)
    assert set(first.boxes) == set(BOXES)

    _no_measuring(monkeypatch)
    _same(cached_measure(svg, ids, BOXES, tmp_path), first)


def test_a_changed_drawing_or_region_list_is_measured_again(
    test_svg: bytes, tmp_path: Path
) -> None:
    ids = ["front-face", "front-upper-arm-left"]
    cached_measure(test_svg, ids, BOXES, tmp_path)
    moved = test_svg.replace(b"translate(133 70)", b"translate(120 70)")
    assert moved != test_svg
    _same(cached_measure(moved, ids, BOXES, tmp_path), measure(moved, ids, BOXES))
    _same(cached_measure(moved, ids[:1], BOXES, tmp_path), measure(moved, ids[:1], BOXES))


HEADER = len(geometry._MAGIC) + 64  # the magic, the key's digest and the body's digest


def _set_uint32(raw: bytes, at: int, value: int) -> bytes:
    return raw[:at] + value.to_bytes(4, "big") + raw[at + 4 :]


def _first_path_count_at(raw: bytes) -> int:
    # The body: outline count, then the first id (byte length, UTF-16) and its path, which
    # starts with its element count.
    return HEADER + 8 + int.from_bytes(raw[HEADER + 4 : HEADER + 8], "big")


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short, e.g. by a crash while copying
        lambda raw: b"not a cache at all",
        lambda raw: b"",
        # The outline count turned huge: must fail fast, not read four billion empty entries.
        lambda raw: _set_uint32(raw, HEADER, 0xFFFFFFFF),
        # A path's own element count turned huge: Qt would try to allocate some 50 GB.
        lambda raw: _set_uint32(raw, _first_path_count_at(raw), 0x7FFFFFFF),
        lambda raw: raw[:-9] + bytes([raw[-9] ^ 0x40]) + raw[-8:],  # one bit of the view box
        lambda raw: raw + b"trailing junk",
    ],
)
def test_a_damaged_cache_is_measured_again_and_rewritten(
    test_svg: bytes, tmp_path: Path, damage: object
) -> None:
    ids = ["front-face", "front-upper-arm-left"]
    cached_measure(test_svg, ids, BOXES, tmp_path)
    file = tmp_path / "map-geometry.bin"
    good = file.read_bytes()
    assert callable(damage)
    damaged = damage(good)
    assert damaged != good
    file.write_bytes(damaged)
    _same(cached_measure(test_svg, ids, BOXES, tmp_path), measure(test_svg, ids, BOXES))
    assert file.read_bytes() == good


def test_other_fonts_mean_measuring_again(
    test_svg: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The legends are text: their boxes change with the fonts installed."""
    ids = ["front-face"]
    cached_measure(test_svg, ids, BOXES, tmp_path)

    class OtherFonts:
        @staticmethod
        def families() -> list[str]:
            return ["Some Other Sans"]

    monkeypatch.setattr(geometry, "QFontDatabase", OtherFonts)
    measured: list[int] = []
    real = geometry.measure

    def counted(svg: bytes, region_ids: Sequence[str], box_ids: Sequence[str]) -> MapGeometry:
        measured.append(1)
        return real(svg, region_ids, box_ids)

    monkeypatch.setattr(geometry, "measure", counted)
    cached_measure(test_svg, ids, BOXES, tmp_path)
    assert measured == [1]


def test_an_unwritable_cache_only_costs_speed(test_svg: bytes, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    ids = ["front-face"]
    _same(cached_measure(test_svg, ids, BOXES, blocker), measure(test_svg, ids, BOXES))


def test_map_document_from_cache_equals_measured(
    svg: bytes, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regions = list(catalog.regions.values())
    measured = MapDocument(svg, regions)
    MapDocument(svg, regions, tmp_path)  # fills the cache
    _no_measuring(monkeypatch)
    cached = MapDocument(svg, regions, tmp_path)
    for view in View:
        assert cached.view_rect(view) == measured.view_rect(view)
        assert cached.has_legend(view) == measured.has_legend(view)
        assert [r.id for r in cached.regions(view)] == [r.id for r in measured.regions(view)]
        assert list(cached.outlines(view)) == list(measured.outlines(view))


def test_a_start_with_a_warm_cache_never_loads_the_measuring_code(
    svg: bytes, catalog: Catalog, tmp_path: Path
) -> None:
    """What makes the cache worth having: no SVG parse for outlines, no recording device."""
    MapDocument(svg, list(catalog.regions.values()), tmp_path)  # the first start, here
    assert (tmp_path / "map-geometry.bin").is_file()
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from massage_desktop.resources import resource_path\n"
        "from massage_desktop.content import load_catalog\n"
        "from massage_desktop.resources import data_dir\n"
        "from massage_desktop.ui.bodymap.document import MapDocument\n"
        "app = QApplication([])\n"
        "regions = list(load_catalog(data_dir()).regions.values())\n"
        "svg = resource_path('body_map.svg').read_bytes()\n"
        f"MapDocument(svg, regions, Path({str(tmp_path)!r}))\n"
        "print('massage_desktop.ui.bodymap.outlines' in sys.modules)\n"
    )
    assert fresh_start(script) == "False"
