"""The player panel: a calm coach for hands-free use.

The step's technique and side, a countdown ring and the step's how-to in large type (whole,
or a page of sentences at a time that turns by itself, "1/3"); the step's warnings in a pinned
box, wrapped, never cut; one row of icon buttons (back, pause, skip) and the red "Stop – it
hurts". Nothing scrolls and nothing is cut, and "More…" opens the step with every warning's
advice and source. Less used commands (mini timer, room mode, end session) sit in a "…"
menu; the keys are in the tooltips and in the "?" overlay, never in the labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontInfo, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.cue_label import CueLabel
from massage_desktop.ui.player.display import Display, caption_beside_heading
from massage_desktop.ui.player.panel_controls import OVERFLOW, PRIMARY, TIME, PlayerControls
from massage_desktop.ui.player.panel_parts import (
    FittingLabel,
    WarningStrip,
)
from massage_desktop.ui.player.paused_badge import place_over_ring
from massage_desktop.ui.player.popups import DetailsPopup, ShortcutsPopup
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.session_progress import SessionProgress
from massage_desktop.ui.player.step_warnings import WarningLine
from massage_desktop.ui.player.windows import PausedBadge

__all__ = ["OVERFLOW", "PRIMARY", "TIME", "PlayerPanel"]

CUE_PX = 26
"""The cue's type at the normal text size, in pixels; it shrinks to fit, down to CUE_MIN_PX."""
CUE_MIN_PX = 15
TITLE_SHRINK = 0.8
"""The technique's name may shrink to this share of its size to stay on one line."""
LINE_SCALE = 1.25
"""The most the text-size setting enlarges the lines under the ring (warnings, "Next:").

At 1024x700 their extra lines at the extra-large size came out of the ring's height."""
RING_WIDTH_SHARE = 0.45
"""The widest the ring may be, as a share of the panel's width divided by the text size.

At the extra-large size the instruction takes the width (under a third goes to the
ring): its text grew while the room it had shrank, and it came out smaller than at the
normal size. At the normal size only its height limits it."""

# The texts: (attribute, size relative to the app font, bold). The text-size preference
# multiplies the sizes of those read during a step; the heading and "Paused" (already
# twice the normal size) keep theirs, so the larger text goes to the step.
_FIXED = frozenset({"title", "paused"})
# Those around the instruction grow only up to LINE_SCALE: at the extra-large size their
# extra height came out of the instruction's, which then shrank below its normal size.
_AROUND_CUE = frozenset({"technique", "phase", "next"})
_READING = (
    ("title", 1.2, True),
    ("technique", 1.3, True),
    ("paused", 2.0, True),
    ("phase", 1.1, True),
    ("next", 1.0, False),
)


class PlayerPanel(QWidget):
    """Shows a running session; knows nothing about the engine, only ``Display`` values.

    Its buttons show the player's actions (``set_actions``); pressing one triggers the
    action, which the session flow handles.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base_font = QFont(self.font())
        self._text_scale = 1.0
        self._actions: PlayerActions | None = None
        self.title = QLabel(self)
        self.technique = FittingLabel(self)
        self.paused = PausedBadge(self)
        self.phase = QLabel(self)
        self.instruction = CueLabel(self)
        self.ring = CountdownRing(self)
        self.next = FittingLabel(self)
        self.progress = SessionProgress(self)
        self.progress_text = QLabel(self)
        self.warnings = WarningStrip(self)
        self.voice_note = QLabel(self)
        self.banner = StopBanner(self)
        self.details = DetailsPopup(self)
        self.where = self.details.where
        self._shortcuts: ShortcutsPopup | None = None
        self.more = QToolButton(self)
        self.controls = PlayerControls(self)
        self.buttons = self.controls.buttons
        self.keys = self.controls.keys
        self.overflow = self.controls.overflow
        self.hurt = self.controls.hurt
        self._shown: Display | None = None
        self._warnings_html = ""
        self._style()
        self._build_layout()
        self.set_text_scale(1.0)
        self.ring.installEventFilter(self)

    def _style(self) -> None:
        for name, _scale, _bold in _READING:
            label: QLabel = getattr(self, name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paused.setWordWrap(False)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Current instruction")
        )
        self.instruction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more.setText(QCoreApplication.translate("PlayerPanel", "More…"))
        self.more.setToolTip(
            QCoreApplication.translate(
                "PlayerPanel", "The whole instruction, where, how long, and every warning"
            )
        )
        self.more.setObjectName("linkButton")
        self.more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.more.clicked.connect(self.show_details)
        self.warnings.clicked.connect(self.show_details)
        self.details.safetyRequested.connect(self.banner.safetyRequested)
        self.voice_note.setWordWrap(True)
        self.voice_note.setProperty("role", "muted")

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.progress_text, 0, Qt.AlignmentFlag.AlignRight)
        cue_column = QVBoxLayout()
        # While paused, "Paused" floats over the ring (``place_over_ring``): the badge in the
        # phase's place, taller than it, pushed the instruction down and made it wrap anew
        # (walk 8, finding 10); a place kept for the badge took the instruction's height at
        # the extra-large text size. The phase line stays: hidden while paused, a get-ready's
        # "0:09" read as the time of a "1 min a side" step (walk 17).
        # The page ("1/2") and "More…" share the phase's line: on a line of their own under
        # the instruction they took its height, which at the extra-large text size left it
        # only 8 % larger than at the normal size (walk 8).
        above_cue = QHBoxLayout()
        above_cue.addWidget(self.phase, 1)
        above_cue.addWidget(self.instruction.pager)
        above_cue.addWidget(self.more)
        cue_column.addLayout(above_cue)
        cue_column.addWidget(self.instruction, 1)
        middle = QHBoxLayout()
        # The ring takes the whole height of the row (the time buttons sit with the other
        # controls): its digits are read from across the room.
        middle.addWidget(self.ring, 4)
        middle.addSpacing(8)
        middle.addLayout(cue_column, 5)
        controls = self.controls.row()

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.technique)
        layout.addLayout(middle, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.next)
        layout.addLayout(controls)
        layout.addWidget(self.hurt)
        layout.addWidget(self.voice_note)

    def set_text_scale(self, scale: float) -> None:
        """Make the reading texts ``scale`` times their normal size (the text-size setting)."""
        self._text_scale = scale
        for name, size, bold in _READING:
            label: QLabel = getattr(self, name)
            font = QFont(self._base_font)
            factor = 1.0 if name in _FIXED else scale
            if name in _AROUND_CUE:
                factor = min(scale, LINE_SCALE)
            font.setPointSizeF(self._base_font.pointSizeF() * size * factor)
            font.setBold(bold)
            # Both keep to one line down to (a share of) their normal size before they wrap:
            # at the extra-large size their second lines came out of the instruction's height.
            if label is self.technique:
                self.technique.set_fitting_font(font, TITLE_SHRINK / factor)
            elif label is self.next:
                self.next.set_fitting_font(font, 1 / factor)
            else:
                label.setFont(font)
        self.instruction.set_sizes(round(CUE_PX * scale), CUE_MIN_PX, normal_px=CUE_PX)
        line = QFont(self._base_font)
        line.setPointSizeF(self._base_font.pointSizeF() * min(scale, LINE_SCALE))
        self.warnings.set_text_px(
            QFontInfo(line).pixelSize(), QFontInfo(self._base_font).pixelSize()
        )
        self.ring.set_text_scale(scale)
        self._fit_ring()
        self.banner.set_text_scale(scale)

    def text_scale(self) -> float:
        """The reading texts' size relative to normal."""
        return self._text_scale

    def set_audio_note(self, summary: str, reasons: str) -> None:
        """Whether sounds and voice work, in a few words; the reasons in the tip."""
        self.voice_note.setText(summary)
        self.voice_note.setToolTip(reasons)
        self.voice_note.setAccessibleDescription(reasons)

    def show_display(self, display: Display) -> None:
        """Draw one moment of the session."""
        self._shown = display
        self.paused.setVisible(display.paused)
        place_over_ring(self.paused, self.ring)
        self.ring.set_paused(display.paused)
        self.technique.setText(display.technique)
        self.phase.setText(display.phase)
        self.instruction.set_text(display.instruction)
        self.instruction.set_elapsed(display.elapsed_s)
        self.more.setVisible(bool(display.instruction))
        self.controls.show_counted(display.counted, display.ended)
        caption = caption_beside_heading(display)
        self.ring.set_state(display.ring_fraction, display.ring_text, caption)
        self.next.setText(display.next_text)
        self.progress.set_fraction(display.progress_fraction)
        self.progress_text.setText(display.progress_text)
        self.progress_text.setToolTip(display.progress_tip)
        self._update_details()

    def show_warnings(self, line: WarningLine | None, html: str) -> None:
        """Show the current step's warnings: one pinned line, and the full boxes in "More…"."""
        self.warnings.set_line(line)
        self._warnings_html = html
        self._update_details()

    def show_details(self) -> None:
        """Open the current step in full (the whole instruction and every warning)."""
        self._update_details()
        self.details.show_over(self)

    def show_shortcuts(self) -> None:
        """Open the list of the player's keys."""
        if self._shortcuts is None and self._actions is not None:
            self._shortcuts = ShortcutsPopup(self, self._actions)
            self._shortcuts.follow(self._actions)
            self._actions.attach(self._shortcuts, exclude=frozenset({PlayerCommand.STOP}))
        if self._shortcuts is not None:
            self._shortcuts.show_over(self)

    def close_popups(self) -> None:
        """Close "More…" and the shortcuts (the session ended)."""
        self.details.close()
        if self._shortcuts is not None:
            self._shortcuts.close()

    def _update_details(self) -> None:
        shown = self._shown
        if shown is None:
            return
        where = "\n".join(line for line in (shown.where, shown.amount) if line)
        self.details.set_step(shown.technique, shown.instruction, where, self._warnings_html)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the ring no wider than high: the width it cannot use goes to the instruction.

        At a larger text size it is narrower still (``RING_WIDTH_SHARE``).
        """
        if watched is self.ring and event.type() == QEvent.Type.Resize:
            self._fit_ring()
        if watched is self.ring and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            place_over_ring(self.paused, self.ring)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The ring's widest follows the panel's width."""
        super().resizeEvent(event)
        self._fit_ring()

    def _fit_ring(self) -> None:
        side = max(self.ring.minimumWidth(), self.ring.height())
        if self._text_scale > 1:  # the normal size keeps the ring its height wide
            widest = int(self.width() * RING_WIDTH_SHARE / self._text_scale)
            side = max(self.ring.minimumWidth(), min(side, widest))
        if self.ring.maximumWidth() != side:
            self.ring.setMaximumWidth(side)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the "…" icon in the new theme's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.controls.paint_overflow()

    def set_actions(self, actions: PlayerActions) -> None:
        """Show the player's actions on the buttons (label, tooltip with key, enabled state)."""
        self._actions = actions
        self.controls.bind(actions)
        actions.attach(self.details, exclude=frozenset({PlayerCommand.STOP}))
        self.details.follow(actions)
        actions.textScaleChanged.connect(self.set_text_scale)
        self.set_text_scale(actions.text_scale)
