"""Quote engine, round 60 on the news corpora (quotesc60). Invented bodies, people and sentences; the entity
mentions are given by hand (``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name
and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


STUDIO = [("MARA VOSS", "Mara Voss", "PERSON"), ("VOSS", "Mara Voss", "PERSON"), ("IVO HALE", "Ivo Hale", "PERSON"),
          ("HALE", "Ivo Hale", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON"), ("Oskar Brenning", "Oskar Brenning", "PERSON"),
          ("Tarn Valley Air", "Tarn Valley Air", "ORG")]


def test_a_pronoun_inside_a_turn_is_not_the_one_speaking() -> None:
    # "HALE: He was. He told the station, “…”": Hale would say "I"; "he" is the one the anchor just named
    text = ("TRANSCRIPT\nEVENING MARKETS -- Monday\n"
            "MARA VOSS, ANCHOR: Welcome back. Tarn Valley Air shares fell 9% today. Let's bring in our reporter, "
            "Ivo Hale. What happened?\n"
            "IVO HALE, REPORTER: Mara, a software update grounded the whole fleet before dawn.\n"
            "VOSS: And Oskar Brenning was on the radio this morning.\n"
            "HALE: He was. He told the station, \"We are deeply sorry for the delays.\" Cold comfort for travellers.\n"
            "VOSS: Ivo Hale, thank you.\n")
    assert _rows(text, STUDIO) == [("We are deeply sorry for the delays.", "Oskar Brenning")]


CASTELL = [("Mira Castell", "Mira Castell", "PERSON"), ("Castell", "Mira Castell", "PERSON"),
           ("Halvern Biotech", "Halvern Biotech", "ORG")]


def test_the_guest_quoted_in_the_third_person_inside_an_answer() -> None:
    # inside a printed interview's unmarked answer, words in marks the writer credits to the guest ("“…,” Castell
    # said", "she said") are a quotation of the guest
    text = ("Mira Castell runs the pharmacology lab at Tarnby University. We spoke to her on Monday.\n"
            "Q: Halvern Biotech says the trial was sound. Is it?\n"
            "A: Partly. \"The dosing was fine, the follow-up was not,\" Castell said. The company disputes that.\n"
            "Q: What should regulators do?\n"
            "A: Wait. \"Nobody should approve it on one trial,\" she said, \"and nobody will.\"\n")
    assert _rows(text, CASTELL) == [("The dosing was fine, the follow-up was not", "Mira Castell"),
                                    ("Nobody should approve it on one trial, and nobody will.", "Mira Castell")]


def test_we_in_a_research_note_is_the_firm_that_publishes_it() -> None:
    # a broker's note is headed by its firm ("… Equity Research | Sector") or closes on the firm's disclosures: its
    # "we" is that firm
    body = ("Summary\nWe cut our price target on Tarn Valley Air to $41.\n\nOur view\n"
            "\"The fleet is sound; the software was not,\" we wrote to clients on Friday night. We keep Buy.\n")
    head = "BRACKEN & VOLL EQUITY RESEARCH | Airlines | 3 March 2031\nAnalyst: Mira Castell, CFA\n"
    ents = [("Tarn Valley Air", "Tarn Valley Air", "ORG"), ("Mira Castell", "Mira Castell", "PERSON")]
    assert _rows(head + body, ents) == [("The fleet is sound; the software was not", "Bracken & Voll")]
    tail = "\nDisclosures: Bracken & Voll may seek investment banking business with the companies in this report.\n"
    assert _rows(body + tail, ents) == [("The fleet is sound; the software was not", "Bracken & Voll")]
    # guard: a news story's "we" names no one
    assert _rows(body, ents) == [("The fleet is sound; the software was not", "")]


SUIT = [("Corvel Freight", "Corvel Freight", "ORG"), ("Tarn Valley Air", "Tarn Valley Air", "ORG")]


def test_a_lawsuit_and_its_complaint_speak_for_the_one_who_sued() -> None:
    text = ("ARDEN -- Corvel Freight has sued Tarn Valley Air in a state court over the March outage.\n\n"
            "The lawsuit, filed on Friday in the county court, says the airline \"ignored every warning\". "
            "Corvel is seeking $40 million.\n\n"
            "\"Tarn Valley Air cut corners and our customers paid for it,\" the complaint said.")
    assert _rows(text, SUIT) == [("ignored every warning", "Corvel Freight"),
                                 ("Tarn Valley Air cut corners and our customers paid for it", "Corvel Freight")]


AUTHORITY = [("Norland Maritime Authority", "Norland Maritime Authority", "ORG"), ("Jo Roe", "Jo Roe", "PERSON"),
             ("Tarn Valley Air", "Tarn Valley Air", "ORG"), ("Corvel Freight", "Corvel Freight", "ORG")]


def test_the_agency_after_a_dateline_and_a_quoted_sentence() -> None:
    # "WASHINGTON — The X on Wednesday …": the sentence opens after a dateline with no agency in brackets; a
    # sentence all in quotation marks belongs, for a reader, to the one whose words it goes on ("“A,” X's director
    # said. “B.” The decision followed what the agency called …": X is named in the sentence before)
    text = ("Norland clears Tarn Valley ferries to sail, caps routes\n\n"
            "ARDEN — The Norland Maritime Authority on Wednesday cleared the 40 grounded ferries of Tarn Valley Air to "
            "sail again, but said it would not let the company add routes until it was satisfied with its checks.\n\n"
            "\"This is not business as usual,\" NMA Administrator Jo Roe said in a statement. "
            "\"We will not approve new routes until the checks are done.\"\n\n"
            "The decision followed what the agency called a \"thorough, enhanced review\" of the logs of 40 "
            "ferries. Tarn Valley Air shares rose 3%, and Tarn Valley Air said it would resume sailings on Friday.")
    assert _rows(text, AUTHORITY + [("NMA", "Norland Maritime Authority", "ORG")])[-1] == (
        "thorough, enhanced review", "Norland Maritime Authority")


STRATEGIST = [("Mira Castell", "Mira Castell", "PERSON"), ("Bracken Bank", "Bracken Bank", "ORG"),
              ("Ivo Hale", "Ivo Hale", "PERSON"),
              ("Economic Research Institute of Tarn Securities", "Economic Research Institute of Tarn Securities", "ORG")]


def test_the_name_before_an_apposition_speaks_not_the_firm_at_its_end() -> None:
    # "what X, chief strategist at Y, wrote:": X, the subject after "what"
    text = ("For balance, here's what Mira Castell, chief Asia strategist at Bracken Bank, wrote to clients on "
            "Monday: \"We see limited contagion; the authorities have the tools.\"")
    assert _rows(text, STRATEGIST) == [("We see limited contagion; the authorities have the tools.", "Mira Castell")]
    # "A researcher at <a name opening on a title-like run>, Mr. X, said": the person in apposition
    text = ("A researcher at the Economic Research Institute of Tarn Securities, Mr. Ivo Hale, said to this "
            "newspaper: \"The wording puts home buyers first.\"")
    assert _rows(text, STRATEGIST) == [("The wording puts home buyers first.", "Ivo Hale")]


COUNCIL = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Wu He", "Wu He", "PERSON"), ("State Council", "State Council", "ORG"),
           ("Tarn Valley Air", "Tarn Valley Air", "ORG")]


def test_a_surname_written_as_a_pronoun_closes_a_name() -> None:
    # "Vice Premier Wu He said": "He" after another capitalised word of the name is a surname, not "he"
    text = ("Ivo Hale, the airline's founder, has pledged his own shares to Tarn Valley Air, and Vice Premier Wu He "
            "said on Wednesday that the risks were \"overall controllable.\"")
    assert _rows(text, COUNCIL) == [("overall controllable.", "Wu He")]


def test_the_agent_of_a_participle_between_commas_is_no_subject() -> None:
    # "the council, chaired by X, said": the council speaks, not its chair
    text = ("On Monday the State Council, chaired by Premier Ivo Hale, said it would \"support the airline's "
            "creditors\" in the weeks ahead.")
    assert _rows(text, COUNCIL) == [("support the airline's creditors", "State Council")]


PLATFORM = [("Norland Competition Authority", "Norland Competition Authority", "ORG"), ("Halvern", "Halvern", "ORG")]


def test_a_bare_spokesman_speaks_for_the_body_of_his_own_sentence() -> None:
    # "X has cited the ruling; a spokesman told Y that …": X, not the body that spoke in the sentence before
    text = ("The Norland Competition Authority said in 2019 that Halvern had to open its platform to rivals. "
            "Halvern has cited that ruling in its defence this week; a spokesman told the Courier that it \"cannot "
            "legally close its platform the way others do.\"")
    assert _rows(text, PLATFORM) == [("cannot legally close its platform the way others do.", "Halvern")]


HALT = [("Halvern", "Halvern", "ORG"), ("Tarnby Stock Exchange", "Tarnby Stock Exchange", "ORG"),
        ("Bank of Norland", "Bank of Norland", "ORG")]


def test_the_company_asked_by_a_body_is_not_that_body() -> None:
    # "X asked the company to comment. The company said …": the company that sentence was about, not X
    text = ("Trading in Halvern was briefly halted on Monday after the Tarnby Stock Exchange asked the company to "
            "comment on the price movement. The company said in a stock exchange notice that it was \"not aware of "
            "any unpublished inside information\".")
    assert _rows(text, HALT) == [("not aware of any unpublished inside information", "Halvern")]


def test_the_central_bank_is_no_company() -> None:
    # "X rose after the central bank said …": the one central bank the text names, else no one; never X
    text = ("Halvern rose 5.7 per cent after the central bank said on Monday that it would protect \"the legitimate "
            "rights and interests of home buyers\".")
    # (the description, untyped: the product table names no one for it)
    assert _rows(text, HALT) == [("the legitimate rights and interests of home buyers", "the central bank")]
    text = "The Bank of Norland kept rates on hold last week.\n\n" + text
    assert _rows(text, HALT) == [("the legitimate rights and interests of home buyers", "Bank of Norland")]


def test_words_in_the_first_person_singular_are_no_organisations() -> None:
    # a quotation saying "I" (and never "we") with no one named for it: no organisation's words, so no
    # organisation is picked for it by the learned chooser
    ents = [("Tarn Valley Air", "Tarn Valley Air", "ORG"), ("Halvern", "Halvern", "ORG"), ("Ivo Hale", "Ivo Hale", "PERSON"),
            ("IVO HALE", "Ivo Hale", "PERSON"), ("Mira Castell", "Mira Castell", "PERSON"),
            ("CASTELL", "Mira Castell", "PERSON"), ("HALE", "Ivo Hale", "PERSON")]
    text = ("Tarn Valley Air CEO on Halvern: ‘I’m more than frustrated and disappointed. I am angry.’\n\n"
            "Aired March 3, 2031\n\n"
            "ANCHOR: Tonight, the head of Tarn Valley Air tells us he is angry at Halvern. Our correspondent Mira "
            "Castell sat down with Ivo Hale.\n\n"
            "CASTELL: What was your reaction?\n\n"
            "IVO HALE (CEO, TARN VALLEY AIR): I'm more than frustrated and disappointed. I am angry. This happened to "
            "Tarn Valley Air.\n\n"
            "CASTELL: When will the ferries sail again?\n\n"
            "HALE: When we are sure. Not before.\n")
    assert _rows(text, ents) == [("I’m more than frustrated and disappointed. I am angry.", "")]


def test_a_described_person_of_the_lead_named_in_the_next_paragraph() -> None:
    # "A senior X executive … “…”." then "“…,” Y, X's senior vice president, told …": Y's words, not X's
    ents = [("Halvern", "Halvern", "ORG"), ("Mira Castell", "Mira Castell", "PERSON"), ("Castell", "Mira Castell", "PERSON")]
    text = ("ARDEN, May 4 (Wire) - A senior Halvern executive apologized to lawmakers on Tuesday for the March outage, "
            "telling a parliamentary panel the company had made changes so that \"it never happens again\".\n"
            "\"We let our passengers down,\" Mira Castell, Halvern's senior vice president for operations, told the "
            "transport committee.\n")
    assert _rows(text, ents) == [("it never happens again", "Mira Castell"), ("We let our passengers down", "Mira Castell")]
    # guard: a spokesperson speaks for the body, whoever is quoted next
    text = text.replace("A senior Halvern executive apologized", "A Halvern spokesperson apologized")
    assert _rows(text, ents)[0] == ("it never happens again", "Halvern")


def test_an_excerpt_from_a_document_is_its_owners_words() -> None:
    # "Here's the key paragraph from X's statement:" before the quotation: X's words
    ents = [("Bracken Ratings", "Bracken Ratings", "ORG"), ("Bracken", "Bracken Ratings", "ORG"), ("Halvern", "Halvern", "ORG")]
    text = ("Bracken Ratings cut Halvern to restricted default on Thursday.\n\n13.02 GMT\n"
            "Here's the key paragraph from Bracken's statement:\n\n"
            "\"We have downgraded Halvern because the company failed to pay the coupons due in May.\"\n\n"
            "Bracken also cut two other developers.\n")
    assert _rows(text, ents) == [("We have downgraded Halvern because the company failed to pay the coupons due in May.",
                                  "Bracken Ratings")]


def test_a_sized_report_speaks_for_who_published_the_document() -> None:
    # "X on Tuesday published its full root cause analysis … the 12-page report said": X
    ents = [("Halvern", "Halvern", "ORG"), ("Tarn Valley Air", "Tarn Valley Air", "ORG")]
    text = ("Halvern on Tuesday published its full root cause analysis of the March outage, saying a mismatch in a "
            "template had crashed the booking systems of Tarn Valley Air.\n\n"
            "\"The new template defined 21 fields, but the code supplied only 20 values,\" the 12-page report said.")
    assert _rows(text, ents)[-1] == ("The new template defined 21 fields, but the code supplied only 20 values", "Halvern")


def test_the_board_an_announcement_defines_speaks_for_its_company() -> None:
    # 'The board (the "Board") of directors of X announces …' … '“…,” the Board said': X
    ents = [("Halvern Group", "Halvern Group", "ORG"), ("Tarn Bank", "Tarn Bank", "ORG")]
    text = ("THE DISPOSAL\nThe board (the \"Board\") of directors of Halvern Group (the \"Company\") announces that on "
            "29 September it agreed to sell its shares in Tarn Bank.\n\n"
            "REASONS FOR THE DISPOSAL\nThe Company has been exploring ways to ease its liquidity.\n\n"
            "\"The disposal will help the Group to ease its liquidity,\" the Board said.\n")
    assert _rows(text, ents) == [("The disposal will help the Group to ease its liquidity", "Halvern Group")]


def test_a_verb_of_saying_put_ahead_keeps_its_subject() -> None:
    # "As X is expected to tell staff today, the company must “…”": X
    ents = [("Mira Castell", "Mira Castell", "PERSON"), ("Halvern", "Halvern", "ORG")]
    text = ("As chief executive Mira Castell is expected to tell staff today, the company must \"acknowledge\" its "
            "mistakes; we expect management to say little about guidance.")
    assert _rows(text, ents) == [("acknowledge", "Mira Castell")]


def test_a_live_blog_label_before_the_occasion_names_its_speaker() -> None:
    # "14:45 ET  Sen. X (D-Wash.) after her meeting with Y: “…”": X, not Y named in the occasion
    ents = [("Mira Castell", "Mira Castell", "PERSON"), ("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON")]
    text = ("16:03 ET  CLOSE: Halvern finished up 1.2%.\n\n"
            "14:45 ET  Sen. Mira Castell (D-Wash.) after her meeting with Hale: \"I want to hear about the safety "
            "culture on the factory floor, and I didn't hear enough of it.\" Hale told reporters afterwards, \"We have "
            "confidence in the ferry.\"\n\n"
            "13:10 ET  Ivo Hale arrived at the Senate.\n")
    assert _rows(text, ents) == [
        ("I want to hear about the safety culture on the factory floor, and I didn't hear enough of it.", "Mira Castell"),
        ("We have confidence in the ferry.", "Ivo Hale")]
