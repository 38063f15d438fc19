"""At start-up: offer to resume sessions a crash or power cut left unfinished."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import SessionRecord
from massage_desktop.storage.errors import StoreError
from massage_desktop.storage.history import HistoryStore
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
    """Ask about each interrupted session: resume the newest, or keep it as interrupted."""
    try:
        sessions = store.interrupted_sessions()
    except StoreError:
        return  # the store already told the user what is wrong with it
    resumable = [
        s
        for s in sessions
        if (s.kind == "technique" and s.subject_id in catalog.techniques)
        or (s.kind == "routine" and s.subject_id in catalog.routines)
    ]
    newest = resumable[-1] if resumable else None
    for record in sessions:
        # A read-only or full disk, or a row damaged since it was listed, must never stop the
        # start: the session then simply stays as it is in the history.
        try:
            if record is newest and _ask(parent, catalog, record):
                flow.resume(store.resume(record.id))
            else:
                store.mark_interrupted(record.id)
        except StoreError:
            continue


def _ask(parent: QWidget, catalog: Catalog, record: SessionRecord) -> bool:
    started = record.started_at.astimezone()
    #: Qt date format (QLocale): weekday, day of the month, month, e.g. "Monday 04 May".
    day_format = QCoreApplication.translate("InterruptedSessions", "dddd dd MMMM")
    when = f"{local_date(started.date(), day_format)}, {started:%H:%M}"
    done = len(record.steps)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("InterruptedSessions", "Unfinished session"),
        fill(
            QCoreApplication.translate(
                "InterruptedSessions", "Your session of %1 on %2 did not finish (1 step done)."
            )
            if done == 1
            else QCoreApplication.translate(
                "InterruptedSessions",
                "Your session of %1 on %2 did not finish (%3 steps done).",
                None,
                done,
            ),
            subject_name(catalog, record),
            when,
            done,
        ),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "InterruptedSessions",
            "Carry on where you left off, or keep it in your history as it is?",
        )
    )
    resume = box.addButton(
        QCoreApplication.translate("InterruptedSessions", "Carry on"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("InterruptedSessions", "Keep as it is"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return box.clickedButton() is resume
