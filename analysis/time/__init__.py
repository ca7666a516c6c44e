"""Temporal expressions: the TIMEX3 tagger and normaliser (see :mod:`analysis.time.timex`)."""
