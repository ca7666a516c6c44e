"""Entities: candidate names in each document, typed and merged into one canonical name across the corpus."""
