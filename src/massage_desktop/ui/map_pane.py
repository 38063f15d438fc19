"""The centre of the window: the body map with its view switch and zoom buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap.widget import BodyMapWidget


class MapPane(QWidget):
    """The body map plus a small bar: Front / Back, zoom out, zoom in, fit.

    The map itself is public (``map``) because the controller wires its signals directly.
    """

    def __init__(
        self, svg: bytes, regions: Sequence[Region], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.map = BodyMapWidget(svg, regions, self)
        self.map.setAccessibleName(QCoreApplication.translate("MapPane", "Body map"))
        self._views = QButtonGroup(self)
        self._view_buttons: dict[View, QToolButton] = {}
        bar = QHBoxLayout()
        for view, text, tip in (
            (
                View.FRONT,
                QCoreApplication.translate("MapPane", "&Front"),
                QCoreApplication.translate("MapPane", "Show the front of the body"),
            ),
            (
                View.BACK,
                QCoreApplication.translate("MapPane", "&Back"),
                QCoreApplication.translate("MapPane", "Show the back of the body"),
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(tip)
            self._views.addButton(button)
            button.clicked.connect(lambda _=False, v=view: self.map.set_view(v))
            bar.addWidget(button)
            self._view_buttons[view] = button
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
        self.map.viewChanged.connect(self._on_map_view_changed)
        self.map.regionHovered.connect(self._on_map_region_hovered)
        self._on_map_view_changed(self.map.view().value)

    def _on_map_view_changed(self, view: str) -> None:
        self._view_buttons[View(view)].setChecked(True)

    def _on_map_region_hovered(self, region_id: str) -> None:
        self._hover.setText(self.map.region_accessible_name(region_id) if region_id else "")
