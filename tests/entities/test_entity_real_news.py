"""Entity layer on the forms of real news copy (wire quotes and datelines, places, titles, headline case, debris).

One invented sentence per general rule (round 9); every person, company and town here is fictional.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.entities.aliases import link_entities
from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text`."""
    df = recognize_entities(text)
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _people_orgs(text: str) -> set[str]:
    return {n for n, t in _story(text).items() if t in ("PERSON", "ORG")}


# --- words that are no names ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, noise", [
    ("MILLBROOK (AP)_ Leaving the court, Jane Roe denied the charge.", "Leaving"),  # dateline underscore
    ("``Quiet harbours will not be left alone,'' said Jane Roe of Harlow Quist Partners.", "Quiet"),  # wire quotes
    ("Rep. Jane Roe, R-Ind., said the bill was dead.", "R-Ind"),  # party and state
    ("Sen. Tom Quist, D-N.Y., voted against it.", "D-N.Y."),
    ("The Chilean-built frigate docked on Monday.", "Chilean-built"),  # demonym + participle
    ("The Peru-Chile talks stalled again.", "Peru-Chile"),  # two places
    ("Ethnic Chileans marched through the capital.", "Ethnic Chileans"),  # a people
    ("Brindle Labs raised a Series C round from Quist Ventures.", "Series C"),
    ("The page showed Abcde1Xyzzy and nothing else.", "Abcde1Xyzzy"),  # encoding debris
    ("Eleven Quist League members met in Quistown on Monday.", "Eleven Quist League"),
    ("Brindle Quist appeared on 60 Quarters last year.", "Quarters"),  # a number before a title word
    ("Thousands of Loyalists marched, and one loyalist leader spoke.", "Loyalists"),  # plural of a common noun
    ("He posted it as @JaneRoe42 on Monday.", "JaneRoe42"),
    ("Supporters posted #VoteBrindle all day.", "VoteBrindle"),
    ("The market is closed on Saturdays and Sundays.", "Saturdays"),
    ("``God save the harbour,'' Jane Roe said, and God help the ferry.", "God"),
])
def test_no_person_or_org(text: str, noise: str) -> None:
    found = _people_orgs(text)
    assert not any(noise in name for name in found), found


def test_headline_case_run_in_body() -> None:
    text = ("Jane Roe spoke on Monday.\n\nRead: Jane Roe Just Got A Big Win That Could Shake Up The Race In "
            "This State, as supporters said.")
    found = _people_orgs(text)
    assert "Jane Roe" in found
    assert not any("Win" in name or "State" in name for name in found), found


# --- places ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Brindle Corp., of Millbrook, Ga., said profit rose.", "Millbrook"),  # City, ST.
    ("Brindle Corp. of Quistville, Ga., said profit rose.", "Ga"),  # AP state abbreviation
    ("Settlers moved to the village of Lower Brindle last year.", "Lower Brindle"),  # the village of X
    ("He lived in suburban Brindleton with his wife.", "Brindleton"),  # place modifier before
    ("Guards stood at the Harlow Quist airport on Friday.", "Harlow Quist"),  # facility noun after
    ("The boats crossed the Bay of Quist at night.", "Bay of Quist"),  # place head + of
    ("Two climbers reached the top of Mt. Quistberg early on Tuesday.", "Mt. Quistberg"),
    ("Flights left Brindleton International Airport late.", "Brindleton International Airport"),
    ("Brindleton Mayor Jane Roe said the roads were closed.", "Brindleton"),  # the mayor's town
])
def test_places_are_no_people_or_orgs(text: str, place: str) -> None:
    story = _story(text)
    assert story.get(place) == "PLACE", story


def test_state_after_a_place_and_glued_words() -> None:
    assert _story("The Ohio State troopers said nothing about it.").get("Ohio State") == "PLACE"
    assert _story("The UnitedKingdom team flew home.").get("UnitedKingdom") == "PLACE"
    found = _story("He was tried in theUnited Kingdom courts on Monday.")
    assert "theUnited Kingdom" not in found and found.get("United Kingdom") == "PLACE", found


def test_demonym_before_a_place_is_trimmed() -> None:
    found = _story("Farmers in the Chilean Peru border zone protested.")
    assert not any(t == "ORG" for t in found.values()), found


# --- name extent ---------------------------------------------------------------------------------------------------
def test_date_and_count_after_a_name() -> None:
    found = _story("Jane Roe arrived in the United Kingdom April 2 and met Tom Quist 10 days ago.")
    assert found.get("United Kingdom") == "PLACE"
    assert found.get("Tom Quist") == "PERSON", found


def test_stripped_ampersand_joins() -> None:
    assert _story("Analysts at Harlow amp Quist Associates cut the rating.").get(
        "Harlow & Quist Associates") == "ORG"


def test_institution_joins() -> None:
    found = _story("The Committee on Harbor Affairs met. The Brindle and Quist Service's ruling stood.")
    assert found.get("Committee on Harbor Affairs") == "ORG", found
    assert found.get("Brindle and Quist Service") == "ORG", found
    found = _story("Senator Tom Quist and House leaders met Jane Roe on Monday.")
    assert "Tom Quist and House" not in found, found


def test_title_words_and_leading_words() -> None:
    assert _story("Treasurer Jane Roe said the budget was balanced.").get("Jane Roe") == "PERSON"
    found = _story("The Justice Department said on Monday it would appeal.")
    assert set(found.values()) == {"ORG"} and "Department" not in found, found
    found = _story("Long-term Quistland Treasury notes fell. Making Jane Roe wait was a mistake.")
    assert "Long-term Quistland Treasury" not in found and "Making Jane Roe" not in found, found
    assert found.get("Jane Roe") == "PERSON", found
    assert "Acme Brindle Systems" in _story("CORPORATES Acme Brindle Systems Inc. said sales rose.")
    assert _story("Democrat Jane Roe won the seat.").get("Jane Roe") == "PERSON"
    found = _story("The September Brindle Poll showed a tie.")
    assert "September Brindle Poll" not in found, found


def test_org_short_form_after_initials() -> None:
    df = recognize_entities("A.B. Tanner Corp. was merged into Quist Holdings. Tanner shareholders approved it.")
    full = set(df[df["surface"] == "A.B. Tanner Corp."]["name"])
    assert len(full) == 1 and set(df[df["surface"] == "Tanner"]["name"]) == full


# --- types ----------------------------------------------------------------------------------------------------------
def test_outlet_law_index_event_case() -> None:
    assert _story("The Millbrook Courier newspaper reported the arrest.").get("Millbrook Courier") == "ORG"
    assert _story("The Harlow-Quist law took effect.").get("Harlow-Quist") == "OTHER"
    assert _story("Prosecutors cited the QRX statutes.").get("QRX") == "OTHER"
    assert _story("The Brindle Quist industrial average rose.").get("Brindle Quist") == "INDEX"
    assert _story("She was awarded the Brindle Silver Medal for her work in the harbour.").get("Brindle Silver Medal") == "OTHER"
    assert _story("Shops in the port close early on Quistmas's Day each year.").get("Quistmas") == "OTHER"
    assert _story("Lawyers cited Quist v. Brindle in court.").get("Quist") == "OTHER"


def test_given_name_alone_is_a_person() -> None:
    assert _story("Asked about the plan, Jane said the port would reopen.").get("Jane") == "PERSON"


def test_two_plain_words_with_a_common_word_are_no_person() -> None:
    found = _story("Staff of Planned Outreach said it planned more clinics.")
    assert found.get("Planned Outreach") == "ORG", found
    assert "Great Notion" not in _story("He agreed. Great Notion that we never built, he wrote.")
    assert _story("Police said Don Quisling did not appear.").get("Don Quisling") == "PERSON"


def test_police_force_is_an_organisation() -> None:
    assert _story("The Brindleton Police arrested two men.").get("Brindleton Police") == "ORG"


# --- credits and linking --------------------------------------------------------------------------------------
def test_broadcast_sign_off_is_a_credit() -> None:
    text = "Prices rose again in the port.\n\nIt will take years, traders said. Jane Roe, Quist News, Brindleton.\n"
    df = recognize_entities(text)
    assert set(df[df["name"].str.contains("Quist News")]["role"]) == {"credit"}


def test_middle_initial_merges_across_documents() -> None:
    frames = []
    for doc_id, text in (("a", "Jane Q. Roe said the port would reopen."), ("b", "Jane Roe said no.")):
        df = recognize_entities(text)
        df["doc_id"] = doc_id
        frames.append(df)
    linked = link_entities(pd.concat(frames, ignore_index=True))
    assert linked[linked["type"] == "PERSON"]["entity"].nunique() == 1


@pytest.mark.parametrize("text, noise", [
    ("Many Ohioans and Floridians voted early, and Westerners stayed home.", "Ohioans"),  # people of a place
    ("Many Ohioans and Floridians voted early, and Westerners stayed home.", "Floridians"),
    ("Donors gave to NGOs and PACs across the state.", "NGOs"),  # plural acronyms
    ("Officials said the Commission would meet in the port again.", "Commission"),  # a bare head noun
    ("The talk turned Biblical, and Ironically nobody left.", "Biblical"),  # adjective, adverb
    ("The talk turned Biblical, and Ironically nobody left.", "Ironically"),
    ("Jane Roe and Tom Roe hosted the Roes' neighbours, and the Roes stayed late.", "Roes"),  # a family
])
def test_lone_words_that_are_no_names(text: str, noise: str) -> None:
    assert noise not in _people_orgs(text), _story(text)


def test_standalone_bodies_and_countries() -> None:
    assert _story("The bill passed Congress in May, officials said.").get("Congress") == "ORG"
    assert _story("Ships from Kiribati and Tuvalu arrived.").get("Kiribati") == "PLACE"


def test_on_joins_only_a_topic() -> None:
    found = _story("The Harbor Council on Monday approved the plan, and the Brindle Council on Chile met.")
    assert "Harbor Council" in found and not any(" on " in name for name in found), found


def test_abbreviation_period_ends_a_run() -> None:
    found = _story("The plant will be built in the U.S. The plan was approved by Quist Holdings.")
    assert "U.S. The" not in found and found.get("United States") == "PLACE", found  # "U.S." is the country


def test_title_word_inside_an_institution_name() -> None:
    assert _story("Staff of the Quist Center for Justice said so.").get("Quist Center for Justice") == "ORG"


def test_party_and_place_descriptors() -> None:
    found = _story("Voters said that Montana Republican Jane Roe met Utah Republicans on the plan.")
    assert found.get("Jane Roe") == "PERSON", found
    assert not any("Republican" in name for name in found), found


def test_initials_lead_a_person_name() -> None:
    assert _story("The plan was backed by T.R. Quistberg and others.").get("T.R. Quistberg") == "PERSON"


def test_major_city_is_a_place() -> None:
    assert _story("The firm moved its staff to Colorado Springs last year.").get("Colorado Springs") == "PLACE"


def test_org_noun_after_a_name() -> None:
    found = _story("Officials said a Chilean Quist Front group planned the attack.")
    assert found.get("Chilean Quist Front") == "ORG", found


def test_initials_of_a_place_lead_no_person() -> None:
    found = _story("Officials of the U.S. Quist Corps said so, and the Brennick Center for Justice agreed.")
    assert found.get("U.S. Quist Corps") != "PERSON", found
    assert found.get("Brennick Center for Justice") == "ORG", found


def test_clause_after_colon_or_markup_starts_afresh() -> None:
    found = _people_orgs("He explained the difference: Namely the question of intent. <p>Responsible voters left.")
    assert "Namely" not in found and "Responsible" not in found, found


def test_person_then_acronym_are_two_names() -> None:
    found = _story("The statement came from spokesman Jane Roe QRX on Monday, officials said.")
    assert found.get("Jane Roe") == "PERSON" and "Jane Roe QRX" not in found, found
    assert _story("Officials said that Jane Roe III spoke first.").get("Jane Roe III") == "PERSON"


def test_common_acronyms_and_metonyms() -> None:
    found = _people_orgs("He needed an MRI scan, and a VIP lounge was closed all night.")
    assert "MRI" not in found and "VIP" not in found, found


def test_a_storeyed_building_is_a_place() -> None:
    found = _story("The blast toppled the eight-story Quist House and damaged the 30-story Harbor Bank House.")
    assert found.get("Quist House") == "PLACE" and found.get("Harbor Bank House") == "PLACE", found


def test_person_verbs_and_plural_titles() -> None:
    assert _story("It was a threat Quentin Harwick warned about in a speech.").get("Quentin Harwick") == "PERSON"
    found = _story("The pact was signed by Presidents Jane Roe and Tom Quist on Monday.")
    assert "Presidents Jane Roe" not in found and found.get("Jane Roe") == "PERSON", found
    assert _story("Hundreds of members of the Quist Identity Movement marched through the town on foot.").get(
        "Quist Identity Movement") == "ORG"


def test_appositive_former_keeps_a_person() -> None:
    found = _story("``We are back,'' said Gerrit Quist, a former prisoner who leads the Harbor Study Group on "
                   "Chilean Fisheries.")
    assert found.get("Gerrit Quist") == "PERSON", found
    assert found.get("Harbor Study Group on Chilean Fisheries") == "ORG", found


def test_a_name_ending_in_a_digit_is_no_user_handle() -> None:
    found = _people_orgs("Shares in Marlow Air rose 3.1%, Skyjet2 climbed 2.6% and Jet3 added 1.8%.")
    assert "Jet3" in found, found
