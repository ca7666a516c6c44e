"""Entity layer, round 53 (helper ents53): classes read on the round's two development corpora, one invented case per
rule with what the rule must leave alone. Every country, person, body, company and product here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities

from analysis.entities.recognize import recognize_entities
from analysis.entities.resolve import _demonym_stems


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


# --- a country the corpus also writes as a people or an adjective ("Quistlandic", "Quistavians") ---------------------
def test_an_adjective_in_ic_and_a_people_in_the_plural_have_stems() -> None:
    assert "Quistland" in _demonym_stems("Quistlandic")
    assert "Quistavia" in _demonym_stems("Quistavians")
    assert _demonym_stems("Quistor") == []


def test_a_country_is_no_short_form_of_the_bodies_named_after_it(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": ("Prices jump\n\nConsumer prices rose 6.1% in June, Statistics Zorvania said on Tuesday. Zorvanian "
                   "bank shares rose, and Netlink Zorvania gained 2.9%."),
        "a2.txt": ("Phones down\n\nZorvania's telecoms regulator opened a probe on Wednesday. Millions of Zorvanians "
                   "had no signal for a day, the regulator said."),
        "a3.txt": "Lenders rally\n\nZorvania stocks rose on Thursday as lenders gained. Kestrel Bank added 3%.",
    })
    assert ("Statistics Zorvania", "ORG") in found["a1"]
    assert ("Netlink Zorvania", "ORG") in found["a1"]
    assert not {n for n, t in found.get("a2", set()) if t in ("ORG", "PERSON")}
    assert {n for n, t in found["a3"] if t in ("ORG", "PERSON")} == {"Kestrel Bank"}


def test_a_surname_stays_its_persons_beside_a_word_like_its_adjective(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Board change\n\nJane Quist, the chair of Holm Freight, said on Monday she would retire.",
        "a2.txt": "Board change\n\nQuist said the Quistic reforms were done. Holm Freight fell 2%.",
    })
    assert ("Jane Quist", "PERSON") in found["a1"]
    assert ("Jane Quist", "PERSON") in found["a2"]


# --- lexicon: "Statistics" opens a statistics office's name; "Row" closes a street's ---------------------------------
def test_a_statistics_office_is_an_organisation() -> None:
    types = _story("Prices jump\n\nConsumer prices rose 6.1% in June, Statistics Quistland said on Tuesday.")
    assert types["Statistics Quistland"] == "ORG"


def test_a_row_is_a_street_and_leaves_a_surname_alone(tmp_path: Path) -> None:
    types = _story("Broker busy\n\nHolm Dene Securities, which has offices on Quistmoor Row, said orders doubled.")
    assert types["Quistmoor Row"] == "PLACE"
    found = story_entities(tmp_path, {
        "a1.txt": "Broker busy\n\nHolm Dene Securities, which has offices on Park Row, said orders doubled.",
        "a2.txt": ("Exporters slip\n\nKestrel Steel fell 2%, said Ji-woo Park, an analyst at Brannock Securities. "
                   "\"It is a hit,\" Park said."),
    })
    assert ("Park Row", "PERSON") not in found["a1"]
    assert "Park Row" not in {n for n, _ in found["a2"]}  # the analyst's surname is no short form of the street


# --- a model's designator after its line's name ("Quistel X") before a product's noun ---------------------------------
def test_a_line_and_its_model_before_vehicle_nouns_are_products() -> None:
    types = _story("Recall widens\n\nBrannmor Motor is recalling Quistel sedans and Quistel X sport-utility vehicles "
                   "built in 2021, the carmaker said. A parked Quistel sedan caught fire in March.")
    assert types["Brannmor Motor"] == "ORG"
    assert types["Quistel X"] == "PRODUCT"


def test_a_listed_companys_word_coordinated_with_its_own_model_is_the_line() -> None:
    # "Kingfisher" is a listed company's name in the catalog; here it is a car line beside one of its models
    types = _story("Recall widens\n\nBrannmor Motor said 14 fires had been reported in the affected Kingfisher and "
                   "Kingfisher X models, three of which caused injuries.")
    assert types["Brannmor Motor"] == "ORG"
    assert types["Kingfisher"] == "PRODUCT"
    assert types["Kingfisher X"] == "PRODUCT"


def test_a_maker_that_acts_keeps_its_name_beside_its_model() -> None:
    types = _story("Recall\n\nQuistmor said on Monday it would recall Quistmor Z sedans built in 2020. Quistmor shares "
                   "fell 2%.")
    assert "PRODUCT" not in types.values()


# --- a law's name whose words are joined by "and" -------------------------------------------------------------------
def test_a_law_named_with_and_is_one_name() -> None:
    types = _story("Review ordered\n\nThe review, under section 12 of the Quistland Payments and Markets Act, will "
                   "examine Holm Exchange's testing, Brannock Capital and Zorbo Partners said.")
    assert types.get("Quistland Payments and Markets Act") == "OTHER"
    assert {n for n, t in types.items() if t in ("ORG", "PERSON")} == {"Holm Exchange", "Brannock Capital",
                                                                       "Zorbo Partners"}


# --- a portfolio of two or three words before "Minister" ------------------------------------------------------------
def test_a_portfolio_of_two_words_before_a_minister_is_no_organisation() -> None:
    types = _story("Outage\n\n14:10 - Digital Affairs Minister Clara Quist says she has spoken to Holm Telecom's "
                   "chief executive.")
    assert types == {"Clara Quist": "PERSON", "Holm Telecom": "ORG"}


# --- the article's outlet in a Q&A: its initials with "The" label its turns; named in prose it is a publication ------
def _outlet_corpus(folder: Path, outlet: str, articles: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
    from analysis.corpus.load import load_corpus
    from analysis.entities.resolve import entity_mentions

    lines = ["file,outlet,url,published,title"]
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        lines.append(f"{name},{outlet},,2026-03-04,\"{text.split(chr(10), 1)[0]}\"")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    story = mentions.loc[mentions["role"] == "story"]
    return {f: set(zip(g["entity"], g["type"], strict=True)) for f, g in story.groupby("doc_id")}


def test_an_outlets_initials_with_the_label_its_turns_and_its_name_is_an_organisation(tmp_path: Path) -> None:
    found = _outlet_corpus(tmp_path, "The Quistmoor Review", {
        "qa.txt": ("'We will not let our mills die': the trade minister on steel\n\nTomas Vell has been trade minister "
                   "since 2022. He spoke to The Quistmoor Review in Halbrook on Monday. The conversation has been "
                   "condensed.\n\nThe Quistmoor Review: Parts makers say you endangered 40,000 jobs. Is that wrong?\n\n"
                   "Tomas Vell: It is a slogan, not a calculation.\n\nTQR: Will there be a quota for automotive steel?"
                   "\n\nVell: We are studying it seriously."),
    })
    names = dict(found["qa"])
    assert "TQR" not in names
    assert names.get("Tomas Vell") == "PERSON"
    assert [t for n, t in names.items() if "Quistmoor Review" in n] == ["ORG"]


def test_the_outlet_labelling_turns_by_its_name_is_no_person(tmp_path: Path) -> None:
    found = _outlet_corpus(tmp_path, "The Quistmoor Review", {
        "qa.txt": ("Minister on steel\n\nTomas Vell has been trade minister since 2022. The conversation with The "
                   "Quistmoor Review has been condensed.\n\nQuistmoor Review: Parts makers say you endangered 40,000 "
                   "jobs. Is that wrong?\n\nTomas Vell: It is a slogan, not a calculation."),
    })
    names = dict(found["qa"])
    assert names.get("Tomas Vell") == "PERSON"
    assert [t for n, t in names.items() if "Quistmoor Review" in n] == ["ORG"]


# --- a wire's label in capitals before a colon ----------------------------------------------------------------------
def test_a_wire_label_opening_the_text_is_no_organisation() -> None:
    from analysis.entities.recognize import recognize_rows_scored

    rows = recognize_rows_scored("FLASH: Quist Bank unexpectedly raises key rate by 100 bps to 3.75%", 0)
    assert [(r[3], r[4]) for r in rows] == [("Quist Bank", "ORG")]
    rows = recognize_rows_scored("ZORBO: Quist Bank raises key rate", 0)  # a name in capitals stays a name
    assert ("ZORBO", "ORG") in [(r[3], r[4]) for r in rows]


# --- a company in capitals that opens a row of a list of moves ------------------------------------------------------
def test_a_name_in_capitals_opening_a_row_of_moves_is_a_company() -> None:
    types = _story("Close: Telecoms drag\n\nThe index slipped 0.6%.\n\nQUISTEL TELECOM: -7.2%\nZORBO MOBILE: -0.4%\n"
                   "HOLMBERG NETWORKS (Stockholm): -3.5%\n\nQuistel fell further on Thursday.")
    assert types["Holmberg Networks"] == "ORG"
    assert types["Zorbo Mobile"] == "ORG"
    assert types["Quistel Telecom"] == "ORG"
    types = _story("Wire brief\n\n* QUISTEL SAYS SHARES UP 5.3% IN EARLY TRADE\n\nQuistel Telecom said on Monday ...")
    assert set(types) == {"Quistel Telecom"}  # a shouted brief's item is still no name of its own


# --- a short name its article leaves untyped, the full name typed by strong evidence elsewhere -----------------------
def test_a_bare_short_name_opening_its_sentence_is_the_organisation_named_in_full_elsewhere(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": "Mills soar\n\nHalvor Steel closed 14.2% higher, and Quistbrand Group jumped 9.6%.",
        "a2.txt": ("Prices rise\n\nQuistbrand, the country's second mill, confirmed it had raised rebar prices by 6%, "
                   "said Tom Vell, an editor at Rebar Weekly."),
    })
    assert ("Quistbrand Group", "ORG") in found["a2"]


# --- a ministry named by its portfolio in lower case ----------------------------------------------------------------
def test_a_ministry_named_by_its_portfolio_is_the_one_the_corpus_names_in_full(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a1.txt": ("Quota set\n\nNorway will cap catches from May, the Ministry of Ports and Fisheries said on "
                   "Monday. Holm Seafood fell 3%."),
        "a2.txt": ("Cap criticised\n\nHolm Seafood said it had written to Norway's fisheries ministry on Tuesday, "
                   "and to the finance ministry."),
    })
    assert ("Ministry of Ports and Fisheries", "ORG") in found["a2"]
    assert {n for n, t in found["a2"] if t == "ORG"} == {"Ministry of Ports and Fisheries", "Holm Seafood"}


# --- names joined by "+", an initial-led name's hyphenated last word, "Marine"/"Offshore" companies --------------
def test_a_name_joined_by_plus_is_one_company() -> None:
    types = _story("Forwarders\n\nQuistel + Zorbach rose 1% on Monday, while Holm Freight fell. Quistel + Zorbach said "
                   "demand was weak.")
    assert types == {"Quistel + Zorbach": "ORG", "Holm Freight": "ORG"}


def test_the_last_part_of_an_initial_led_hyphenated_name_is_its_short_name() -> None:
    types = _story("Shipping\n\nA.B. Holm-Quistad said on Monday rates would fall. Quistad shares fell 3%.")
    assert types == {"A.B. Holm-Quistad": "ORG"}


def test_a_yard_named_marine_or_offshore_is_a_company() -> None:
    types = _story("Yards\n\nQuistcorp Marine said it won an order. Zorbach Offshore said it would bid.")
    assert types == {"Quistcorp Marine": "ORG", "Zorbach Offshore": "ORG"}
