"""Entity layer, round 17: speaker labels of a transcript or a Q&A that name no person (a class of extras in two
of the four dev corpora), one invented text each.

Every person, company, outlet and figure here is fictional.
"""
from __future__ import annotations

from pathlib import Path

from analysis.corpus.load import load_corpus
from analysis.entities.resolve import entity_mentions
from test_entity_round10 import _people_orgs


# --- the role after a name in a transcript's label ----------------------------------------------------------------
def test_the_role_after_a_name_in_a_label_is_no_organisation() -> None:
    text = ("TRANSCRIPT: Evening Close, Channel 4 Markets\n\n"
            "JANE ROE, ANCHOR: Good evening. Shares of Quistel Foods fell 6% today after a recall.\n\n"
            "OREN CASTELL, BRIGHTWATER SECURITIES: The selling was orderly, and it may go on.\n\n"
            "ROE: Thank you, Oren.\n\nCASTELL: Thank you.\n")
    found = _people_orgs(text)
    assert "ANCHOR" not in found
    assert "Quistel Foods" in found


# --- the article's own outlet asking the questions ----------------------------------------------------------------
def _story_orgs(folder: Path, text: str, outlet: str) -> set[str]:
    (folder / "qa.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(f"file,outlet,url,published,title\nqa.txt,{outlet},,2026-03-04,\n",
                                         encoding="utf-8")
    mentions = entity_mentions(load_corpus(folder))
    return set(mentions.loc[mentions["role"] == "story", "entity"])


QA = ("Interview: Quistel's new chief on the merger veto\n\n"
      "Quistel Foods shares have risen 11% since the regulator blocked the deal. We spoke to Jane Roe on Thursday.\n\n"
      "Zorbo Talk: Were you surprised by the decision?\n\n"
      "Roe: Honestly, no. The evidence was clear.\n\n"
      "Zorbo Talk: Will you appeal?\n\n"
      "Roe: We don't comment on speculation.\n")


def test_the_outlets_own_label_in_a_q_and_a_is_a_credit(tmp_path: Path) -> None:
    orgs = _story_orgs(tmp_path, QA, "Zorbo Talk Magazine")
    assert "Zorbo Talk" not in orgs
    assert "Quistel Foods" in orgs


def test_another_outlets_label_or_the_outlet_in_prose_stays(tmp_path: Path) -> None:
    cited = QA + "\nA poll by Zorbo Talk last month found most readers agreed.\n"
    assert "Zorbo Talk" in _story_orgs(tmp_path, cited, "Zorbo Talk Magazine")


def test_an_organisations_own_press_release_keeps_it(tmp_path: Path) -> None:
    text = ("Quistel Foods blocks nothing\n\nQuistel Foods: statement on the merger\n\n"
            "Quistel Foods said on Tuesday it would appeal the decision.\n")
    assert "Quistel Foods" in _story_orgs(tmp_path, text, "Quistel Foods (press release)")
