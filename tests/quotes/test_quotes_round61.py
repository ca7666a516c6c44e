"""Quote engine, round 61 (quotes61). Invented people, firms and sentences; the entity mentions are given by hand
(``test_quote_engine.quotes``: every occurrence of each surface, with its canonical name and type)."""

from __future__ import annotations

from test_quote_engine import quotes


def _rows(text: str, entities: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(r["quote"].rstrip(" ,"), r["speaker"]) for r in quotes(text, entities).to_dict("records")]


PEOPLE = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON"), ("Mira Castell", "Mira Castell", "PERSON"),
          ("Central Bank", "Central Bank", "ORG"), ("Norvik Motors", "Norvik Motors", "ORG"),
          ("Tarnbank", "Tarnbank", "ORG"), ("Kestrel", "Kestrel", "ORG")]


def test_a_brand_in_camel_case_speaks() -> None:
    # "easyJet said it had “taken steps”": a name written with a lower-case first letter is still a name
    ents = [("flyQuill", "flyQuill", "ORG"), ("Ryanair", "Ryanair", "ORG")]
    text = "Ryanair fell 3%.\n\nIn a statement to the exchange, flyQuill said it had \"taken steps\" before the vote."
    assert _rows(text, ents) == [("taken steps", "flyQuill")]
    # guard: a lower-case word before the verb is still no name
    text = "Ryanair fell 3%.\n\nIn a statement to the exchange, management said it had \"taken steps\" before the vote."
    assert _rows(text, ents) == [("taken steps", "")]


def test_a_quotation_a_colon_introduced_is_not_credited_to_the_next_sentence() -> None:
    text = ("Norvik Motors fell 3%.\n\nFinance minister Ivo Hale said in Tarn: \"We must respect the decision of the "
            "voters.\" The Central Bank declared on Friday evening the banks were \"well prepared\".")
    assert _rows(text, PEOPLE) == [("We must respect the decision of the voters.", "Ivo Hale"),
                                   ("well prepared", "Central Bank")]


def test_a_full_name_after_role_words_speaks_whatever_follows_it() -> None:
    # a translated "said the works council chief X opposite our newspaper" (gegenüber: "told our newspaper")
    text = ("Norvik Motors fell 3%.\n\n\"We are concerned, but the jobs are not in danger,\" said the works council "
            "chief Ivo Hale opposite our newspaper.")
    assert _rows(text, PEOPLE) == [("We are concerned, but the jobs are not in danger", "Ivo Hale")]


def test_the_holder_of_an_office_of_a_place_in_apposition_speaks() -> None:
    text = ("Norvik Motors fell 3%.\n\nThe Mayor of Tarn, Ivo Hale, wrote in a post that the scandal made it "
            "\"even more urgent\" to clean the air.")
    assert _rows(text, PEOPLE) == [("even more urgent", "Ivo Hale")]


def test_a_long_title_in_title_case_after_titled_is_no_quotation() -> None:
    text = ("Ivo Hale will testify on Thursday. The committee's hearing, titled \"Game Over? Who Wins and Loses When "
            "Short Sellers, Social Media, and Small Investors Collide,\" starts at noon.")
    assert _rows(text, PEOPLE) == []
    text = ("Ivo Hale published an op-ed this morning under the headline \"Tarnbank Is Gone. We Know Who Is "
            "Responsible.\" Her office said she would act.")
    assert _rows(text, PEOPLE) == []
    # guard: a sentence in sentence case after "entitled" may be an op-ed's quoted line
    text = "Ivo Hale wrote a column entitled \"Their ideas are not bold. They are facile.\""
    assert _rows(text, PEOPLE) == [("Their ideas are not bold. They are facile.", "Ivo Hale")]


def test_an_interview_label_of_initials_is_the_guest_named_in_full() -> None:
    text = ("Interviews\n\nMira Castell is chief strategist at Kestrel. We spoke to her on Saturday.\n\n"
            "The Weekly: Was Friday a shock?\n\n"
            "Mira Castell: Yes. Nobody had positioned for it.\n\n"
            "TW: Is Tarnbank a buy?\n\n"
            "MC: Not yet. \"Tarnbank is a geared bet on house prices,\" I told our clients on Friday.\n\n"
            "TW: And the builders?\n\n"
            "MC: They are pricing a downturn.")
    assert _rows(text, PEOPLE) == [("Tarnbank is a geared bet on house prices", "Mira Castell")]


def test_a_live_blog_time_stamp_with_its_zone_and_no_dash_is_no_name() -> None:
    ents = [("Tarnbank", "Tarnbank", "ORG"), ("Kestrel", "Kestrel", "ORG"), ("Norvik Aero", "Norvik Aero", "ORG")]
    text = ("15:20 ET  Norvik Aero is off 1.4% into the final hour.\n\n14:02 ET  Quick note from the Tarnbank desk, "
            "via a client email: \"We think the sell-off in Kestrel is overdone relative to the likely cost of the "
            "fix.\" We have not seen the full note.")
    assert _rows(text, ents) == [("We think the sell-off in Kestrel is overdone relative to the likely cost of the "
                                  "fix.", "Tarnbank")]


def test_a_name_ending_in_its_own_s_speaks_before_a_past_verb() -> None:
    # "Moody's said …", "Moody's cut …, saying …": the entity layer reads "Moody"; the "'s" owns nothing there
    ents = [("Moody", "Moody", "ORG"), ("Kestrel", "Kestrel", "ORG"), ("Norvik", "Norvik", "ORG")]
    text = ("Kestrel fell 3%.\n\nMoody's said on Saturday that the country was likely to lose its top rating "
            "\"within weeks\".")
    assert _rows(text, ents) == [("within weeks", "Moody")]
    text = ("Kestrel fell 3%.\n\nAfter the close, Moody's cut Norvik's rating by two notches, saying the vote "
            "\"could lead to a deterioration of the economy\".")
    assert _rows(text, ents) == [("could lead to a deterioration of the economy", "Moody")]
    # guard: a possessive before a description still owns it: the person it names speaks
    ents += [("Ivo Hale", "Ivo Hale", "PERSON")]
    text = "Kestrel fell 3%.\n\nMoody's chief economist Ivo Hale said the country faced \"a long slowdown\"."
    assert _rows(text, ents) == [("a long slowdown", "Ivo Hale")]


def test_a_named_owners_remarks_that_say_give_the_owners_words() -> None:
    # "Roe's written remarks say Acme “…”": the owner of the remarks speaks, not the one quoted before
    ents = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Hale", "Ivo Hale", "PERSON"), ("Mira Castell", "Mira Castell", "PERSON"),
            ("Castell", "Mira Castell", "PERSON"), ("Kestrel", "Kestrel", "ORG"), ("Tarn Capital", "Tarn Capital", "ORG"),
            ("Tarn", "Tarn Capital", "ORG")]
    text = ("Ivo Hale and Mira Castell will testify.\n\nHale will say Kestrel \"did not have any role\" in the decision. "
            "Castell's written remarks say Tarn \"did not get bailed out\" and closed its position last week.")
    assert _rows(text, ents) == [("did not have any role", "Ivo Hale"), ("did not get bailed out", "Mira Castell")]
    text = ("Ivo Hale and Mira Castell will testify.\n\nCastell's written testimony says Kestrel \"did not get bailed "
            "out\" last week.")
    assert _rows(text, ents) == [("did not get bailed out", "Mira Castell")]


def test_the_first_of_two_names_joined_as_one_subject_speaks() -> None:
    # "the SNB and Finma say Credit Suisse “…”": the pair's first name is credited, not the name nearest the verb
    ents = [("Norland National Bank", "Norland National Bank", "ORG"), ("NNB", "Norland National Bank", "ORG"),
            ("Finmo", "Finmo", "ORG"), ("Kestrel", "Kestrel", "ORG")]
    text = "Kestrel fell.\n\nThe Norland National Bank and Finmo said Kestrel was \"well capitalised\"."
    assert _rows(text, ents) == [("well capitalised", "Norland National Bank")]
    text = ("Kestrel fell.\n\nStatement just landed: the NNB and regulator Finmo say Kestrel \"meets the higher capital "
            "requirements applicable to big banks\".")
    assert _rows(text, ents) == [("meets the higher capital requirements applicable to big banks",
                                  "Norland National Bank")]
    # guard: a name before "and" that is the object of another clause is no part of the subject
    text = "Kestrel fell after the NNB spoke, and Finmo said the bank was \"well capitalised\"."
    assert _rows(text, ents) == [("well capitalised", "Finmo")]


def test_the_report_a_body_released_under_another_word_is_the_bodys() -> None:
    # "The Fed on Friday released a scathing review of … . The report said …": the body that put the document out
    ents = [("Ivo Hale", "Ivo Hale", "PERSON"), ("Norland Reserve", "Norland Reserve", "ORG"),
            ("Kestrel Bank", "Kestrel Bank", "ORG")]
    text = ("The Norland Reserve on Friday released a scathing review of its oversight of Kestrel Bank.\n\n"
            "\"We must strengthen supervision,\" Ivo Hale wrote in a letter accompanying the 102-page report.\n\n"
            "The report said that the board \"failed to manage their risks.\"")
    assert _rows(text, ents) == [("We must strengthen supervision", "Ivo Hale"),
                                 ("failed to manage their risks.", "Norland Reserve")]


def test_a_month_name_before_said_is_a_surname() -> None:
    # "“…,” May said outside Downing Street": the surname of the person named in full earlier, not the month
    ents = [("Jane May", "Jane May", "PERSON"), ("Kestrel", "Kestrel", "ORG")]
    text = ("Jane May took office on Wednesday.\n\n\"We will rise to the challenge,\" May said outside her office.")
    assert _rows(text, ents) == [("We will rise to the challenge", "Jane May")]
    # guard: a month after a preposition stays a month ("in May said to be …" is no subject of "said")
    text = ("Jane May took office on Wednesday. Kestrel fell 4% in May said to be its worst month, and analysts said "
            "the drop was \"much overdone now\".")
    assert _rows(text, ents) == [("much overdone now", "analysts")]
