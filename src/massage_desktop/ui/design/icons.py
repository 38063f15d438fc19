"""The app's own SVG icon set (resources/icons/ui), drawn in the theme's colours.

The icons are simple 24 px line drawings made for this project (MIT, like the code); each
uses ``currentColor``, which is replaced by the wanted colour before Qt renders it, so the
same file serves light and dark themes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from massage_desktop.resources import resource_path

NAMES = (
    "back",
    "bell",
    "care",
    "clock",
    "contrast",
    "done",
    "expand",
    "fit",
    "flip",
    "forward",
    "history",
    "keyboard",
    "list",
    "mini",
    "more",
    "next",
    "pause",
    "people",
    "person",
    "play",
    "previous",
    "question",
    "rewind",
    "search",
    "settings",
    "shield",
    "sound",
    "spa",
    "steps",
    "stop",
    "zoom-in",
    "zoom-out",
)


@cache
def _source(name: str) -> str:
    return resource_path(f"icons/ui/{name}.svg").read_text(encoding="utf-8")


def icon(name: str, colour: str, size: int = 24) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (``#rrggbb``), sharp at 1x and 2x.

    Raises:
        KeyError: for a name that is not in the set.
    """
    if name not in NAMES:
        raise KeyError(name)
    renderer = QSvgRenderer(QByteArray(_source(name).replace("currentColor", colour).encode()))
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result
