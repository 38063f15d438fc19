"""Render the app icon SVG to the PNG sizes desktops ask for (Qt, offscreen).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py``; the PNGs are
committed under resources/icons/hicolor/<size>x<size>/apps/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.massage_desktop.MassageDesktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    """Write one PNG per size."""
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray((ICONS / f"{APP_ID}.svg").read_bytes()))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        print(target)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
