"""Entity layer, round 10: general rules of news prose, one invented sentence each.

Every person, company, outlet and town here is fictional; index names are the public ones.
"""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str, headline_end: int = 0) -> dict[str, str]:
    """name -> type for the story mentions of `text`."""
    df = recognize_entities(text, headline_end)
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _people_orgs(text: str, headline_end: int = 0) -> set[str]:
    return {n for n, t in _story(text, headline_end).items() if t in ("PERSON", "ORG")}


# --- an index's own figure -----------------------------------------------------------------------------------
def test_an_index_with_its_figure_stays_an_index() -> None:
    for text in ("Zorbo Holdings fell 3% on Tuesday, trailing the Merval's 2% gain.\n",
                 "Zorbo Holdings is down 9% this year, lagging the Ibex 4% advance.\n"):
        assert _people_orgs(text) == {"Zorbo Holdings"}, text
