"""Labels read on text newly opened in round 54, each construction with invented names: a past after a counting word
and an -ly adverb is an adjective ("both badly burned workers"), a possessive name's noun phrase between commas is an
aside, not the subject ("Orvane, Keel's main supplier, has lost"), a participle after ", after" tells of the main
clause's subject, a fiscal period's "ending March 31" belongs to the date, and a clause opened by "before" or "until"
holds its date's event ("before the permit lapses on May 2"; "lapse" and "expire" join the event verbs)."""
from __future__ import annotations

from tests.timeline.test_timeline_labels import label_of as _label


def test_a_past_after_a_counting_word_and_an_adverb_is_an_adjective() -> None:
    label = _label("Both seriously injured workers remained in hospital in Tarnby on Tuesday.", "Tuesday")
    assert label.startswith("Both seriously injured workers")
    # a noun in -ly after a determiner is no adverb: "raised" stays the verb
    assert _label("The family raised new objections on Friday.", "Friday") == "Family raises new objections"


def test_a_possessive_names_noun_phrase_between_commas_is_an_aside() -> None:
    # ("lead" is also a verb: the aside must not give the sentence its subject and verb)
    sentence = "Orvane Freight Holdings, Keel's lead underwriter, has lost 6.4% since its May 3 close."
    assert _label(sentence, "May 3") == "Orvane Freight Holdings loses 6.4%"
    sentence = "Orvane Freight Holdings, Keel’s lead underwriter, fell 6.4% on Monday."
    assert _label(sentence, "Monday") == "Orvane Freight Holdings falls 6.4%"


def test_a_participle_after_a_comma_and_after_tells_of_the_main_subject() -> None:
    # ("Cascade" is also a verb: the main clause's subject is found from its verb "rose")
    sentence = "Shares of Cascade rose 2.2% in morning trading, after falling 9.1% over the previous three sessions."
    assert _label(sentence, "the previous three sessions") == "Shares of Cascade fall 9.1%"


def test_a_fiscal_periods_last_day_belongs_to_the_date() -> None:
    sentence = "Tomlin said the charge would be \"well under\" 40 million euros and would be booked in the third quarter ending Sept. 30."
    label = _label(sentence, "the third quarter")
    assert "ends" not in label
    assert label.startswith("Tomlin says")


def test_a_clause_opened_by_before_holds_its_dates_event() -> None:
    sentence = "Ruud said she did not expect a decision before the permit lapses on May 2, and that work would go on."
    assert _label(sentence, "May 2") == "Permit lapses"
    sentence = "The plant will stay open until the contract expires on June 30."
    assert _label(sentence, "June 30") == "Contract expires"


def test_a_possessive_subject_after_an_opening_date_is_no_aside() -> None:
    sentence = "On Wednesday, Orvane's board adopted a shareholder rights plan, the so-called poison pill, that would dilute bidders."
    assert _label(sentence, "Wednesday") == "Orvane's board adopts shareholder rights plan"


def test_shares_of_a_named_company_are_not_bare_shares() -> None:
    import pandas as pd

    from analysis.timeline.events import _move_subjects

    dated = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [3, 4],
                          "event": ["Shares of Cascade fall 9.1%", "Shares fall 2%"]})
    moves = pd.DataFrame({"doc_id": ["a", "a"], "sent_id": [3, 4], "company": ["Cascade Parks", "Cascade Parks"]})
    assert list(_move_subjects(dated, moves)["event"]) == ["Shares of Cascade fall 9.1%", "Cascade Parks shares fall 2%"]


def test_an_offering_priced_on_a_day_is_the_event() -> None:
    # "priced" joins the event verbs (past forms only: "prices" stays a noun)
    sentence = ("NEW YORK, May 4 (Wirename) - Orvane Inc, the Denver-based meal-kit company, priced its initial public "
                "offering at $19 per share on Wednesday, above a range it had already raised, the company said.")
    assert _label(sentence, "Wednesday") == "Orvane Inc prices initial public offering"
    assert _label("Prices rose 3% on Monday.", "Monday") == "Prices rise 3%"


def test_a_fallback_labels_he_is_the_person_the_text_before_names() -> None:
    previous = "This morning, owner Gary Quell had empty booths.\n\n\"It's our whole summer,\" Quell said. "
    sentence = "He estimated weekend sales were down by half after the ride accident on Saturday."
    assert _label(sentence, "Saturday", previous) .startswith("Gary Quell estimates weekend sales were down by half")


def test_a_wire_flash_in_capitals_reads_as_a_sentence() -> None:
    # the grammar reads words by their case: a flash's line is read in small letters, its company before "SAYS" in
    # title case, and the "it" the flash drops put back
    sentence = "QUISTEL INC SAYS TOOK HOSTED BILLING PLATFORM OFFLINE ON OCT. 4 AFTER A POWER FAULT"
    assert _label(sentence, "OCT. 4") == "Quistel Inc takes hosted billing platform offline"
    assert _label("QUISTEL SAYS IS WORKING TO RESTORE SERVICE BY FRIDAY", "FRIDAY") == "Quistel says it is working to restore service"


def test_a_past_right_after_a_verbs_past_is_the_objects_adjective() -> None:
    assert _label("Orvane reported increased sales on Monday.", "Monday") == "Orvane reports increased sales"
