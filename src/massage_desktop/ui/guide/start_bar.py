"""The guide's one primary action, pinned under the column: the name, then "▶ Start · 1:30".

The button's label is fixed and short so it never wraps (a long German name used to fill three
lines beside a floating icon); the name it starts stands above it, wrapped, and screen readers
hear both in the button's accessible name ("Start: Knee warm-up strokes · 2 min"). When the
area rests today or the health profile rules it out, the reason stands between the name and
the disabled button in plain words (it used to be only in the button's tooltip).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_desktop.domain.enums import Severity
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import STEADY_PRIMARY, TARGET, XS
from massage_desktop.ui.i18n import fill


def clock_text(seconds: int) -> str:
    """``1:30``, ``12:00``: a session's length as a clock shows it."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


class StartBar(QWidget):
    """The name of what starts, over one large accent button.

    Signals:
        clicked(): the button was pressed.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        self.name.setObjectName("startName")
        self.name.setProperty("role", "muted")
        self.name.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setObjectName("startReason")
        self.reason.setProperty("role", "body")
        self.reason.setWordWrap(True)
        self.reason.hide()
        # What a start leaves out is one short line; the places and why are on demand, in
        # a dialog: shown in place they needed more room than the column could give at the
        # largest text size (1024x700, German).
        # A quiet button of the touch-target height, as the app's other buttons: in the
        # platform's default look it was 22 px high, half the target beside a 48-px Start.
        self.why = QPushButton(self)
        self.why.setObjectName("quietButton")
        self.why.setMinimumHeight(TARGET)
        self.why.hide()
        self.why.clicked.connect(self._on_why_clicked)
        self.button = QPushButton(self)
        self.button.setObjectName("primaryButton")
        self.button.setProperty("steady", True)
        self.button.setMinimumHeight(TARGET + 4)
        # Outside a dialog a push button answers Space only; Enter is what people press on
        # a focused "Start" (QPushButton::keyPressEvent clicks on Enter when auto-default).
        self.button.setAutoDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(XS)
        # "Details…" beside both lines over Start, the name and the note: in a row of its
        # own beside the note it took the column's room for a routine card at 1280x800.
        lines = QGridLayout()
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setHorizontalSpacing(XS)
        lines.setVerticalSpacing(XS)
        lines.addWidget(self.name, 0, 0)
        lines.addWidget(self.reason, 1, 0)
        lines.addWidget(self.why, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        lines.setColumnStretch(0, 1)
        layout.addLayout(lines)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.clicked)
        self._available = False
        self._held = False
        self._reasons: list[str] = []
        self._note = ""
        self._headline = ""
        self._tip = ""
        self._icon_px = 18
        self._scale = 1.0
        self._subject = ""
        self.recolour()

    def set_available(self, available: bool) -> None:
        """Enable the button once the guided player exists; until then say why not."""
        self._available = available
        self._tip = (
            ""
            if available
            else QCoreApplication.translate("GuidePanel", "The guided player is not available yet.")
        )
        self.button.setEnabled(available and not self._held)
        self.button.setToolTip(self._tip)

    def available(self) -> bool:
        """Whether the guided player exists (Start may be enabled)."""
        return self._available

    def allow(self, reasons: list[str], note: str = "", tip: str = "", headline: str = "") -> None:
        """Hold Start for ``reasons`` (most serious first), or say what it runs without.

        Args:
            reasons: Why the player would refuse to start; empty when it may start.
            note: What a start leaves out and why, shown when it may start.
            tip: The health profile's whole verdict, for the button's tooltip.
            headline: The note's first words ("Runs on the left side only."), shown in its
                place with "Details…" beside it, which shows the whole note.
        """
        self._held = bool(reasons)
        self._reasons = list(reasons)
        self._note = "" if reasons else note
        self._headline = headline if note and headline and headline != note else ""
        self._show_reason()
        self.button.setEnabled(self._available and not self._held)
        self.button.setToolTip("\n".join([*reasons[1:], tip]).strip() or self._tip)
        description = self.button.accessibleName()
        # A screen reader hears every reason, and why in full (the tooltip's words).
        said = " ".join([*reasons, tip]) if reasons else self._note
        self.button.setAccessibleDescription(f"{description} {said}".strip())

    def _show_reason(self) -> None:
        """The most serious reason, or the note (its headline, the rest under "Details…").

        The most serious reason only: at the largest text size at 1024x700 two of them
        squeezed the guide's column away. The others are in the tooltip and the button's
        description, and the card above has the profile's advice in full.
        """
        reasons, note, short = self._reasons, self._note, self._headline
        shown = f"⊘ {reasons[0]}" if reasons else f"⚠ {short or note}" if note else ""
        self.reason.setText(shown)
        self.reason.setVisible(bool(shown))
        self.reason.setToolTip(note if short else "")
        self.why.setVisible(bool(short))
        self.why.setText(QCoreApplication.translate("GuidePanel", "Details…"))
        # Heard as what it opens: the places left out and why.
        self.why.setAccessibleDescription(note if short else "")

    def _on_why_clicked(self) -> None:
        # Headed by what Start starts; the note's own first words are the text's too.
        dialog = DesignedDialog(
            self._subject,
            self._subject,
            "question",
            tone=Severity.TAKE_CARE,
            large=self._scale,
            parent=self.window(),
        )
        dialog.add_text(escape(self._note))
        dialog.set_primary(QCoreApplication.translate("GuidePanel", "OK"))
        dialog.exec()
        dialog.deleteLater()

    def held(self) -> bool:
        """Whether Start is held for a reason."""
        return self._held

    def held_reason(self) -> str:
        """Why Start is disabled, most serious first (empty when it is not held).

        The first is shown beside the button; all are in its accessible description.
        """
        return " ".join(self._reasons)

    def note(self) -> str:
        """What Start runs without and why, in full (empty when nothing is).

        Beside Start its headline is shown, the rest under "Details…" (``shown_note``).
        """
        return self._note

    def shown_note(self) -> str:
        """The note as shown beside Start, without its sign: its headline, or all of a short one."""
        return self.reason.text().removeprefix("⚠ ") if self._note else ""

    def set_subject(self, name: str, length: str, seconds: int | None, detail: str = "") -> None:
        """Start ``name``; ``length`` in words for screen readers, ``seconds`` on the button.

        ``detail`` follows the name: what the button's time is made of ("50 s + 19 s to get
        ready"), where the card above gives the massage alone.
        """
        spoken = (
            fill(QCoreApplication.translate("GuidePanel", "Start: %1 · %2"), name, length)
            if length
            else fill(QCoreApplication.translate("GuidePanel", "Start: %1"), name)
        )
        label = QCoreApplication.translate("GuidePanel", "Start")
        if seconds:
            label = fill(
                QCoreApplication.translate("GuidePanel", "Start · %1"), clock_text(seconds)
            )
        joined = QCoreApplication.translate("GuidePanel", "%1 · %2")
        self._subject = name
        self.name.setText(fill(joined, name, detail) if detail else name)
        self.button.setText(label)
        self.button.setAccessibleName(spoken)
        self.button.setAccessibleDescription(spoken)
        self.show()

    def recolour(self) -> None:
        """Draw the play icon in the button's text colour (the same in both themes)."""
        self.button.setIcon(icon("play", STEADY_PRIMARY[2], self._icon_px))
        self.button.setIconSize(QSize(self._icon_px, self._icon_px))

    def set_text_scale(self, scale: float) -> None:
        """Draw the play icon ``scale`` times its size, beside the scaled label."""
        self._scale = scale
        self._icon_px = round(18 * scale)
        self.recolour()
