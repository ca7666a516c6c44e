"""AppTest: the Quotes page for hundreds of quotes: search, paging, sorting, and no default that hides a quote
printed by one outlet."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")
N_QUOTES = 45
_SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "di", "pel", "gan", "ro", "fi", "nes", "bu", "tar", "qui"]


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n))


def _speaker(i: int) -> str:
    return _word(random.Random(1000 + i)).capitalize()


def _many_quotes(folder: Path) -> None:
    """One article per quote, each with its own speaker and wording (made-up words, so no two quotes match)."""
    for i in range(N_QUOTES):
        rng = random.Random(i)
        words = " ".join(_word(rng) for _ in range(8))
        (folder / f"story_{i:03d}.txt").write_text(
            f"Minister Anna {_speaker(i)} spoke on Monday.\n\n"
            f"\"We will {words} before the winter,\" {_speaker(i)} said.\n",
            encoding="utf-8")


@pytest.fixture()
def many(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _many_quotes(corpus)
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("pages/quotes.py")
    at.run()
    assert not at.exception
    return at


def _quotes_shown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("> ")]


def test_paging_reaches_every_quote(many: AppTest) -> None:
    assert not many.checkbox(key="q_shared").value  # one outlet each: nothing hidden by default
    assert len(_quotes_shown(many)) == 20
    assert any(f"{N_QUOTES} quotes" in c.value for c in many.caption)
    many.number_input(key="q_page").set_value(3).run()
    assert not many.exception
    assert len(_quotes_shown(many)) == N_QUOTES - 40
    assert any("showing 41–45" in c.value for c in many.caption)


def test_search_by_words_and_by_speaker(many: AppTest) -> None:
    rng = random.Random(17)
    word = " ".join(_word(rng) for _ in range(2))  # the first two words of quote 17
    many.text_input(key="q_search").input(f"will {word}").run()
    assert not many.exception
    assert len(_quotes_shown(many)) == 1 and word in _quotes_shown(many)[0]
    many.text_input(key="q_search").input(_speaker(31).lower()).run()
    shown = _quotes_shown(many)
    assert len(shown) == 1 and _word(random.Random(31)) in shown[0]


def test_sort_by_outlets_on_the_seeds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("pages/quotes.py")
    at.run()
    widest_first = _quotes_shown(at)
    at.selectbox(key="q_order").set_value("Order in the articles").run()
    assert not at.exception
    assert _quotes_shown(at) != widest_first
    assert sorted(_quotes_shown(at)) == sorted(widest_first)  # the same quotes, in another order


def test_a_narrower_search_on_a_later_page(many: AppTest) -> None:
    many.number_input(key="q_page").set_value(3).run()
    many.text_input(key="q_search").input(_speaker(5).lower()).run()
    assert not many.exception
    assert len(_quotes_shown(many)) == 1


def test_no_empty_fidelity_chart_when_no_quote_is_shared(many: AppTest, monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    said = [i.value for i in many.info]
    assert any("no fidelity chart" in s for s in said), said  # each quote has one outlet: nothing to compare
    assert not any("quote-fidelity" in str(b.proto) for b in many.get("download_button"))
    monkeypatch.setenv("STORYTRACE_CORPUS", str(Path(APP).parent / "seeds"))
    seeds = AppTest.from_file(APP, default_timeout=90)
    seeds.run()
    seeds.switch_page("pages/quotes.py")
    seeds.run()
    assert not any("no fidelity chart" in i.value for i in seeds.info)
    assert any("quote-fidelity" in str(b.proto) for b in seeds.get("download_button"))


def test_a_printing_worded_as_the_quote_is_not_printed_twice(many: AppTest) -> None:
    # each quote here has one printing, word for word the quote above it: its line names the outlet, not the words
    shown = _quotes_shown(many)
    texts = [m.value for m in many.markdown]
    for quote in shown[:5]:
        words = quote[2:].strip()
        assert sum(words in t for t in texts) == 1, words
