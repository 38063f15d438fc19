"""A second map of the same figure, colours and size draws from Qt's pixmap cache.

Each main window (and the routine editor's figure) made its own renderer, parsed the recoloured
SVG and rendered it again: the same pixels, every time. The drawing is now kept in
``QPixmapCache`` under a digest of the recoloured SVG and the size.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QPixmapCache
from PySide6.QtSvg import QSvgRenderer
from tests.ui.conftest import MapFactory

from massage_desktop.ui.bodymap import rendering


class _CountingRenderer(QSvgRenderer):
    loads = 0

    def load(self, contents: QByteArray) -> bool:  # type: ignore[override]
        _CountingRenderer.loads += 1
        return super().load(contents)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[_CountingRenderer]:
    """Renderers that count the SVGs they parse; an empty pixmap cache."""
    QPixmapCache.clear()
    _CountingRenderer.loads = 0
    monkeypatch.setattr(rendering, "QSvgRenderer", _CountingRenderer)
    return _CountingRenderer


def test_a_second_map_of_the_same_figure_parses_and_draws_nothing_again(
    make_map: MapFactory, counting: type[_CountingRenderer]
) -> None:
    first = make_map(size=QSize(300, 400))
    image = first.grab().toImage()
    assert counting.loads == 1
    second = make_map(size=QSize(300, 400))
    assert second.grab().toImage() == image  # the same pixels
    assert counting.loads == 1  # taken from the cache: no SVG parsed


def test_another_size_draws_afresh_and_a_dropped_drawing_again(
    make_map: MapFactory, counting: type[_CountingRenderer]
) -> None:
    first = make_map(size=QSize(300, 400))
    first.grab()
    other = make_map(size=QSize(320, 420))
    other.grab()
    assert counting.loads == 2  # a size not drawn before is drawn
    QPixmapCache.clear()  # Qt may drop any entry at any time: it is drawn again then
    again = make_map(size=QSize(300, 400))
    assert again.grab().toImage() == first.grab().toImage()
    assert counting.loads == 3
