"""Everything that uses Qt lives here."""
