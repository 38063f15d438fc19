"""One session in full: when, who, how it ended, its steps, ratings and editable notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.history import MAX_NOTES, SessionRecord
from massage_desktop.storage.stats import StepTally
from massage_desktop.ui.design.tokens import M, S
from massage_desktop.ui.headings import bold
from massage_desktop.ui.history import wording
from massage_desktop.ui.history.rating_lines import ratings_html
from massage_desktop.ui.history.reach import as_counted, skipped_to_end
from massage_desktop.ui.history.steps_table import StepsTable, session_side
from massage_desktop.ui.i18n import fill

NOTES_IDLE_MS = 1200  # save this long after the last keystroke, so typing never waits on disk
_SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setAccessibleName(name)
    label.setProperty("field", name)
    return label


def _show(label: QLabel, text: str) -> None:
    """Set a value and its accessible name, "When: Monday 4 May…".

    A screen reader reads a label's accessible name, not its text, once a name is set: the
    name must carry the value or only the field's name is ever heard.
    """
    label.setText(text)
    plain = QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text
    field = str(label.property("field"))
    label.setAccessibleName(
        fill(QCoreApplication.translate("SessionDetails", "%1: %2"), field, plain.strip())
    )


class SessionDetails(QStackedWidget):
    """The details pane: a placeholder sentence, or one session.

    Notes are saved by whoever listens to ``notesEdited``: after a short pause in typing, when
    the notes box loses focus, and before another session is shown.

    Signals:
        notesEdited(str, str): The notes of a session (id, new text) should be saved.
        deleteRequested(str): The user asked to delete the session with this id.
    """

    notesEdited = Signal(str, str)
    deleteRequested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        """Build the pane, showing the placeholder.

        Args:
            catalog: For technique, routine and region names.
            parent: The parent widget.
        """
        super().__init__(parent)
        self._catalog = catalog
        self._record: SessionRecord | None = None
        self._saved_notes = ""
        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setMargin(24)
        self.addWidget(self._placeholder)
        self.addWidget(self._build_page())
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(NOTES_IDLE_MS)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._notes.textChanged.connect(self._on_notes_text_changed)
        self._notes.installEventFilter(self)
        self._delete.clicked.connect(self._on_delete_clicked)
        self.show_placeholder(
            QCoreApplication.translate(
                "SessionDetails", "Choose a session to see its steps, ratings and notes."
            )
        )

    def _build_page(self) -> QWidget:
        page = QWidget(self)
        self._title = bold(
            _label(page, QCoreApplication.translate("SessionDetails", "Session")), 1.3
        )
        self._title.setProperty("role", "title")
        self._when = _label(page, QCoreApplication.translate("SessionDetails", "When"))
        # Whom the user massaged: "Who: Given by a partner" named the wrong person (walk 7,
        # finding 14), and a full sentence wrapped beside "Side:" at 1024x700.
        self._who = _label(page, QCoreApplication.translate("SessionDetails", "Massaged"))
        self._result = _label(page, QCoreApplication.translate("SessionDetails", "Result"))
        self._side = _label(page, QCoreApplication.translate("SessionDetails", "Side"))
        self._time = _label(page, QCoreApplication.translate("SessionDetails", "Massage time"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        # The side on the "Who" line: a row of its own took a row of steps at 1024x700.
        self._side_caption = QLabel(QCoreApplication.translate("SessionDetails", "Side:"), page)
        who = QHBoxLayout()
        who.setSpacing(M)
        who.addWidget(self._who)
        who.addWidget(self._side_caption)
        who.addWidget(self._side, 1)
        for text, field in (
            (QCoreApplication.translate("SessionDetails", "When:"), self._when),
            (QCoreApplication.translate("SessionDetails", "Massaged:"), who),
            (QCoreApplication.translate("SessionDetails", "Result:"), self._result),
            # Not a bare "Time:" beside "When:": the minutes massaged, pauses left out.
            (QCoreApplication.translate("SessionDetails", "Massage time:"), self._time),
        ):
            form.addRow(text, field)
        self._steps = StepsTable(self._catalog, page)
        self._ratings = _label(
            page, QCoreApplication.translate("SessionDetails", "Ratings before and after")
        )
        self._notes = QPlainTextEdit(page)
        self._notes.setAccessibleName(QCoreApplication.translate("SessionDetails", "Notes"))
        self._notes.setPlaceholderText(
            QCoreApplication.translate(
                "SessionDetails", "How did it feel? Anything to remember next time?"
            )
        )
        self._notes.setTabChangesFocus(True)
        self._fit_notes()
        notes_label = QLabel(
            QCoreApplication.translate("SessionDetails", "&Notes (saved as you type):"), page
        )
        notes_label.setBuddy(self._notes)
        notes_label.setWordWrap(True)  # the notes and the ratings share the width evenly
        self._delete = QPushButton(
            QCoreApplication.translate("SessionDetails", "De&lete session"), page
        )
        self._delete.setToolTip(
            QCoreApplication.translate(
                "SessionDetails", "Remove this session from the history (can be undone)"
            )
        )
        self._delete.setObjectName("quietButton")
        # The title with "Delete session" on its right: a row of its own at the foot took
        # the height the steps need on a small screen.
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._delete, 0, Qt.AlignmentFlag.AlignTop)
        # Ratings and notes side by side under the steps, both short.
        ratings = QVBoxLayout()
        ratings.addWidget(
            self._heading(
                page,
                QCoreApplication.translate(
                    "SessionDetails", "Tension or pain, 0 (none) to 10 (worst)"
                ),
            )
        )
        ratings.addWidget(self._ratings)
        ratings.addStretch(1)
        notes = QVBoxLayout()
        notes.addWidget(notes_label)
        notes.addWidget(self._notes)
        below = QHBoxLayout()
        below.setSpacing(M)
        below.addLayout(ratings, 1)
        below.addLayout(notes, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(M, M, M, M)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addSpacing(S)
        layout.addWidget(self._heading(page, QCoreApplication.translate("SessionDetails", "Steps")))
        # The steps take every pixel left: at 1024x700 that is six rows, not two.
        layout.addWidget(self._steps, 1)
        layout.addSpacing(S)
        layout.addLayout(below)
        return page

    @staticmethod
    def _heading(parent: QWidget, text: str) -> QLabel:
        heading = bold(QLabel(text, parent))
        heading.setProperty("role", "section")
        heading.setWordWrap(True)
        return heading

    # --- public -----------------------------------------------------------------------------

    def session_id(self) -> str | None:
        """The id of the session shown, if any."""
        return self._record.id if self._record else None

    def show_placeholder(self, text: str) -> None:
        """Show a sentence instead of a session (saving pending notes first)."""
        self.flush_notes()
        self._record = None
        self._placeholder.setText(text)
        self.setCurrentIndex(0)

    def show_session(self, record: SessionRecord) -> None:
        """Show one session (saving pending notes of the previous one first)."""
        self.flush_notes()
        # The same session read again (a refresh while typing) keeps the cursor where it is.
        same_notes = self._record is not None and self._record.id == record.id
        same_notes = same_notes and self._notes.toPlainText() == record.notes
        self._record = record
        catalog = self._catalog
        _show(self._title, wording.subject_name(catalog, record.kind, record.subject_id))
        _show(self._when, wording.time_span(record.started_at, record.ended_at))
        _show(self._who, wording.performer_text(record.performer))
        tally = as_counted(catalog, record, StepTally.of_steps(record.steps))
        reached = skipped_to_end(catalog, record.outcome, record.kind, record.subject_id, tally)
        result = wording.result_text(record.outcome, tally, full=True, reached_end=reached)
        if record.stop_reason:
            # Reasons are recorded in English; the player's own ones are shown translated.
            reason = QCoreApplication.translate("StopAdviceDialog", record.stop_reason)
            result = fill(
                QCoreApplication.translate("SessionDetails", "%1 \u2014 %2"), result, reason
            )
        _show(self._result, result)
        # Said in words for both sides too: a session over both knees showed no side at all.
        side = session_side(catalog, record)
        self._side_caption.setVisible(side is not None)
        self._side.setVisible(side is not None)
        _show(self._side, wording.side_text(side) if side is not None else "")
        # Massage time as the list and the summary count it (``storage.codec.insert_step``): a
        # step with no region only got the hands or the oil ready, and is said apart.
        done = sum(step.actual_s for step in record.steps if step.region_ids)
        prepared = sum(step.actual_s for step in record.steps if not step.region_ids)
        time = wording.massage_time_text(done, prepared)
        if tally.done:
            # The steps done, as the result counts them: "30 s over 13 steps" said the steps
            # of the plan, when 2 were done (walk 8, finding 5).
            steps = wording.done_text(tally)
            time = fill(QCoreApplication.translate("SessionDetails", "%1 \u00b7 %2"), time, steps)
        _show(self._time, time)
        self._steps.show_steps(record)
        ratings = ratings_html(catalog, record)
        _show(
            self._ratings,
            ratings or QCoreApplication.translate("SessionDetails", "No ratings were given."),
        )
        self._saved_notes = record.notes
        if not same_notes:
            self._notes.blockSignals(True)  # loading is not an edit
            self._notes.setPlainText(record.notes)
            self._notes.blockSignals(False)
        self.setCurrentIndex(1)

    def steps_table(self) -> StepsTable:
        """The steps table (for tests and screen-reader checks)."""
        return self._steps

    def texts(self) -> dict[str, str]:
        """The labels' texts by field, for tests and logging."""
        return {
            "title": self._title.text(),
            "when": self._when.text(),
            "who": self._who.text(),
            "result": self._result.text(),
            "side": self._side.text() if not self._side.isHidden() else "",
            "time": self._time.text(),
            "ratings": self._ratings.text(),
            "notes": self._notes.toPlainText(),
            "placeholder": self._placeholder.text(),
        }

    def set_notes_text(self, text: str) -> None:
        """Type into the notes box, as the user would (starts the idle timer)."""
        self._notes.setPlainText(text)

    def set_save_delay(self, milliseconds: int) -> None:
        """How long after the last keystroke the notes are saved (default ``NOTES_IDLE_MS``)."""
        self._idle.setInterval(milliseconds)

    def flush_notes(self) -> None:
        """Emit ``notesEdited`` now if the notes changed since the last save."""
        self._idle.stop()
        if self._record is None:
            return
        text = self._notes.toPlainText()
        if text != self._saved_notes:
            self._saved_notes = text
            self.notesEdited.emit(self._record.id, text)

    # --- handlers ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save the notes when their box loses focus; keep three lines at a new text size."""
        if watched is self._notes and event.type() == QEvent.Type.FocusOut:
            self.flush_notes()
        if watched is self._notes and event.type() == QEvent.Type.FontChange:
            self._fit_notes()
        return super().eventFilter(watched, event)

    def _fit_notes(self) -> None:
        # Three lines: the steps above get the height (a note is a sentence or two).
        # 24: the document's margins, the style sheet's padding and its 2 px focus border.
        self._notes.setFixedHeight(self._notes.fontMetrics().lineSpacing() * 3 + 24)

    def _on_notes_text_changed(self) -> None:
        # QPlainTextEdit has no length limit; the history refuses notes longer than MAX_NOTES
        # (and a window laying out megabytes of text froze for minutes), so the box cuts them.
        if self._notes.document().characterCount() - 1 > MAX_NOTES:
            cursor = self._notes.textCursor()
            cursor.setPosition(MAX_NOTES)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self._notes.setTextCursor(cursor)
        self._idle.start()

    def _on_idle_timeout(self) -> None:
        self.flush_notes()

    def _on_delete_clicked(self) -> None:
        if self._record is not None:
            self.flush_notes()
            self.deleteRequested.emit(self._record.id)
