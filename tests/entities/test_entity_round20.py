"""Entity layer, round 20: a short name the text defines in brackets right after an organisation's full name.

"The Federal Office of Harbour Supervision (BuHaf)": the short name is often no acronym of the English words (a
body's name in its own language), so the acronym rule does not join them; the brackets do. Every name here is
fictional.
"""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities


def test_a_short_name_in_brackets_after_the_full_name_is_that_organisation(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Regulator acts\n\nZorbel Bank has informed the Federal Office of Harbour Supervision (BuHaf) and "
                 "the central bank. BuHaf said on Tuesday it would audit the bank.\n",
        "b.txt": "Audit ordered\n\nBuHaf said on Wednesday that the audit of Zorbel Bank would start at once.\n",
    })
    assert ("Federal Office of Harbour Supervision", "ORG") in found["a"]
    assert not any(e == "BuHaf" for e, _t in found["a"])
    assert ("Federal Office of Harbour Supervision", "ORG") in found["b"]  # the corpus knows the short name now


def test_a_place_an_exchange_or_a_ticker_in_brackets_is_no_short_name(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Markets\n\nShares of Halvane Metals (London) fell 4%, Corvale Biosciences (Nasdaq) rose 2% and "
                 "Zorbel Holdings (ZRBH) was flat. Halvane Metals said it would cut costs.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "Halvane Metals" in names and "Corvale Biosciences" in names
    assert "London" not in names or ("London", "ORG") not in found["a"]


def test_a_name_before_a_possessive_apposition_with_a_body_noun_is_an_organisation(tmp_path: Path) -> None:
    """"X, Freedonia's financial regulator, said": the apposition names a body, so X is no town of Freedonia."""
    found = story_entities(tmp_path, {
        "a.txt": "Regulator acts\n\nKestrava, Freedonia's financial regulator, said on Tuesday it had ordered an "
                 "audit of Zorbel Bank.\n",
        "b.txt": "Rates\n\nVelmora, Freedonia's biggest lender, said on Tuesday it would cut its rates.\n",
        "c.txt": "Markets\n\nBrindleford, Freedonia's financial capital, was quiet on Tuesday as Zorbel Bank fell.\n",
    })
    assert ("Kestrava", "ORG") in found["a"]
    assert ("Velmora", "ORG") in found["b"]
    assert ("Brindleford", "ORG") not in found.get("c", set())


def test_a_malay_or_indonesian_place_prefix_makes_a_place(tmp_path: Path) -> None:
    """"Pulau" (island), "Tanjung" (cape), "Bukit" (hill): like "Mount" or "Lake", the first word of a place."""
    found = story_entities(tmp_path, {
        "a.txt": "Refinery shut\n\nA fire shut the refinery on Pulau Kestra on Tuesday, and Zorbel Energy said "
                 "tankers were waiting off Tanjung Velmo. Pulau Kestra supplies a third of the fuel.\n",
    })
    people = {e for e, t in found["a"] if t == "PERSON"}
    assert not people & {"Pulau Kestra", "Tanjung Velmo"}


def test_a_wire_in_brackets_closing_a_paragraph_is_an_organisation(tmp_path: Path) -> None:
    """A spliced story credits each paragraph's wire after its last sentence: "... a loss. (Velmora Dispatch)"."""
    found = story_entities(tmp_path, {
        "a.txt": "Banks slide\n\nShares in Zorvane Bank tumbled 27.5% on Tuesday after it disclosed a loss. (Velmora "
                 "Dispatch)\n\nRival lenders were caught in the sell-off. Zorbel Bank fell 6.3%. (Velmora Dispatch)\n",
    })
    assert ("Velmora Dispatch", "ORG") in found["a"]


def test_a_place_in_a_datelines_capitals_takes_the_spelling_the_text_uses_elsewhere(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Bank slides\n\nQUISTBURG, June 24 (Velmora Dispatch) - Shares in Zorvane Bank tumbled 27.5% on "
                 "Tuesday.\n",
        "b.txt": "Capital\n\nZorvane Bank, based in Quistburg, said on Wednesday it would raise capital.\n",
    })
    assert ("Quistburg", "PLACE") in found["b"] and not any(e == "QUISTBURG" for e, _t in found["b"])
