"""Dates in text: absolute date patterns and the resolution of relative expressions against an anchor."""
