"""Massage Desktop: guided home massage with an illustrated body map."""

# A literal rather than importlib.metadata: reading the installed metadata cost ~26 ms at
# every start. tests/core/test_packaging.py checks it against pyproject.toml.
__version__ = "0.1.0"

APP_NAME = "Massage Desktop"
APP_ID = "io.github.massage_desktop.MassageDesktop"
