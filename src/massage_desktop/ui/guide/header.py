"""The top of the guide: the name of what it shows (or the welcome's question), the stop rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from massage_desktop.domain.content import Region
from massage_desktop.ui.bodymap.state import view_label
from massage_desktop.ui.design.fit_heading import FitHeading
from massage_desktop.ui.design.tokens import S
from massage_desktop.ui.guide.stop_banner import StopBanner
from massage_desktop.ui.i18n import fill


class GuideHeader(QWidget):
    """A heading, a muted line under it and the stop banner, which is never hidden.

    Signals:
        safetyRequested(): the banner's "Safety…" was pressed.
    """

    safetyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = FitHeading(self)
        self.title.setObjectName("guideTitle")
        self.title.setProperty("role", "heading")
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.banner = StopBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(S)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        self.banner.safetyRequested.connect(self.safetyRequested)

    def greet(self, invite: bool = True) -> None:
        """The welcome: where would you like a massage, and how to choose.

        Without ``invite`` (the health profile rules out every region) there is nothing to
        choose: the line on how to choose is left away, and the banner under it has the room.
        """
        self.subtitle.setVisible(invite)
        self.title.setText(
            QCoreApplication.translate("GuidePanel", "Where would you like a massage?")
        )
        self.subtitle.setText(
            QCoreApplication.translate(
                "GuidePanel",
                "Click a part of the body on the figure, or find it by name with the "
                "search field. Or start with one of these routines:",
            )
        )

    def name_region(self, region: Region, area: str) -> None:
        """The region's name over its area and view: "Knee · front view"."""
        self.subtitle.show()
        self.title.setText(region.name)
        self.subtitle.setText(f"{area} · {view_label(region.view)}")

    def name_routine(
        self,
        name: str,
        region: Region | None,
        *,
        left_out: bool = False,
        instead: Region | None = None,
    ) -> None:
        """A routine's name over what it is: the heading says what the page shows.

        Under the region's name a routine's page read as the region's (walk 8, finding 9:
        "Where would you like a massage?" over a routine chosen on the welcome, "Left armpit"
        over a hand routine).

        Args:
            name: The routine's name.
            region: The region it was chosen on, if any.
            left_out: No step that runs works ``region`` (the health profile rules it out,
                or it rests today): "includes Left kneecap" read as if the place ruled out
                were worked, over a note saying it runs on the right side only.
            instead: With ``left_out``, the region on the other side that is worked.
        """
        self.subtitle.show()
        self.title.setText(name)
        if region is None:
            text = QCoreApplication.translate("GuidePanel", "Routine")
        elif left_out and instead is not None:
            text = fill(
                QCoreApplication.translate("GuidePanel", "Routine · includes %1 (%2 is left out)"),
                instead.name,
                region.name,
            )
        elif left_out:
            text = fill(
                QCoreApplication.translate("GuidePanel", "Routine · %1 is left out"), region.name
            )
        else:
            text = fill(
                QCoreApplication.translate("GuidePanel", "Routine · includes %1"), region.name
            )
        self.subtitle.setText(text)

    def heading(self) -> str:
        """The heading shown: the region's or the routine's name, or the welcome's question."""
        return self.title.text()

    def focus_order(self) -> list[QWidget]:
        """The banner's stops for Tab."""
        return self.banner.focus_order()
