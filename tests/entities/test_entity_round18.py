"""Entity layer, round 18: classes of misses and extras that recur across the six dev corpora by six writers, one
invented text each.

Every person, company, outlet and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from pipeline_helpers import corpus_types


# --- a common word capitalised only because it opens its sentences -----------------------------------------------
OPENER = ("Zorbel Homes rose 3.1% on Thursday, leading the index.\n\n"
          "Glaziers added to Wednesday's gains. Quistar Windows rose 2% and Vellmont Glass gained 1.2%.\n")


def test_a_common_word_opening_its_sentence_is_no_organisation_when_the_corpus_writes_it_lower_case(
        tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Builders climb on rate cut", OPENER),
        "b.txt": ("Banks slip, glaziers gain", "Quistar Windows led the market higher on Thursday.\n"),
    })
    orgs = {e for e, t in found["a"] if t == "ORG"}
    assert "Glaziers" not in orgs
    assert {"Zorbel Homes", "Quistar Windows", "Vellmont Glass"} <= orgs


def test_a_word_the_corpus_never_writes_lower_case_stays(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Builders climb on rate cut", OPENER),
        "b.txt": ("Banks slip", "Quistar Windows led the market higher on Thursday.\n"),
    })
    assert ("Glaziers", "ORG") in found["a"]


# --- the sources of a spliced article, named between its parts -----------------------------------------------------
SPLICED = ("Quistar Windows rose 2% on Thursday after a bigger order from Zorbel Homes.\n\n"
           "(Harrowgate Wire, Penfold Daily News)\n\n"
           "In London, Vellmont Glass slipped 1.1%.\n\n"
           "--- Larkspur Business Newswire:\n"
           "Analysts at Corran & Pike said the order was larger than expected.\n")


def test_a_line_naming_only_the_outlets_of_a_spliced_article_is_a_credit(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {"a.txt": ("Quistar climbs", SPLICED)})
    names = {e for e, _ in found["a"]}
    assert not names & {"Harrowgate Wire", "Penfold Daily News", "Larkspur Business Newswire"}
    assert {"Quistar Windows", "Zorbel Homes", "Vellmont Glass", "Corran & Pike"} <= names


def test_a_company_alone_in_brackets_on_a_line_stays(tmp_path: Path) -> None:
    text = SPLICED.replace("(Harrowgate Wire, Penfold Daily News)", "(Zorbel Homes, Vellmont Glass)")
    names = {e for e, _ in corpus_types(tmp_path, {"a.txt": ("Quistar climbs", text)})["a"]}
    assert {"Zorbel Homes", "Vellmont Glass"} <= names


# --- a place named only as the modifier of a site or an event ----------------------------------------------------
def test_a_bare_name_only_before_a_site_or_an_event_is_no_organisation(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Zorbel Homes climbs", "Zorbel Homes rose 3.1% on Thursday. The Quarrendale campus is on schedule, "
                                         "its chief executive said.\n"),
        "b.txt": ("Canal reopens", "Shipping stocks fell. The Vessmark blockage in 2021 lasted six days, and "
                                   "Quistar Freight lost 4% then.\n"),
    })
    assert "Quarrendale" not in {e for e, _ in found["a"]}
    assert "Vessmark" not in {e for e, _ in found["b"]}
    assert ("Quistar Freight", "ORG") in found["b"]


def test_a_name_typed_or_named_elsewhere_stays_before_a_site(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Quarrendale climbs", "The Quarrendale campus is on schedule, the company said.\n"),
        "b.txt": ("Quarrendale results", "Shares of Quarrendale rose 4% after results on Thursday.\n"),
    })
    assert "Quarrendale" in {e for e, _ in found["a"]}


# --- a bare name opening its sentence before a comma insert, named in full in another article ---------------------
def test_a_surname_before_its_apposition_or_an_inserted_adverb_is_the_person_named_elsewhere(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Quistar short report", "Harrowdene Research, run by Odile Fenwright, published a short report on "
                                          "Quistar Windows on Tuesday.\n"),
        "b.txt": ("Quistar rebuts report", "Quistar Windows rejected the claims on Wednesday.\n\n"
                                           "Harrowdene was unmoved. Fenwright, its founder, said the reply answered "
                                           "nothing.\n\nZorbel, meanwhile, said it had cancelled an order.\n"),
        "c.txt": ("Zorbel slides", "Shares of Zorbel fell 4% on Wednesday after it cut its forecast.\n"),
    })
    assert ("Odile Fenwright", "PERSON") in found.get("b", set())
    assert ("Zorbel", "ORG") in found.get("b", set())


# --- a company's short name opening a sentence of speech, its full name in another article ------------------------
def test_a_short_name_opening_a_sentence_is_the_organisation_another_article_types_by_it(tmp_path: Path) -> None:
    found = corpus_types(tmp_path, {
        "a.txt": ("Fenmark slides", "Fenmark Components fell 4.1% on Wednesday. Fenmark said demand had slowed.\n"),
        "b.txt": ("Market Close", "ANCHOR: Welcome back.\n\nRUTH ELLSWORTH: Fenmark is a different story. "
                                  "They hedged badly.\n\nANCHOR: And the insurers?\n\n"
                                  "RUTH ELLSWORTH: Quistmoor's own programme is small. Quistmoor held its call "
                                  "this morning.\n\nANCHOR: Thank you.\n"),
        "c.txt": ("Quistmoor Insurance falls", "Quistmoor Insurance fell 3% on Tuesday. Shares of Quistmoor have "
                                               "lost a fifth this year.\n"),
    })
    orgs = {e for e, t in found.get("b", set()) if t == "ORG"}
    assert {"Fenmark Components", "Quistmoor Insurance"} <= orgs


def test_reading_a_corpus_once_for_many_words_agrees_with_a_search_per_word() -> None:
    from analysis.entities.resolve import _CorpusWords
    from analysis.entities.spans import used_lowercase
    text = "Builders added. the builders said; management_team x-ray Über über Acme acme3 naïve"
    corpus = SimpleNamespace(docs=pd.DataFrame({"title": ["Partners rally"], "text": [text]}))
    words = {"Builders", "Management", "Ray", "Über", "Acme", "Naïve", "Zed", "X", "Team", "Rally"}
    assert _CorpusWords(corpus).used_lowercase(words) == {w for w in words if used_lowercase(w, "Partners rally\n" + text)}
