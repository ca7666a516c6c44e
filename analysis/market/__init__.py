"""Market reaction: share and index moves reported in the text, their sessions, and reported vs actual."""
