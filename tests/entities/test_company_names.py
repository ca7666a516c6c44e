"""Listed companies' short names: legal tails dropped, and a tail joined by "and"/"&" with it ("Eli Lilly and
Company" was shortened to "Eli Lilly and", so "Eli Lilly" in a text found no sector)."""

from __future__ import annotations

from analysis.companies import listed_companies, short_company_name


def test_a_joined_legal_tail_goes_with_its_joint() -> None:
    assert short_company_name("Orvane Lilly and Company") == "Orvane Lilly"
    assert short_company_name("Keel Cruise Corporation & plc") == "Keel Cruise"
    assert short_company_name("Brenmoor & Company, Incorporated") == "Brenmoor"
    # a name joined by "&" or "and" keeps its joint when the words after it are no legal tail
    assert short_company_name("Harrow & Vane Inc.") == "Harrow & Vane"
    assert short_company_name("Marks and Quill Group plc") == "Marks and Quill"


def test_no_listed_name_ends_on_a_joint() -> None:
    names = [c.name for c in listed_companies()]
    assert names  # the package is installed in every environment the tests run in
    assert not [n for n in names if n.split()[-1].lower() in ("and", "&")]


def test_a_disambiguation_in_brackets_is_no_part_of_the_name() -> None:
    assert short_company_name("Quistel Mining (corporation)") == "Quistel Mining"
    assert short_company_name("Zorbo Energy, Inc. (Class A)") == "Zorbo Energy"
    assert short_company_name("Brindle (2020–present)") == "Brindle"
    assert not [c.name for c in listed_companies() if "(" in c.name]
