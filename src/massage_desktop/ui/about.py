"""The About box: version, licence and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from massage_desktop import APP_NAME, __version__
from massage_desktop.ui.i18n import fill


def show_about(parent: QWidget) -> None:
    """The About dialog: version, licence, privacy."""
    about = QCoreApplication.translate(
        "MainWindow",
        "Guided home massage, written from five massage guides. Not medical advice. All your "
        "data stays on this computer.",
    )
    licence = QCoreApplication.translate("MainWindow", "Licence: MIT.")
    QMessageBox.about(
        parent,
        fill(QCoreApplication.translate("MainWindow", "About %1"), APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3><p>{about}</p><p>{licence}</p>",
    )
