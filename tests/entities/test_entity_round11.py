"""Entity layer, round 11: general rules of news prose, one invented sentence each.

Every person, company, outlet, site and town here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs, _story

from analysis.corpus.load import load_corpus
from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import entity_mentions


# --- a site named between a determiner and a site noun ---------------------------------------------------------
def test_a_mine_or_branch_named_before_its_noun_is_a_site() -> None:
    cases = (
        ("Shares of Zorbo Metals fell 9% after a fire at its Vela Roja mine. Vela Roja produced 40,000 tonnes.\n",
         "Vela Roja"),
        ("Workers at the Quistmoor copper mine met on Friday. Zorbo Metals said Quistmoor would reopen.\n",
         "Quistmoor"),
        ("Jane Quistwell, who runs the lender's Brindlegate branch, said few savers came in.\n",
         "Brindlegate"),
        ("Zorbo Metals' Harlowmere smelter will idle one furnace, the company said.\n", "Harlowmere"),
    )
    for text, site in cases:
        assert _story(text).get(site) == "PLACE", text
        assert site not in _people_orgs(text), text


def test_a_company_before_a_site_noun_stays_a_company_when_it_acts() -> None:
    text = "Quistral Mining shares rose 4% on Monday. Quistral Mining said the Harlow plant would run all week.\n"
    assert "Quistral Mining" in _people_orgs(text)


# --- the author's bio closing an opinion piece ------------------------------------------------------------------
def test_a_closing_author_bio_is_a_credit() -> None:
    body = ("Zorbo Holdings fell sharply on Monday. Its chairman, Ivo Quistberg, has a year to "
            "prove the doubters wrong.\n\n")
    for tail in ("Jane Brindlewood is a retired fund manager and a contributing writer.\n",
                 "Jane Brindlewood is a columnist for The Harlow Clarion. Opinions here are hers alone.\n"):
        text = body + tail
        assert _people_orgs(text) == {"Zorbo Holdings", "Ivo Quistberg"}, tail
        rows = recognize_entities(text)
        assert "Jane Brindlewood" in set(rows.loc[rows["role"] == "credit", "name"]), tail


def test_a_person_described_mid_article_is_no_credit() -> None:
    text = ("Jane Brindlewood is a former editor of the Harlow Ledger who now runs Zorbo Holdings.\n\n"
            "Zorbo Holdings shares rose 4% on Monday.\n\nThe company said its results were due in May.\n\n"
            "Analysts expect a dividend.\n\nThe shares have doubled this year.\n")
    assert "Jane Brindlewood" in _people_orgs(text)


# --- a run of title words alone ---------------------------------------------------------------------------------
def test_a_compound_title_before_the_name_leaves_no_fragment() -> None:
    text = ('"Nothing is hidden," Managing Director and Chief Executive Jane Quistberg of Zorbo Bank said at '
            "the annual meeting.\n")
    assert _people_orgs(text) == {"Jane Quistberg", "Zorbo Bank"}


# --- a long exchange code with its market suffix ---------------------------------------------------------------
def test_a_long_ric_in_parentheses_joins_its_company() -> None:
    text = "Zorbo Meadow Bank (ZORBOMBK.NS) slid 7.5% after its results, the steepest drop among lenders.\n"
    assert _people_orgs(text) == {"Zorbo Meadow Bank"}


# --- a short name defined in parentheses -----------------------------------------------------------------------
def test_a_short_name_in_parentheses_is_the_organisation_before_it() -> None:
    text = ("Freedonia's National Mining Authority (Namiaut) ordered a halt on Tuesday. Namiaut inspectors "
            "visited the site in March.\n")
    story = _story(text)
    assert _people_orgs(text) == {"National Mining Authority"}
    rows = recognize_entities(text)
    assert set(rows.loc[rows["name"] == "National Mining Authority", "surface"]) == {
        "National Mining Authority", "Namiaut"}
    assert "Namiaut" not in story


def test_a_place_or_listing_in_parentheses_is_no_short_name() -> None:
    text = "Zorbo Holdings (Brindleford) rose 4% and Quistral Mining (Porto) fell 2% on Monday.\n"
    assert "Zorbo Holdings" in _people_orgs(text)
    rows = recognize_entities(text)
    assert "Porto" not in set(rows.loc[rows["name"] == "Quistral Mining", "surface"])


def _corpus_entities(folder: Path, texts: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
    """file stem -> {(entity, type)} over the story mentions of a corpus made of `texts`."""
    for stem, text in texts.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    mentions = mentions[mentions["role"] == "story"]
    out: dict[str, set[tuple[str, str]]] = {}
    for d, e, t in zip(mentions["doc_id"], mentions["entity"], mentions["type"]):
        out.setdefault(str(d).rsplit(".", 1)[0].rsplit("/", 1)[-1], set()).add((e, t))
    return out


def test_a_short_name_one_article_defines_names_the_organisation_elsewhere(tmp_path: Path) -> None:
    texts = {
        "a": "Mine halted\n\nFreedonia's National Mining Authority (Namiaut) ordered a halt at the Vela Roja "
             "mine on Tuesday, Zorbo Metals said.\n",
        "b": "Mine still shut\n\nZorbo Metals shares fell 9% on Thursday. Namiaut has said a first report will "
             "come by July.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("National Mining Authority", "ORG") in ents["b"]
    assert not any(e == "Namiaut" for e, _ in ents["b"])


# --- sector names, periods -------------------------------------------------------------------------------------
def test_a_sector_or_a_period_is_no_organisation() -> None:
    text = ("Financials lagged. Utilities rose 0.4% on Monday. Zorbo Bank gained after its "
            "March-quarter profit beat forecasts.\n")
    assert _people_orgs(text) == {"Zorbo Bank"}


def test_a_known_index_after_its_providers_name_is_an_index() -> None:
    text = "The S&P Zorbo Merval fell 0.6% to 1,204.5, while Quistral Bank rose 2% on Friday.\n"
    assert _story(text).get("S&P Zorbo Merval") == "INDEX"
    assert _people_orgs(text) == {"Quistral Bank"}


# --- places by their grammar -----------------------------------------------------------------------------------
def test_places_by_direction_seat_and_coordination() -> None:
    cases = (
        ("The fire broke out about 40 kilometres north of Quistarra, Zorbo Metals said.\n", "Quistarra"),
        ("Zorbo Bank, founded in 1911 and headquartered on Brindlemarg, said deposits were safe.\n", "Brindlemarg"),
        ("Savers waited outside Zorbo Bank branches in Quistapur and Harlenki on Thursday.\n", "Harlenki"),
    )
    for text, place in cases:
        assert place not in _people_orgs(text), text
        assert "Zorbo Metals" in _people_orgs(text) or "Zorbo Bank" in _people_orgs(text), text


# --- the subject of a share move opening a sentence ------------------------------------------------------------
def test_a_name_opening_a_sentence_with_a_share_move_is_a_company() -> None:
    text = ("Zorbo Holdings slid on Tuesday.\n\nQuist-Harlan recovered 2.6% in Brindleford, and Zorbo Holdings "
            "was flat.\n")
    assert _people_orgs(text) == {"Zorbo Holdings", "Quist-Harlan"}


# --- a shouted label in a live blog ----------------------------------------------------------------------------
def test_a_shouted_label_leaves_no_acronym() -> None:
    text = "4:02 PM: MARKET WRAP. Zorbo Bank ends 6% lower.\n\n4:05 PM: TRADING HALT. Quistral Bank ends flat.\n"
    assert _people_orgs(text) == {"Zorbo Bank", "Quistral Bank"}


def test_the_company_plant_keeps_its_company() -> None:
    text = "Workers at the Quistrelle plant walked out on Monday, a union official said.\n"
    assert "Quistrelle" in _people_orgs(text)


# --- the publisher's own desk in a live blog -------------------------------------------------------------------
def test_a_live_blogs_desk_line_is_a_credit() -> None:
    text = ("Tuesday 4 June - live coverage from the Quillpost markets desk. Reload the page for the latest.\n\n"
            "10:02 - Zorbo Holdings opens 3% lower.\n")
    assert _people_orgs(text) == {"Zorbo Holdings"}


# --- a company's short name is not a body named after it -------------------------------------------------------
def test_a_short_name_is_the_company_not_its_staff_body() -> None:
    both = ("Zorbo Holdings will cut 300 jobs. The Zorbo Employees Forum said it would fight the cuts. "
            "Zorbo shares fell 4%.\n")
    rows = recognize_entities(both)
    assert set(rows.loc[rows["surface"] == "Zorbo", "name"]) == {"Zorbo Holdings"}
    forum_only = ("The Zorbo Employees Forum said on Monday it would fight the cuts. Zorbo shares fell 4% after "
                  "the company confirmed 300 job losses.\n")
    rows = recognize_entities(forum_only)
    assert set(rows.loc[rows["surface"] == "Zorbo", "name"]) == {"Zorbo"}


def test_a_staff_body_in_one_article_does_not_take_the_short_name_in_another(tmp_path: Path) -> None:
    texts = {
        "a": "Forum vows fight\n\nThe Quistmere Workers Forum said on Monday it would fight 300 job cuts.\n",
        "b": "Shares slide\n\nQuistmere shares fell 4% on Tuesday after the company confirmed the cuts.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Quistmere", "ORG") in ents["b"]


# --- a company named with a word of another language before its name --------------------------------------------
def test_a_groupe_or_maison_name_is_an_organisation() -> None:
    text = ("Groupe Quistelle said on Monday it would buy the stake. Analysts liked the deal, and Quistelle "
            "shares rose 3%. Maison Brindel reported higher sales.\n")
    story = _story(text)
    assert story.get("Groupe Quistelle") == "ORG" and story.get("Maison Brindel") == "ORG"
    rows = recognize_entities(text)
    assert set(rows.loc[rows["surface"] == "Quistelle", "name"]) == {"Groupe Quistelle"}


def test_a_body_with_a_head_is_an_organisation_and_the_head_in_apposition_a_person() -> None:
    text = ("Norvale Lithography fell 11% at the open.\n\n"
            "Norvale's chief executive, Pieter van Brandt, has spoken to us by phone.\n")
    assert _story(text) == {"Norvale Lithography": "ORG", "Pieter van Brandt": "PERSON"}
    assert _story("Brightmoor Energy's finance chief, Tessa de Wit, said costs would rise.\n") == {
        "Brightmoor Energy": "ORG", "Tessa de Wit": "PERSON"}
    assert _story("Jane Roe's chief of staff declined to comment.\n") == {"Jane Roe": "PERSON"}
