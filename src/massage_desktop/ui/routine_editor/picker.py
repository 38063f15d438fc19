"""The editor's left column: a part of the body, its techniques, and "Add to the routine"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.design.tokens import S
from massage_desktop.ui.guide.cards import CardDelegate, make_card_list
from massage_desktop.ui.routine_editor.map_popup import Figure, MapPopup
from massage_desktop.ui.routine_editor.step_card import select

ID_ROLE = Qt.ItemDataRole.UserRole
Offer = tuple[str, str, str, bool]
"""A technique offered: its id ("" for a line that is no technique), text, tooltip, usable."""
_FADED = 0.5
"""The opacity of a technique that cannot be added for the person chosen."""


class OfferDelegate(CardDelegate):
    """The cards of the techniques, faded where one cannot be added to this routine."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The card, at half strength when its technique cannot be added."""
        usable = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        painter.save()
        # A line that is no technique ("No partner technique here yet") is read, not faded.
        if not usable and index.data(ID_ROLE):
            painter.setOpacity(_FADED)
        super().paint(painter, option, index)
        painter.restore()


class TechniquePicker(QWidget):
    """The techniques of one region, to add to the routine.

    Signals:
        regionChosen(str): a region was chosen in the list; its id.
        addRequested(str): add the technique with this id.
    """

    regionChosen = Signal(str)
    addRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_popup: MapPopup | None = None
        """The body map to choose the place on, made when first asked for."""
        self.figure: Callable[[], Figure] | None = None
        """What the map popup draws: the map's drawing, its regions, its cache."""
        self.resting: Callable[[], Iterable[str]] = frozenset
        """Which hatched places only rest today (their tooltip says whose rest it is)."""
        self.hatched: Callable[[], Mapping[str, tuple[str, str]]] = dict
        """What the map popup hatches, as the window's map: ruled out, resting today.

        The popup showed none, and a ruled-out kneecap was chosen there as freely as any
        other (walk 7, finding 11).
        """
        self.region_box = QComboBox(self)
        # As wide as the longest place's name: "Right inner thigh (front vie" was cut at
        # 1024 pixels (walk 6, finding 8). The column shrinks only in a smaller window.
        self.region_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_box.setMinimumWidth(200)
        self.region_box.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Part of the body")
        )
        self.techniques = QListWidget(self)
        self.techniques.setAccessibleName(
            QCoreApplication.translate("RoutineEditor", "Techniques for this part")
        )
        make_card_list(self.techniques)
        self.techniques.setItemDelegate(OfferDelegate(self.techniques))
        self.add_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "&Add to the routine"), self
        )
        self.add_button.setObjectName("quietButton")
        # The place by pointing at it, as on the window's map (which the editor may cover).
        self.map_button = QPushButton(
            QCoreApplication.translate("RoutineEditor", "Choose on the &map…"), self
        )
        self.map_button.setObjectName("quietButton")
        region_label = QLabel(QCoreApplication.translate("RoutineEditor", "&Where"), self)
        region_label.setBuddy(self.region_box)
        header = QHBoxLayout()
        header.setSpacing(S)
        header.addWidget(region_label, 1)
        header.addWidget(self.map_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(S)
        layout.addLayout(header)
        layout.addWidget(self.region_box)
        layout.addWidget(self.techniques, 1)
        layout.addWidget(self.add_button)
        self.region_box.activated.connect(self._on_region_box_activated)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.map_button.clicked.connect(self._on_map_button_clicked)
        self.techniques.itemActivated.connect(self._on_techniques_item_activated)

    def show_region(self, region_id: str, techniques: Sequence[Offer]) -> None:
        """The chosen region and its techniques (id, card text, tooltip, usable).

        One that is not usable is faded and cannot be chosen or added; its tooltip says why.
        """
        select(self.region_box, region_id)
        self.techniques.clear()
        first = -1
        for row, (technique_id, text, tip, usable) in enumerate(techniques):
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, technique_id)
            item.setToolTip(tip)
            if not usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first < 0:
                first = row
            self.techniques.addItem(item)
        self.techniques.setCurrentRow(first)
        self.add_button.setEnabled(first >= 0)

    def _on_map_button_clicked(self) -> None:
        if self.figure is None:
            return
        if self.map_popup is None:
            svg, regions, cache_dir = self.figure()
            self.map_popup = MapPopup(svg, regions, self, cache_dir=cache_dir)
            self.map_popup.regionChosen.connect(self.regionChosen)
        self.map_popup.map.set_region_states(self.hatched(), self.resting())
        current = self.region_box.currentData()
        self.map_popup.open_under(self.map_button, str(current) if current else None)

    def _on_region_box_activated(self, _index: int) -> None:
        self.regionChosen.emit(str(self.region_box.currentData()))

    def _on_add_button_clicked(self) -> None:
        item = self.techniques.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.addRequested.emit(str(item.data(ID_ROLE)))

    def _on_techniques_item_activated(self, item: QListWidgetItem) -> None:
        self.addRequested.emit(str(item.data(ID_ROLE)))
