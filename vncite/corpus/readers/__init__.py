"""One reader per file format; each takes a path and returns a `Document`."""
