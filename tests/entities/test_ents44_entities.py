"""Entity layer, round 39 (ents44): classes counted across the ten read corpora and real text before they were
fixed, one invented text per rule with what the rule must leave alone. Every person, company and outlet here is
fictional."""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story


# --- a bloc's abbreviation ---------------------------------------------------------------------------------------
def test_the_eu_abbreviation_alone_names_the_bloc_not_the_body() -> None:
    text = ("EU fines Quistel Games\n\nShares of Quistel Games fell 4% on Tuesday after the EU fine. Under EU rules "
            "the company has 60 days to change its store, and its exports to the EU may slow, Jane Roe said.\n")
    found = _story(text, headline_end=text.index("\n"))
    assert found["EU"] == "PLACE"
    assert _people_orgs(text, headline_end=text.index("\n")) == {"Quistel Games", "Jane Roe"}
    # a text that spells the body's name keeps it, and its abbreviation joins it
    text = ("Duties\n\nThe European Union imposed duties on cheap steel on Monday. The EU duties run for six "
            "months, Jane Roe said.\n")
    found = _story(text)
    assert found["European Union"] == "ORG"
    assert "EU" not in found
    assert _people_orgs(text) == {"European Union", "Jane Roe"}


# --- a reinsurer's name ------------------------------------------------------------------------------------------
def test_a_reinsurers_re_names_an_organisation_and_its_german_name_joins_it() -> None:
    text = "Reinsurers\n\nQuistford Re gave up 3% on Friday, and Zorbo Re said its losses were within budget.\n"
    assert _people_orgs(text) == {"Quistford Re", "Zorbo Re"}
    assert _story(text)["Quistford Re"] == "ORG"
    # the German "Rück" of a catalog reinsurer is the company the English press calls "... Re"
    text = "Reinsurers\n\nHannover Re slid 2.3% on Friday. Hannover Rück is the most exposed of the three.\n"
    found = _story(text)
    assert found == {"Hannover Re": "ORG"}
    # an email's "Re:" opens no name, and a "Rück" name the catalog does not know keeps its own name
    text = "Re: the claim\n\nJane Roe said Quistler Rück had paid.\n"
    assert _people_orgs(text) == {"Jane Roe", "Quistler Rück"}


# --- an owner's publication --------------------------------------------------------------------------------------
def test_an_owners_titled_publication_is_no_organisation() -> None:
    for sentence, work in (("The Quist Reserve Bank decides at noon, alongside its quarterly Price Stability Report.",
                            "Price Stability Report"),
                           ("Zorbo Capital will publish its next Credit Conditions Survey on 5 July.",
                            "Credit Conditions Survey"),
                           ("Jane Roe edits the Quist Law Centre's Extremism Report, a quarterly.", "Extremism Report")):
        text = f"Rates\n\n{sentence}\n"
        assert _story(text)[work] == "OTHER", sentence
        assert work not in _people_orgs(text), sentence
    # a titled outlet without an owner before it is left to its other cues
    text = "Race\n\nThe Quist Political Report said on Monday the race was a toss-up.\n"
    assert _story(text)["Quist Political Report"] == "ORG"


# --- the publishing outlet in a syndication or translation note --------------------------------------------------
def test_the_outlet_publishing_a_syndicated_article_is_its_own_credit() -> None:
    for note in ("This article was originally published by Quistmere Wire on 3 May. It has been edited for Zorbo "
                 "Evening Post readers, with local context added.",
                 "(This story first appeared on Quistmere Wire on 3 May. It has been edited for length. Zorbo Evening "
                 "Post has added local reaction.)"):
        text = f"Recall widens\n\n{note}\nShares of Brindle Foods fell 9% on Wednesday.\n"
        assert _people_orgs(text) == {"Quistmere Wire", "Brindle Foods"}, note
    for note in ("[This article was translated from Japanese by the English desk of Zorbo Keizai Online.]",
                 "[Translated from Hindi. The original report appeared in the print edition of Zorbo Samachar.]"):
        text = f"Recall widens\n\n{note}\nShares of Brindle Foods fell 9% on Wednesday.\n"
        assert _people_orgs(text) == {"Brindle Foods"}, note
    # outside such a note the same words are news: a company that has added staff, a paper's readers
    text = ("Hiring\n\nShares of Brindle Foods rose 2% on Monday. Zorbo Evening Post has added 40 reporters, and "
            "Quistel Bank said it edited for Quistel Bank readers its annual review.\n")
    assert {"Zorbo Evening Post", "Brindle Foods", "Quistel Bank"} <= _people_orgs(text)


# --- a language's name -------------------------------------------------------------------------------------------
def test_a_languages_name_alone_is_no_organisation() -> None:
    for text in ("Recall\n\n[Translated from Hindi.]\nShares of Brindle Foods fell 9% on Wednesday.\n",
                 "Visit\n\nJane Roe spoke Hebrew and Swahili on Tuesday, Brindle Foods said.\n"):
        assert _people_orgs(text) == {"Brindle Foods"} | ({"Jane Roe"} if "Jane" in text else set()), text
    # a name that opens with a language keeps it
    text = "Campus\n\nJane Roe teaches at the Hebrew University of Quistford, Jane Roe said.\n"
    assert "Hebrew University of Quistford" in _people_orgs(text)


# --- a regulatory boilerplate's laws and provisions --------------------------------------------------------------
def test_the_laws_of_a_regulatory_boilerplate_are_no_organisations() -> None:
    text = ("Update\n\nThis announcement is made by Quistel Holdings Limited pursuant to the Inside Information "
            "Provisions under Part XIVA of the Securities and Futures Ordinance.\n")
    assert _people_orgs(text) == {"Quistel Holdings"}
    assert _story(text)["Inside Information Provisions"] == "OTHER"
    text = ("Update\n\nThis announcement contains inside information for the purposes of Article 7 of Regulation "
            "(EU) No 596/2014, Zorbo Air said.\n")
    assert _people_orgs(text) == {"Zorbo Air"}
    # a body named with a law's word keeps its name, and a Roman numeral after no provision's word is left alone
    text = ("Update\n\nThe Quistland Office of Financial Regulation fined Zorbo Air. Jane Roe of XIVA Capital "
            "said the fine was small.\n")
    assert {"Quistland Office of Financial Regulation", "Zorbo Air", "Jane Roe", "XIVA Capital"} <= _people_orgs(text)


# --- a sentence listing names is no title ------------------------------------------------------------------------
def test_a_sentence_listing_names_is_no_title_case_line() -> None:
    text = ("Alliance formed\n\nThe Quist Developers Alliance was founded in 2017, Jane Roe said.\n"
            "Members include Quistel Interactive, Zorbo Games and Brindle Studios.\n")
    assert {"Quistel Interactive", "Zorbo Games", "Brindle Studios"} <= _people_orgs(text, headline_end=15)
    # a title with its prepositions in lower case is still a title: its words name nothing of their own
    text = ("Column\n\nJane Roe writes weekly.\nThe Quist Circle: The Hellish View from Inside the Zorbo Tower, #2.\n"
            "Jane Roe said the week was long.\n")
    assert _people_orgs(text, headline_end=6) == {"Jane Roe"}


# --- a bond's series and government bonds ------------------------------------------------------------------------
def test_a_bond_series_and_government_bonds_are_no_organisations() -> None:
    text = ("Cat bonds\n\nThe most exposed issue, Quistbar Re Ltd. Series 2031-1 Class A, sponsored by Zorbo "
            "Holdings, fell to 35 cents. Spreads over US Treasuries widened, and Gilts fell, Jane Roe said.\n")
    assert _people_orgs(text) == {"Quistbar Re", "Zorbo Holdings", "Jane Roe"}
    found = _story(text)
    assert found["Series 2031"] == "OTHER" and found["US Treasuries"] == "OTHER"
    # a name with "Series" in it but no number after it keeps its form
    text = "Funds\n\nQuist Series Trust said on Monday that Jane Roe would lead it.\n"
    assert _people_orgs(text) == {"Quist Series Trust", "Jane Roe"}


# --- a time zone's abbreviation ----------------------------------------------------------------------------------
def test_a_time_zones_abbreviation_alone_is_no_organisation() -> None:
    text = ("Call\n\nUpdated 16:55 HKT. All times HKT.\n16:02 - The call has started, Jane Roe of Quistel Holdings "
            "said. Markets in Sydney open at 10:00 AEST.\n")
    assert _people_orgs(text) == {"Jane Roe", "Quistel Holdings"}
