"""Which language the content is shown in."""

from massage_desktop.services import content_language


def test_setting_wins_when_translated() -> None:
    assert content_language("de", ["de"], {"LANG": "fr_FR.UTF-8"}) == "de"


def test_system_follows_the_locale_variables() -> None:
    assert content_language("system", ["de"], {"LANG": "de_AT.UTF-8"}) == "de"
    assert content_language("system", ["de"], {"LANGUAGE": "fr:de", "LANG": "en_GB"}) == "de"


def test_untranslated_language_falls_back_to_english() -> None:
    assert content_language("system", ["de"], {"LANG": "fr_FR.UTF-8"}) is None
    assert content_language("en", ["de"], {}) is None
    assert content_language("system", ["de"], {}) is None
