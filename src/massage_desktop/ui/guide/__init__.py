"""The region guide: techniques, steps, pressure, warnings, and the safety page."""
