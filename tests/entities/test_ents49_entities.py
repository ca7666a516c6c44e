"""Entity layer, round 49 (ents49): classes read on the two corpora newly opened this round and counted on the
others and on real news text, one invented case per rule with what the rule must leave alone. Every person, body,
company, ship and game here is fictional."""
from __future__ import annotations

from analysis.entities.recognize import recognize_entities


def _story(text: str) -> dict[str, str]:
    """name -> type for the story mentions of `text` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["name"], df["type"]))


def _names(text: str) -> dict[str, str]:
    """surface -> canonical name of every mention of `text`, credits included."""
    df = recognize_entities(text, text.find("\n"))
    return dict(zip(df["surface"], df["name"]))


# --- a dateline's place before its wire in brackets is no listing code of the wire ------------------------------------
def test_a_dateline_place_without_a_date_is_not_the_code_of_its_wire() -> None:
    text = ("Quistland steps in to end the dock lockout\n\n"
            "BRANVIK (Harrow Wire) — Quistland's government on Monday ordered arbitration to end the lockout at "
            "Velmar Docks, Labour Minister Ines Corrow said.\n")
    names = _names(text)
    assert names.get("BRANVIK") != "Harrow Wire", names
    assert names.get("Harrow Wire") == "Harrow Wire", names


def test_a_listing_code_before_a_name_in_brackets_still_joins_it() -> None:
    text = ("Movers\n\nShares of the brewer rose on Monday.\nVLMR (Velmar Brewing Group) gained 3.1% after results.\n"
            "Velmar Brewing Group said sales rose.\n")
    assert _names(text).get("VLMR") == "Velmar Brewing Group", _names(text)


# --- a ship: a craft people travel aboard, or a name that docks -----------------------------------------------------------------
def test_a_name_after_aboard_is_a_craft_not_an_organisation() -> None:
    text = ("Sickness on cruise\n\nVelmar Cruise Lines Inc said 80 people aboard the Quist Lantern had "
            "fallen ill. Velmar Cruise Lines said its shares were halted.\n")
    found = _story(text)
    assert found.get("Quist Lantern") == "OTHER", found
    assert found.get("Velmar Cruise Lines") == "ORG", found


def test_a_name_that_docked_is_a_ship() -> None:
    text = "Port\n\nThe Zorbo Fairwind docked in Harwick on Sunday, Brindle Shipping said.\n"
    assert _story(text).get("Zorbo Fairwind") == "OTHER", _story(text)


def test_a_person_on_board_is_not_named_by_aboard() -> None:
    text = "Board\n\nThe company brought Jane Tellow aboard as finance chief, Velmar Leisure said.\n"
    assert _story(text).get("Jane Tellow") == "PERSON", _story(text)


# --- an influenza subtype is a virus ---------------------------------------------------------------------------------
def test_an_influenza_subtype_is_no_organisation() -> None:
    text = ("Bird flu at a farm\n\nQuistland's farm ministry said the H5N1 strain was found at a Velmar Foods "
            "plant, and that no H7N9 case had been seen. Velmar Foods said it would cull the flock.\n")
    found = _story(text)
    assert "H5N1" not in found and "H7N9" not in found, found
    assert found.get("Velmar Foods") == "ORG", found


# --- a body's head noun alone, after "the" or before a title, names the one body of the article it closes ----------
def test_a_body_head_before_a_title_is_the_article_body() -> None:
    text = ("Rail strike\n\nThe Quistland Rail Workers Union said pickets went up on Monday. Union president "
            "Jane Tellow said talks had failed.\n")
    names = _names(text)
    assert names.get("Union") == "Quistland Rail Workers Union", names
    assert names.get("Jane Tellow") == "Jane Tellow", names


def test_a_body_head_leaves_a_company_it_opens_where_it_was() -> None:
    text = ("Rail strike\n\nUnion Quistfield Railroad Co shares fell 1.4%. The Quistland Rail Workers Union said it "
            "would appeal. Union president Jane Tellow said members would comply.\n")
    names = _names(text)
    assert names.get("Union") == "Quistland Rail Workers Union", names
    assert names.get("Union Quistfield Railroad Co") == "Union Quistfield Railroad", names


def test_a_body_head_with_two_bodies_it_could_close_is_left_alone() -> None:
    text = ("Rail strike\n\nThe Quistland Rail Workers Union and the Harwick Dock Workers Union said pickets went "
            "up. Union president Jane Tellow said talks had failed.\n")
    names = _names(text)
    assert names.get("Union") not in ("Quistland Rail Workers Union", "Harwick Dock Workers Union"), names


# --- an exchange's short name closing a session higher or lower is the market ----------------------------------------
def test_an_exchange_closing_higher_in_a_headline_is_the_market() -> None:
    text = ("TSX ends higher as miners shine\n\nToronto's main index rose 0.4%, led by Velmar Gold Corp, which "
            "gained 3.2%.\n")
    found = _story(text)
    assert "Toronto Stock Exchange" not in found and "TSX" not in found, found
    assert found.get("Velmar Gold") == "ORG", found


def test_an_exchange_in_prose_stays_the_exchange() -> None:
    text = ("ASX closes lower\n\nQuistrel Mining Ltd told the ASX on Monday that it would raise A$40 million. "
            "Quistrel Mining shares trade on the ASX and in London.\n")
    assert _story(text).get("Australian Securities Exchange") == "ORG", _story(text)


# --- an exchange's short name that moves like an index is the index ---------------------------------------------------
def test_an_exchange_with_a_signed_figure_in_a_list_of_indices_is_the_index() -> None:
    text = ("Live markets\n\nStocks open higher. S&P 500 +0.3%, Nasdaq +0.5%, Dow +0.1%. Velmar Foods Inc "
            "rose 2.1%.\n")
    found = _story(text)
    assert found.get("Nasdaq") == "INDEX", found


def test_an_exchange_whose_losses_are_limited_is_the_index() -> None:
    text = ("Wall Street\n\nQuistrel Chips Inc rose 1.8%, helping to limit the Nasdaq's losses, while Velmar Motors "
            "Inc fell 2.2%.\n")
    assert _story(text).get("Nasdaq") == "INDEX", _story(text)


def test_an_exchange_a_company_trades_on_stays_the_exchange() -> None:
    text = "Listing\n\nQuistrel Chips Inc, whose shares trade on the Nasdaq, said sales rose 4%.\n"
    assert _story(text).get("Nasdaq") == "ORG", _story(text)


# --- a game or a film named as its owner's title or game -------------------------------------------------------------
def test_a_name_between_its_flagship_owner_and_game_is_a_product() -> None:
    text = ("Delay\n\nVelmar Interactive Corp, the publisher that delayed its flagship Quistfall Heroes "
            "role-playing game, rose 2%.\n")
    found = _story(text)
    assert found.get("Quistfall Heroes") == "PRODUCT", found
    assert found.get("Velmar Interactive") == "ORG", found


def test_a_name_after_its_title_is_a_product() -> None:
    text = "Games\n\nVelmar Interactive Corp delayed its Quistfall Heroes title by a year.\n"
    assert _story(text).get("Quistfall Heroes") == "PRODUCT", _story(text)


def test_a_name_in_apposition_after_a_product_noun_is_a_product() -> None:
    text = ("Games\n\nBrindle Games Ltd rose after a rival pushed back a game due to compete with its own open-world "
            "title, Zorbo Ridge, this November.\n")
    assert _story(text).get("Zorbo Ridge") == "PRODUCT", _story(text)


def test_a_name_that_sold_copies_is_a_product() -> None:
    text = "Sales\n\nQuistfall Heroes sold 7.2 million copies in its first year, Velmar Interactive Corp said.\n"
    assert _story(text).get("Quistfall Heroes") == "PRODUCT", _story(text)


def test_a_company_that_sold_shares_stays_a_company() -> None:
    text = "Sale\n\nBrindle Games Ltd sold 7.2 million shares in Velmar Interactive Corp on Monday.\n"
    assert _story(text).get("Brindle Games") == "ORG", _story(text)


# --- the speaker of "a teacher from X said" is the teacher, not X (a town the gazetteer knows) -----------------------------------------------------
def test_a_place_after_from_before_said_is_no_speaking_organisation() -> None:
    text = "Cruise\n\nThe first sign came on Thursday, a retired teacher from Torrance said.\n"
    assert _story(text).get("Torrance") != "ORG", _story(text)


def test_a_company_that_said_stays_a_company() -> None:
    text = "Results\n\nProfits rose, Quistrel said on Monday, and its shares gained 2%.\n"
    assert _story(text).get("Quistrel") == "ORG", _story(text)


# --- a hyphenated modifier between an index's name and "index" --------------------------------------------------------
def test_a_name_before_a_hyphenated_modifier_and_index_is_an_index() -> None:
    text = ("Zurich close\n\nVelmar Hearing AG is the largest member of the QMID mid-cap index. The QMID fell 1.3%, "
            "and Velmar Hearing lost 9.1%.\n")
    found = _story(text)
    assert found.get("QMID") == "INDEX", found
    assert found.get("Velmar Hearing") == "ORG", found


# --- a name glued to "-served" or "-operated" is an adjective of that name --------------------------------------------
def test_a_name_glued_to_served_is_no_name_of_its_own() -> None:
    text = ("Grain\n\nQuistrail Corp said on Monday the lockout had stopped trains. Its tracks do not reach many "
            "Quistrail-served elevators, and Quistrail-operated yards are shut.\n")
    found = _story(text)
    assert not any(name.endswith(("-served", "-operated")) for name in found), found
    assert found.get("Quistrail") == "ORG", found


# --- a known place and its compass region; two known places joined by a hyphen ----------------------------------------
def test_a_known_place_then_its_compass_region_is_a_place() -> None:
    text = ("Ports\n\nVelmar Docks Ltd said import boxes for Ireland and the U.K. Midlands were piling up on "
            "its docks.\n")
    assert _story(text).get("U.K. Midlands") == "PLACE", _story(text)


def test_two_known_towns_joined_by_a_hyphen_are_a_place() -> None:
    text = "Shipping\n\nVelmar Lines Ltd said it would divert two services to Leeds-Bradford from next week.\n"
    assert _story(text).get("Leeds-Bradford") == "PLACE", _story(text)


def test_two_company_names_joined_by_a_hyphen_are_no_place() -> None:
    text = "Deal\n\nThe Quistel-Zorbo merger was approved, Velmar Lines Ltd said.\n"
    assert _story(text).get("Quistel-Zorbo") != "PLACE", _story(text)


# --- a ship's size class ---------------------------------------------------------------------------------------------
def test_a_ship_size_class_is_no_organisation() -> None:
    text = ("Freight\n\nCharter rates for Capesize bulk carriers climbed to $18,400 a day, Velmar Shipping Ltd "
            "said.\n")
    found = _story(text)
    assert "Capesize" not in found, found
    assert found.get("Velmar Shipping") == "ORG", found
