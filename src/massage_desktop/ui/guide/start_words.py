"""The guide's words for an ``Outlook``: the card's badge, the reasons beside Start.

The most serious reason comes first: what the health profile rules out before today's rest after
a pain stop (with DVT, "No massage for now", under the banner that says to get medical care
straight away). Each names the areas it is about ("Rest today: Left thigh", "Ruled out by your
health profile: Left knee"), so a rest on the left thigh is not read as a reason to leave the
right knee alone. The lines stay short: why in full is in the card above and the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.content import Region
from massage_desktop.domain.enums import RuleEffect, Side
from massage_desktop.engine.screening import Screening
from massage_desktop.engine.sides import mirror_region
from massage_desktop.ui.guide.formatting import seconds_text
from massage_desktop.ui.guide.gate import Outlook
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from massage_desktop.ui.player.side_note import no_side_text
from massage_desktop.ui.step_words import runs_without_text

NBSP = "\u00a0"
MOST_NAMED = 3
"""Areas named in a reason before "and 2 more"."""
_BADGES = {
    "ruled-out": QT_TRANSLATE_NOOP("Guide", "ruled out"),
    "rests": QT_TRANSLATE_NOOP("Guide", "rest today"),
    "partly": QT_TRANSLATE_NOOP("Guide", "partly ruled out"),
    "partly-rests": QT_TRANSLATE_NOOP("Guide", "partly resting"),
    "partly-both": QT_TRANSLATE_NOOP("Guide", "partly ruled out or resting"),
    "care": QT_TRANSLATE_NOOP("Guide", "take care"),
    "ruled-out-rests": QT_TRANSLATE_NOOP("Guide", "ruled out or resting"),
    "rest-day": QT_TRANSLATE_NOOP("Guide", "rest day"),
    # A partner's rest, on a partner's card: whose it is (walk 8, finding 1).
    "rests-partner": QT_TRANSLATE_NOOP("Guide", "partner: rest today"),
    "partly-rests-partner": QT_TRANSLATE_NOOP("Guide", "partner: partly resting"),
    "partly-both-partner": QT_TRANSLATE_NOOP("Guide", "partly ruled out or partner resting"),
    "ruled-out-rests-partner": QT_TRANSLATE_NOOP("Guide", "ruled out or partner resting"),
}
_LOCATED = QT_TRANSLATE_NOOP("Guide", "Not on your %1: %2")
"""The heading of a block about one place: the place, then the condition."""


def badge(outlook: Outlook | None) -> str:
    """The card's mark: "⊘ ruled out", "⊘ rest today", "⊘ partly ruled out" and the like.

    The others are "⊘ partly resting", "⊘ partly ruled out or resting" (some steps of each)
    and "⚠ take care". A card with steps left out is more than "take care": those steps do
    not run. "Rest today" is for one that nothing is left of
    after today's rests; one that runs without the steps over the resting area is "partly
    resting".
    """
    if outlook is None:
        return ""
    verdict = outlook.verdict
    if outlook.no_side and not outlook.ruled_out and outlook.no_side_profile:
        # One knee ruled out, the other resting: neither word alone is true.
        kind = "ruled-out-rests"
    elif outlook.ruled_out:
        kind = "ruled-out"
    elif outlook.rest_day:
        # Today's check said not to massage: every card, not only the Start under one.
        kind = "rest-day"
    elif outlook.rests_all:
        kind = "rests"
    elif outlook.partial and (outlook.left_out or outlook.moves) and outlook.resting:
        # Both: "partly ruled out" alone called a step resting today ruled out (walk 6, #25).
        kind = "partly-both"
    elif outlook.partial:
        profile = outlook.left_out or outlook.moves
        kind = "partly" if profile or not outlook.resting else "partly-rests"
    elif verdict is not None and verdict.effect is RuleEffect.CAUTION:
        kind = "care"
    else:
        return ""
    if outlook.who == "partner" and f"{kind}-partner" in _BADGES:
        kind = f"{kind}-partner"
    sign = "⚠" if kind == "care" else "⊘"
    word = QCoreApplication.translate("Guide", _BADGES[kind])
    # The sign stays with its first word: the card wrapped "⊘" at one line's end and the
    # words below it. The words may wrap: joined whole, "⊘ partner: partly resting" in
    # German at extra-large text was wider than the guide's column (walk 11).
    return f"{sign}{NBSP}{word}"


def names(catalog: Catalog, region_ids: list[str], moves: Sequence[str] = ()) -> str:
    """``Left knee, Left shin and 2 more``: the areas, the first few by name, then ``moves``."""
    shown = [catalog.regions[r].name for r in region_ids if r in catalog.regions]
    shown += list(moves)
    if len(shown) > MOST_NAMED + 1:
        more = len(shown) - MOST_NAMED
        listed = ", ".join(shown[:MOST_NAMED])
        return fill(QCoreApplication.translate("GuidePanel", "%1 and %2 more"), listed, more)
    if len(shown) > 1:
        return fill(
            QCoreApplication.translate("CoreText", "%1 and %2"), ", ".join(shown[:-1]), shown[-1]
        )
    return shown[0] if shown else ""


def rest_names(catalog: Catalog, outlook: Outlook, region_ids: Sequence[str]) -> str:
    """``names`` of resting areas; a partner's rests as ``your partner's Right knee``.

    A rest is the person's who was massaged when it hurt; the guide says whose when it is not
    the user's own, so a partner routine held for a rest is not read as your knee (walk 8).
    """
    listed = names(catalog, list(region_ids))
    if outlook.who != "partner" or not listed:
        return listed
    return fill(QCoreApplication.translate("GuidePanel", "your partner's %1"), listed)


def held_reasons(catalog: Catalog, outlook: Outlook, *, everywhere: bool = False) -> list[str]:
    """Why Start is refused, most serious first; empty when it may start.

    ``everywhere``: the health profile rules out every region, and the banner at the top of
    the guide gives its advice ("get medical care straight away"); Start then says so in the
    banner's words, short enough to stay beside it at the largest text size.
    """
    reasons: list[str] = []
    profile_holds = (
        outlook.verdict is not None and outlook.verdict.blocked
    ) or outlook.profile_empty
    if outlook.no_side and not profile_holds:
        # One knee ruled out, the other resting: the sheet would offer no knee to choose.
        return [no_side_text(catalog, outlook.no_side, outlook.no_side_profile)]
    if outlook.ruled_out and everywhere:
        reasons.append(
            QCoreApplication.translate(
                "GuidePanel", "No massage for now: your health profile rules it out."
            )
        )
    elif outlook.ruled_out:
        reasons.append(_profile_reason(catalog, outlook))
    if outlook.rest_day:
        reasons.append(rest_day_text())
    # A rest holds Start only when it leaves nothing: otherwise the steps over the resting
    # area are left out and the rest runs (``partial_note`` says so).
    if outlook.here_rests:
        reasons.append(here_rests_text(outlook.who == "partner"))
    elif outlook.resting and (outlook.rests_all or outlook.ruled_out):
        reasons.append(
            fill(
                QCoreApplication.translate(
                    "GuidePanel", "Rest today: %1. You stopped there because it hurt."
                ),
                rest_names(catalog, outlook, outlook.resting),
            )
        )
    return reasons


def rest_day_text() -> str:
    """Why Start is held on a rest day: the notice above says why and offers the check again.

    Short: the notice's reason said again beside Start took four lines at the largest text
    size in German and squeezed the notice, its "Take the check again…" out of view (walk 9,
    P2-j).
    """
    return QCoreApplication.translate("GuidePanel", "Rest day: see the notice above.")


def here_rests_text(partner: bool = False) -> str:
    """The notice on the page of an area resting today, in place of Start.

    ``partner``: it is your partner's area that rests (for a partner's technique).
    """
    if partner:
        return QCoreApplication.translate(
            "GuidePanel",
            "Your partner's area rests today: you stopped a session on it here because it "
            "hurt. Massage it again tomorrow at the earliest.",
        )
    return QCoreApplication.translate(
        "GuidePanel",
        "Resting today: you stopped a session here because it hurt. Massage it again "
        "tomorrow at the earliest.",
    )


def place_left_out(
    catalog: Catalog, outlook: Outlook, region: Region | None
) -> tuple[bool, Region | None]:
    """Whether a routine that may start works no step on ``region``, and what it works instead.

    Its page said "includes Left kneecap" over "Runs on the right side only: your health
    profile rules out Left knee" (fresh users). The other side's region, if worked instead.
    """
    worked = {r for entry in outlook.plan.runnable for r in entry.region_ids}
    if region is None or not outlook.startable or region.id in worked:
        return False, None
    mirror = mirror_region(catalog, region.id)
    return True, catalog.regions[mirror] if mirror != region.id and mirror in worked else None


def partial_note(catalog: Catalog, outlook: Outlook) -> str:
    """What a start that leaves steps out runs without, and why; empty when it runs whole.

    A one-side routine moved off the side chosen says first which side it runs on: on the
    injured left kneecap's page a plain Start read as massaging that knee (walk 7).
    """
    moved = _moved_note(catalog, outlook)
    rest = _left_out_note(catalog, outlook)
    return " ".join(t for t in (moved, rest) if t)


def partial_headline(outlook: Outlook) -> str:
    """``Runs on the left side only.``: ``partial_note``'s first words, pinned over Start.

    The whole note named every resting place under Knee care's page after a "Stop – it
    hurts": at 1280x800 one routine card was left in view above it, and at 1024x700 with
    extra-large German text two lines of the column (fresh users). The places and why are
    under "Details…"; empty when it runs whole.
    """
    moved = bool(outlook.moved_from) and outlook.moved_to is not None and outlook.startable
    side = outlook.moved_to if moved else outlook.kept_side() if outlook.partial else None
    words: list[str] = []
    if side is not None:
        words.append(
            QCoreApplication.translate("GuidePanel", "Runs on the right side only.")
            if side is Side.RIGHT
            else QCoreApplication.translate("GuidePanel", "Runs on the left side only.")
        )
    if outlook.partial and (moved or side is None):
        words.append(
            fill(QCoreApplication.translate("GuidePanel", "%1."), runs_without_text(outlook.count))
        )
    return " ".join(words)


_RESTING_ON = {
    (Side.RIGHT, False): QT_TRANSLATE_NOOP(
        "GuidePanel", "Runs on the right side only: %1 is resting today because it hurt."
    ),
    (Side.RIGHT, True): QT_TRANSLATE_NOOP(
        "GuidePanel", "Runs on the right side only: %1 are resting today because they hurt."
    ),
    (Side.LEFT, False): QT_TRANSLATE_NOOP(
        "GuidePanel", "Runs on the left side only: %1 is resting today because it hurt."
    ),
    (Side.LEFT, True): QT_TRANSLATE_NOOP(
        "GuidePanel", "Runs on the left side only: %1 are resting today because they hurt."
    ),
}


def _resting_on(side: Side, catalog: Catalog, region_ids: Sequence[str]) -> str:
    """Why it runs on ``side``: "Right knee … and Right shin is resting" read as a slip."""
    several = sum(r in catalog.regions for r in region_ids) > 1
    return QCoreApplication.translate("GuidePanel", _RESTING_ON[(side, several)])


def _moved_note(catalog: Catalog, outlook: Outlook) -> str:
    """The side a one-side routine moved to, and why: ``Runs on the right side only: ...``."""
    if not outlook.moved_from or outlook.moved_to is None or not outlook.startable:
        return ""
    if outlook.moved_for_rest:
        text = _resting_on(outlook.moved_to, catalog, outlook.moved_from)
    else:
        text = (
            QCoreApplication.translate(
                "GuidePanel", "Runs on the right side only: your health profile rules out %1."
            )
            if outlook.moved_to is Side.RIGHT
            else QCoreApplication.translate(
                "GuidePanel", "Runs on the left side only: your health profile rules out %1."
            )
        )
    moved = list(outlook.moved_from)
    listed = (
        rest_names(catalog, outlook, moved) if outlook.moved_for_rest else names(catalog, moved)
    )
    return fill(text, listed)


def _left_out_note(catalog: Catalog, outlook: Outlook) -> str:
    """What a start runs without (steps left out), and why; empty when it runs whole."""
    if not outlook.partial:
        return ""
    where = names(catalog, list(outlook.left_out), outlook.moves)
    if outlook.rests_some:
        return _rest_note(catalog, outlook, where)
    side = outlook.kept_side()
    if side is not None and where:
        text = (
            QCoreApplication.translate(
                "GuidePanel", "Runs on the right side only: your health profile rules out %1."
            )
            if side is Side.RIGHT
            else QCoreApplication.translate(
                "GuidePanel", "Runs on the left side only: your health profile rules out %1."
            )
        )
        return fill(text, where)
    text = (
        QCoreApplication.translate("GuidePanel", "%1: your health profile rules out %2.")
        if where
        else QCoreApplication.translate("GuidePanel", "%1, as your health profile asks.")
    )
    return fill(text, runs_without_text(outlook.count), where)


def _rest_note(catalog: Catalog, outlook: Outlook, where: str) -> str:
    """What a start runs without over an area resting today, and why.

    ``Runs without 2 of its 16 steps, over Right inner thigh: resting today because it hurt.``
    """
    runs = runs_without_text(outlook.count)
    resting = rest_names(catalog, outlook, outlook.resting)
    side = outlook.kept_side()
    if side is not None and not where:
        return fill(_resting_on(side, catalog, outlook.resting), resting)
    if where:
        text = QCoreApplication.translate(
            "GuidePanel",
            "%1: ruled out by your health profile (%2) or resting today because it hurt (%3).",
        )
        return fill(text, runs, where, resting)
    text = QCoreApplication.translate("GuidePanel", "%1, over %2: resting today because it hurt.")
    return fill(text, runs, resting)


def _profile_reason(catalog: Catalog, outlook: Outlook) -> str:
    """``Ruled out by your health profile: Left knee.``: the areas, in one short line.

    Why and what to do stand in the card above (its warning box) and in the button's tooltip;
    a paragraph pinned over Start squeezed the guide to a strip at the largest text size.
    """
    where = names(catalog, list(outlook.left_out), outlook.moves)
    if where:
        return fill(
            QCoreApplication.translate("GuidePanel", "Ruled out by your health profile: %1."),
            where,
        )
    return QCoreApplication.translate("GuidePanel", "Ruled out by your health profile.")


def located_heading(
    catalog: Catalog, screening: Screening | None, technique_id: str, region_id: str | None
) -> str:
    """``Not on your left knee: fresh injury or inflammation``; empty unless it is about a place.

    A condition the person located ("Where is it?") rules a technique out on that place only;
    the guide's box then names the place and the condition, where "Not for you right now"
    read as if the whole body were ruled out.
    """
    if screening is None or region_id not in catalog.regions:
        return ""
    titles: list[str] = []
    for condition_id in screening.located_block(technique_id, region_id):
        condition = catalog.conditions[condition_id]
        named = [catalog.contraindications[c].title for c in condition.contraindications]
        titles += [t for t in named or [condition.name] if t not in titles]
    if not titles:
        return ""
    place = catalog.regions[region_id].name
    words = QCoreApplication.translate("Guide", _LOCATED)
    if words == _LOCATED:
        # English runs the names into the sentence; the German wording keeps them as they
        # are, capitals and all ("Linkes Knie auslassen: Frische Verletzung").
        place, titles = _in_sentence(place), [_in_sentence(t) for t in titles]
    return fill(words, place, "; ".join(titles))


def _in_sentence(name: str) -> str:
    """``left knee`` from ``Left knee``; an abbreviation (``DVT``) keeps its capitals."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def start_breakdown(outlook: Outlook) -> str:
    """``50 s + 19 s to get ready``: what the Start button's time is made of.

    The card gives a technique's massage time ("Main · 50 s") and Start the session's
    ("Start · 1:09"): the get-ready and side-switch pauses made the difference, said
    nowhere (walk 6, finding 14). "" where the massage time is not known (counted steps).
    """
    work = outlook.work_s
    if not work:
        return ""
    pauses = outlook.start_s - work
    if pauses <= 0:
        return ""
    switches = any(e.switches for e in outlook.plan.runnable[1:])
    words = (
        QCoreApplication.translate("GuidePanel", "%1 + %2 to get ready and switch sides")
        if switches
        else QCoreApplication.translate("GuidePanel", "%1 + %2 to get ready")
    )
    return fill(words, seconds_text(work), seconds_text(pauses))
