"""The main window: body map in the centre, region list and guide beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QWidget

from massage_desktop import APP_NAME
from massage_desktop.domain.catalog import Catalog
from massage_desktop.messages import MessageBus
from massage_desktop.ui.message_view import MessagePresenter


class MainWindow(QMainWindow):
    """Top-level window; receives its services through the constructor."""

    def __init__(
        self,
        catalog: Catalog,
        body_map_svg: bytes,
        messages: MessageBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self._catalog = catalog
        self._svg = body_map_svg
        self._regions = QListWidget(self)
        self._regions.addItems([r.name for r in catalog.regions.values()])
        self._detail = QLabel(self.tr("Choose a region"), self)
        splitter = QSplitter(self)
        splitter.addWidget(self._regions)
        splitter.addWidget(self._detail)
        self.setCentralWidget(splitter)
        self.resize(1280, 800)
        self._presenter = MessagePresenter(self)
        messages.subscribe(self._presenter.show_message)

    def select_region(self, region_id: str) -> None:
        """Select a region as if the user had clicked it."""
        self._detail.setText(self._catalog.regions[region_id].name)
