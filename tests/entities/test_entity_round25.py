"""Entity layer, round 25: a day's name after a sentence-opening preposition, graphic lines of a transcript, and
a dated line of a timeline list. Every name here is fictional."""
from __future__ import annotations

from pathlib import Path

from pipeline_helpers import story_entities


def test_a_day_after_a_sentence_opening_preposition_is_no_part_of_the_name(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Forecast cut\n\nOn Thursday Brannoway cut its profit forecast and its shares fell 12%. "
                 "Brannoway said demand had weakened. Brannoway Holdings employs 4,000 people.\n",
        "b.txt": "Outlook\n\nLast Monday Quelvar Systems said it would sell a unit. Quelvar said the sale would close "
                 "in May.\n",
    })
    names = {e for e, _t in found["a"]} | {e for e, _t in found["b"]}
    assert not any(n.startswith(("Thursday", "Monday")) for n in names), names
    assert ("Brannoway Holdings", "ORG") in found["a"]
    assert ("Quelvar Systems", "ORG") in found["b"]


_CLIP = ("MARKETS AT NINE - Transcript\n\n"
         "ON SCREEN: TORVANE GRP 412.0p -3.1% | PELLMARK IND 88.2p +0.4%\n\n"
         "ODILE BRACKENRIDGE, ANCHOR: Torvane shares are lower this morning. Joining me is Ansel Whitcombe of "
         "Grisholt Partners. Ansel, good morning.\n\n"
         "ANSEL WHITCOMBE, GRISHOLT PARTNERS: Good morning. The board was right to say no to the approach.\n\n"
         "BRACKENRIDGE: Will Pellmark come back?\n\n"
         "WHITCOMBE: I think they will, and at a higher price.\n")


#: The clip with a spoken opening before its graphic line, so that the line is in the body, not the page's header (a
#: broadcaster's "This is a rush transcript" note did that before round 60; it is now cleaned away as the outlet's
#: note, and a graphic line right under the headline is the page's).
_OPENED = "MARKETS AT NINE - Transcript\n\nGood morning and welcome to Markets at Nine.\n\n"


def test_an_on_screen_graphic_line_is_no_turn_of_a_transcript() -> None:
    from analysis.corpus.transcript import transcript_turns

    turns = transcript_turns(_CLIP)
    labels = [t.label for t in turns]
    assert "ODILE BRACKENRIDGE" in labels and "WHITCOMBE" in labels  # the spoken turns stay
    assert not any("SCREEN" in label for label in labels), labels
    for head in ("GRAPHIC", "CHYRON", "LOWER-THIRD"):
        text = _CLIP.replace("ON SCREEN:", head + ":")
        assert not any(head in t.label for t in transcript_turns(text)), head




def test_an_on_screen_label_is_no_entity(tmp_path: Path) -> None:
    """The graphic line is content (its names are read), but its label "ON SCREEN" names nothing."""
    clip = _CLIP.replace("MARKETS AT NINE - Transcript\n\n", _OPENED)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    found = story_entities(tmp_path / "a", {"a.txt": clip})
    assert not any("SCREEN" in e.upper() for e, _t in found["a"]), found["a"]
    assert ("Pellmark", "ORG") in found["a"]
    found = story_entities(tmp_path / "b", {
        "b.txt": "Screen deal\n\nScreen Holdings bought Torvane's display unit on Friday, Ansel Whitcombe said.\n",
    })
    assert ("Screen Holdings", "ORG") in found["b"]  # a name with the word, not at a label, stays


def test_an_index_number_before_its_level_stays_in_the_index_name(tmp_path: Path) -> None:
    """A ticker bar writes the index's level right after its name ("FTSE 250 20,884 +0.2%"): the number is the
    index's, not a figure that cuts the name to "FTSE"."""
    clip = _CLIP.replace("MARKETS AT NINE - Transcript\n\n", _OPENED)
    # (a bar whose every cell has its percent is page chrome since round 65, read by the share-move step alone: a
    # cell with a price only keeps this one in the text the entities read)
    clip = clip.replace("PELLMARK IND 88.2p +0.4%", "PELLMARK IND 88.2p +0.4% | FTSE 250 20,884 +0.2% | GILT 10Y 4.1")
    found = story_entities(tmp_path, {"a.txt": clip})
    assert ("FTSE 250", "INDEX") in found["a"], found["a"]
    assert not any(e == "FTSE" for e, _t in found["a"])


def test_a_region_of_countries_is_a_place(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Expansion\n\nThe deal gives Marrowick Freight scale in the Benelux and a route into the Baltics, "
                 "where it competes with Tessmer Logistik.\n",
    })
    assert ("Benelux", "ORG") not in found["a"] and ("Baltics", "ORG") not in found["a"], found["a"]
    assert ("Marrowick Freight", "ORG") in found["a"]


def test_a_currency_pair_is_no_organisation(tmp_path: Path) -> None:
    found = story_entities(tmp_path, {
        "a.txt": "Yen slips\n\nThe yen weakened after the vote, with USD/JPY at 151.20, and Hollander Kest Motors fell "
                 "2.1%. Traders also watched EUR/USD, which was flat.\n",
    })
    names = {e for e, _t in found["a"]}
    assert "USD/JPY" not in names and "EUR/USD" not in names, found["a"]
    assert "Hollander Kest Motors" in names
