"""Round 68 (lead): initials written with the name's ampersand are its short form. Invented text."""

from analysis.entities.aliases import acronym_matches
from analysis.entities.catalog import get_lexicon


def test_initials_with_the_names_ampersand_spell_it() -> None:
    lex = get_lexicon()
    assert acronym_matches("J&Q", ["Jarrow", "&", "Quist"], lex)
    assert acronym_matches("JQ", ["Jarrow", "&", "Quist"], lex)
    # left alone: an ampersand the name does not hold, and other initials
    assert not acronym_matches("J&Q", ["Jarrow", "Quist"], lex)
    assert not acronym_matches("J&R", ["Jarrow", "&", "Quist"], lex)

