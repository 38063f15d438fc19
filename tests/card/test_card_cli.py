"""``massage-desktop --routine-card ROUTINE_ID FILE.pdf`` with ``--paper`` and ``--language``."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.card.conftest import pdf_pages
from tests.routines.conftest import make_routine

from massage_desktop import cli
from massage_desktop.domain.catalog import Catalog
from massage_desktop.domain.health import HealthProfile
from massage_desktop.messages import MessageBus
from massage_desktop.storage.health import HealthStore, health_file
from massage_desktop.storage.own_routines import OwnRoutines
from massage_desktop.storage.paths import resolve_paths
from massage_desktop.storage.settings import LANGUAGES, SettingsStore

pytestmark = pytest.mark.usefixtures("qapp")  # the command reuses the test's application


def test_the_card_is_written_and_the_exit_code_is_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "knee.pdf"
    assert cli.main(["--routine-card", "knee-care", str(target), "--paper", "letter"]) == 0
    pages = pdf_pages(target)
    assert all((round(w), round(h)) == (612, 792) for w, h, _ in pages)
    assert "Knee care" in pages[0][2]
    out = capsys.readouterr().out
    assert str(target) in out
    assert f"({len(pages)} pages)" in out


def test_an_unknown_routine_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--routine-card", "no-such-routine", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "No routine 'no-such-routine'" in err
    assert "knee-care" in err  # says which routines there are
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("where", ["missing-folder/card.pdf", "."])
def test_an_unwritable_path_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    target = tmp_path / where
    assert cli.main(["--routine-card", "knee-care", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"The routine card was not written: {target} cannot be written" in err


def test_the_card_follows_the_language_option_and_leaves_the_app_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    target = tmp_path / "knie.pdf"
    assert cli.main(["--routine-card", "knee-care", str(target), "--language", "de"]) == 0
    text = " ".join(words for _, _, words in pdf_pages(target))
    assert "Kniepflege" in text
    assert "Bei stechenden Schmerzen, Taubheit oder Kribbeln sofort aufhören." in text
    assert qapp.translate("Guide", "Light") == "Light"  # the translators were removed again


def test_the_language_choices_are_the_shipped_languages() -> None:
    assert ["system", *LANGUAGES] == cli.LANGUAGE_CHOICES


def test_an_own_routine_prints_like_a_built_in_one(catalog: Catalog, tmp_path: Path) -> None:
    own = dataclasses.replace(catalog, routines=dict(catalog.routines))  # the shared one stays
    OwnRoutines(resolve_paths().routines, own, MessageBus()).save(make_routine())
    target = tmp_path / "mine.pdf"
    assert cli.main(["--routine-card", "my-evening-knee", str(target)]) == 0
    text = " ".join(words for _, _, words in pdf_pages(target))
    assert "Evening knee" in text


def test_the_card_follows_the_saved_profile_on_the_knee_start_would_run(tmp_path: Path) -> None:
    # Walk 15: an injured left knee struck the right knee's steps too. The command has no
    # "today" (no pain stops), only the profile.
    profile = HealthProfile(
        conditions=("acute-injury",),
        regions={"acute-injury": ("front-knee-left", "front-kneecap-left", "back-knee-left")},
    )
    HealthStore(health_file(resolve_paths()), MessageBus()).save(profile)
    target = tmp_path / "knee.pdf"
    assert cli.main(["--routine-card", "knee-care", str(target)]) == 0
    text = " ".join(words for _, _, words in pdf_pages(target))
    assert "On yourself · 16 steps Total time" in text
    assert "It runs on the right side: Left knee" in text
    assert "Left out by the health profile" not in text
    assert "Resting today" not in text


def test_the_card_says_it_is_a_rest_day_when_the_quick_check_said_so(tmp_path: Path) -> None:
    # Walk 16: printed on a day the quick check said to rest, the card did not say so.
    store = SettingsStore(resolve_paths().settings_file, MessageBus())
    store.save(store.load().model_copy(update={"rest_day_on": date.today()}))
    target = tmp_path / "leg.pdf"
    assert cli.main(["--routine-card", "partner-leg", str(target)]) == 0
    first = pdf_pages(target)[0][2]
    assert first.startswith("Partner leg massage ⚠ Rest day (")
    assert "): no massage today. Today's quick check said so." in first
    # Not on another day.
    store.save(store.load().model_copy(update={"rest_day_on": date.today() - timedelta(days=1)}))
    assert cli.main(["--routine-card", "partner-leg", str(target)]) == 0
    assert "Rest day" not in pdf_pages(target)[0][2]
