"""A missing system library or display becomes one line of advice, not a traceback."""

from massage_desktop.qtcheck import check_platform, check_qt_import, explain_import_error


def test_missing_library_names_the_debian_package() -> None:
    text = "libxkbcommon.so.0: cannot open shared object file: No such file or directory"
    advice = explain_import_error(text)
    assert "libxkbcommon.so.0" in advice
    assert "sudo apt-get install libxkbcommon0" in advice


def test_unknown_import_error_is_passed_on() -> None:
    assert explain_import_error("no module named X") == "Qt could not be loaded: no module named X"


def test_no_display_is_explained() -> None:
    advice = check_platform({"QT_QPA_PLATFORM": ""})
    assert advice is not None
    assert "DISPLAY" in advice


def test_offscreen_needs_no_display() -> None:
    assert check_platform({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_qt_loads_here() -> None:
    assert check_qt_import() is None
