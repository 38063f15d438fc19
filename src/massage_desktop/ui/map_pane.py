"""The centre of the window: the body map with its view switch and zoom buttons."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from massage_desktop.domain.content import Region
from massage_desktop.services import RunMemo
from massage_desktop.ui.bodymap.document import MapDocument
from massage_desktop.ui.bodymap.view_switch import ViewSwitch
from massage_desktop.ui.bodymap.widget import BodyMapWidget
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.tokens import L, M, S


class _Caption(QWidget):
    """Holds a label whose text changes without relaying out the window.

    ``QLabel.setText`` calls ``updateGeometry``, and a layout that is asked again tells its
    parent too (``QLayout::activate`` ends with ``updateGeometry`` on its widget), so every
    hover used to relayout the whole window (~0.45 ms) and ask the platform window for new size
    hints. Here the label is placed by hand: a label outside any layout only posts a layout
    request to this widget, whose own size hint never changes.
    """

    def __init__(self, accessible_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(accessible_name)
        self.label.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._text = ""

    def set_text(self, text: str) -> None:
        """Show ``text`` whole: on two lines when one is too narrow; screen readers get all.

        It was cut at its end, "Right kneecap, fr…" beside Front / Back with the region list
        open (walk 8, finding 10). When even two lines are too narrow the name is shown
        without its view (", front view", which the figure under it shows), and only a name
        wider than two lines is cut, with the whole text in the tooltip.
        """
        self._text = text
        self.label.setAccessibleDescription(text)
        name, _, view = text.rpartition(", ")
        for shown in (text, name if view else ""):
            if shown and self._fits(shown):
                self.label.setText(shown)
                self.label.setToolTip("" if shown == text else text)
                return
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width()))
        self.label.setToolTip(text)

    def _fits(self, text: str) -> bool:
        """Whether ``text`` fits the caption, wrapped at word boundaries, without a cut word."""
        metrics = self.label.fontMetrics()
        width = max(1, self.width())
        words = text.split()
        if any(metrics.horizontalAdvance(word) > width for word in words):
            return False
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        return metrics.boundingRect(0, 0, width, 10_000, flags, text).height() <= self.height()

    def sizeHint(self) -> QSize:
        """As wide as the bar allows, two lines of text high (a long name wraps)."""
        return QSize(0, 2 * self.label.fontMetrics().lineSpacing())

    def minimumSizeHint(self) -> QSize:
        """Nothing wide: long names wrap rather than widening the map."""
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the label over the whole caption, its text fitted to the new width."""
        self.label.setGeometry(self.rect())
        if self._text:
            self.set_text(self._text)
        super().resizeEvent(event)


class MapPane(QWidget):
    """The body map plus a small bar: Front / Back, zoom out, zoom in, fit.

    When the map shows front and back side by side, Front / Back are hidden: both figures are
    in sight, and the zoom buttons look closer at one of them ("Fit" shows both again). The
    map itself is public (``map``) because the controller wires its signals directly.
    """

    def __init__(
        self,
        svg: bytes,
        regions: Sequence[Region],
        parent: QWidget | None = None,
        *,
        cache_dir: Path | None = None,
        memo: RunMemo | None = None,
    ) -> None:
        """Build the pane.

        Args:
            svg: The body map drawing.
            regions: The regions in keyboard order.
            parent: The parent widget.
            cache_dir: Where the drawing's measured outlines are cached.
            memo: The run's memo: the outlines read once, not for every window.
        """
        super().__init__(parent)
        document = (
            memo.get(MapDocument, (svg, *regions), lambda: MapDocument(svg, regions, cache_dir))
            if memo is not None
            else None
        )
        self.map = BodyMapWidget(svg, regions, self, cache_dir=cache_dir, document=document)
        self.map.setAccessibleName(QCoreApplication.translate("MapPane", "Body map"))
        bar = QHBoxLayout()
        self.views = ViewSwitch(self.map, self)
        # Hidden, the switch keeps its room: a bar of another height would resize the map and
        # could change whether both views fit, on and off.
        policy = self.views.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.views.setSizePolicy(policy)
        bar.addWidget(self.views)
        self._buttons: list[QWidget] = list(self.views.buttons.values())
        hover_name = QCoreApplication.translate("MapPane", "Region under the pointer")
        self._hover = _Caption(hover_name, self)
        bar.addWidget(self._hover, 1)
        # The welcome's hint over the bar's free room (a hovered region's name replaces it).
        # It sits on a layer of its own without a layout: showing or hiding a child of a
        # widget with a layout posts that widget a LayoutRequest (QWidget::setVisible), which
        # would relayout the window at every hover, as the caption's comment explains.
        self._hint_layer = QWidget(self)
        self._hint_layer.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._hint = QLabel(
            QCoreApplication.translate("MapPane", "Click a body part"), self._hint_layer
        )
        self._hint.setObjectName("mapHint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setAccessibleName(self._hint.text())
        self._hint.hide()
        self._hint_wanted = False
        self._zoom_buttons: list[tuple[QToolButton, str]] = []
        for name, tip, slot in (
            ("zoom-out", QCoreApplication.translate("MapPane", "Zoom out (-)"), self.map.zoom_out),
            ("zoom-in", QCoreApplication.translate("MapPane", "Zoom in (+)"), self.map.zoom_in),
            (
                "fit",
                QCoreApplication.translate("MapPane", "Fit the figure to the window (0)"),
                self.map.reset_zoom,
            ),
        ):
            # Icon buttons like the top bar's: the app's own icons, not "−", "+" and "Fit".
            button = QToolButton(self)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setObjectName("quietButton")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setIconSize(QSize(20, 20))
            button.clicked.connect(slot)
            bar.addWidget(button)
            self._buttons.append(button)
            self._zoom_buttons.append((button, name))
        self._recolour()
        for button in self.views.buttons.values():
            button.setObjectName("segment")
            button.setAutoRaise(False)
        bar.setSpacing(S)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(L, M, L, S)
        layout.addLayout(bar)
        layout.addWidget(self.map, 1)
        # The caption names the region under the pointer, else the one the keyboard's ring
        # is on: arrow keys must say where they are as plainly as the mouse does.
        self._hovered_id = ""
        self._focused_id = ""
        self.map.regionHovered.connect(self._on_map_region_hovered)
        self.map.regionFocused.connect(self._on_map_region_focused)
        self.map.layoutChanged.connect(self._on_map_layout_changed)
        self._on_map_layout_changed()

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` under the map (the player's map key during a session)."""
        layout = self.layout()
        assert layout is not None
        layout.addWidget(widget)

    def set_hint_shown(self, shown: bool) -> None:
        """Show "Click a body part" above the figure (the welcome, before any selection)."""
        self._hint_wanted = shown
        self._place_hint()

    def hint_shown(self) -> bool:
        """Whether the hint is on screen now."""
        return self._hint.isVisible()

    def _place_hint(self) -> None:
        """Centre the hint in the bar's free room: the caption, and the hidden view switch."""
        room = self._hover.geometry()
        if self.views.isHidden():
            room = room.united(self.views.geometry())
        hint = self._hint.sizeHint()
        # Whole or not at all: a narrow bar (the player's map at 1024 px) showed a cut "bo".
        shown = self._hint_wanted and not self._hover.label.text() and room.width() >= hint.width()
        self._hint.setVisible(shown)
        if not shown:
            return
        room.setTop(room.center().y() - hint.height() // 2)
        room.setHeight(hint.height())
        self._hint_layer.setGeometry(room)
        self._hint_layer.raise_()
        width = min(room.width(), hint.width())
        self._hint.setGeometry((room.width() - width) // 2, 0, width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the hint centred in the bar."""
        super().resizeEvent(event)
        self._place_hint()

    def _recolour(self) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText).name()
        for button, name in self._zoom_buttons:
            button.setIcon(icon(name, text, 20))

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the zoom icons when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def focus_order(self) -> list[QWidget]:
        """The bar's buttons for Tab, after the map itself: Front, Back, zoom."""
        return list(self._buttons)

    def _on_map_layout_changed(self) -> None:
        # Both fit: Front / Back only after View ▸ Front or Back chose one figure alone.
        self.views.setHidden(self.map.side_by_side_fits() and not self.map.shown_alone())
        self._place_hint()

    def _on_map_region_hovered(self, region_id: str) -> None:
        self._hovered_id = region_id
        self._show_caption()

    def _on_map_region_focused(self, region_id: str) -> None:
        self._focused_id = region_id
        self._show_caption()

    def _show_caption(self) -> None:
        region_id = self._hovered_id or self._focused_id
        self._hover.set_text(self.map.region_accessible_name(region_id) if region_id else "")
        self._place_hint()
