"""Launcher for ``python -m massage_desktop`` and the ``massage-desktop`` script."""

import sys

from massage_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
