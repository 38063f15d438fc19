"""HTML for the guide browser's routine page: summary, total time, items with their times."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import SUGGESTED
from massage_desktop.domain.routines import Routine
from massage_desktop.engine.entry import PlanEntry
from massage_desktop.engine.phases import Timing
from massage_desktop.engine.plan import build_plan
from massage_desktop.ui.guide.detail_card import first_sentence
from massage_desktop.ui.guide.formatting import performer_text, seconds_text, with_source
from massage_desktop.ui.guide.gate import Outlook
from massage_desktop.ui.guide.html import GuideColours
from massage_desktop.ui.guide.lists import whole_minutes
from massage_desktop.ui.i18n import fill
from massage_desktop.ui.step_words import left_out_text


def routine_html(
    catalog: Catalog,
    routine: Routine,
    colours: GuideColours,
    outlook: Outlook | None = None,
    *,
    named: bool = True,
) -> str:
    """A routine's summary, its total time and its techniques in order.

    With an ``outlook`` that leaves steps out, the total is what runs for this person, as
    on the card above it. Without ``named`` the page follows the routine's own card (no
    other cards between): it leaves out the name and the summary's first sentence, which
    the card shows (walk 6, finding 12).
    """
    length = ""
    if routine.minutes and routine.minutes[0] != routine.minutes[1]:
        low, high = routine.minutes
        length = " · " + fill(QCoreApplication.translate("Guide", "%1–%2 min"), low, high)
    elif routine.minutes:
        guide = QCoreApplication.translate("Guide", "about %1 min in the guide")
        length = " · " + fill(guide, routine.minutes[0])
    plan = build_plan(catalog, routine)
    total = fill(
        QCoreApplication.translate("Guide", "Total time: about %1, with the pauses between steps"),
        seconds_text(whole_minutes(plan.total_s(Timing()))),
    )
    if outlook is not None and outlook.partial:
        # The steps in the card's words ("13 steps, 5 left out, 4 on one side only"), for
        # the person massaged: "for you" on a partner's routine read as the giver's time
        # (walk 9, P1-k), and a routine for either said it when it massaged the partner. After
        # "·", not in brackets: the parts say their steps in brackets of their own ("24
        # parts (13 steps, …)").
        total = fill(
            QCoreApplication.translate(
                "Guide",
                "Total time for your partner: about %1, with the pauses between steps \u00b7 %2",
            )
            if outlook.who == "partner"
            else QCoreApplication.translate(
                "Guide", "Total time for you: about %1, with the pauses between steps \u00b7 %2"
            ),
            seconds_text(whole_minutes(outlook.total_s)),
            left_out_text(outlook.count),
        )
    repeat = (
        "<br/>"
        + escape(
            fill(
                QCoreApplication.translate("Guide", "For the other side: “%1” when you start."),
                routine.repeat.label,
            )
        )
        if routine.repeat
        else ""
    )
    own = catalog.is_own(routine.id)
    yours = QCoreApplication.translate("Guide", "your routine")
    mark = f' <span style="color:{colours.muted};">· {escape(yours)}</span>' if own else ""
    summary = routine.summary
    if not named:
        summary = " ".join(summary.split()).removeprefix(first_sentence(summary)).strip()
    said = f"<i>{escape(summary)}</i><br/>" if summary else ""
    parts = [
        f"<h2>{escape(routine.name)}{mark}</h2>" if named else "",
        f'<p>{said}<span style="color:{colours.muted};">'
        f"{escape(performer_text(routine.performer))}{escape(length)}</span><br/>"
        f"<b>{escape(total)}</b>{repeat}</p><ol>",
    ]
    for index, item in enumerate(routine.items):
        technique = catalog.techniques[item.technique]
        when = _item_time(catalog, [e for e in plan.entries if e.item_index == index])
        note = f"<br/>{escape(item.note)}" if item.note else ""
        parts.append(f"<li>{escape(technique.title)}{escape(when)}{note}</li>")
    parts.append("</ol>")
    return "".join(parts)


def _item_time(catalog: Catalog, entries: list[PlanEntry]) -> str:
    """`` — about 2 min 30 s, suggested``: what the item's steps add up to in the routine.

    Counted steps have no fixed time, so an item with one shows none (its steps show counts).
    """
    if not entries or any(e.planned_s is None for e in entries):
        return ""
    seconds = round(sum(e.planned_s or 0.0 for e in entries))
    sources = {e.number_source for e in entries}
    # A total of one guide's own numbers is that guide's; any suggested part makes it ours.
    source = sources.pop() if len(sources) == 1 else SUGGESTED
    return " — " + with_source(seconds_text(seconds), source, catalog.guides)
