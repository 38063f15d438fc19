"""File ▸ Print routine…: the card as it will print, before the system's print dialog.

Ctrl+P went straight to a bare system dialog that defaulted to a PDF file, so the person saw
the card only once it was printed (walk 6, finding 24). The preview shows its pages as they
print, on the paper the card is laid out for; "Print…" then opens the print dialog.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.card import RoutineCard
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import CardWriteError, print_card
from massage_desktop.ui.design.screen import DesignedDialog, page_height
from massage_desktop.ui.i18n import fill

PREVIEW_HEIGHT = 380
"""The pages' height at 100 % (they scroll): with heading and buttons under 700 px."""
WIDTH = 760
"""Two pages side by side, large enough to read the headings, on a 1024 px screen."""


class CardPreview(DesignedDialog):
    """The routine card's pages as they print, with "Print…" and "Cancel".

    Args:
        catalog: The content the card's words come from.
        card: The card to show.
        figure: The card's figure.
        paper: The paper the card is laid out for (the print dialog may change it).
        large: The text-size setting's factor, as ``DesignedDialog``'s.
        parent: The window the dialog is shown over.

    Signals:
        None of its own: ``exec()`` returns Accepted when the person chose "Print…".
    """

    scrolls_itself = True

    def __init__(
        self,
        catalog: Catalog,
        card: RoutineCard,
        figure: CardFigure,
        paper: Paper,
        *,
        large: bool | float = False,
        parent: QWidget | None = None,
    ) -> None:
        title = fill(QCoreApplication.translate("RoutineCard", "Preview “%1”"), card.routine.name)
        super().__init__(title, card.routine.name, "steps", large=large, parent=parent)
        self._catalog, self._card, self._figure, self._paper = catalog, card, figure, paper
        self.pages = 0
        self.add_text(
            escape(
                QCoreApplication.translate(
                    "RoutineCard", "This is the card as it will print. Check it, then print it."
                )
            )
        )
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.printer.setPageSize(paper.page_size)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.setAccessibleName(QCoreApplication.translate("RoutineCard", "Card preview"))
        # Every page in reading order, side by side as the width allows; the facing-pages
        # view put page 1 alone on the right, as a book's first page.
        self.view.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
        self.view.paintRequested.connect(self._on_view_paint_requested)
        self.view.setFixedHeight(page_height(PREVIEW_HEIGHT, self.scale))
        self.setMinimumWidth(self.scaled_width(WIDTH))
        self.body.addWidget(self.view, 1)
        self.cancel_button = self.add_secondary(QCoreApplication.translate("RoutineCard", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.print_button = self.set_primary(QCoreApplication.translate("RoutineCard", "&Print…"))
        self.view.updatePreview()
        self.view.fitToWidth()

    def _on_view_paint_requested(self, printer: QPrinter) -> None:
        try:
            self.pages = print_card(printer, self._catalog, self._card, self._figure, self._paper)
        except CardWriteError:
            self.pages = 0  # nothing to show; printing itself reports a failure
