"""German calls a routine "Routine" everywhere: the home screen and the guide use one word.

Walk 4: the home screen listed "Routinen" while a technique's guide said it was part of a
guide's "Übungsfolge", as if that were something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from tests.i18n.helpers import translations

from massage_desktop.domain.catalog import Catalog
from massage_desktop.resources import data_dir

ROUTINE = re.compile(r"\broutines?\b", re.IGNORECASE)
# Other German words for the same thing; "Seitenabfolge" (the editor's side order) is not one.
OTHER_WORDS = re.compile(r"\b(Abfolgen?|Übungsfolgen?|Übungsabläufe|Übungsablauf)\b")


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_the_ui_translates_routine_as_routine(committed: list[translations.Message]) -> None:
    wrong = [
        (m.source, text)
        for m in committed
        if ROUTINE.search(m.source)
        for text in m.translations
        if "Routine" not in text and "routine" not in text
    ]
    assert wrong == []
    assert [t for m in committed for t in m.translations if OTHER_WORDS.search(t)] == []


def test_the_german_content_says_routine_too(catalog: Catalog, german_catalog: Catalog) -> None:
    german_files = sorted(Path(data_dir(), "translations", "de").rglob("*.yaml"))
    assert german_files
    other = [
        f"{path.name}: {text}"
        for path in german_files
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8")))
        if OTHER_WORDS.search(text)
    ]
    assert other == []
    # What a technique's guide shows: "Part of the self-massage guide's routine for ...".
    pairs = [
        (english, german)
        for tid, technique in catalog.techniques.items()
        for english, german in zip(
            technique.benefits, german_catalog.techniques[tid].benefits, strict=True
        )
        if ROUTINE.search(english)
    ]
    assert len(pairs) >= 9
    assert [german for _english, german in pairs if "Routine" not in german] == []
