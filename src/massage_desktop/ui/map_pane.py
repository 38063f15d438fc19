"""The centre of the window: the body map with its view switch and zoom buttons."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from massage_desktop.domain.content import Region
from massage_desktop.ui.bodymap.view_switch import ViewSwitch
from massage_desktop.ui.bodymap.widget import BodyMapWidget


class MapPane(QWidget):
    """The body map plus a small bar: Front / Back, zoom out, zoom in, fit.

    The map itself is public (``map``) because the controller wires its signals directly.
    """

    def __init__(
        self,
        svg: bytes,
        regions: Sequence[Region],
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.map = BodyMapWidget(svg, regions, self, cache_dir=cache_dir)
        self.map.setAccessibleName(QCoreApplication.translate("MapPane", "Body map"))
        bar = QHBoxLayout()
        self.views = ViewSwitch(self.map, self)
        bar.addWidget(self.views)
        bar.addStretch(1)
        self._hover = QLabel(self)
        self._hover.setAccessibleName(
            QCoreApplication.translate("MapPane", "Region under the pointer")
        )
        bar.addWidget(self._hover)
        bar.addStretch(1)
        for text, tip, slot in (
            ("−", QCoreApplication.translate("MapPane", "Zoom out (-)"), self.map.zoom_out),
            ("+", QCoreApplication.translate("MapPane", "Zoom in (+)"), self.map.zoom_in),
            (
                QCoreApplication.translate("MapPane", "Fit"),
                QCoreApplication.translate("MapPane", "Fit the figure to the window (0)"),
                self.map.reset_zoom,
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.map, 1)
        self.map.regionHovered.connect(self._on_map_region_hovered)

    def _on_map_region_hovered(self, region_id: str) -> None:
        self._hover.setText(self.map.region_accessible_name(region_id) if region_id else "")
