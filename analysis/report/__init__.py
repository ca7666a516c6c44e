"""Report: the registry of charts, the static image renderer and the report bundle."""
