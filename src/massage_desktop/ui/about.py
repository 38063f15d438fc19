"""The About box: a designed screen with the app's lotus icon, version, licence and credits.

It was a stock message box with the theme's "OK" icon and an older app icon (walk 9, X-g);
now it is a ``DesignedDialog`` like the app's other screens, and its badge is the app icon
the window, the launcher and the top bar show.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from massage_desktop import APP_ID, APP_NAME, __version__
from massage_desktop.resources import resource_path
from massage_desktop.ui.design.dialog_sheet import BADGE, px
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.guide.panel import GuidePanel
from massage_desktop.ui.i18n import fill


def app_icon() -> QIcon:
    """The app's own icon (the lotus), as the window and the launcher show it."""
    return QIcon(str(resource_path("icons", f"{APP_ID}.svg")))


class AboutDialog(DesignedDialog):
    """Name and version, what the app is, its licence and what it is built with.

    Args:
        parent: The window the dialog is shown over.
        text_scale: The text-size setting's factor: the heading and the text grow with it.
    """

    def __init__(self, parent: QWidget | None = None, text_scale: float = 1.0) -> None:
        super().__init__(
            fill(QCoreApplication.translate("MainWindow", "About %1"), APP_NAME),
            APP_NAME,
            "spa",
            large=text_scale,
            parent=parent,
        )
        # The badge shows the app icon itself rather than the lotus line drawing on a tint.
        size = px(BADGE, self.scale)
        self.badge.setStyleSheet("background: transparent;")
        self.badge.setPixmap(app_icon().pixmap(size, size))
        self.add_text(
            escape(fill(QCoreApplication.translate("MainWindow", "Version %1"), __version__)),
            "muted",
        )
        self.add_text(
            escape(
                QCoreApplication.translate(
                    "MainWindow",
                    "Guided home massage, written from five massage guides. Not medical advice. "
                    "All your data stays on this computer.",
                )
            )
        )
        licence = self.add_card()
        mit = QCoreApplication.translate("MainWindow", "Licence: MIT.")
        licence.add_text(f"<b>{escape(mit)}</b>")
        licence.add_text(
            escape(
                QCoreApplication.translate(
                    "MainWindow", "The icons were drawn for this project and share its licence."
                )
            ),
            "body",
        )
        credits = self.add_card()
        built = QCoreApplication.translate("MainWindow", "Built with")
        credits.add_text(f"<b>{escape(built)}</b>")
        credits.add_bullets(
            [
                escape(
                    QCoreApplication.translate(
                        "MainWindow", "Qt for Python (PySide6), LGPLv3: windows, body map, printing"
                    )
                ),
                escape(
                    QCoreApplication.translate(
                        "MainWindow", "pydantic, platformdirs, PyYAML and miniaudio, all MIT"
                    )
                ),
            ]
        )
        self.set_primary(QCoreApplication.translate("MainWindow", "Close"))


def show_about(parent: QWidget, text_scale: float | None = None) -> None:
    """Show the About dialog over ``parent`` until it is closed.

    Args:
        parent: The main window.
        text_scale: The text-size setting's factor; by default the one ``parent``'s guide
            shows. About stayed at the normal size at "Extra large" (walk 16).
    """
    if text_scale is None:
        guide = parent.findChild(GuidePanel)
        text_scale = guide.text_scale() if guide is not None else 1.0
    dialog = AboutDialog(parent, text_scale)
    dialog.exec()
    dialog.deleteLater()
