"""The German .ts file matches the code: every string extracted, translated, placeholders kept."""

from __future__ import annotations

import ast
import re
from collections import Counter

from tests.i18n.helpers import UPDATE_HINT, translations

from massage_desktop.domain.enums import RuleEffect, Severity
from massage_desktop.engine.health import TODAY_QUESTIONS, TodayCheck, Verdict, routine_verdict
from massage_desktop.ui.core_text import MARKED, SEVERITY_LABELS

Key = tuple[str, str, str]
_PLACEHOLDER = re.compile(r"%(?:L?[1-9]|L?n|[sd])")
_MNEMONIC = re.compile(r"&(?=[^&\s])")


def _keys(messages: list[translations.Message]) -> set[Key]:
    return {message.key for message in messages}


def _listing(keys: set[Key]) -> str:
    return "\n".join(f"  [{context}] {source}" for context, source, _ in sorted(keys))


def test_every_string_in_the_code_is_in_the_ts(
    extracted: list[translations.Message], committed: list[translations.Message]
) -> None:
    missing = _keys(extracted) - _keys(committed)
    assert not missing, f"Strings not in the German .ts; {UPDATE_HINT}:\n{_listing(missing)}"


def test_the_ts_has_no_strings_the_code_dropped(
    extracted: list[translations.Message], committed: list[translations.Message]
) -> None:
    stale = _keys(committed) - _keys(extracted)
    assert not stale, f"Strings the code no longer has; {UPDATE_HINT}:\n{_listing(stale)}"


def test_plural_messages_agree(
    extracted: list[translations.Message], committed: list[translations.Message]
) -> None:
    plural = {m.key for m in committed if m.numerus}
    assert {m.key for m in extracted if m.numerus} == plural
    assert plural, "no plural messages: the numerus hints for lupdate stopped working"


def test_every_message_is_translated(committed: list[translations.Message]) -> None:
    unfinished = {m.key for m in committed if m.unfinished or not all(m.translations)}
    assert not unfinished, f"Unfinished translations; {UPDATE_HINT}:\n{_listing(unfinished)}"
    wrong_forms = {m.key for m in committed if m.numerus and len(m.translations) != 2}
    assert not wrong_forms, f"German needs two plural forms:\n{_listing(wrong_forms)}"


def test_lupdate_sees_every_marked_string(extracted: list[translations.Message]) -> None:
    # lupdate skips calls inside f-strings and calls passing n= by keyword; Python does not.
    assert translations.problems() == []
    unseen = {m.key for m in translations.marked()} - _keys(extracted)
    assert not unseen, f"Marked in the code but not extracted by lupdate:\n{_listing(unseen)}"


def test_no_tr_method_calls() -> None:
    # self.tr() takes its context from the runtime class, so a subclass loses its translations
    # (and lupdate cannot know the subclass): QCoreApplication.translate with a literal context.
    found = []
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_placeholders_and_mnemonics_match(committed: list[translations.Message]) -> None:
    wrong = []
    for message in committed:
        wanted = Counter(_PLACEHOLDER.findall(message.source))
        mnemonic = bool(_MNEMONIC.search(message.source.replace("&&", "")))
        for form, text in enumerate(message.translations):
            found = Counter(_PLACEHOLDER.findall(text))
            if message.numerus and form == 0 and "%n" not in found:
                found["%n"] = wanted["%n"]  # the singular may say "one week" instead of "%n"
            if found != wanted:
                wrong.append(f"[{message.context}] {message.source!r} -> {text!r}: placeholders")
            marks = len(_MNEMONIC.findall(text.replace("&&", "")))
            if mnemonic and marks != 1:
                wrong.append(f"[{message.context}] {message.source!r} -> {text!r}: one & wanted")
    assert wrong == []


def test_fixed_sentences_of_the_core_are_marked() -> None:
    assert {severity: severity.label for severity in Severity} == SEVERITY_LABELS
    fixed = {question for _, question, _ in TODAY_QUESTIONS}
    fixed |= {reason for _, _, reason in TODAY_QUESTIONS}
    fixed |= set(TodayCheck(swelling=True, sharp_pain=True, new_injury=True).verdict().advice)
    some_blocked = routine_verdict(
        [(0, Verdict(RuleEffect.BLOCK, ("r",), ("a",))), (1, Verdict(RuleEffect.CAUTION))]
    )
    fixed |= set(some_blocked.advice) - {"a"}
    assert fixed <= set(MARKED), f"not in core_text.MARKED: {sorted(fixed - set(MARKED))}"
