"""Room mode: a running session full screen, read from two metres and worked without a keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from massage_desktop.ui.bodymap import BodyMapWidget
from massage_desktop.ui.player.commands import PlayerActions, PlayerCommand
from massage_desktop.ui.player.cue_label import CueLabel
from massage_desktop.ui.player.display import Display
from massage_desktop.ui.player.panel_parts import WarningStrip
from massage_desktop.ui.player.paused_badge import PausedBadge, place_over_ring
from massage_desktop.ui.player.ring import CountdownRing
from massage_desktop.ui.player.room_parts import (
    ROOM_TARGET_PX,
    RoomKeys,
    figure_of,
    fit_hint,
    fit_place,
    keys_hint,
    map_in,
    room_button,
    set_px,
    show_place,
    stop_rule_label,
)
from massage_desktop.ui.player.step_warnings import WarningLine

__all__ = ["ROOM_CONTROLS", "ROOM_TARGET_PX", "RoomWindow"]
ROOM_TIME_SHARE = 0.26
"""Room mode's digits as a share of the ring's side: 120 px and more at 1280x800."""
ROOM_CONTROLS = (PlayerCommand.BACK, PlayerCommand.PAUSE, PlayerCommand.SKIP, PlayerCommand.HURT)
FIGURE_SHARE = 0.6
"""The figure's height as a share of the ring's row: its name goes under it."""
PLACE_SHARE = 0.2  # the widest the place's name under the figure gets, of the window's width
_ROOM_MIN_PX = 16  # room mode's smallest type when a long instruction has to shrink to fit
_PLACE_GAP = 8  # between the figure and the place's name under it
_EVEN = 100  # the stretch of the ring and of the text beside it at the normal text size


class RoomWindow(QWidget):
    """Full-screen view with type big enough to read from two metres away.

    The technique and side as a title, the countdown ring with large digits, the body part in a
    few words ("Left knee") and on a small figure that highlights it, the step's whole how-to
    (a page of sentences at a time when it is long, "2/4"), the step's warnings wrapped, and
    flat buttons with icons (Done on a counted step, "+15 s" on a timed one, Back, Pause,
    Skip, "Stop – it hurts"),
    large enough to hit from a massage table without a keyboard.
    Everything scales with the window. The player's keys work here too (ending the session is
    Ctrl+E, as in the player); Esc only leaves room mode; "?" lists them over room mode.

    Signals:
        closed(): the user left room mode (Esc or the room mode key).
    """

    closed = Signal()

    def __init__(
        self,
        actions: PlayerActions,
        parent: QWidget | None = None,
        *,
        figure: BodyMapWidget | None = None,
    ) -> None:
        """Build room mode for ``actions``; ``figure`` (default: the map in ``parent``) is copied.

        Without a map to copy, the body part is only named.
        """
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("RoomWindow", "Room mode"))
        # The keys list is room mode's own: the player's would open behind this window.
        actions.attach(self, exclude=frozenset({PlayerCommand.KEYS}))
        self._text_scale = actions.text_scale
        self.keys = RoomKeys(self, actions)
        self.figure = figure_of(self, figure or map_in(parent))
        self.technique = QLabel(self)
        self.paused = PausedBadge(self)
        self.place = QLabel(self)
        self.instruction = CueLabel(self)
        self.instruction.setAccessibleName(
            QCoreApplication.translate("PlayerPanel", "Current instruction")
        )
        self.warning = WarningStrip(self, details=False)  # room mode has no "More…"
        self.next = QLabel(self)
        self.next.setProperty("role", "muted")
        self.ring = CountdownRing(self)
        self.ring.set_time_share(ROOM_TIME_SHARE)
        self.hint = keys_hint(self, actions)
        # Room mode covers the screen, so the stop rule the player shows must be here too.
        self.rule = stop_rule_label(self)
        self.buttons = {command: room_button(self, command, actions) for command in ROOM_CONTROLS}
        # A counted step ends on "Done" (the ring says "press Done when finished"): room mode
        # had only the Enter key for it, a walk across the room with oily hands.
        self.done = room_button(self, PlayerCommand.DONE, actions)
        self.done.hide()
        # A timed step has no Done: its slot gives more time instead, as the player's row
        # shows "+15 s" where Done stands on a counted step. An empty slot left a hole in
        # the row of large targets (walk 8, finding 4).
        self.more = room_button(self, PlayerCommand.MORE, actions)
        self.more.hide()
        # "−15 s" beside "+15 s", as in the player: room mode could only add time (walk 10,
        # B b28). Greyed at the step's shortest time, as the player's.
        self.less = room_button(self, PlayerCommand.LESS, actions)
        self.less.hide()
        for label in (self.technique, self.place, self.next):
            label.setWordWrap(True)
        self._warning: WarningLine | None = None
        self._fitted_for: tuple[object, ...] | None = None
        """What the last fit was made for (``_fit_key``); None: fit at the next display."""
        # The window itself takes the keyboard: no button shows a focus ring (which reads as
        # "chosen") until Tab moves to one.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_layout()
        actions.textScaleChanged.connect(self._on_actions_text_scale_changed)

    def showEvent(self, event: QShowEvent) -> None:
        """Take the keyboard focus for the window, not its first button."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self) -> None:
        title = QHBoxLayout()
        title.addWidget(self.technique, 1)
        # "Paused" floats over the ring's column (``_place_badge``), in no layout: beside
        # the title it took the title's room, so pausing shrank the title and moved the
        # instruction (walk 8); a place kept for it wrapped long German titles onto two lines.
        self._text = text = QVBoxLayout()
        text.setSpacing(16)
        text.addWidget(self.instruction, 1)
        text.addWidget(self.instruction.pager)
        text.addWidget(self.warning)
        text.addWidget(self.next)
        self._row = row = QHBoxLayout()
        row.setSpacing(32)
        # Ring and text share evenly: the figure's column comes out of the text's share.
        row.addWidget(self.ring, _EVEN)
        row.addLayout(text, _EVEN)
        if self.figure is None:
            text.insertWidget(0, self.place)
        else:
            # "Where" as one unit: the figure with the area lit and its name under it.
            where = QVBoxLayout()
            where.setSpacing(_PLACE_GAP)
            where.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignHCenter)
            where.addWidget(self.place)
            where.addStretch(1)
            row.addLayout(where, 0)
            self.place.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        controls = QHBoxLayout()
        # Gaps of 12 px, not 20: with "−15 s" the row holds six large targets at 1024 px, and
        # the wider gaps shrank every label ("Überspringen" to 15 px).
        controls.setSpacing(12)
        # "Done" has its own slot, kept while it is hidden: it appeared between Pause and
        # Skip and every button moved under the hand (walk 7). First, as in the player,
        # where the step's own buttons sit on the left.
        # Two cells: "−15 s" and "+15 s" on a timed step, Done across both on a counted one.
        step_slot = QGridLayout()
        step_slot.setContentsMargins(0, 0, 0, 0)
        step_slot.setHorizontalSpacing(8)  # a pair: closer than the other buttons
        for button in (self.done, self.less, self.more):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        step_slot.addWidget(self.done, 0, 0, 1, 2)
        step_slot.addWidget(self.less, 0, 0)
        step_slot.addWidget(self.more, 0, 1)
        step_slot.setColumnStretch(0, 1)
        step_slot.setColumnStretch(1, 1)
        controls.addLayout(step_slot, 3)  # short labels: the others take the room
        for command in ROOM_CONTROLS:
            controls.addWidget(self.buttons[command], 3 if command is PlayerCommand.HURT else 2)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 16)
        layout.setSpacing(16)
        layout.addLayout(title)
        layout.addLayout(row, 1)
        layout.addLayout(controls)
        bottom = QHBoxLayout()
        bottom.addWidget(self.rule, 1)
        bottom.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(bottom)

    def show_display(self, display: Display) -> None:
        """Mirror the player's state in large type."""
        self.paused.setVisible(display.paused)
        self.done.setVisible(display.counted and not display.ended)
        self.more.setVisible(not display.counted and not display.ended)
        self.less.setVisible(not display.counted and not display.ended)
        for command, button in self.buttons.items():
            # Nothing to pause or skip once it has ended; the greyed red button stays.
            button.setVisible(command is PlayerCommand.HURT or not display.ended)
        self.technique.setText(display.technique)
        self.ring.set_paused(display.paused)
        self.place.setText(display.place)
        self.place.setVisible(bool(display.place))
        show_place(self.figure, display)
        self.instruction.set_text(display.instruction)
        self.instruction.set_elapsed(display.elapsed_s)
        self.next.setText(display.next_text)
        self.ring.set_state(display.ring_fraction, display.ring_text, display.ring_caption)
        # Each tick changes only the time: fitting every size again with it was a third of
        # a running session's cost. A new step, pause, warning, size or language fits again.
        key = self._fit_key(display)
        if key != self._fitted_for:
            self._fit()
            self._fitted_for = key if self.isVisible() else None

    def _fit_key(self, display: Display) -> tuple[object, ...]:
        """What ``_fit`` reads: the window's size and text size, and the texts it sizes."""
        d = display
        # The parts of the display shown here that change the layout, not the time or phase.
        shown = (d.technique, d.place, d.place_id, d.region_ids, d.lit_ids, d.instruction)
        still = (*shown, d.next_text, d.paused, d.counted, d.ended)
        buttons = tuple(b.text() for b in (*self.buttons.values(), self.done, self.less, self.more))
        texts = (self.rule.text(), self.hint.text())
        return (self.size(), self._text_scale, still, self._warning, buttons, texts)

    def show_warning(self, line: WarningLine | None) -> None:
        """Show the step's warnings, wrapped, never cut."""
        self._warning = line
        self.warning.set_line(line)

    def hideEvent(self, event: QHideEvent) -> None:
        """Fit again at the next display once shown again: what it shows may change meanwhile."""
        super().hideEvent(event)
        self._fitted_for = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the type with the window."""
        super().resizeEvent(event)
        for button in (*self.buttons.values(), self.done, self.less, self.more):
            button.setFixedHeight(max(ROOM_TARGET_PX, int(self.height() * 0.15)))
        self._fit()

    def _base_px(self) -> int:
        # 800 at 1280x800: the sizes below are shares of it. A narrow window scales with its
        # width, so a long title does not run to three lines.
        return min(self.height(), int(self.width() * 0.625))

    def _fit(self) -> None:
        """Type sizes from the window: title ~48 px, cue 36-44 px, digits 120+ at 1280x800.

        The title and the small lines take shares of the window; the buttons share one size,
        the largest with which every label fits; the cue fits itself into what is left.
        """
        if not self.isVisible():
            return  # laid out when shown: the sizes are not known before
        base = self._base_px()
        scale = self._text_scale
        set_px(self.paused, int(base * 0.05), True)
        self._fit_title(
            int(base * 0.06 * min(scale, 1.25)), int(base * 0.06), int(base * 0.06 * 0.75)
        )
        # A larger text size widens the text's column against the ring's (evenly at the
        # normal size): the instruction's larger type needs the room.
        self._row.setStretch(1, round(_EVEN * scale))
        set_px(self.place, int(base * 0.042 * min(scale, 1.25)), True)
        for label in (self.next, self.hint):
            set_px(label, max(14, int(base * 0.024)))
        set_px(self.rule, max(14, int(base * 0.026)), True)
        margins = self._layout.contentsMargins()
        fit_hint(self.hint, self.rule, self.width() - margins.left() - margins.right())
        self.warning.set_text_px(max(14, int(base * 0.026)))
        set_px(self.instruction.pager, max(14, int(base * 0.026)), True)
        self.instruction.set_sizes(
            int(base * 0.055 * scale),
            max(_ROOM_MIN_PX, int(base * 0.03)),
            normal_px=int(base * 0.055),
        )
        px = max(14, int(base * 0.034))
        # Done, "−15 s" and "+15 s" count while hidden too: their slots are kept, and the type
        # must not change with them.
        shown = [*self.buttons.values(), self.done, self.less, self.more]
        for button in shown:
            set_px(button, px)
            button.set_icon_px(int(base * 0.055))
        self._layout.activate()
        self._fit_figure(int(base * 0.042))
        # One size for every button: the largest with which the longest label fits.
        while px > 14 and any(b.sizeHint().width() > b.width() for b in shown):
            px -= 1
            for button in shown:
                set_px(button, px)
        self.instruction.fit()
        self._place_badge()

    def _place_badge(self) -> None:
        place_over_ring(self.paused, self.ring)

    def _fit_figure(self, place_px: int) -> None:
        """The figure ``FIGURE_SHARE`` of the ring's row high, as wide as its shape needs.

        When the place's name under it needs more of the row, its type goes down to
        ``place_px`` (its size at the normal text size), then it is widened (up to
        ``PLACE_SHARE`` of the window), then the figure lowered: a figure drawn whole, head
        included, is narrower, and "Left outer thigh and IT band" wrapped under it onto more
        lines than the row had room for. Its width comes out of the instruction's.
        """
        if self.figure is None:
            return
        row = self._row.geometry().height()
        height = round(row * FIGURE_SHARE)
        width = self.figure.width_for_height(height)
        place = self.place.width()
        cap = int(self.width() * PLACE_SHARE)
        fit_place(self.place, width, cap)
        if self.place.isVisibleTo(self):
            room = row - height - _PLACE_GAP
            size = self.place.font().pixelSize()
            while self.place.heightForWidth(self.place.width()) > room and size > place_px:
                size -= 1
                set_px(self.place, size, True)
            wide = self.place.width()
            while self.place.heightForWidth(wide) > room and wide < cap:
                wide = min(cap, wide + 8)
            self.place.setFixedWidth(wide)
            below = self.place.heightForWidth(wide) + _PLACE_GAP
            if height + below > row:
                height = max(row // 3, row - below)
                width = self.figure.width_for_height(height)
        changed = self.figure.size() != QSize(width, height) or self.place.width() != place
        if self.figure.size() != QSize(width, height):
            self.figure.setFixedSize(width, height)
        if changed:
            self._layout.activate()

    def _fit_title(self, px: int, normal_px: int, least_px: int) -> None:
        """The title on one line if it fits down to ``least_px``; else two lines, ``px`` or less.

        Two lines go down to ``normal_px`` (the size at the normal text size) when ``px``
        takes three.

        Height given to a long German name comes out of the ring, whose digits must stay large,
        and out of the instruction. ``least_px`` is the same at every text size: a title on
        one line at the normal size went to two at the extra-large, and the instruction came
        out smaller than at the normal size.
        """
        width = self.width() - self._layout.contentsMargins().left() * 2
        sizes = range(px, min(px, least_px) - 1, -1)
        for size in sizes:
            set_px(self.technique, size, True)
            if self.technique.fontMetrics().horizontalAdvance(self.technique.text()) <= width:
                return
        # Two lines: at the extra-large size the largest type took three.
        flags = int(Qt.TextFlag.TextWordWrap)
        for size in range(px, min(px, normal_px) - 1, -1):
            set_px(self.technique, size, True)
            metrics = self.technique.fontMetrics()
            box = metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, self.technique.text())
            if box.height() <= 2 * metrics.lineSpacing():
                return

    def _on_actions_text_scale_changed(self, scale: float) -> None:
        self._text_scale = scale
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves room mode; other keys reach the player's actions."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the player that room mode ended."""
        self.keys.close()
        self.closed.emit()
        super().closeEvent(event)
