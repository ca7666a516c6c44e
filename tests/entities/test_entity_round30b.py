"""Entity layer, round 30 (the twenty-eighth corpus as a dev corpus): each rule on invented sentences, with what it
must leave alone.

Every company, person and place here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from test_entity_round10 import _people_orgs, _story
from test_entity_round11 import _corpus_entities


# 1. A street with the part of town it runs in ("Quenwood Street East", "Molt Road West") is a place, as
# "Quenwood Street" is; a company whose name ends so with a legal suffix is left.
def test_a_street_and_its_compass_point_is_a_place() -> None:
    text = ("For forty years the kiln works on Quenwood Street East has been the heart of Telworth Aggregates. "
            "Telworth Aggregates Inc. said wages would be paid as normal.\n")
    found = _story(text)
    assert found.get("Quenwood Street East") == "PLACE", found
    assert found.get("Telworth Aggregates") == "ORG" or found.get("Telworth Aggregates Inc.") == "ORG", found


def test_a_company_named_for_a_street_stays_a_company() -> None:
    text = "Shares of Mallin Street East Holdings Ltd rose 4% on Monday, the company said.\n"
    assert "Mallin Street East Holdings" in _people_orgs(text) or "Mallin Street East Holdings Ltd" in _people_orgs(text)


# 2. A body named after a country stays an organisation beside a subsidiary that writes the country in its legal name
# ("Stavrick Insurance (Corvania) Ltd." and "The Corvania Monetary Authority (CMA) said"). A round-29 rule made the
# bracketed word a place; the corpus's linking then joined the authority to the place and typed it PLACE, and the
# authority's statement went to another company: the rule was taken out. A word in brackets after a full name with no
# suffix after it is still the name's short form.
def test_a_body_named_after_a_subsidiarys_country_stays_an_organisation() -> None:
    text = ("CMA steps up scrutiny of Stavrick's Corvania insurer\n\nThe Corvania Monetary Authority (CMA) said it was "
            "engaging with Stavrick Insurance (Corvania) Ltd., the subsidiary at the centre of the claims. Stavrick "
            "Insurance (Corvania) wrote $410 million of premium last year. Investors asked about the Corvania unit.\n")
    found = _story(text)
    assert found.get("Corvania Monetary Authority") == "ORG", found


def test_a_short_name_in_brackets_stays_the_organisations() -> None:
    text = ("The Quistland Mining Authority (Quismin) ordered a halt on Tuesday. Quismin said a report would follow.\n")
    found = _story(text)
    assert "Quismin" not in found or found.get("Quismin") == found.get("Quistland Mining Authority"), found
    assert found.get("Quistland Mining Authority") == "ORG", found


# 3. An analyst note's jargon in capitals is no organisation: a rating after a rating's verb or inside the brackets
# of a ticker ("we keep BUY on X", "X (XYZ LN, HOLD)"), "Under Review" ("moving to UNDER REVIEW"), and a ticker with
# its exchange's two letters ("(ZRB LN, not rated)"). "Best Buy" and a firm named in capitals are left.
def test_an_analysts_jargon_in_capitals_is_no_organisation() -> None:
    text = ("Morlaine Tiles (QLT LN): Warranty claims - moving to UNDER REVIEW\n\n"
            "We are moving our rating to Under Review. We keep BUY on Varrow Glass. Corvell Ceramics (CRVL LN, HOLD) "
            "lost 4.5%, and Tamsin Kilns (TMSK LN, not rated) rose 2%.\n")
    found = _people_orgs(text)
    assert not found & {"BUY", "HOLD", "Review", "REVIEW", "TMSK LN", "CRVL LN"}, found
    assert {"Varrow Glass", "Corvell Ceramics"} <= found, found


def test_a_company_in_capitals_beside_a_rating_word_stays() -> None:
    text = "Shares of Best Buy rose 4% on Tuesday, and ACME BUILDERS said it would buy ORRIN LABS.\n"
    assert "Best Buy" in _people_orgs(text)


# 4. An organisation the corpus writes only as one acronym ("SGX") was named by it (round 30); round 47 keeps that only
# for the acronyms the alias catalog names the body by ("NATO", "OPEC"): the later golds (and the challenge set's "Fed"
# -> "Federal Reserve") name the others by the lexicon's long name.
def test_an_acronym_only_the_corpus_writes_takes_the_lexicon_name(tmp_path: Path) -> None:
    texts = {
        "a": "Harbour stocks slide\n\nVellmar Shipping fell 4% on the SGX on Monday, its worst day in a year.\n",
        "b": "Vellmar lower again\n\nVellmar Shipping shares lost 2% on the SGX on Tuesday, traders said.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    for stem in ("a", "b"):
        assert ("Singapore Exchange", "ORG") in ents[stem], ents[stem]
        assert not any(e == "SGX" for e, _t in ents[stem]), ents[stem]


def test_a_long_name_one_article_writes_stays(tmp_path: Path) -> None:
    texts = {
        "a": "Harbour stocks slide\n\nVellmar Shipping, listed on the Singapore Exchange, fell 4% on Monday.\n",
        "b": "Vellmar lower again\n\nVellmar Shipping shares lost 2% on the SGX on Tuesday, traders said.\n",
    }
    ents = _corpus_entities(tmp_path, texts)
    assert ("Singapore Exchange", "ORG") in ents["b"], ents["b"]


# 5. A copyright line with the year after the holder's name ("© Quillby Media Ltd 2028"), and the compliance sentence
# before it on the same line, is the publisher's boilerplate: no entities. A "©" line with no year, or a company named
# in the article's own sentences, is left.
def test_a_copyright_line_with_the_year_after_the_holder_names_nobody() -> None:
    text = ("Tarrant Holdings said on Monday that sales rose.\n\n"
            "This website and its sister paper follow the Fenwold Press Standards Organisation's Editors' Code of "
            "Practice. © Quillby Media Ltd 2028\n")
    found = _people_orgs(text)
    assert not found & {"Quillby Media", "Quillby Media Ltd", "Fenwold Press Standards Organisation", "Code",
                        "Practice"}, found
    assert "Tarrant Holdings" in found, found


# 6. A code name before its trial's phase, or with the phase in an appositive ("QUARRY-LT Phase III trial",
# "QUARRY-LT, its pivotal Phase 3 study"), is the trial's name, no organisation, wherever the article names it
# alone; a code-like company name with no trial after it is left.
def test_a_trial_code_name_before_its_phase_is_no_organisation() -> None:
    text = ("Tarrant Biologics today announces topline results from QUARRY-LT, its pivotal Phase III trial of velomab "
            "in adults. QUARRY-LT did not meet its primary endpoint.\n\nIlse Varden, Chief Executive Officer of "
            "Tarrant, said: \"QUARRY-LT was designed to give a clear answer.\"\n")
    found = _story(text)
    assert found.get("QUARRY-LT") not in ("ORG", "PERSON"), found
    assert found.get("Tarrant Biologics") == "ORG", found


# 7. A currency's code glued to an amount, a range too ("GBP35-50m", "USD1.2bn"), is money, no organisation, as
# "NOK 212" is; a station's call sign with a number ("WKRT910") is left to the rest of the layer.
def test_a_currency_code_glued_to_an_amount_is_no_organisation() -> None:
    text = ("We expect Tarrant Marine's net loss after reinsurance to be GBP35-50m, equivalent to 4% of equity. "
            "Fenmere Re set aside USD1.2bn.\n")
    found = _people_orgs(text)
    assert not found & {"GBP35-50m", "USD1.2bn"}, found
    assert {"Tarrant Marine", "Fenmere Re"} <= found, found


# 8. The label of a listing's number ("(Stock Code: 0921)", as a Hong Kong announcement heads itself) is no
# organisation; the company above it is left.
def test_a_stock_code_label_is_no_organisation() -> None:
    text = ("TARRANT LINES HOLDINGS LIMITED\n(Incorporated in the Cayman Islands with limited liability)\n"
            "(Stock Code: 0921)\n\nVOLUNTARY ANNOUNCEMENT\n\nThe board of Tarrant Lines Holdings Limited announces an "
            "update.\n")
    found = _people_orgs(text)
    assert "Code" not in found and "Stock Code" not in found, found
    assert "Tarrant Lines Holdings" in found, found
