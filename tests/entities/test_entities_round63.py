"""Entity layer, round 63: one invented case per rule with what the rule must leave alone. Every person and company
here is fictional; the places are real."""
from __future__ import annotations

import tempfile
from pathlib import Path

from test_entities_round61 import _entity_of, _linked
from test_entities_round61 import _story as _names

from analysis.corpus.load import load_corpus
from analysis.entities.resolve import entity_mentions
from analysis.entities.spans import model_suffix_written


def _corpus_entities(docs: dict[str, str]) -> dict[str, dict[str, str]]:
    """file -> {entity: type} of the story mentions of invented articles read as one corpus."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in docs.items():
            Path(folder, name).write_text(text, encoding="utf-8")
        mentions = entity_mentions(load_corpus(folder))
    story = mentions[mentions["role"] == "story"]
    out: dict[str, dict[str, str]] = {}
    for doc_id, entity, kind in zip(story["doc_id"], story["entity"], story["type"], strict=True):
        out.setdefault(str(doc_id), {})[str(entity)] = str(kind)
    return out


# --- a social network as the account a statement went on ---------------------------------------------------------------

def test_a_platform_account_a_statement_went_on_is_no_organisation() -> None:
    found = _names("Apology\n\nQuistco said on its Weibo account that it was sorry. Jane Roe posted on her official "
                   "LinkedIn page a note to staff.")
    assert "Weibo" not in found
    assert "LinkedIn" not in found
    assert found.get("Quistco") == "ORG"


def test_a_platform_after_a_participle_of_saying_is_no_organisation() -> None:
    found = _names("Strike\n\nThe senator went further, saying on Twitter that it was time to act.")
    assert "Twitter" not in found


def test_the_company_behind_a_platform_is_still_an_organisation() -> None:
    found = _names("Stake\n\nQuistco bought a stake in Twitter on Monday. Twitter said it would sue.")
    assert found.get("Twitter") == "ORG"


# --- a model's number and its suffix in capitals ----------------------------------------------------------------------

def test_a_model_suffix_after_its_number_is_no_part_of_the_airline() -> None:
    found = _names("Crash\n\nA Quist Air 737 MAX 8 crashed on Sunday, and Quist Air grounded its fleet.")
    assert found == {"Quist Air": "ORG"}


def test_a_catalog_maker_before_its_model_is_its_own_mention() -> None:
    found = _names("Crash\n\nA Quist Airlines Boeing 737 MAX 8 crashed on Sunday. Quist Airlines grounded its fleet.")
    assert found == {"Quist Airlines": "ORG", "Boeing": "ORG"}


def test_the_model_suffix_alone_names_the_model() -> None:
    found = _names("Output\n\nZorbair will cut output of its grounded Zorbair 737 MAX by a fifth. Suppliers of the MAX "
                   "airframe fell, and analysts said the MAX won't be back before summer.")
    assert found.get("MAX") == "PRODUCT"


def test_a_word_in_capitals_after_a_year_or_an_amount_is_no_model_suffix() -> None:
    assert model_suffix_written("MAX", "the Quistair 737 MAX")
    assert not model_suffix_written("QNT", "Copyright 2024 QNT. All rights reserved.")
    assert not model_suffix_written("ZAR", "it paid $1,250 ZAR for each share")
    assert not model_suffix_written("ETF", "a 2.500 ETF")
    assert not model_suffix_written("QTX", "About 130 QTX units filed for bankruptcy")  # the company's own name


def test_an_index_and_its_code_are_not_cut_as_a_model() -> None:
    found = _names("Markets\n\nThe S&P 500 SPX fell 2% on Monday, and Quistco slid 4%.")
    assert "S&P" not in found


# --- a company's name led by a demonym ---------------------------------------------------------------------------------

def test_a_demonym_led_name_written_without_its_demonym_is_a_company() -> None:
    found = _names("Output\n\nMOSCOW, Oct 3 - Saudi Zorbco has fully restored oil output, its chief executive said. "
                   "He said Zorbco had met all customer commitments.")
    assert found.get("Saudi Zorbco") == "ORG"


def test_a_demonym_before_a_phrase_is_still_no_name() -> None:
    found = _names("Chips\n\nChinese Quantum fears weighed on chipmakers, and quantum stocks fell.")
    assert "Chinese Quantum" not in found


def test_a_demonym_led_name_alone_in_one_article_is_the_company_another_types() -> None:
    found = _corpus_entities({
        "a.txt": "IPO delayed\n\nSaudi Zorbco delayed its IPO on Friday, Saudi Zorbco Chief Executive Jon Vale said.\n",
        "b.txt": "Supplies\n\nOfficials were in touch with Saudi Zorbco and expected supplies to continue.\n",
        "c.txt": "Chips\n\nOfficials said Chinese Quantum fears were overdone.\n",
    })
    assert found["b"].get("Saudi Zorbco") == "ORG"
    assert "Chinese Quantum" not in found.get("c", {})


# --- a word in capitals inside a longer name of the corpus is no ticker -----------------------------------------------

def test_a_short_name_of_a_longer_corpus_name_is_not_the_family_s_other_company() -> None:
    linked = _linked({
        "a": "Tokyo\n\nQuistobishi QFJ Financial Group fell 18% and Quistobishi Corp lost 5% on Monday.",
        "b": "Banks\n\nQuistobishi QFJ was untradeable for most of the day, while Quistobishi Corp slid.",
    })
    assert _entity_of(linked, "b", "Quistobishi QFJ") != _entity_of(linked, "b", "Quistobishi Corp")


def test_a_name_with_its_ticker_after_it_still_joins_the_name() -> None:
    linked = _linked({
        "a": "Housebuilders\n\nQuorvane Homes QVH -4.1%\nBrellick Homes BRH -3.2%",
        "b": "Quorvane Homes fell 4% on Friday, traders said.",
    })
    assert _entity_of(linked, "a", "Quorvane Homes QVH") == _entity_of(linked, "b", "Quorvane Homes")
