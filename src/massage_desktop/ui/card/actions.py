"""File ▸ Print routine…: the chosen routine's card, to a printer or a PDF via the print dialog."""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QObject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from massage_desktop.engine.card import CardRests, RoutineCard, routine_card
from massage_desktop.engine.pain_rest import massaged
from massage_desktop.messages import Level
from massage_desktop.services import Services
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.listing import SessionFilter
from massage_desktop.ui.card.chooser import RoutineChooser
from massage_desktop.ui.card.command import default_paper
from massage_desktop.ui.card.document import Paper
from massage_desktop.ui.card.figure import CardFigure
from massage_desktop.ui.card.output import CardWriteError, print_card
from massage_desktop.ui.card.preview import CardPreview
from massage_desktop.ui.card.text import rest_reason
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.player.flow import SessionFlow

_LETTER_SIZES = {
    QPageSize.PageSizeId.Letter,
    QPageSize.PageSizeId.Legal,
    QPageSize.PageSizeId.Tabloid,
    QPageSize.PageSizeId.Ledger,
    QPageSize.PageSizeId.Executive,
}


def paper_of(printer: QPrinter) -> Paper:
    """The card's layout for the paper chosen in the dialog: Letter for US sizes, else A4."""
    chosen = printer.pageLayout().pageSize().id()
    return Paper.LETTER if chosen in _LETTER_SIZES else Paper.A4


class RoutineCardActions(QObject):
    """Prints routine cards for the main window.

    Args:
        window: The parent of the dialogs.
        services: The content, the body map drawing, the health profile and the message bus.
        selected: Gives the routine shown in the guide, if any.
        region: Gives the region shown in the guide, if any: with no routine on screen, the
            list of routines to print starts at one that works on it.
        text_scale: Gives the text-size setting's factor, for the chooser (1 when None).
        flow: The player's flow: today's rests, who is massaged and its timing, so the card
            runs as Start would run it; None prints on the health profile alone.
    """

    def __init__(
        self,
        window: QWidget,
        services: Services,
        selected: Callable[[], str | None],
        region: Callable[[], str | None] | None = None,
        text_scale: Callable[[], float] | None = None,
        flow: SessionFlow | None = None,
    ) -> None:
        super().__init__(window)
        self._flow = flow
        self._text_scale = text_scale or (lambda: 1.0)
        self._window = window
        self._services = services
        self._selected = selected
        self._region = region
        self._last: str | None = None  # printed before, in this run
        self._figure: CardFigure | None = None

    def card(self, routine_id: str) -> RoutineCard:
        """The card of a routine as Start would run it now.

        Screened with the health profile when something is ticked in it; on the side of a
        one-side routine the guide offers; without the steps over areas resting today after
        "Stop – it hurts" (printed right after one, the card began on the area that had to
        rest: walk 15, MAJOR 1); saying so when today's quick check made it a rest day.
        """
        services = self._services
        catalog = services.catalog
        routine = catalog.routines[routine_id]
        profile = services.health.profile
        screening = services.plans.screening(catalog, profile) if profile.conditions else None
        flow = self._flow
        if flow is None:
            return routine_card(catalog, routine, screening, answered=services.health.answered)
        who = massaged(routine.performer, flow.default_performer)
        today = flow.pain_rest.today()
        rests = CardRests(
            today,
            flow.pain_rest.resting(catalog.regions, who),
            rest_reason(),
            # The day's rest, whoever is massaged: printed on it, the card had no word of it.
            check=services.settings.settings.rest_day_on == today,
        )
        return routine_card(
            catalog,
            routine,
            screening,
            flow.timing,
            chosen=self._region() if self._region is not None else None,
            rests=rests,
            answered=services.health.answered,
        )

    def figure(self) -> CardFigure:
        """The card's figure, measured on first use."""
        if self._figure is None:
            services = self._services
            self._figure = CardFigure(services.catalog, services.body_map_svg, services.paths.cache)
        return self._figure

    def choose_routine(self) -> str | None:
        """The routine shown in the guide; otherwise the person picks one (None: cancelled).

        The routines are cards in alphabetical order, the one ``likely_routine()`` gives
        chosen, not the first (the walk was offered "Ankle kneading" with a temple shown).
        """
        chosen = self._selected()
        routines = self._services.catalog.routines
        if chosen in routines:
            return chosen
        collator = QCollator(QLocale())

        def by_name(first: str, second: str) -> int:
            return collator.compare(routines[first].name, routines[second].name)

        ids = sorted(routines, key=cmp_to_key(by_name))
        dialog = RoutineChooser(
            self._services.catalog,
            ids,
            self.likely_routine(),
            large=self._text_scale(),
            parent=self._window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_routine()

    def likely_routine(self) -> str | None:
        """The routine to offer first; None when nothing points to one.

        In turn: a routine for the region on screen, the one printed last, the one last
        massaged (from the history).
        """
        catalog = self._services.catalog
        region = self._region() if self._region is not None else None
        if region in catalog.regions:
            for routine in catalog.routines_for_region(region):
                return routine.id
        if self._last in catalog.routines:
            return self._last
        store = self._services.history
        if store is not None:
            try:
                recent = store.list_sessions(SessionFilter(kind="routine"), limit=5)
            except StoreError:
                recent = []  # the history's own window reports that; printing goes on
            for summary in recent:
                if summary.subject_id in catalog.routines:
                    return summary.subject_id
        return None

    def preview(self, card: RoutineCard) -> bool:
        """Show the card as it will print; True when the person chose "Print…"."""
        dialog = CardPreview(
            self._services.catalog,
            card,
            self.figure(),
            default_paper(),
            large=self._text_scale(),
            parent=self._window,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_routine(self) -> int:
        """Choose a routine, see its card, then a printer (or a PDF file), and print it.

        Returns:
            The number of pages printed; 0 when cancelled or when printing failed (the
            message bus says why).
        """
        routine_id = self.choose_routine()
        if routine_id is None:
            return 0
        self._last = routine_id
        card = self.card(routine_id)
        if not self.preview(card):
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(default_paper().page_size)
        printer.setDocName(card.routine.name)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(
            fill(QCoreApplication.translate("RoutineCard", "Print “%1”"), card.routine.name)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        try:
            return print_card(
                printer, self._services.catalog, card, self.figure(), paper_of(printer)
            )
        except CardWriteError as error:
            self._services.messages.post(
                Level.ERROR,
                QCoreApplication.translate("RoutineCard", "The routine card was not printed"),
                fill(
                    QCoreApplication.translate(
                        "RoutineCard", "Printing “%1” failed: %2. Check the printer and try again."
                    ),
                    card.routine.name,
                    str(error),
                ),
            )
            return 0
