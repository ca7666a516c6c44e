"""Entity layer, round 10: general rules of news prose, one invented sentence each.

Every person, company, outlet and town here is fictional; index names are the public ones.
"""
from __future__ import annotations

from pathlib import Path

from analysis.corpus.load import load_corpus
from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import entity_mentions


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


# --- datelines -----------------------------------------------------------------------------------------------
def test_a_dateline_without_a_wire_opens_with_a_place() -> None:
    head = "Brindleford workers fear slowdown"
    text = (head + "\n\nBRINDLEFORD - Staff at Zorbo Holdings' Brindleford depot heard on Thursday that the night "
            "shift would stop.\n\"Nobody told us first,\" said Jane Quistwell, a union steward.\n")
    story = _story(text, len(head))
    assert story.get("Brindleford") == "PLACE"
    assert _people_orgs(text, len(head)) == {"Zorbo Holdings", "Jane Quistwell"}
    rows = recognize_entities(text, len(head))
    assert set(rows.loc[rows["role"] == "credit", "surface"]) == {"BRINDLEFORD"}


def test_a_wire_alone_opening_the_story_is_a_credit() -> None:
    text = "Zorbo deal blocked\n\n(Quill Newswire) - Regulators blocked the merger of Zorbo Holdings on Tuesday.\n"
    rows = recognize_entities(text, len("Zorbo deal blocked"))
    assert set(rows.loc[rows["role"] == "credit", "name"]) == {"Quill Newswire"}
    assert _people_orgs(text, len("Zorbo deal blocked")) == {"Zorbo Holdings"}


def test_a_shouted_label_or_a_company_is_no_dateline_place() -> None:
    text = "Zorbo results\n\nUPDATE 2 - Zorbo Holdings fell 3% on Tuesday.\n"
    assert _people_orgs(text, len("Zorbo results")) == {"Zorbo Holdings"}
    text = "Quistel results\n\nIBM - Quistel Partners fell 3% on Tuesday after IBM cut its order.\n"
    assert "IBM" in _people_orgs(text, len("Quistel results"))


# --- the author's sign-off -----------------------------------------------------------------------------------
def test_an_authors_sign_off_line_is_a_credit() -> None:
    body = ("Zorbo Holdings fell 4% on Tuesday. Quistel Partners rose 2%.\n"
            "Zorbo looks undervalued to me.\n")
    for sign in ("— Jane Quistwell writes about shipping and ports. She owns none of the stocks named.",
                 "-- Jane Quistwell",
                 "Jane Quistwell covers retail. She owns no shares."):
        text = body + sign + "\n"
        assert _people_orgs(text) == {"Zorbo Holdings", "Quistel Partners"}, sign


def test_a_dash_line_inside_the_story_is_no_sign_off() -> None:
    text = ("— Jane Quistwell, the chief executive, resigned on Monday.\n"
            "Zorbo Holdings fell 4% on Tuesday.\nQuistel Partners rose 2%.\nThe board meets on Friday.\n")
    assert "Jane Quistwell" in _people_orgs(text)


# --- one type across the corpus ------------------------------------------------------------------------------
def _corpus_types(folder: Path, texts: dict[str, str]) -> dict[tuple[str, str], str]:
    """(file stem, entity) -> type over the story mentions of a corpus made of `texts`."""
    for stem, text in texts.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    mentions = mentions[mentions["role"] == "story"]
    return {(str(d).rsplit(".", 1)[0].rsplit("/", 1)[-1], e): t
            for d, e, t in zip(mentions["doc_id"], mentions["entity"], mentions["type"])}


def test_an_article_that_types_a_name_outvotes_articles_that_only_guess(tmp_path: Path) -> None:
    texts = {
        "a": "Zorbo halts sales\n\nZorbo Holdings will stop selling 3,500 Quistra models in Uruguay.\n",
        "b": "Zorbo dealers\n\nDealers said the Quistra sold slowly, Zorbo Holdings said on Tuesday.\n",
        "c": "Zorbo notice\n\nA Quistra service notice went out in August, Zorbo Holdings said.\n",
    }
    types = _corpus_types(tmp_path, texts)
    assert {t for (stem, e), t in types.items() if e == "Quistra"} == {"PRODUCT"}
    assert {t for (stem, e), t in types.items() if e == "Zorbo Holdings"} == {"ORG"}


def test_a_place_said_again_after_its_preposition_is_a_place(tmp_path: Path) -> None:
    texts = {
        "a": "Zorbo fault\n\n\"The fault lies either in Montevideo or in Brindleford,\" said Jane Quistwell.\n",
        "b": "Zorbo parts\n\nZorbo Holdings said the parts shipped from Brindleford on time.\n",
        "c": "Zorbo depot\n\nZorbo Holdings said the Brindleford depot would run at full capacity.\n",
    }
    types = _corpus_types(tmp_path, texts)
    assert {t for (stem, e), t in types.items() if e == "Brindleford"} == {"PLACE"}


# --- a word fronted before a comma ---------------------------------------------------------------------------
def test_a_word_fronted_before_a_comma_is_no_list_of_companies() -> None:
    text = "Zorbo Holdings fell 3% in Riga.\nStateward, Zorbo Holdings ADRs traded 2% lower in early deals.\n"
    assert _people_orgs(text) == {"Zorbo Holdings"}
    text = "Zorbo Holdings fell 3%.\nQuistel, Zorbo Holdings and Brindle Partners all fell on Monday.\n"
    assert _people_orgs(text) == {"Zorbo Holdings", "Quistel", "Brindle Partners"}


def test_depositary_receipts_are_no_part_of_a_name() -> None:
    text = "Zorbo Holdings fell 3% in Riga, and its New York ADRs opened down 1%. Quistel ADRs rose 2%.\n"
    assert _people_orgs(text) == {"Zorbo Holdings", "Quistel"}


# --- two names paired by a hyphen ----------------------------------------------------------------------------
def test_two_names_paired_by_a_hyphen_are_two_names() -> None:
    text = ("Regulators rejected the Quistel-Brandmoor tie-up on Friday. A combined Quistel-Brandmoor would have "
            "closed 40 depots.\nBrandmoor lost 6% on the day, and Quistel's parent Zorbo Holdings fell 2%.\n")
    orgs = _people_orgs(text)
    assert {"Quistel", "Brandmoor", "Zorbo Holdings"} <= orgs
    assert not any("-" in name for name in orgs)


def test_a_hyphenated_name_whose_parts_never_stand_alone_is_one_name() -> None:
    text = "Quistel-Brandmoor Motors fell 3% on Tuesday. Quistel-Brandmoor said sales slowed.\n"
    assert "Quistel-Brandmoor Motors" in _people_orgs(text)
    assert not {"Quistel", "Brandmoor"} & _people_orgs(text)


# --- an imperative opening a sentence ------------------------------------------------------------------------
def test_an_imperative_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = ("Quistel Towers is 7% off its record. Consider Paraguay's Brindle Telecom, which doubled in two years. "
            "Imagine Zorbo Holdings without its depots.\n")
    assert _people_orgs(text) == {"Quistel Towers", "Brindle Telecom", "Zorbo Holdings"}


# --- the title of an organisation's work ---------------------------------------------------------------------
def test_the_title_of_an_organisations_report_is_no_person() -> None:
    text = ("Zorbo Holdings lost customers last year, Quistcom's Wired Towns report found, as did Brindle Partners' "
            "Quiet Streets survey.\n")
    assert _people_orgs(text) == {"Zorbo Holdings", "Quistcom", "Brindle Partners"}


# --- a bare surname opening a sentence -----------------------------------------------------------------------
def test_a_bare_surname_opening_a_sentence_is_the_person_the_corpus_names(tmp_path: Path) -> None:
    texts = {
        "a": "Zorbo keeps depots\n\nZorbo Holdings will keep its depots, Chief Executive Jane Quistwell said on "
             "Monday.\n",
        "b": "Opinion: depots\n\nZorbo Holdings may yet sell its depots. Quistwell suggested so on Friday. "
             "Brindlemoor suggested otherwise.\n",
    }
    types = _corpus_types(tmp_path, texts)
    assert types.get(("b", "Jane Quistwell")) == "PERSON"
    assert not any(e == "Brindlemoor" or e == "Quistwell" for _, e in types)


def test_a_company_that_covers_a_market_is_no_sign_off() -> None:
    text = ("Zorbo Holdings fell 4% on Tuesday.\nQuistel Freight covers the northern routes, where volumes fell.\n")
    assert _people_orgs(text) == {"Zorbo Holdings", "Quistel Freight"}


def test_a_company_described_as_an_app_keeps_its_type_across_the_corpus(tmp_path: Path) -> None:
    texts = {
        "a": "Zorbo deal\n\nZorbo Holdings acquired the grocery app Quickbite last spring.\n",
        "b": "Zorbo units\n\nZorbo Holdings said Quickbite doubled its orders.\n",
        "c": "Zorbo results\n\nZorbo Holdings said sales at Quickbite slowed in the quarter.\n",
    }
    types = _corpus_types(tmp_path, texts)
    assert types.get(("b", "Quickbite")) == "ORG"


def test_a_reporter_after_the_outlets_possessive_is_a_person() -> None:
    text = "The Evening Ledger's Jane Quistwell reports from Riga. Zorbo Holdings fell 2%.\n"
    assert _story(text).get("Jane Quistwell") == "PERSON"


def test_an_indefinite_pronoun_opening_a_quote_is_no_organisation() -> None:
    text = "\"Nobody warned the drivers,\" said Jane Quistwell. \"Everyone expected a deal,\" Zorbo Holdings said.\n"
    assert _people_orgs(text) == {"Jane Quistwell", "Zorbo Holdings"}
