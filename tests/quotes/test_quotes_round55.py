"""Quote engine, round 55 (quotes55). Invented bodies, people and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"], r["speaker"]) for r in quotes(text, entities).to_dict("records")]


LENDER = [("Harlow Financial Corp", "Harlow Financial", "ORG"), ("Dunmore Partners", "Dunmore Partners", "ORG")]


def test_a_legal_form_the_canonical_name_leaves_out_is_no_other_name() -> None:
    # the mention "Harlow Financial Corp" is linked to "Harlow Financial": its quotation is that name's, and "the
    # bank" that takes the speaker up is kept as the same body's words (the learned ranker drops a description's
    # pick that is not the story's main organisation)
    text = ("Harlow Financial Corp said on Wednesday that withdrawals had \"largely stopped\".\n\n"
            "The bank said its board had hired Dunmore Partners to review \"strategic alternatives\", which could "
            "include a sale.")
    assert _rows(text, LENDER) == [("largely stopped", "Harlow Financial"),
                                   ("strategic alternatives", "Harlow Financial")]


LESSOR = [("Norvale Leasing", "Norvale Leasing", "ORG"), ("Pia Lund", "Pia Lund", "PERSON"),
          ("Ivo Marsh", "Ivo Marsh", "PERSON"), ("Marsh & Bell", "Marsh & Bell", "ORG")]


def test_a_company_spokeswoman_speaks_for_the_company() -> None:
    # "a company spokeswoman" is the company's voice: the body the rules found is kept, though other people spoke
    # nearer (the learned ranker would credit the partial quotation to no one)
    text = ("Norvale Leasing lost its finance chief last week.\n\n"
            "Her lawyer, Pia Lund, said in an email that she \"left for personal reasons\".\n\n"
            "\"Nobody wants to walk into that,\" said Ivo Marsh, a partner at recruiter Marsh & Bell.\n\n"
            "A company spokeswoman said on Monday there were \"no plans\" to move staff.")
    assert _rows(text, LESSOR)[-1] == ("no plans", "Norvale Leasing")


BOARD = [("Tarnby Leasing", "Tarnby Leasing", "ORG"), ("Greta Holm", "Greta Holm", "PERSON"),
         ("Ivo Marsh", "Ivo Marsh", "PERSON"), ("Marsh Capital", "Marsh Capital", "ORG")]


def test_a_possessive_pronoun_owning_a_statement_is_the_speaker() -> None:
    text = ("Tarnby Leasing's audit committee is chaired by Greta Holm, a former banker. Her statement that the "
            "committee is \"committed to a full review\" is welcome.")
    assert _rows(text, BOARD) == [("committed to a full review", "Greta Holm")]


def test_a_demand_for_something_quoted_is_its_owners() -> None:
    text = ("Marsh Capital wants the chairman removed. But Ivo Marsh's demand for a chairman who will not "
            "\"rubber-stamp\" management is hard to argue with.")
    assert _rows(text, BOARD) == [("rubber-stamp", "Ivo Marsh")]


def test_a_word_a_defence_quotes_is_a_quotation() -> None:
    # one word in marks after "the board's defence - that …" is what the board said, not a scare quote: a
    # quotation (its speaker, "the board", is left to the rules)
    text = "Prices have been brutal. But the board's defence - that the default was \"unforeseeable\" - is weak."
    assert [q for q, _ in _rows(text, BOARD)] == ["unforeseeable"]


def test_a_scare_quote_after_a_possessive_stays_none() -> None:
    # guard: a possessive and a noun with no clause of saying is no cue ("Tarnby's "green" bonds")
    text = "Tarnby Leasing's \"green\" bonds fell."
    assert _rows(text, BOARD) == []


def test_a_description_owning_a_statement_takes_up_its_body() -> None:
    text = ("Tarnby Leasing shares fell 8% on Monday. The company's statement that it was \"fully insured\" did "
            "little to help.")
    assert _rows(text, BOARD) == [("fully insured", "Tarnby Leasing")]


BUYERS = [("Kobla Exporters", "Kobla Exporters", "ORG"), ("Veldt Cocoa Processing", "Veldt Cocoa Processing", "ORG")]


def test_one_of_a_group_named_in_apposition_is_the_name() -> None:
    text = ("Kobla Exporters wants to renegotiate its contracts with buyers.\n\n"
            "One of the buyers, Dutch grinder Veldt Cocoa Processing, said it was \"in discussions\" with Kobla.")
    assert _rows(text, BUYERS) == [("in discussions", "Veldt Cocoa Processing")]


def test_one_of_a_group_with_a_clause_after_the_name_stays() -> None:
    # guard: the apposition must end on the name ("One of the buyers, a unit of X that …, said": not X)
    text = ("Kobla Exporters wants to renegotiate its contracts with buyers.\n\n"
            "One of the buyers, a unit of Veldt Cocoa Processing that asked not to be named, said it was "
            "\"in discussions\".")
    assert _rows(text, BUYERS) != [("in discussions", "Veldt Cocoa Processing")]


BLOG = [("Orrin Kale", "Orrin Kale", "PERSON"), ("Kale Research", "Kale Research", "ORG"),
        ("Pellworth Bank", "Pellworth Bank", "ORG")]


def test_a_negated_verb_after_a_quotation_names_who_did_not_speak() -> None:
    text = ("13:05 Orrin Kale, the founder of Kale Research, has posted again: \"Halts don't fix balance sheets.\" "
            "Pellworth Bank has not responded.")
    assert _rows(text, BLOG) == [("Halts don't fix balance sheets.", "Orrin Kale")]


CHIEF = [("Lena Strom", "Lena Strom", "PERSON"), ("Strom", "Lena Strom", "PERSON"), ("Jonas Berg", "Jonas Berg", "PERSON"),
         ("Vintra Wind", "Vintra Wind", "ORG")]


def test_the_pronoun_after_a_topic_opening_is_the_subject() -> None:
    text = ("Lena Strom took over as chief executive of Vintra Wind on Monday.\n\n"
            "\"The blades come first,\" Strom said.\n\n"
            "On her predecessor, Jonas Berg, she was brief: \"Jonas built a lot of this company. I will not "
            "criticise him.\"")
    assert _rows(text, CHIEF)[-1] == ("Jonas built a lot of this company. I will not criticise him.", "Lena Strom")


MAKER = [("Kaito Mori", "Kaito Mori", "PERSON"), ("Mori", "Kaito Mori", "PERSON"), ("Sorin Tools", "Sorin Tools", "ORG"),
         ("Ada Vance", "Ada Vance", "PERSON"), ("Vance", "Ada Vance", "PERSON")]


def test_the_named_person_asked_answers_the_next_quotation() -> None:
    text = ("Kaito Mori has run Sorin Tools since 2019. \"The market did what markets do,\" he said.\n\n"
            "Mori joined the company as an engineer in 1987.\n\n"
            "Asked whether Sorin had considered moving production abroad, Mori shook his head. \"That is not how "
            "we work.\"")
    assert _rows(text, MAKER)[-1] == ("That is not how we work.", "Kaito Mori")


def test_the_pronoun_asked_answers_though_the_last_quotation_is_far() -> None:
    text = ("Ada Vance runs Sorin Tools. \"We promised too much,\" she said.\n\n"
            "Sorin's shares were unchanged on Monday. Vance said she had not sold a share.\n\n"
            "Asked whether Sorin would need new capital, she paused. \"Not if the buyers keep their word.\"")
    assert _rows(text, MAKER)[-1] == ("Not if the buyers keep their word.", "Ada Vance")


FUND = [("Osprey Hill Capital", "Osprey Hill Capital", "ORG"), ("Brackley Brewing Group", "Brackley Brewing Group", "ORG"),
        ("Brackley", "Brackley Brewing Group", "ORG"), ("Tamsin & Vale Brewers", "Tamsin & Vale Brewers", "ORG"),
        ("Roger Amble", "Roger Amble", "PERSON"), ("Meridian Wire", "Meridian Wire", "ORG")]


def test_the_fund_after_a_letter_published_on_its_website_is_the_lead_investor() -> None:
    # "published on its website" is where, not an inverted subject; the shareholders "being asked to carry" the risk
    # are no speaker the fund could take up, and the long lead sentence before still names the fund "near" the quote
    text = ("LONDON, June 12 (Meridian Wire) - Osprey Hill Capital, which owns 7.4% of Brackley Brewing Group, said on "
            "Tuesday it would vote against the brewer's planned merger with Tamsin & Vale Brewers, arguing that "
            "Brackley was overpaying and that its shareholders were being asked to carry most of the risk.\n\n"
            "In a letter to Brackley chairman Roger Amble, published on its website, the London-based activist fund "
            "said the terms agreed on Monday \"transfer value from Brackley's owners\".")
    assert _rows(text, FUND) == [("transfer value from Brackley's owners", "Osprey Hill Capital")]


MINISTER = [("Meridian Wire", "Meridian Wire", "ORG"), ("Halden Homes", "Halden Homes", "ORG"),
            ("Ewan Carrow", "Ewan Carrow", "PERSON"), ("Carrow", "Ewan Carrow", "PERSON"),
            ("Ida Rusk", "Ida Rusk", "PERSON"), ("Pellam Securities", "Pellam Securities", "ORG")]


def test_a_leads_description_is_the_person_the_next_paragraph_names() -> None:
    text = ("LONDON, Sept 11 (Meridian Wire) - Norland's housing minister said on Wednesday that developers \"must pay "
            "to fix them\", a day after builder Halden Homes warned on profit.\n\n"
            "Ewan Carrow, speaking in parliament, said the government would act.")
    assert _rows(text, MINISTER) == [("must pay to fix them", "Ewan Carrow")]


def test_a_leads_description_is_not_someone_else_the_next_paragraph_names() -> None:
    # guard: the person named next has a role of their own ("an analyst at …"): not the minister
    text = ("LONDON, Sept 11 (Meridian Wire) - Norland's housing minister said on Wednesday that developers \"must pay "
            "to fix them\", a day after builder Halden Homes warned on profit.\n\n"
            "Ida Rusk, an analyst at Pellam Securities, said the shares could fall further.")
    assert _rows(text, MINISTER) != [("must pay to fix them", "Ida Rusk")]


def _headline_rows(title: str, text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    import pandas as pd
    from test_quote_engine import mentions

    from analysis.quotes.find import find_corpus_quotes

    found = mentions(text, entities).assign(doc_id="d")
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [title]})
    rows = find_corpus_quotes(docs, found)
    return [(q, s) for q, s, a in zip(rows["quote"], rows["speaker"], rows["attribution"], strict=True)
            if a == "headline"]


FOUNDER = [("Mara Quell", "Mara Quell", "PERSON"), ("Orbiton Networks", "Orbiton Networks", "ORG"),
           ("Daily Ledger", "Daily Ledger", "ORG")]
FOUNDER_TEXT = ("Mara Quell co-founded Orbiton Networks in 2019 to bring cheap broadband to farms. On Tuesday night she "
                "watched its first satellites fall into the sea. She spoke to the Daily Ledger on Thursday.\n\n"
                "Was the payload insured?\n\nYes, for launch and the first year. The insurers have been quick.")


def test_a_founders_interview_headline_under_a_chief_label_is_hers() -> None:
    assert _headline_rows("Orbiton chief: 'We lost satellites, not the business'", FOUNDER_TEXT, FOUNDER) == [
        ("We lost satellites, not the business", "Mara Quell")]


def test_a_clause_after_a_chief_label_quotes_the_chief() -> None:
    assert _headline_rows("Orbiton CEO: insurers 'professional and quick' after the loss", FOUNDER_TEXT, FOUNDER) == [
        ("professional and quick", "Mara Quell")]


AUDIT = [("Tarnby Leasing", "Tarnby Leasing", "ORG"), ("Greer Vance", "Greer Vance", "ORG")]


def test_a_teller_relayed_with_a_dated_telling_is_the_speaker() -> None:
    # "on Oct. 13" between the telling and its clause: the point of the month's short form ends no sentence
    text = ("In a filing, the lessor said Greer Vance informed the audit committee on Oct. 13 that it had found "
            "\"matters that require further work\" in the accounts.")
    assert _rows(text, AUDIT) == [("matters that require further work", "Greer Vance")]


def test_said_a_place_an_occupation_and_a_name_is_the_named_person() -> None:
    people = [("Ballyvane", "Ballyvane", "PERSON"), ("Orla Keane", "Orla Keane", "PERSON")]
    text = "\"We'll believe it when we're in the air,\" said Ballyvane teacher Orla Keane, whose family missed a wedding."
    assert _rows(text, people) == [("We'll believe it when we're in the air,", "Orla Keane")]


def test_said_a_name_and_a_time_stays_the_name() -> None:
    # guard: a time word after the name is no occupation ("said Orla Keane yesterday")
    people = [("Orla Keane", "Orla Keane", "PERSON"), ("Mark Dunne", "Mark Dunne", "PERSON")]
    text = "\"We will fly,\" said Orla Keane yesterday. Mark Dunne agreed."
    assert _rows(text, people) == [("We will fly,", "Orla Keane")]


def test_the_statement_an_issuer_has_just_put_out_is_the_issuers() -> None:
    bodies = [("Ministry of Transport", "Ministry of Transport", "ORG"), ("Kestra Airways", "Kestra Airways", "ORG")]
    text = ("15:20 - The Ministry of Transport has just put out a statement calling Kestra Airways and the unions to a "
            "meeting. \"The Ministry expects all parties to negotiate in good faith,\" the statement said.")
    assert _rows(text, bodies) == [("The Ministry expects all parties to negotiate in good faith,",
                                    "Ministry of Transport")]


def test_a_name_after_a_kicker_in_capitals_opens_its_sentence() -> None:
    # "It" takes up the subject after "BREAKING:", not an organisation the entry before had quoted (named again in
    # passing: "for Norvik", the canton, linked to the smelter named after it)
    bodies = [("Norvik Aluminium", "Norvik Aluminium", "ORG"), ("Alpgrid Netz", "Alpgrid Netz", "ORG"),
              ("Norvik", "Norvik Aluminium", "ORG")]
    text = ("16:05 - Norvik Aluminium says it has shut one of its potlines \"as a precaution\".\n\n"
            "14:02 - BREAKING: Alpgrid Netz has raised its supply alert for Norvik to the second of three levels. "
            "It is asking "
            "large users to cut consumption and warns that curtailments \"cannot be ruled out\".")
    assert _rows(text, bodies) == [("as a precaution", "Norvik Aluminium"), ("cannot be ruled out", "Alpgrid Netz")]


def test_a_spokeswoman_after_a_body_was_asked_for_comment_speaks_for_that_body() -> None:
    bodies = [("Daily Courier", "Daily Courier", "ORG"), ("Halden Homes", "Halden Homes", "ORG")]
    text = ("The Daily Courier asked Halden Homes for comment. A spokeswoman referred to the company's statement of "
            "10 September, in which it said it would \"stand behind every building we put up\".")
    assert _rows(text, bodies) == [("stand behind every building we put up", "Halden Homes")]


def test_the_company_of_an_opinion_is_the_one_its_headline_names_on_a_tie() -> None:
    # the body names the miner and its customer as often; the headline names the miner: "the company", with no
    # organisation in its paragraph or the one before, is the miner
    bodies = [("Yarrow Lithium", "Yarrow Lithium", "ORG"), ("Yarrow", "Yarrow Lithium", "ORG"),
              ("Shenli Materials", "Shenli Materials", "ORG"), ("Shenli", "Shenli Materials", "ORG"),
              ("Ada Dunn", "Ada Dunn", "PERSON"), ("Ian Feld", "Ian Feld", "PERSON")]
    title = "Opinion: Yarrow's shareholders paid for a strategy they were never shown"
    text = ("Yarrow Lithium signed Shenli Materials in 2022 to take most of its output.\n\n"
            "This month Shenli stopped paying. Yarrow halted its shares within days.\n\n"
            "Nobody disputes that prices have been brutal, as Shenli's own accounts show.\n\n"
            "Ada Dunn told analysts last week that the raising was painful.\n\n"
            "Chair Ian Feld has been silent. Shareholders deserve to know why the company told the market in "
            "February that talks with other buyers were \"well advanced\".")
    import pandas as pd
    from test_quote_engine import mentions

    from analysis.quotes.find import find_quotes

    headline = pd.DataFrame([{"start": -1, "end": -1, "surface": "Yarrow", "name": "Yarrow Lithium", "type": "ORG"}])
    found = pd.concat([headline, mentions(text, bodies)], ignore_index=True)  # the entity layer's headline mention
    assert "Yarrow" in title
    rows = find_quotes(text, found)
    assert list(zip(rows["quote"], rows["speaker"], strict=True)) == [("well advanced", "Yarrow Lithium")]


def test_a_name_with_an_employers_office_in_apposition_is_a_person() -> None:
    # the entity layer typed the chief executive an organisation (an unknown given name); the office after the
    # employer's possessive shows a person, whom "He" takes up
    bodies = [("Urs Tanner", "Urs Tanner", "ORG"), ("Alvera Energie", "Alvera Energie", "ORG"),
              ("Alvera", "Alvera Energie", "ORG")]
    text = ("\"We cannot make it rain,\" Urs Tanner, Alvera's chief executive, said on a call with analysts. He said the "
            "company would buy more power, \"at prices that are higher than we planned for\".")
    assert _rows(text, bodies)[-1] == ("at prices that are higher than we planned for", "Urs Tanner")


def test_a_spokesmans_he_is_no_vote_for_the_body_named_before_him() -> None:
    # "A Pellam spokesman said he …" made Pellam a "he", which no organisation description may then take up
    bodies = [("Pellam Co.", "Pellam", "ORG"), ("Pellam", "Pellam", "ORG")]
    text = ("Pellam Co. said it will offer early retirement to 1,100 employees.\n\n"
            "Pellam officials said they could not yet estimate the charge. But the drug company said it "
            "\"expects the savings to offset the costs\".\n\n"
            "A Pellam spokesman said he had \"heard nothing\" about cuts.")
    assert _rows(text, bodies)[0] == ("expects the savings to offset the costs", "Pellam")
