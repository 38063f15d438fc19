"""User data on disk: paths, settings and the session store. No Qt."""
