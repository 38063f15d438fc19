"""One focus ring for the whole app: a 3 px ring in the theme's focus colour, 2 px outside.

Walk 9 (P3-b): on the Welcome the focused "Not now" only turned its grey edge teal and the
focused primary "Next" a dark edge on the teal fill, much like the default button's look;
Tab, Tab, Enter pressed "Not now" and skipped the health profile. A ring drawn *outside* the
control, with a gap of the window's colour between, reads as focus on any fill (the teal
primary button as much as a quiet one) and looks like nothing else in the design: the default
button stays a plain primary button.

The ring is a ``QFocusFrame`` following the focused widget; its style puts it above the
widget's own parents (up to the window, a tool bar or a scroll area's viewport), so a
button at the edge of a container is not cut off. Text fields and scrolled views (the search
field, lists, the guide text, the body map) keep the ring they draw inside themselves: a
frame around a whole list or map says less than the ring on its focused row or region.
Focus given by a click shows no ring (a click needs no reminder where it went).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)
from shiboken6 import isValid

from massage_desktop.ui.design.tokens import colours
from massage_desktop.ui.guide.colours import is_dark

RING = 3
"""The ring's width in px."""
GAP = 2
"""The space between the control's edge and the ring in px."""
MARGIN = RING + GAP

# Widgets that draw focus inside themselves (see the module's docstring). A check box or
# radio button spans its row's width: a ring round the whole row pointed at empty space, so
# its row takes the accent tint and its box the focus colour (``stylesheet.indicator_rules``).
_OWN_RING = (QAbstractScrollArea, QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QRadioButton)


class _RingStyle(QProxyStyle):
    """Margins of ``MARGIN`` and a place above the widget's containers for the ring."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """The ring's margins; everything else as the application's style says."""
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return MARGIN
        return super().pixelMetric(metric, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 - Qt's name
    ) -> int:
        """The ring sits above the widget's containers, so they do not clip it."""
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)


class FocusRing(QFocusFrame):
    """The ring around the focused widget, drawn in the focus colour of its theme."""

    def __init__(self) -> None:
        super().__init__()
        self._style = _RingStyle("Fusion")
        self.setStyle(self._style)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def colour(self) -> QColor:
        """The focus colour of the application's theme."""
        # The application's palette tells the theme: a styled widget's own palette is
        # repainted by its style sheet (the primary button's window colour is the accent).
        return QColor(colours("dark" if is_dark(QApplication.palette()) else "light").focus)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded ring ``RING`` px wide along the frame's outer edge."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour(), RING)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING / 2
        rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        # Round controls (the player's play button) get a round ring, the others the
        # rounded corners of the app's controls.
        round_ = abs(rect.width() - rect.height()) < 4
        radius = rect.height() / 2 if round_ else min(12.0, rect.height() / 2)
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()


OWN_FOCUS_RING = "ownFocusRing"
"""A widget property: True for a widget that draws its own focus (the body map's region)."""


def takes_ring(widget: QWidget) -> bool:
    """Whether ``widget`` shows focus with the app's ring (not with its own inside ring)."""
    return (
        not widget.isWindow()
        and not isinstance(widget, _OWN_RING)
        and not widget.property(OWN_FOCUS_RING)
    )


class FocusRingKeeper(QObject):
    """Moves the one ``FocusRing`` to each widget the keyboard (or the program) focuses.

    It listens to ``QApplication.focusChanged``, not to every event of the application: a
    Python event filter on the application would run for each paint and mouse move. Focus
    that comes with a mouse button held down was given by a click, and shows no ring.

    Args:
        parent: The application, which owns the keeper and whose focus changes it follows.
    """

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self._ring: FocusRing | None = None
        parent.focusChanged.connect(self._on_application_focus_changed)

    @property
    def ring(self) -> FocusRing:
        """The ring; a new one when the window it last lived in was deleted with it."""
        if self._ring is None or not isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        clicked = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if new is not None and isValid(new) and takes_ring(new) and not clicked:
            self.ring.setWidget(new)
            self.ring.show()
            self.ring.raise_()
        elif self._ring is not None and isValid(self._ring):
            self._ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes None: no widget
            self._ring.hide()


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """Show the app's focus ring around every widget the keyboard focuses, from now on."""
    existing = app.findChild(FocusRingKeeper)
    return existing if existing is not None else FocusRingKeeper(app)
