"""Round 27: share moves a newly written corpus held but the engine missed or misread, each rule on an invented sentence
(no word, name or figure of any corpus), with what the rule must leave alone."""

from __future__ import annotations

from datetime import date

from analysis.market.extract import extract_moves
from test_move_round21 import Mention, _mention

PUB = date(2025, 6, 13)  # a Friday


def _rows(text: str, mentions: list[Mention]) -> list[tuple[str, str, float]]:
    return [(r.kind, r.company, r.pct) for r in extract_moves(text, PUB, sorted(mentions)).itertuples()]


# 1. A name a possessive owns ("Its Lumivex lenses", "My Lumivex said 340"): a product or a brand, which issues no
# shares, so no antecedent of "its shares" or "the stock"; the entity layer may still type it an organisation.

_OWNED = ("Two years ago Brannock Optics was a favourite of investors. Its Lumivex lenses were sold in forty countries, "
          "and its shares had risen 52% in 2023.\n\n"
          "Then came the warning. Since Brannock announced it on 2 June, the stock has lost 31%.")


def _owned_mentions(text: str) -> list[Mention]:
    return [_mention(text, "Brannock Optics"), _mention(text, "Lumivex"),
            _mention(text, "Brannock", name="Brannock Optics", nth=1)]


def test_a_product_a_possessive_owns_is_no_antecedent_of_the_shares() -> None:
    assert _rows(_OWNED, _owned_mentions(_OWNED)) == [("share", "Brannock Optics", 52.0), ("share", "Brannock Optics", -31.0)]


def test_a_product_the_entity_layer_types_a_product_is_no_antecedent_either() -> None:
    # the entity layer types a brand with its device a PRODUCT (entities, round 27): the grammar still reads it as the
    # clause's subject, and the shares stay its owner's
    mentions = [_mention(_OWNED, "Brannock Optics"), _mention(_OWNED, "Lumivex", kind="PRODUCT"),
                _mention(_OWNED, "Brannock", name="Brannock Optics", nth=1)]
    assert _rows(_OWNED, mentions) == [("share", "Brannock Optics", 52.0), ("share", "Brannock Optics", -31.0)]


def test_a_users_product_is_not_the_stock() -> None:
    text = ("My Lumivex said the lens was clean. Two days later Brannock Optics recalled it.\n\n"
            "I have worn a Lumivex 3 since May and my Lumivex never failed me. I read that the shares fell 9% on Wednesday.")
    mentions = [_mention(text, "Lumivex"), _mention(text, "Brannock Optics"), _mention(text, "Lumivex", nth=1),
                _mention(text, "Lumivex", nth=2)]
    assert _rows(text, mentions) == [("share", "Brannock Optics", -9.0)]


def test_a_company_its_owner_names_as_a_stock_keeps_its_moves() -> None:
    # "their Lumivex holdings" is owned, but the text writes Lumivex as a stock: a listed company
    text = "Funds cut their Lumivex holdings. Lumivex shares fell 4% on Friday, and its bonds slipped."
    mentions = [_mention(text, "Lumivex"), _mention(text, "Lumivex", nth=1)]
    assert _rows(text, mentions) == [("share", "Lumivex", -4.0)]
    plain = "Ostmark Freight rose 3% on Friday after it won a contract."
    assert _rows(plain, [_mention(plain, "Ostmark Freight")]) == [("share", "Ostmark Freight", 3.0)]


# 2. A ticker standing alone as a subject ("HRW rose 31.5% on Monday") after the text wrote the company's name with that
# ticker in brackets ("Harrowgate (HRW LN)", "Harrowgate Tools (HRW)", "(Nasdaq: HRW)"): the company's move.

def test_a_bare_ticker_is_the_company_its_bracket_named() -> None:
    text = ("Deal terms: 300p cash. Harrowgate (HRW LN) closed at 288p on Thursday.\n\n"
            "Price action. HRW rose 31.5% on Monday and 0.6% on Tuesday.")
    mentions = [_mention(text, "Harrowgate"), _mention(text, "HRW", nth=1)]
    assert _rows(text, mentions) == [("share", "Harrowgate", 31.5), ("share", "Harrowgate", 0.6)]
    title = "Pellucid Labs (PLUX): the sell-off is overdone\n\n- PLUX has fallen 14.5% since the trial halted."
    assert _rows(title, [_mention(title, "PLUX", nth=1)]) == [("share", "Pellucid Labs", -14.5)]


def test_a_ticker_no_bracket_names_and_a_datelines_agency_stay_themselves() -> None:
    text = "Harrowgate cut its outlook. HRW fell 4% on Friday."
    assert _rows(text, [_mention(text, "Harrowgate"), _mention(text, "HRW")]) == [("share", "HRW", -4.0)]
    wire = "OSTRAVA (CTK) - Vesna Mills said orders fell. CTK rose 2% on Friday."
    assert _rows(wire, [_mention(wire, "OSTRAVA", kind="PLACE"), _mention(wire, "CTK", nth=1)]) == [("share", "CTK", 2.0)]


# 3. A ticker in brackets with its exchange's two letters after a space, as a terminal writes it ("Ostrova (4521 JP)",
# "Harrow (HRW LN)"): part of the subject, like "(HRW.L)" or "(LSE: HRW)".

def test_a_ticker_with_its_exchange_letters_is_part_of_the_subject() -> None:
    text = "Price action. Harrow rose 3% on Monday. Ostrova (4521 JP) fell 5.8% on Tuesday, and Harrow (HRW LN) added 1%."
    assert _rows(text, [_mention(text, "Harrow"), _mention(text, "Ostrova"), _mention(text, "Harrow", nth=1)]) == \
        [("share", "Harrow", 3.0), ("share", "Ostrova", -5.8), ("share", "Harrow", 1.0)]


def test_a_bracket_of_words_is_no_ticker() -> None:
    place = "Ostrova (Osaka Pref JP) said sales rose 4% on Tuesday."
    assert _rows(place, [_mention(place, "Ostrova")]) == []


# 4. A company named after its founder, called by the surname alone once the founder is named ("Tarrant Marine
# Systems ... 1902 - Edith Tarrant opens a yard ... Tarrant, which makes winches, lost 9%"): the entity layer gives the
# surname to the person; the one organisation it opens, named before any other and before the founder, is meant.

def _founder(text: str) -> list[Mention]:
    out = [_mention(text, "Tarrant Marine Systems")]
    out += [_mention(text, "Edith Tarrant", kind="PERSON", nth=k) for k in range(text.count("Edith Tarrant"))]
    at = text.rindex("Edith Tarrant") + len("Edith Tarrant")
    nth = text[:at].count("Tarrant")
    out += [_mention(text, "Tarrant", kind="PERSON", name="Edith Tarrant", nth=k)
            for k in range(nth, text.count("Tarrant"))]
    return out


def test_a_surname_after_its_founder_is_the_company() -> None:
    text = ("Tarrant Marine Systems has agreed to be bought. A short history:\n\n"
            "1902 - Edith Tarrant opens a yard at Hull.\n\n"
            "Tarrant, which makes deck winches, lost 9% on Monday after its largest customer cut orders.")
    assert _rows(text, _founder(text)) == [("share", "Tarrant Marine Systems", -9.0)]


def test_a_person_named_in_full_again_and_again_stays_a_person() -> None:
    text = ("Tarrant Marine Systems sponsored the rally. Edith Tarrant spoke first, and Edith Tarrant spoke last.\n\n"
            "Tarrant fell 4% in a poll of older voters on Monday.")
    assert _rows(text, _founder(text)) == []
