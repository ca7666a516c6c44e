"""Quote engine, round 15: a transcript's host printed under a name rather than a role. Invented programmes,
companies and people; the entity mentions are given by hand."""

from __future__ import annotations

import pytest

from test_quote_engine import quotes


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_an_anchor_named_in_brackets_is_the_host_under_the_bare_name_too() -> None:
    text = ("Market Hour transcript\n\n"
            "ANCHOR (NORA PELLING): Brindle Tools fell 6% today. Let's bring in Oskar Varn of Tallis Capital.\n\n"
            "OSKAR VARN: The order book is thinner than it looks. I would wait.\n\n"
            "NORA PELLING: Is the dividend safe?\n\n"
            "OSKAR VARN: For this year, yes. Next year is another story.\n\n"
            "NORA PELLING: Oskar Varn, thank you.\n")
    q = quotes(text)
    assert set(q["speaker"]) == {"Oskar Varn"}
    assert len(q) == 2


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_host_who_introduces_and_thanks_a_guest_by_name_is_not_quoted() -> None:
    text = ("The Freight Podcast, episode 9\n\n"
            "MARA QUILTY: Welcome back. I'm Mara Quilty. With me is Dev Anand Rao, who covers shipping.\n\n"
            "DEV ANAND RAO: Rates are up about 4% this week. That is the canal, not demand.\n\n"
            "MARA QUILTY: And the carriers?\n\n"
            "DEV ANAND RAO: They will do well for a quarter. Then the ships come back.\n\n"
            "MARA QUILTY: Dev Anand Rao, thank you.\n")
    q = quotes(text)
    assert set(q["speaker"]) == {"Dev Anand Rao"}
    assert len(q) == 2


@pytest.mark.usefixtures("unmarked_turns_as_quotes")
def test_a_speaker_who_names_another_in_passing_is_still_a_guest() -> None:
    # naming someone is not introducing them: a debate's speakers stay quoted
    text = ("Debate transcript\n\n"
            "MODERATOR: Your opening statements, please.\n\n"
            "RUTH ALDANA: Tomas Ferrer has raised taxes twice. I will not.\n\n"
            "TOMAS FERRER: Ruth Aldana voted for both budgets.\n\n"
            "MODERATOR: Thank you both.\n")
    q = quotes(text)
    assert set(q["speaker"]) == {"Ruth Aldana", "Tomas Ferrer"}


def test_its_spokesperson_speaks_for_the_organisation_its_takes_up() -> None:
    ents = [("Marlow Bank", "Marlow Bank", "ORG"), ("Tessary Pay", "Tessary Pay", "ORG")]
    text = ("Marlow Bank is down another 1.4%. Its spokesperson tells us the bank's exposure to Tessary Pay is "
            "\u201cfully collateralised\u201d, which is not what the market wanted to hear.")
    row = quotes(text, ents).iloc[0]
    assert row["speaker"] == "Marlow Bank"
    text = "Marlow Bank fell 2%. \u201cWe are fully collateralised,\u201d its spokeswoman said."
    assert quotes(text, ents).iloc[0]["speaker"] == "Marlow Bank"
