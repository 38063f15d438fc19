"""The guided session player: the Qt side of ``massage_desktop.engine``."""
