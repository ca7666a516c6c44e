"""Entity layer, round 48 (lead): a company's short form made of the initials of the distinctive words of its name,
the business nouns and legal suffix that close the name left out ("CN" for "Canadian National Railway Co"). Every
company here is fictional."""
from __future__ import annotations

from analysis.entities.aliases import acronym_matches
from analysis.entities.catalog import get_lexicon
from analysis.entities.recognize import recognize_entities


def _names(text: str) -> dict[str, str]:
    """surface -> the document's name for it, story mentions of ``text`` (its first line the headline)."""
    df = recognize_entities(text, text.find("\n"))
    df = df[df["role"] == "story"]
    return dict(zip(df["surface"], df["name"]))


def test_initials_of_the_words_before_the_business_nouns_name_the_company() -> None:
    text = ("QN Rail issues lockout notice\n\nQuarrington Northern Railway Co said on Friday it would lock out its "
            "train crews on Monday. QN shares fell 2.4% in Toronto, while the union said QN had refused to talk.")
    names = _names(text)
    assert names["QN"] == names["Quarrington Northern Railway Co"]


def test_the_rule_needs_two_distinctive_words_and_the_same_letters() -> None:
    lex = get_lexicon()
    assert acronym_matches("QN", "Quarrington Northern Railway Co".split(), lex)
    assert acronym_matches("QNR", "Quarrington Northern Railway Co".split(), lex)  # the whole name, as before
    assert acronym_matches("TS", "Tallis Sound Holdings Group".split(), lex)
    assert not acronym_matches("Q", "Quarrington Railway Co".split(), lex)  # one word is no acronym
    assert not acronym_matches("QR", "Quarrington Northern Railway Co".split(), lex)  # not its letters
    assert not acronym_matches("QN", "Quarrington Northern Railway Vale".split(), lex)  # "Vale" is no business noun


def test_national_benchmark_indices_are_indices() -> None:
    """Chile's IPSA, Copenhagen's OMX C25, Istanbul's BIST 100: indices of the world's exchanges, never companies."""
    text = ("Lithium stocks rally\n\nQuistal Minera rose 6.8% in Santiago, the best performer on the IPSA, which gained "
            "0.9%. In Copenhagen the OMX C25 slipped 0.4%, and the BIST 100 closed flat in Istanbul.")
    df = recognize_entities(text, text.find("\n"))
    types = dict(zip(df["surface"], df["type"]))
    assert types["IPSA"] == "INDEX"
    assert types["OMX C25"] == "INDEX"
    assert types["BIST 100"] == "INDEX"
    assert types["Quistal Minera"] == "ORG"
