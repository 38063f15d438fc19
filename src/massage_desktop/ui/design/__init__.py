"""The design system in one place: tokens (space, type, colour), the style sheet and icons.

Every designed widget takes its sizes and colours from here, so the light and dark themes and
the contrast test (tests/ui/test_contrast.py) see one source of truth.
"""
