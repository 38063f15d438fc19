"""Putting a card on paper: a PDF file, a printer, or one page as an image (for previews).

All three draw the same ``CardDocument`` with the same painter code; only the device differs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from massage_desktop import APP_NAME
from massage_desktop.domain.catalog import Catalog
from massage_desktop.engine.card import RoutineCard
from massage_desktop.messages import Reason
from massage_desktop.ui.card.document import CardDocument, Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.typeset import Typesetter
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.message_text import part_reason


class CardWriteError(Exception):
    """The card could not be written; the message says why in plain words."""


def _layout(paper: Paper) -> QPageLayout:
    # No device margins: the card keeps its own, so the PDF and a preview look the same.
    return QPageLayout(
        paper.page_size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )


def _paint(device: QPagedPaintDevice, document: CardDocument, ts: Typesetter) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise CardWriteError(
            QCoreApplication.translate("RoutineCard", "the page could not be started")
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in range(document.page_count):
            if index and not device.newPage():
                raise CardWriteError(
                    QCoreApplication.translate("RoutineCard", "a new page could not be started")
                )
            painter.save()
            painter.scale(ts.scale, ts.scale)
            document.paint_page(painter, index)
            painter.restore()
    finally:
        painter.end()


def write_pdf(
    path: Path, catalog: Catalog, card: RoutineCard, figure: CardFigure, paper: Paper
) -> int:
    """Write the card to a PDF file at ``path``; returns the number of pages.

    Raises:
        CardWriteError: when the file cannot be written (the message names the reason).
    """
    try:
        # QPdfWriter only says it failed (a warning and an empty painter): try the file first
        # so the person learns why (no such folder, no permission, a folder of that name).
        with path.open("wb"):
            pass
    except OSError as error:
        raise CardWriteError(
            fill(
                QCoreApplication.translate("RoutineCard", "%1 cannot be written (%2)"),
                path,
                part_reason(Reason.of_os_error(error)),
            )
        ) from error
    writer = QPdfWriter(str(path))
    writer.setTitle(card.routine.name)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(_layout(paper))
    ts = Typesetter(writer)
    document = CardDocument(catalog, card, figure, paper, ts)
    _paint(writer, document, ts)
    return document.page_count


def print_card(
    printer: QPrinter, catalog: Catalog, card: RoutineCard, figure: CardFigure, paper: Paper
) -> int:
    """Print the card on ``printer`` (set up by a print dialog); returns the pages printed."""
    printer.setDocName(card.routine.name)
    printer.setFullPage(True)  # the card keeps its own margins
    printer.setPageLayout(_layout(paper))
    ts = Typesetter(printer)
    document = CardDocument(catalog, card, figure, paper, ts)
    _paint(printer, document, ts)
    return document.page_count


def render_page(
    catalog: Catalog,
    card: RoutineCard,
    figure: CardFigure,
    paper: Paper,
    page: int = 0,
    dpi: float = 110.0,
) -> QImage:
    """Page ``page`` (from 0) of the card as an image at ``dpi``, for previews and screenshots."""
    size = paper.points
    image = QImage(
        round(size.width() * dpi / 72), round(size.height() * dpi / 72), QImage.Format.Format_RGB32
    )
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    ts = Typesetter(image)
    document = CardDocument(catalog, card, figure, paper, ts)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(ts.scale, ts.scale)
    document.paint_page(painter, min(max(page, 0), document.page_count - 1))
    painter.end()
    return image
