"""Entity layer, round 38 (ents42): classes counted across the eight read corpora and real text before they were
fixed, one invented text per rule with what the rule must leave alone. Every person, company and outlet here is
fictional."""
from __future__ import annotations

from test_entity_round10 import _people_orgs, _story


# --- a named political event -------------------------------------------------------------------------------------
def test_a_named_political_event_is_no_organisation() -> None:
    text = ("Quistley Foods warns on costs\n\nQuistley Foods said on Monday that Brexit had raised its import costs, "
            "and that Brexit-related delays at the border would last into spring.\n")
    found = _story(text)
    assert found["Brexit"] == "OTHER"
    assert _people_orgs(text) == {"Quistley Foods"}
    # a party named after it keeps its body's form
    text = "Polls\n\nThe Brexit Party said on Monday that Jane Roe would stand in Zorbo North.\n"
    assert {"Brexit Party", "Jane Roe"} <= _people_orgs(text)


# --- a syndicated article's source -------------------------------------------------------------------------------
def test_a_syndication_notes_source_is_an_organisation() -> None:
    for note in ("Originally published by Quistmere Wire on 3 May 2031. Republished under licence; edited for length.",
                 "This article was originally published by Quistmere Wire and has been edited for length.",
                 "This story is reproduced from Quistmere Wire, with additional reporting by Zorbo Evening Post.",
                 "This report is based on an article by Quistmere Wire and has been updated."):
        text = f"Recall widens\n\n{note}\nShares of Brindle Foods fell 9% on Wednesday.\n"
        assert _people_orgs(text) == {"Quistmere Wire", "Brindle Foods"}, note
    # a translation's note names the outlet's own original, and "based on reporting by" credits reporters
    for note in ("[Translated from German. Originally published by Zorbo Zeitung on 3 May 2031.]",
                 "This article was originally published by Het Quistblad and translated from Dutch.",
                 "This report is based on reporting by Quistmere Wire."):
        text = f"Recall widens\n\n{note}\nShares of Brindle Foods fell 9% on Wednesday.\n"
        assert _people_orgs(text) == {"Brindle Foods"}, note


# --- an index's name ---------------------------------------------------------------------------------------------
def test_index_names_are_no_organisations() -> None:
    for sentence, index in (("The benchmark QX-Index slipped 0.5%.", "QX-Index"),
                            ("The Quistland Stock Exchange index (QSEi) rose 0.4%.", "QSEi"),
                            ("The Zorbo stock exchange index ZIPSA fell 0.6% on Tuesday.", "ZIPSA"),
                            ("The Quist Select Sector SPDR Fund was down 1.1%.", "Quist Select Sector SPDR Fund")):
        text = f"Markets\n\nBrindle Foods rose 2% on Monday. {sentence}\n"
        found = _story(text)
        assert found[index] == "INDEX", sentence
        assert _people_orgs(text) == {"Brindle Foods"}, sentence
    # a company after the noun "index", and a fund without an ETF family's name, stay organisations
    text = "Markets\n\nThe index Quistel Research compiles fell 2%. Zorbo Income Fund said it would close.\n"
    assert {"Quistel Research", "Zorbo Income Fund"} <= _people_orgs(text)


# --- one company under a second form -----------------------------------------------------------------------------
def test_a_ric_with_registered_shares_joins_its_company() -> None:
    text = "Ports\n\nAmong port operators, Zorbo Hafenbetriebe (ZHFGn.DE) slipped 1.1% on Friday.\n"
    assert _people_orgs(text) == {"Zorbo Hafenbetriebe"}
    # a RIC without the letter is left as it was
    text = "Ports\n\nAmong port operators, Zorbo Hafenbetriebe (ZHFG.DE) slipped 1.1% on Friday.\n"
    assert _people_orgs(text) == {"Zorbo Hafenbetriebe"}


def test_and_in_spanish_french_or_german_stays_inside_a_name() -> None:
    text = ("Recall\n\nGrupo Quistal de México y Centroamérica (Quismex) said on Wednesday it had withdrawn the meals. "
            "Quismex shares ended down 0.8%. Zorbo Hafen und Logistik rose 2%.\n")
    assert _people_orgs(text) == {"Grupo Quistal de México y Centroamérica", "Zorbo Hafen und Logistik"}
    # "et al." after a name, and English "and" between two names, are left alone
    text = "Study\n\nJane Roe et al. wrote on Monday that Quist Foods and Zorbo Mills had raised prices.\n"
    assert _people_orgs(text) == {"Jane Roe", "Quist Foods", "Zorbo Mills"}


def test_a_body_named_in_another_language_takes_its_short_name() -> None:
    text = ("Strike\n\nAccording to the Comisión Quistana del Cobre (Coquisco), the mine accounts for 8% of output. "
            "Coquisco said talks would resume.\n")
    assert _people_orgs(text) == {"Comisión Quistana del Cobre"}
    # a place in the brackets is the body's seat, not its short name
    text = "Strike\n\nThe Comisión Quistana del Cobre (Zorbopolis) said on Monday that output fell.\n"
    assert _people_orgs(text) == {"Comisión Quistana del Cobre"}


def test_a_name_before_a_lower_case_plc_is_a_company() -> None:
    text = "Travel\n\nShares slipped across the sector.\nQuistair plc fell 1.3% in London.\n"
    assert _people_orgs(text) == {"Quistair"}
    text = "Travel\n\nJane Roe, who chairs the plc, said on Monday that bookings fell.\n"
    assert _people_orgs(text) == {"Jane Roe"}


# --- "the Commission" in European news ---------------------------------------------------------------------------
def test_the_commission_in_a_text_on_the_eu_is_the_european_commission() -> None:
    text = ("Telecoms\n\nEuropean telecom shares fell for a second week. Zorbo Telecom has lost 28% since the "
            "Commission's veto was first reported, and the Commission said on Friday it would not reconsider.\n")
    assert _people_orgs(text) == {"Zorbo Telecom", "European Commission"}
    # without a word of Europe, or beside a commission the text names, it is left alone
    text = "Telecoms\n\nZorbo Telecom said on Friday that the Commission would rule on the deal next month.\n"
    assert _people_orgs(text) == {"Zorbo Telecom"}
    text = ("Gaming\n\nEuropean casino shares fell. The Quistland Gaming Commission fined Zorbo Casinos on Monday, "
            "and the Commission said more fines would follow.\n")
    found = _people_orgs(text)
    assert "European Commission" not in found and {"Quistland Gaming Commission", "Zorbo Casinos"} <= found
