"""At start-up: offer to resume sessions a crash or power cut left unfinished."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import SessionRecord
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.i18n import fill, local_date
from massage_desktop.ui.player.flow import SessionFlow


def subject_name(catalog: Catalog, record: SessionRecord) -> str:
    """The technique's or routine's name, or its id if the content no longer has it."""
    if record.kind == "technique" and record.subject_id in catalog.techniques:
        return catalog.techniques[record.subject_id].title
    if record.kind == "routine" and record.subject_id in catalog.routines:
        return catalog.routines[record.subject_id].name
    return record.subject_id


def offer_interrupted(
    parent: QWidget, catalog: Catalog, store: HistoryStore, flow: SessionFlow
) -> None:
    """Offer to resume the newest interrupted session that got somewhere; keep the rest.

    A session with no step done has nothing to resume: it is kept as interrupted without
    asking, as are the older ones and those whose content is gone. Kept means kept: the
    history still lists them, with the steps they did.
    """
    try:
        sessions = store.interrupted_sessions()
    except StoreError:
        return  # the store already told the user what is wrong with it
    resumable = [
        s
        for s in sessions
        if s.steps
        and (
            (s.kind == "technique" and s.subject_id in catalog.techniques)
            or (s.kind == "routine" and s.subject_id in catalog.routines)
        )
    ]
    newest = resumable[-1] if resumable else None
    for record in sessions:
        # A read-only or full disk, or a row damaged since it was listed, must never stop the
        # start: the session then simply stays as it is in the history.
        try:
            if record is newest and _ask(parent, catalog, record, flow.actions.text_scale):
                flow.resume(store.resume(record.id))
            else:
                store.mark_interrupted(record.id)
        except StoreError:
            continue


def next_step(record: SessionRecord) -> int:
    """The step a resumed session starts at, counted from 1 as the player shows it."""
    return max((s.position for s in record.steps), default=-1) + 2


class ResumeDialog(DesignedDialog):
    """The offer to resume an unfinished session: what it was, when, and how far it got.

    Args:
        catalog: The loaded content, for the session's name.
        record: The unfinished session.
        parent: The main window.
        large: The scale of every size (the text-size setting), as ``DesignedDialog``'s.

    Signals:
        None of its own; ``accepted`` means "Resume at step N", ``rejected`` "Discard" (the
        session is kept in the history as interrupted). Read ``resume()`` after ``exec()``.
    """

    def __init__(
        self,
        catalog: Catalog,
        record: SessionRecord,
        parent: QWidget | None = None,
        *,
        large: bool | float = False,
    ) -> None:
        heading = QCoreApplication.translate("InterruptedSessions", "Unfinished session")
        super().__init__(heading, heading, "history", large=large, parent=parent)
        started = record.started_at.astimezone()
        #: Qt date format (QLocale): weekday, day of the month, month, e.g. "Monday 04 May".
        day_format = QCoreApplication.translate("InterruptedSessions", "dddd dd MMMM")
        when = f"{local_date(started.date(), day_format)}, {started:%H:%M}"
        done = len(record.steps)
        card = self.add_card()
        card.add_text(escape(subject_name(catalog, record)), "title")
        card.add_text(escape(when), "muted")
        card.add_text(
            escape(
                fill(
                    QCoreApplication.translate("InterruptedSessions", "1 step done")
                    if done == 1
                    else QCoreApplication.translate(
                        "InterruptedSessions", "%n steps done", None, done
                    ),
                    done,
                )
            ),
            "muted",
        )
        self.add_text(
            escape(
                QCoreApplication.translate(
                    "InterruptedSessions",
                    "This session did not finish. Resume where you left off? If you discard "
                    "it, the steps you did stay in your history.",
                )
            )
        )
        discard = self.add_secondary(QCoreApplication.translate("InterruptedSessions", "Discard"))
        discard.clicked.connect(self.reject)
        self.set_primary(
            fill(
                QCoreApplication.translate("InterruptedSessions", "Resume at step %1"),
                next_step(record),
            )
        )

    def resume(self) -> bool:
        """Whether the person chose to resume."""
        return self.result() == QDialog.DialogCode.Accepted


def _ask(parent: QWidget, catalog: Catalog, record: SessionRecord, scale: float) -> bool:
    dialog = ResumeDialog(catalog, record, parent, large=scale)
    dialog.exec()
    return dialog.resume()
