"""The routine card: a routine on paper (PDF, printer or preview image), issue 19."""
