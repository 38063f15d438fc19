"""Massage Desktop: guided home massage with an illustrated body map."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("massage-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Massage Desktop"
APP_ID = "io.github.massage_desktop.MassageDesktop"
