"""The body map in the routine editor: choose the place to massage by pointing at it.

The README promised "click regions on the map" while the editor had only a list of 74 names
(walk 6, finding 8), and at 1024x700 the editor covers the window's own map. The editor's
"Choose on the map…" opens this popup under the button: the app's own map (hover names,
zoom, the keyboard's arrows and Enter), with the place chosen so far selected. A click
chooses and closes it; Esc or a click outside closes it without a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from massage_desktop.domain.content import Region
from massage_desktop.ui.bodymap.view_switch import ViewSwitch
from massage_desktop.ui.bodymap.widget import BodyMapWidget
from massage_desktop.ui.design.tokens import M, S

Figure = tuple[bytes, Sequence[Region], Path | None]
"""The body map's drawing, its regions and the folder its measured outlines are cached in."""
SIZE = QSize(620, 560)
"""Where the screen has room: front and back side by side, a knee a thumb's width."""


class MapPopup(QFrame):
    """A body map to choose one region on, in a popup window.

    Signals:
        regionChosen(str): a region was clicked, or chosen with Enter; its id.
    """

    regionChosen = Signal(str)

    def __init__(
        self,
        svg: bytes,
        regions: Sequence[Region],
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("mapPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._names = {region.id: region.name for region in regions}
        self._hint = QCoreApplication.translate(
            "RoutineEditor", "Click the part of the body to massage."
        )
        self.caption = QLabel(self._hint, self)
        self.caption.setWordWrap(True)
        self.map = BodyMapWidget(svg, regions, self, cache_dir=cache_dir)
        self.map.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Body map: choose where to massage")
        )
        # Shown when the popup is too small for both views side by side (a small screen).
        self.views = ViewSwitch(self.map, self)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.views)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(M, S, M, M)
        layout.setSpacing(S)
        layout.addLayout(top)
        layout.addWidget(self.map, 1)
        self.map.regionActivated.connect(self._on_map_region_activated)
        self.map.regionHovered.connect(self._on_map_region_hovered)
        self.map.layoutChanged.connect(self._on_map_layout_changed)
        self._on_map_layout_changed()

    def open_under(self, anchor: QWidget, region_id: str | None) -> None:
        """Show the map under ``anchor``, within its screen, with ``region_id`` selected."""
        self.map.select_region(region_id)
        self.map.set_focus_ring_visible(False)
        screen = anchor.screen()
        room = screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), SIZE)
        size = SIZE.boundedTo(room.size())
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        x = max(room.left(), min(below.x(), room.right() - size.width() + 1))
        y = max(room.top(), min(below.y(), room.bottom() - size.height() + 1))
        self.setGeometry(QRect(QPoint(x, y), size))
        self.caption.setText(self._hint)
        self.show()
        self.map.setFocus(Qt.FocusReason.PopupFocusReason)

    def _on_map_region_activated(self, region_id: str) -> None:
        self.close()
        self.regionChosen.emit(region_id)

    def _on_map_region_hovered(self, region_id: str) -> None:
        # The name under the pointer, where the hint was: which thigh, before the click.
        self.caption.setText(self._names.get(region_id, "") or self._hint)

    def _on_map_layout_changed(self) -> None:
        # Both figures in sight need no Front / Back.
        self.views.setVisible(not self.map.side_by_side())
