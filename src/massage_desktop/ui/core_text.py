"""The fixed English sentences of the Qt-free core, translated at the user interface's boundary.

``domain`` and ``engine`` must not import Qt, so they write English. Their fixed sentences (the
severity labels, the questions and advice of the check before a session) are marked here for
lupdate under the context "CoreText", and the UI passes what the core says through
``core_text``: a marked sentence comes back translated, anything else (content from data/,
which has its own translations, or a sentence the core built from names) unchanged.
tests/i18n checks that every fixed sentence of the core is in ``MARKED``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_desktop.domain.enums import RuleEffect, Severity
from massage_desktop.engine.health import Verdict
from massage_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill

SEVERITY_LABELS = {
    Severity.DO_NOT_MASSAGE: QT_TRANSLATE_NOOP("CoreText", "Do not massage"),
    Severity.AVOID: QT_TRANSLATE_NOOP("CoreText", "Avoid this area or technique"),
    Severity.LIGHT_PRESSURE: QT_TRANSLATE_NOOP("CoreText", "Light pressure only"),
    Severity.ASK_PROFESSIONAL: QT_TRANSLATE_NOOP("CoreText", "Ask a professional first"),
    Severity.TAKE_CARE: QT_TRANSLATE_NOOP("CoreText", "Take care"),
}
"""``Severity.label`` of each severity, marked for translation."""

MARKED = (
    *SEVERITY_LABELS.values(),
    # engine.health.TODAY_QUESTIONS: the questions and why a yes stops the session
    QT_TRANSLATE_NOOP("CoreText", "Is there any new swelling, redness or warmth?"),
    QT_TRANSLATE_NOOP(
        "CoreText", "New swelling, redness or warmth can point to an injury or an infection."
    ),
    QT_TRANSLATE_NOOP("CoreText", "Is there any sharp pain?"),
    QT_TRANSLATE_NOOP("CoreText", "Sharp pain is a warning sign to stop."),
    QT_TRANSLATE_NOOP("CoreText", "Has there been an injury since the last massage?"),
    QT_TRANSLATE_NOOP("CoreText", "A fresh injury needs to be checked before anyone massages it."),
    # engine.health.WHOLE_BODY: why a yes stops every session
    QT_TRANSLATE_NOOP(
        "CoreText",
        "The check does not ask where, so a yes rules out massage anywhere today.",
    ),
    # engine.health.TodayCheck.verdict and routine_verdict: advice
    QT_TRANSLATE_NOOP("CoreText", "Do not massage today."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Have it checked by a doctor or other health professional before you massage again.",
    ),
    QT_TRANSLATE_NOOP("CoreText", "If a calf is swollen, warm or red, get medical care now."),
    QT_TRANSLATE_NOOP(
        "CoreText", "Steps your profile rules out are skipped and shown as left out."
    ),
)
"""Every fixed sentence of the core that the UI shows."""


def core_text(text: str) -> str:
    """A sentence written by the core, translated when it is one of ``MARKED``."""
    return QCoreApplication.translate("CoreText", text) if text else text


def severity_label(severity: Severity) -> str:
    """The short label shown next to a warning, e.g. "Do not massage", translated."""
    return QCoreApplication.translate("CoreText", SEVERITY_LABELS[severity])


def left_out_sentence(verdict: Verdict) -> str:
    """What a verdict leaves out, as a sentence in the user's language; "" for nothing."""
    names = list(verdict.left_out)
    if not names:
        return ""
    listed = names[0]
    if len(names) > 1:
        listed = fill(
            QCoreApplication.translate("CoreText", "%1 and %2"), ", ".join(names[:-1]), names[-1]
        )
    if verdict.left_out_where == "on":
        return fill(QCoreApplication.translate("CoreText", "Left out on: %1."), listed)
    return fill(QCoreApplication.translate("CoreText", "Left out here: %1."), listed)


def verdict_reasons(verdict: Verdict) -> list[str]:
    """What is left out, then the reasons, each translated when the core wrote it."""
    lead = left_out_sentence(verdict)
    return [*([lead] if lead else []), *(core_text(reason) for reason in verdict.reasons)]


def verdict_advice(verdict: Verdict) -> list[str]:
    """The verdict's advice, each translated when it is a fixed sentence of the core."""
    return [core_text(advice) for advice in verdict.advice]


def verdict_text(verdict: Verdict) -> str:
    """``Verdict.text`` translated: reasons then advice as one paragraph, e.g. for a tooltip."""
    return " ".join((*verdict_reasons(verdict), *verdict_advice(verdict)))


def caution_note(verdict: Verdict | None) -> tuple[str, str]:
    """A "take care" verdict as the note over Start, and its first sentence to pin there.

    Knee care with an injured left knee runs whole on the right one, so nothing is left out
    and no note was shown, while its card said "⚠ take care" with nothing on the page saying
    why (walk 15, E1). Empty for any other verdict.
    """
    if verdict is None or verdict.effect is not RuleEffect.CAUTION:
        return "", ""
    text = verdict_text(verdict)
    first, dot, _rest = text.partition(". ")
    return text, f"{first}." if dot else ""
