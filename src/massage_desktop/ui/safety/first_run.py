"""The first run: three short screens, one idea each, acknowledged with "I understand".

1. Welcome: what the app does, and that it is not medical care.
2. "Does any of these apply to you?": chips that fill in the health profile directly; a
   ticked condition shows what its warnings say, and one that asks where opens the
   profile's "Where is it?" under its chip (``inline_where.py``).
3. The stop rule, and when to see a doctor, confirmed before the first session.

Every warning the old long notes listed is still shown: the conditions' warnings when ticked
here, the knee's and the stomach's in their guides, and all of them on the safety page
(tests/safety/test_first_run.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QStackedWidget, QWidget

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.enums import Severity
from massage_desktop.domain.health import HealthProfile
from massage_desktop.domain.rules import Contraindication
from massage_desktop.ui.design.dialog_sheet import dialog_sheet
from massage_desktop.ui.design.focus_ring import OWN_FOCUS_RING
from massage_desktop.ui.design.icons import icon
from massage_desktop.ui.design.screen import DesignedDialog
from massage_desktop.ui.design.tokens import BODY_SMALL
from massage_desktop.ui.guide.html import stop_rule
from massage_desktop.ui.guide.warning_boxes import source_tag
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.safety.chips import ConditionChips, screening_conditions
from massage_desktop.ui.safety.first_run_pages import (
    Page,
    chips_page,
    fit_height,
    stop_page,
    welcome_page,
)
from massage_desktop.ui.safety.inline_where import InlineWhere
from massage_desktop.ui.safety.region_picker import picker_sheet

WIDTH = 660


@dataclass(frozen=True)
class _Screen:
    heading: str
    icon: str
    tone: Severity | None


def warning_items(catalog: Catalog, warnings: list[Contraindication], muted: str) -> list[str]:
    """Rich text per warning: its title in bold over its text in the muted colour.

    The app's own advice says where it comes from, as on the guide (its text no longer does).
    """
    items = []
    for w in warnings:
        tag = source_tag(catalog, w.sources)
        body = f"{w.text} ({tag})" if tag else w.text
        items.append(
            f"<b>{escape(w.title)}</b><br/>"
            f"<span style='color:{muted}; font-size:{BODY_SMALL}px'>{escape(body)}</span>"
        )
    return items


class FirstRunDialog(DesignedDialog):
    """The first-run screens; the user confirms the stop rule with "I understand".

    Args:
        catalog: The loaded content: its conditions, their warnings and the stop rule.
        parent: The owning window.
        profile: The health profile saved so far; its conditions start ticked.
        large: The scale of every size (the text-size setting), as ``DesignedDialog``'s.
        page: The screen shown first: 1 opens at the questions (the home screen's "Do it
            now", and before a session while the check waits).
        answered_before: The questions were answered before (the notes were acknowledged):
            a profile without conditions then was "None of these", and shows it ticked.

    Signals:
        healthProfileRequested(): "Add details in my health profile" on the last screen was
            pressed; the notes are then accepted too, and the window opens the profile once
            they have closed.

    ``accepted`` means "I understand" (or the profile button) on the last screen; ``rejected``
    means "Not now" or closing the window. After ``exec()``, read ``acknowledged()``,
    ``put_off()``, and ``answered()`` and ``profile()`` for the conditions ticked.
    """

    healthProfileRequested = Signal()
    scrolls_itself = True  # each screen is a scroll page of its own

    def style_sheet(self) -> str:
        """The dialog's sheet and the pickers' (area names, partly chosen chips)."""
        return dialog_sheet(self.colours, self.scale) + picker_sheet(self.colours)

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        profile: HealthProfile | None = None,
        large: bool | float = False,
        page: int = 0,
        before_session: bool = False,
        answered_before: bool = False,
    ) -> None:
        self._put_off = False
        self._before_session = before_session
        self._screens = [
            _Screen(
                QCoreApplication.translate("FirstRunDialog", "Welcome to Massage Desktop"),
                "spa",
                None,
            ),
            _Screen(
                QCoreApplication.translate("FirstRunDialog", "Does any of these apply to you?"),
                "care",
                None,
            ),
            _Screen(stop_rule(), "shield", Severity.DO_NOT_MASSAGE),
        ]
        # Its own title: "Before you start" is the sheet asked before each session, and two
        # windows of one name read as the same step.
        super().__init__(
            QCoreApplication.translate("FirstRunDialog", "Before your first session")
            if before_session
            else QCoreApplication.translate("FirstRunDialog", "Welcome"),
            self._screens[0].heading,
            self._screens[0].icon,
            large=large,
            parent=parent,
        )
        self.setAccessibleName(QCoreApplication.translate("FirstRunDialog", "Safety notice"))
        # The heading takes focus only for a screen reader to read the question (see
        # ``_show_page``); the app's ring round it looked like a text field (walk 10, a03).
        self.heading.setProperty(OWN_FOCUS_RING, True)
        self.setMinimumWidth(self.scaled_width(WIDTH))
        self._catalog = catalog
        self._start = profile or HealthProfile()
        self.chips = ConditionChips(
            screening_conditions(catalog), set(self._start.conditions), self.colours.accent, self
        )
        # Reopened from Help, "None of these" answered before showed no chip ticked and a
        # greyed Next (walk 10, b110): the saved answer was "none", so it shows ticked.
        asked = set(self.chips.chips)
        if answered_before and not asked & set(self._start.conditions):
            self.chips.none_chip.setChecked(True)
        self.stack = QStackedWidget(self)
        questions, self.meaning = chips_page(self, self.chips)
        self.where = InlineWhere(
            catalog, self.chips, questions.area, self._start, self.colours.accent
        )
        last, self.stop_rule = stop_page(self, catalog)
        self._pages: list[Page] = [welcome_page(self), questions, last]
        for shown in self._pages:
            self.stack.addWidget(shown.screen)
        self.body.addWidget(self.stack)
        self.dots = QLabel(self)
        self.dots.setObjectName("pageDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.dots)
        self._buttons()
        self.chips.changed.connect(self._on_chips_changed)
        self._on_chips_changed()
        self._show_page(page)
        self.stack.setMinimumHeight(fit_height(self, self._pages, self.minimumWidth()))

    def _buttons(self) -> None:
        # Opened by Start, "Not now" read as "start without it" and then started nothing
        # (walk 6): there it says what it does, and the title says why the screens are here.
        self.not_now_button = QPushButton(
            QCoreApplication.translate("FirstRunDialog", "&Cancel")
            if self._before_session
            else QCoreApplication.translate("FirstRunDialog", "&Not now"),
            self,
        )
        self.not_now_button.setObjectName("quietButton")
        self.not_now_button.setAutoDefault(True)  # Enter on it puts off, not Next
        self.footer.insertWidget(0, self.not_now_button)  # apart from the page buttons
        self.back_button = self.add_secondary(QCoreApplication.translate("FirstRunDialog", "&Back"))
        self.next_button = QPushButton(QCoreApplication.translate("FirstRunDialog", "Ne&xt"), self)
        self.next_button.setObjectName("primaryButton")
        self.understand_button = self.set_primary(
            QCoreApplication.translate("FirstRunDialog", "I &understand")
        )
        self.footer.insertWidget(self.footer.indexOf(self.understand_button), self.next_button)
        self.profile_button = QPushButton(
            QCoreApplication.translate("FirstRunDialog", "Add details in my &health profile"),
            self._pages[2].inner,
        )
        self.profile_button.setObjectName("quietButton")
        self.profile_button.setAutoDefault(True)  # Enter on it opens the profile
        self._pages[2].layout.insertWidget(
            self._pages[2].layout.count() - 1, self.profile_button, 0, Qt.AlignmentFlag.AlignLeft
        )
        self.not_now_button.clicked.connect(self._on_not_now_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.profile_button.clicked.connect(self._on_profile_button_clicked)

    def _show_page(self, index: int) -> None:
        screen = self._screens[index]
        self.stack.setCurrentIndex(index)
        self.heading.setText(escape(screen.heading))
        self.heading.setAccessibleName(screen.heading)
        self.badge.setProperty("tone", screen.tone.value if screen.tone else None)
        ink = self.colours.accent if screen.tone is None else self.colours.severity[screen.tone].ink
        glyph = round(26 * self.scale)
        self.badge.setPixmap(icon(screen.icon, ink, glyph).pixmap(glyph, glyph))
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        last = index == len(self._screens) - 1
        self.back_button.setVisible(index > 0)  # nothing to go back to on the first screen
        self.next_button.setVisible(not last)
        self.understand_button.setVisible(last)
        self._update_next()
        target = self.understand_button if last else self.next_button
        target.setDefault(True)
        if target.isEnabled():
            target.setFocus()
        else:
            # Next waits for an answer: rest on the heading (a screen reader reads the
            # question), not on the first chip, whose focus ring looked like a choice.
            self.heading.setFocus()
        self.dots.setText(" ".join("●" if i == index else "○" for i in range(len(self._screens))))
        self.dots.setAccessibleName(
            fill(
                QCoreApplication.translate("FirstRunDialog", "Page %1 of %2"),
                index + 1,
                len(self._screens),
            )
        )

    def _update_next(self) -> None:
        # The questions screen needs an answer, "None of these" included: nothing is assumed.
        self.next_button.setEnabled(self.page() != 1 or self.chips.answered())
        hint = self._pages[1].hint
        if hint is not None:
            hint.setVisible(not self.chips.answered())

    def page(self) -> int:
        """The index of the screen shown (0 to 2)."""
        return self.stack.currentIndex()

    def acknowledged(self) -> bool:
        """Whether the user pressed "I understand" (or the profile button)."""
        return self.result() == QDialog.DialogCode.Accepted

    def put_off(self) -> bool:
        """Whether the user pressed "Not now" (closing the window says nothing)."""
        return self._put_off

    def answered(self) -> bool:
        """Whether the user ticked a condition or "None of these"."""
        return self.chips.answered()

    def profile(self) -> HealthProfile:
        """The starting profile with the conditions as the chips show them.

        The places are those chosen under the chips; a professional's clearance given
        before is kept for conditions still ticked; conditions not asked about here stay as
        they were.
        """
        asked = set(self.chips.chips)
        kept = [c for c in self._start.conditions if c not in asked]
        ticked = [*self.chips.ticked(), *kept]
        regions = {
            c: r
            for c, r in self._start.regions.items()
            if c in ticked and c not in self.where.pickers
        }
        return HealthProfile(
            conditions=tuple(c for c in self._catalog.conditions if c in ticked),
            regions={**regions, **self.where.regions()},
            cleared=tuple(c for c in self._start.cleared if c in ticked),
        )

    def warnings_shown(self) -> list[Contraindication]:
        """The warnings of the ticked conditions, as the questions screen lists them."""
        ids: dict[str, None] = {}
        for condition_id in self.chips.ticked():
            ids.update(dict.fromkeys(self._catalog.conditions[condition_id].contraindications))
        return [self._catalog.contraindications[i] for i in ids]

    def text(self) -> str:
        """Everything the screens say, as plain text, screen by screen."""
        parts: list[str] = []
        for screen, page in zip(self._screens, self._pages, strict=True):
            parts.append(screen.heading)
            if page.lead is not None:
                parts.append(QTextDocumentFragment.fromHtml(page.lead.text()).toPlainText())
            inner = page.inner
            parts += [
                QTextDocumentFragment.fromHtml(label.text()).toPlainText()
                for label in inner.findChildren(QLabel)
                if label.isVisibleTo(inner)
            ]
            parts += [b.text() for b in inner.findChildren(QPushButton) if b.isVisibleTo(inner)]
        return "\n".join(parts)

    def _on_chips_changed(self) -> None:
        warnings = self.warnings_shown()
        self.meaning.set_items(warning_items(self._catalog, warnings, self.colours.muted))
        ticked = [self._catalog.conditions[cid] for cid in self.chips.ticked()]
        # Whether a professional has cleared it: the profile asks that (where it is, the
        # picker under the chip).
        details = any(c.asks_clearance for c in ticked)
        self.profile_button.setVisible(details)
        self._update_next()

    def _on_next_button_clicked(self) -> None:
        if self.next_button.isEnabled():
            self._show_page(min(self.page() + 1, len(self._screens) - 1))

    def _on_back_button_clicked(self) -> None:
        self._show_page(max(self.page() - 1, 0))

    def _on_profile_button_clicked(self) -> None:
        # Pressed on the last screen, under the stop rule: as good as "I understand".
        self.healthProfileRequested.emit()
        self.accept()

    def _on_not_now_button_clicked(self) -> None:
        self._put_off = True
        self.reject()
