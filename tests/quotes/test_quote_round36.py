"""Quote engine, round 36 (q40): classes of news prose found by reading two market-news dev corpora's misses.
Invented companies, people and sentences; the entity mentions are given by hand, as the entity layer would link
them."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes

ORGS = [("Kestrel Bank", "Kestrel Bank", "ORG"), ("Dunmore Foods", "Dunmore Foods", "ORG"),
        ("Dunmore", "Dunmore Foods", "ORG")]


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


def test_analysts_at_a_bank_saying_or_citing_speak_for_the_bank() -> None:
    # "Analysts at X raised their rating …, saying …": the bank, as "Analysts at X said" gives it
    text = ('Analysts at Kestrel Bank raised their rating on Dunmore to "buy" from "hold", saying the deal removed '
            '"the biggest single risk to the year".')
    assert _rows(text, ORGS) == [("the biggest single risk to the year", "Kestrel Bank")]
    text = 'Analysts at Kestrel Bank cut their price target on Dunmore, citing "visibility as poor as any in years."'
    assert _rows(text, ORGS) == [("visibility as poor as any in years.", "Kestrel Bank")]
    # left alone: analysts of no named body stay a description (no organisation), and a participle after a named
    # analyst stays theirs
    assert _rows('Analysts were cautious on Dunmore, saying the plan was "a slow grind".', ORGS) == [
        ("a slow grind", "Analysts")]
    people = ORGS + [("Jane Roe", "Jane Roe", "PERSON")]
    text = 'Jane Roe at Kestrel Bank cut her target on Dunmore, citing "visibility as poor as any in years."'
    assert _rows(text, people) == [("visibility as poor as any in years.", "Jane Roe")]


def test_a_contracted_first_person_pronoun_is_no_name() -> None:
    # "and I'll say it again: “…”": the pronoun "I", not a person called "I'll"
    people = [("Jane Roe", "Jane Roe", "PERSON")]
    for word in ("I'll", "I’ll", "I've", "I'd"):
        text = f'Jane Roe met the insurers. No. I told them on Thursday, and {word} say it again: "Pay claims fast."'
        assert _rows(text, people) == [("Pay claims fast.", "")], word
    # left alone: a name that opens the clause still speaks
    text = 'Jane Roe met the insurers. On Thursday, Roe told them again: "Pay claims fast."'
    assert _rows(text, people + [("Roe", "Jane Roe", "PERSON")]) == [("Pay claims fast.", "Jane Roe")]


def test_words_named_as_words_are_no_quotation() -> None:
    # a press release's safe-harbour notice names words; nobody says them
    text = ('Dunmore Foods will report on Monday.\n\nForward-Looking Statements: Words such as "expects," "intends," '
            '"may" and similar expressions identify forward-looking statements.')
    assert _rows(text, ORGS + [("Forward-Looking Statements", "Forward-Looking Statements", "ORG")]) == []
    assert _rows('Terms like "synergy" and "runway" were banned from the memo.', ORGS) == []
    # left alone: words a speaker is reported to have used, and a word in quotation marks a speech verb gives
    text = 'Jane Roe said critics should drop speculative words like “maybe” and “perhaps”, she told reporters.'
    assert _rows(text, [("Jane Roe", "Jane Roe", "PERSON")]) == [("maybe … perhaps", "Jane Roe")]
    text = 'Dunmore Foods said its testing is "continuous and independent."'
    assert _rows(text, ORGS) == [("continuous and independent.", "Dunmore Foods")]


def test_a_live_blog_entry_opens_after_its_time_stamp() -> None:
    # "2:30 p.m. PT — X cut Y's rating …. “…,” the agency said": X opens the entry, so the agency is X (not the
    # company whose stock closed lower in an earlier entry)
    orgs = [("Dunmore Power", "Dunmore Power", "ORG"), ("Kestrel Ratings", "Kestrel Ratings", "ORG")]
    text = ("Live updates\n4:10 p.m. PT — Dunmore Power closed down 14.2%.\n"
            "2:30 p.m. PT — Kestrel Ratings cut Dunmore Power's rating to junk. \"The cut reflects our view of the "
            "liabilities,\" the agency said.")
    assert _rows(text, orgs) == [("The cut reflects our view of the liabilities,", "Kestrel Ratings")]
    # left alone: a body named after the entry's first words does not open it
    text = ("Live updates\n4:10 p.m. PT — Dunmore Power closed down 14.2%.\n"
            "2:30 p.m. PT — Traders sold more after Kestrel Ratings cut its rating to junk. \"The cut reflects our "
            "view of the liabilities,\" the company said.")
    assert _rows(text, orgs) == [("The cut reflects our view of the liabilities,", "Dunmore Power")]


def test_a_possessive_with_a_bare_apostrophe_owns_the_description() -> None:
    # "Acme Materials' finance chief told analysts …": the company, as "Acme Metal's finance chief" gives it
    orgs = [("Acme Materials", "Acme Materials", "ORG"), ("Dunmore Foods", "Dunmore Foods", "ORG")]
    for mark in ("'", "’"):
        text = (f"The suppliers are more diplomatic. Acme Materials{mark} finance chief told analysts on Monday that "
                "customers were merely \"pausing\" orders.")
        assert _rows(text, orgs) == [("pausing", "Acme Materials")], mark
    # left alone: a plural common noun with its apostrophe is no name; the description stays itself, untyped
    text = "The suppliers are more diplomatic. The workers' union told members on Monday it was \"pausing\" talks."
    rows = quotes(text, orgs).to_dict("records")
    assert [(r["quote"], r["speaker"], r["speaker_type"]) for r in rows] == [("pausing", "The workers' union", "")]


def test_a_description_takes_the_name_its_speaker_gave() -> None:
    # "said the father, who gave his name as X": X, the description's person
    people = [("Tomas Reyne", "Tomas Reyne", "PERSON"), ("Leeds", "Leeds", "PLACE")]
    text = ('A family from Leeds had rebooked. "The app told us at 2 a.m.," said the father, who gave his name as '
            "Tomas Reyne.")
    assert _rows(text, people) == [("The app told us at 2 a.m.,", "Tomas Reyne")]
    text = '"The app told us at 2 a.m.," said a nurse, who identified herself only as Tomas Reyne.'
    assert _rows(text, people) == [("The app told us at 2 a.m.,", "Tomas Reyne")]
    # left alone: a name the person speaks to is not theirs
    text = '"The app told us at 2 a.m.," said the father, who gave a statement to Tomas Reyne.'
    assert _rows(text, people) == [("The app told us at 2 a.m.,", "the father")]


def test_a_short_form_in_mixed_case_speaks_for_the_body_it_spells() -> None:
    # "The Bank of Ostmark cut rates … “…,” the BoO said": the bank, as the text introduced it
    orgs = [("Bank of Ostmark", "Bank of Ostmark", "ORG"), ("BoO", "BoO", "ORG"), ("DfH", "DfH", "ORG"),
            ("Department for Harbours", "Department for Harbours", "ORG")]
    text = 'The Bank of Ostmark cut rates on Thursday.\n\n"Growth has weakened further," the BoO said in a statement.'
    assert _rows(text, orgs) == [("Growth has weakened further,", "Bank of Ostmark")]
    text = 'The Department for Harbours spoke.\n\n"Ports stay open," the DfH said.'
    assert _rows(text, orgs) == [("Ports stay open,", "Department for Harbours")]
    # left alone: a short form the text never spells out, and one whose letters fit no body named
    text = '"Growth has weakened further," the BoO said in a statement.'
    assert _rows(text, orgs) == [("Growth has weakened further,", "BoO")]
    text = 'The Department for Harbours spoke.\n\n"Growth has weakened further," the BoO said.'
    assert _rows(text, orgs) == [("Growth has weakened further,", "BoO")]


def test_the_board_takes_up_the_board_the_text_named_with_its_owner() -> None:
    # "Acme's board of directors rejected the offer from Y, which according to the board “…”": Acme's board
    orgs = [("Halvers Brewing", "Halvers Brewing", "ORG"), ("Dunmore Foods", "Dunmore Foods", "ORG")]
    text = ("Halvers Brewing's board of directors on Tuesday rejected the offer from Dunmore Foods, which according "
            'to the board "significantly undervalues the company".')
    assert _rows(text, orgs) == [("significantly undervalues the company", "Halvers Brewing")]
    text = ("Halvers Brewing rejected the offer on Tuesday. Dunmore Foods' board met on Wednesday. "
            '"We will keep going," the board said.')
    assert _rows(text, orgs) == [("We will keep going,", "Dunmore Foods")]
    # left alone: no board named with its owner, and one named in an earlier paragraph
    text = 'Halvers Brewing rejected the offer from Dunmore Foods on Tuesday. "We will keep going," the board said.'
    assert _rows(text, orgs) == [("We will keep going,", "the board")]
    text = ("Dunmore Foods' board met on Wednesday.\n\nA pension fund wrote to shareholders. "
            '"We will keep going," the board said.')
    assert _rows(text, orgs) == [("We will keep going,", "the board")]


def test_the_publisher_of_a_letter_says_what_the_letter_urges() -> None:
    # "the stock fell after X, which owns 1.2% of it, published a letter urging the board to “…”": X
    orgs = [("Leewood Capital", "Leewood Capital", "ORG"), ("Dunmore Foods", "Dunmore Foods", "ORG")]
    text = ("On Thursday, Dunmore Foods fell 3.3% after fund manager Leewood Capital, which owns 1.2% of the company, "
            'published a letter on Wednesday evening urging the board to "walk away before it is too late".')
    assert _rows(text, orgs) == [("walk away before it is too late", "Leewood Capital")]
    # left alone: a name after the verb of publishing is no publisher, and a document no one is said to put out
    text = ("On Thursday, shares fell 3.3% after a letter about Leewood Capital appeared on Wednesday evening urging "
            'the board to "walk away before it is too late".')
    assert _rows(text, orgs) == [("walk away before it is too late", "")]


def test_a_bare_spokesman_speaks_for_the_body_asked_in_the_sentence_before() -> None:
    # "I asked the Bank whether …. A spokesman replied: ‘…’": the bank the text named, not no one
    orgs = [("Bank of Ostmark", "Bank of Ostmark", "ORG"), ("Mark Vale", "Mark Vale", "PERSON")]
    text = ("The Bank of Ostmark cut rates.\n\nMark Vale insisted that the cut was 'not the start of a cycle'. The "
            "Governor is due to leave.\n\nI asked the Bank whether it had considered savers. A spokesman replied: "
            "'The Committee considers all households.'")
    assert _rows(text, orgs) == [("not the start of a cycle", "Mark Vale"),
                                 ("The Committee considers all households.", "Bank of Ostmark")]
    # left alone: a person asked is no body, and a body asked two sentences earlier
    text = ("The Bank of Ostmark cut rates.\n\nI asked the governor whether he had considered savers. A spokesman "
            "replied: 'The Committee considers all households.'")
    assert _rows(text, orgs) == [("The Committee considers all households.", "A spokesman")]
    text = ("The Bank of Ostmark cut rates.\n\nI asked the Bank about savers. Savers are angry. Pensioners too. A "
            "spokesman replied: 'The Committee considers all households.'")
    assert _rows(text, orgs) == [("The Committee considers all households.", "A spokesman")]


HOLT = [("Jana Holt", "Jana Holt", "PERSON"), ("JANA HOLT", "Jana Holt", "PERSON"), ("HOLT", "Jana Holt", "PERSON"),
        ("Tom Ekwe", "Tom Ekwe", "PERSON"), ("TOM EKWE", "Tom Ekwe", "PERSON"), ("EKWE", "Tom Ekwe", "PERSON")]


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_transcript_host_named_as_host_before_the_first_turn_asks_no_quotation() -> None:
    # "Holt spoke with host Tom Ekwe …", then "TOM EKWE: …" and "EKWE: …": the host's questions are no quotes
    text = ("Transcript: Dunmore CEO Jana Holt on the recall\n\nThe following is an edited transcript of an interview "
            "that aired on Monday. Holt spoke with host Tom Ekwe from the company's headquarters.\n"
            "TOM EKWE: It's been a week since the recall. Where do things stand?\n"
            "JANA HOLT: The line has been stripped down to the frame. We will restart in November.\n"
            "EKWE: Are the illnesses linked to your products?\nHOLT: We don't know yet, and I'm not going to guess.\n"
            "EKWE: Jana Holt, thank you.")
    assert _rows(text, HOLT) == [
        ("The line has been stripped down to the frame. We will restart in November.", "Jana Holt"),
        ("We don't know yet, and I'm not going to guess.", "Jana Holt")]
    # left alone: a name after "host" as a verb ("will host X") is a guest
    text = text.replace("Holt spoke with host Tom Ekwe", "The channel will host Tom Ekwe")
    assert ("It's been a week since the recall. Where do things stand?", "Tom Ekwe") in _rows(text, HOLT)


def test_the_one_example_named_in_a_subject_of_people_says_the_colon_quotation() -> None:
    # "Others, such as X of Y, think the bank will wait: “…”": X, the one the subject names
    for typed in ("ORG", "PERSON"):  # (a firm the entity layer typed as a person is still no subject)
        people = [("Hamish Vale", "Hamish Vale", "PERSON"), ("Ardmore Economics", "Ardmore Economics", typed)]
        text = ('Some economists say the case is stronger. Others, such as Hamish Vale of Ardmore Economics, think '
                'the bank will wait: "They have bought their insurance."')
        assert _rows(text, people) == [("They have bought their insurance.", "Hamish Vale")], typed
    # left alone: two examples name no one speaker
    people = [("Hamish Vale", "Hamish Vale", "PERSON"), ("Ardmore Economics", "Ardmore Economics", "ORG"),
              ("Lise Orm", "Lise Orm", "PERSON")]
    text = ('Others, such as Hamish Vale and Lise Orm, think the bank will wait: "They have bought their '
            'insurance."')
    assert _rows(text, people) == [("They have bought their insurance.", "")]
