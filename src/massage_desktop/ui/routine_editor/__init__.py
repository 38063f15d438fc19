"""The routine editor: build, edit, copy and share routines of the user's own."""
