"""The app's own SVG icon set (resources/icons/ui), drawn in the theme's colours.

The icons are simple 24 px line drawings made for this project (MIT, like the code); each
uses ``currentColor``, which is replaced by the wanted colour before Qt renders it, so the
same file serves light and dark themes.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
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
    result = QIcon()
    for image in _drawn(name, colour, size):
        result.addPixmap(QPixmap.fromImage(image))
    return result


@lru_cache(maxsize=512)
def _drawn(name: str, colour: str, size: int) -> tuple[QImage, ...]:
    """The icon rendered at 1x and 2x; drawn once per name, colour and size.

    Each main window asks for some 25 icons, and rendering their SVG was a twentieth of its
    start. Images, not pixmaps: they hold no window-system resource, so keeping them for the
    process is safe after the application object is gone; each caller gets its own icon.

    A module-level cache, yet not one of the global singletons docs/architecture.md rules out:
    it keeps the results of a pure drawing keyed by all they depend on (the shipped file,
    colour and size), so nothing behaves differently whether it is empty or full and nothing
    needs handing down or resetting; an object each window owned would draw them again.
    """
    renderer = QSvgRenderer(QByteArray(_source(name).replace("currentColor", colour).encode()))
    images = []
    for scale in (1, 2):
        image = QImage(size * scale, size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        image.setDevicePixelRatio(scale)
        images.append(image)
    return tuple(images)
