"""Entity layer, round 11: general rules of news prose, one invented sentence each.

Every person, company, outlet, site and town here is fictional.
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


# --- a site named between a determiner and a site noun ---------------------------------------------------------
def test_a_mine_or_branch_named_before_its_noun_is_a_site() -> None:
    cases = (
        ("Shares of Zorbo Metals fell 9% after a fire at its Vela Roja mine. Vela Roja produced 40,000 tonnes.\n",
         "Vela Roja"),
        ("Workers at the Quistmoor copper mine met on Friday. Zorbo Metals said Quistmoor would reopen.\n",
         "Quistmoor"),
        ("Branch manager Jane Quistwell, at the bank's Brindlegate branch, said queues were short.\n",
         "Brindlegate"),
        ("Zorbo Metals' Harlowmere smelter could cut output in July, the company said.\n", "Harlowmere"),
    )
    for text, site in cases:
        assert _story(text).get(site) == "PLACE", text
        assert site not in _people_orgs(text), text


def test_a_company_before_a_site_noun_stays_a_company_when_it_acts() -> None:
    text = "Quistral Mining shares rose 4% on Monday. Quistral Mining said the Harlow plant would run all week.\n"
    assert "Quistral Mining" in _people_orgs(text)


# --- the author's bio closing an opinion piece ------------------------------------------------------------------
def test_a_closing_author_bio_is_a_credit() -> None:
    body = ("Zorbo Holdings lost a fifth of its value on Monday. Its chairman, Tomas Quistberg, has a year to "
            "prove the doubters wrong.\n\n")
    for tail in ("Jane Brindlewood is a former banker and a contributing editor.\n",
                 "Jane Brindlewood is a columnist for The Harlow Ledger. The views expressed are her own.\n"):
        text = body + tail
        assert _people_orgs(text) == {"Zorbo Holdings", "Tomas Quistberg"}, tail
        rows = recognize_entities(text)
        assert "Jane Brindlewood" in set(rows.loc[rows["role"] == "credit", "name"]), tail


def test_a_person_described_mid_article_is_no_credit() -> None:
    text = ("Jane Brindlewood is a former editor of the Harlow Ledger who now runs Zorbo Holdings.\n\n"
            "Zorbo Holdings shares rose 4% on Monday.\n\nThe company said its results were due in May.\n\n"
            "Analysts expect a dividend.\n\nThe shares have doubled this year.\n")
    assert "Jane Brindlewood" in _people_orgs(text)


# --- a run of title words alone ---------------------------------------------------------------------------------
def test_a_compound_title_before_the_name_leaves_no_fragment() -> None:
    text = ('"We acted early," Managing Director and Chief Executive Jane Quistberg told analysts on Wednesday '
            "about Zorbo Bank.\n")
    assert _people_orgs(text) == {"Jane Quistberg", "Zorbo Bank"}


# --- a long exchange code with its market suffix ---------------------------------------------------------------
def test_a_long_ric_in_parentheses_joins_its_company() -> None:
    text = "Zorbo Coastal Bank (ZORBOCBK.NS) tumbled 18% on Wednesday, its worst day on record.\n"
    assert _people_orgs(text) == {"Zorbo Coastal Bank"}
