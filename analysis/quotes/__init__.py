"""Quotes: quotations with their speakers, clustered across outlets, with the fidelity of every wording."""
