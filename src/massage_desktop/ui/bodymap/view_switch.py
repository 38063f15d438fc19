"""Front / Back buttons that switch a body map's view and follow it when it switches itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from massage_desktop.domain.enums import View
from massage_desktop.ui.bodymap.widget import BodyMapWidget


class ViewSwitch(QWidget):
    """Two checkable buttons, "Front" and "Back", bound to one map."""

    def __init__(self, body_map: BodyMapWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map = body_map
        self._group = QButtonGroup(self)
        self.buttons: dict[View, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view, text, tip in (
            (
                View.FRONT,
                QCoreApplication.translate("ViewSwitch", "&Front"),
                QCoreApplication.translate("ViewSwitch", "Show the front of the body"),
            ),
            (
                View.BACK,
                QCoreApplication.translate("ViewSwitch", "&Back"),
                QCoreApplication.translate("ViewSwitch", "Show the back of the body"),
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, v=view: self._map.set_view(v))
            self._group.addButton(button)
            self.buttons[view] = button
            layout.addWidget(button)
        body_map.viewChanged.connect(self._on_map_view_changed)
        self._on_map_view_changed(body_map.view().value)

    def _on_map_view_changed(self, view: str) -> None:
        self.buttons[View(view)].setChecked(True)
