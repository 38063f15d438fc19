"""Session and timer logic, driven by an injected clock. No Qt."""
