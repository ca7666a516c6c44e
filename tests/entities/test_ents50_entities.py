"""Entity layer, round 42 (ents50): classes counted across the sixteen read corpora and on real news text, one
invented case per rule with what the rule must leave alone. Every person, body and company here is fictional."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str, headline_end: int = 0) -> dict[str, str]:
    """name -> type for the story mentions of `text`."""
    df = recognize_entities(text, headline_end)
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _names(text: str) -> dict[str, list[str]]:
    """name -> surfaces of the story mentions of `text`."""
    df = recognize_entities(text, 0)
    df = df[df["role"] == "story"]
    return df.groupby("name")["surface"].apply(list).to_dict()


# --- a body named by two fields or portfolios joined by "and", or by a list of them, is one name -------------------
def test_a_centre_named_by_two_fields_is_one_body() -> None:
    text = ("Outbreak\n\nThe Centers for Quist Control and Prevention (CQC) said on Monday it had sent two officers. "
            "Analysts at the Center for Zorbic and Coastal Studies and the Vantreck Institute for Quist and "
            "Civic Policy disagreed, as did the Museum of Brannock Valley History and Culture. The CQC said so.")
    names = _names(text)
    assert "Centers for Quist Control and Prevention" in names
    assert names["Centers for Quist Control and Prevention"].count("CQC") == 2  # the acronym of the name before "and"
    assert "Center for Zorbic and Coastal Studies" in names
    assert "Vantreck Institute for Quist and Civic Policy" in names
    assert "Museum of Brannock Valley History and Culture" in names
    assert not {"Prevention", "Coastal Studies", "Civic Policy", "Culture"} & set(names)


def test_a_name_after_and_that_stands_on_its_own_stays_apart() -> None:
    # the words after "and" are a name of their own when the text writes them alone too
    text = ("Report\n\nThe Center for Quist Progress and Media Zorbo released the study on Monday. Media Zorbo "
            "later corrected one figure.")
    names = _names(text)
    assert "Center for Quist Progress" in names
    assert "Media Zorbo" in names
    # a company after a ministry is no portfolio
    text = "Deal\n\nThe Ministry of Defence and Quistel Aerospace signed the contract on Monday."
    names = _names(text)
    assert {"Ministry of Defence", "Quistel Aerospace"} <= set(names)


def test_a_ministry_named_by_a_list_of_portfolios_is_one_body() -> None:
    text = ("Ban\n\nQuistland's Ministry of Health, Labour and Welfare said on Monday it would ban the flavour. "
            "The Ministry of Economy, Trade and Industry agreed, and the Committee on Civil Liberties, Justice and "
            "Home Affairs met. The Department of Mines, Industry Regulation and Safety approved the plan.")
    types = _story(text)
    for name in ("Ministry of Health, Labour and Welfare", "Ministry of Economy, Trade and Industry",
                 "Committee on Civil Liberties, Justice and Home Affairs",
                 "Department of Mines, Industry Regulation and Safety"):
        assert types.get(name) == "ORG", name
    assert not {"Labour", "Welfare", "Trade", "Industry", "Home Affairs", "Safety"} & set(types)


def test_a_list_of_bodies_after_a_ministry_stays_apart() -> None:
    text = ("Deal\n\nThe Ministry of Defence, Quistel and Zorbo Aerospace signed the deal. Officials from the "
            "Department of Justice, FBI and CIA met on Monday.")
    types = _story(text)
    assert {"Ministry of Defence", "Quistel", "Zorbo Aerospace", "Department of Justice", "FBI", "CIA"} <= set(types)


# --- after "<title> of [the]", the first capitalised word is the portfolio, the words after it the person ---------
def test_a_portfolio_after_a_title_and_of_is_no_part_of_the_persons_name() -> None:
    text = ("Vote\n\nVoters were split between former secretary of State Odalys Vantreck and Sen. Tamsin Quell. "
            "Vantreck won. Shares fell after the Chancellor of the Exchequer Brannagh Osgood resigned; Osgood "
            "said he would stay in Parliament.")
    types = _story(text)
    assert types.get("Odalys Vantreck") == "PERSON"
    assert types.get("Brannagh Osgood") == "PERSON"
    assert not any(n.startswith(("State ", "Exchequer ")) for n in types)


def test_a_field_or_a_body_after_a_title_and_of_stays_whole() -> None:
    # a field of study is no person; a body's name after "of" keeps its first word
    text = ("Talks\n\nTamsin Quell, a professor of International Security Studies, said the talks failed. Studies "
            "there are popular. The "
            "president of Quistmoor Brannock Partners agreed; Partners said so.")
    types = _story(text)
    assert "Security Studies" not in types
    assert "International Security Studies" in types
    assert types.get("Quistmoor Brannock Partners") == "ORG"


# --- a common given name of the larger list opens a person's name; an organisation's head word still wins ---------
def test_a_common_given_name_opens_a_persons_name() -> None:
    # three plain words, an age and a home town after them: the listed given name makes the person
    text = ("Court\n\nThe court ruled on Monday. Doreen Quistall Brannock, 59, of Ashton, watched the ruling.")
    types = _story(text)
    assert types.get("Doreen Quistall Brannock") == "PERSON"
    assert types.get("Ashton") == "PLACE"


def test_a_given_name_before_a_venue_or_channel_head_stays_an_organisation() -> None:
    text = ("Show\n\nThe play opened at the Marcia Vantreck Theater on Friday and moved to the Doreen Quist "
            "Theatre, with help from Wilbur Brannock Ministries.")
    types = _story(text)
    assert types.get("Marcia Vantreck Theater") == "ORG"
    assert types.get("Doreen Quist Theatre") == "ORG"
    assert types.get("Wilbur Brannock Ministries") == "ORG"
