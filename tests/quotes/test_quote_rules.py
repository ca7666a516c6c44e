"""Quote engine, round 4: the attribution constructions added after counting the misses on PolNeAR train
(bench/README.md, "Quotes"). Hand-written sentences, one construction per test; mentions given by hand."""

from __future__ import annotations

import pytest
from test_quote_engine import mentions, only, quotes

from analysis.quotes.find import find_quotes

STATE = [("State Department", "State Department", "ORG")]
CLINTON = [("Hillary Clinton", "Hillary Clinton", "PERSON"), ("Clinton", "Hillary Clinton", "PERSON")]
TRUMP = [("Donald Trump", "Donald Trump", "PERSON"), ("Trump", "Donald Trump", "PERSON")]


def test_an_organisations_official_is_credited_to_the_organisation() -> None:
    row = only(quotes("“We have no record of that request,” a State Department official said.", STATE))
    assert (row["speaker"], row["speaker_mention"]) == ("State Department", "a State Department official")


def test_an_aide_speaks_for_the_name_inside() -> None:
    row = only(quotes("Clinton spoke first.\n\n“That doesn’t mean no response,” one Clinton aide said.", CLINTON))
    assert row["speaker"] == "Hillary Clinton"


def test_a_documents_organisation_is_not_its_speaker() -> None:
    text = ("The timing of DeepSeek's release matched Trump's ambition, proclaiming at his inauguration, "
            "“We will not lose the race!”")
    row = only(quotes(text, [("DeepSeek", "DeepSeek", "ORG"), *TRUMP]))
    assert row["speaker"] != "DeepSeek"


def test_a_campaign_manager_speaks_for_the_possessive_owner() -> None:
    text = "Kelly Ayotte toured the state.\n\n“We are gratified,” Ayotte’s campaign manager said."
    row = only(quotes(text, [("Kelly Ayotte", "Kelly Ayotte", "PERSON")]))
    assert row["speaker"] == "Kelly Ayotte"


def test_inverted_verb_then_possessive_description_and_name() -> None:
    text = "“This is a national security issue,” said Clinton’s top foreign policy aide Jake Sullivan."
    row = only(quotes(text, [*CLINTON, ("Jake Sullivan", "Jake Sullivan", "PERSON")]))
    assert row["speaker"] == "Jake Sullivan"


def test_inverted_description_then_name_in_apposition() -> None:
    text = ("“We are treating it as one long Election Day,” said Rubio’s deputy campaign manager, Rich Beeson, "
            "who ran the ground game.")
    row = only(quotes(text, [("Rubio", "Marco Rubio", "PERSON"), ("Rich Beeson", "Rich Beeson", "PERSON")]))
    assert row["speaker"] == "Rich Beeson"


def test_curly_quotes_inside_a_straight_quoted_passage_are_nested() -> None:
    text = ('Ward stated:\n\n"The Department isn’t about “Equal Justice Under Law” anymore. It is about '
            'politics."')
    row = only(quotes(text, [("Ward", "Kelli Ward", "PERSON")]))
    assert row["quote"].endswith("It is about politics.")
    assert row["speaker"] == "Kelli Ward"


def test_the_name_right_before_a_partial_quote_is_its_object() -> None:
    text = "Trump in his announcement speech called immigrants from Mexico “rapists and criminals” that day."
    row = only(quotes(text, [*TRUMP, ("Mexico", "Mexico", "PLACE")]))
    assert row["speaker"] != "Mexico"


def test_a_partial_quote_ending_its_sentence_takes_nothing_from_the_next() -> None:
    text = ("Donald Trump said Hillary Clinton “caused death.” Bernie Sanders called Trump a “pathological "
            "liar.” Carly Fiorina said Ted Cruz “says whatever he needs to say.”")
    people = [*TRUMP, *CLINTON, ("Bernie Sanders", "Bernie Sanders", "PERSON"),
              ("Carly Fiorina", "Carly Fiorina", "PERSON"), ("Ted Cruz", "Ted Cruz", "PERSON")]
    q = quotes(text, people)
    liar = q.loc[q["quote"].str.contains("liar")].iloc[0]
    assert liar["speaker"] != "Carly Fiorina"


def test_a_verb_of_another_clause_is_not_the_attribution() -> None:
    text = ("Hillary Clinton accuses Bernie Sanders of an “artful smear” about her speeches while Sanders "
            "suggests she is a captive of Wall Street.")
    row = only(quotes(text, [*CLINTON, ("Bernie Sanders", "Bernie Sanders", "PERSON"),
                             ("Sanders", "Bernie Sanders", "PERSON")]))
    assert row["speaker"] == "Hillary Clinton"


def test_an_inverted_attribution_after_a_subordinate_clause() -> None:
    text = ("“It would be an embarrassment” if she didn't win by more than that, said David Wasserman, an "
            "elections analyst.")
    row = only(quotes(text, [("David Wasserman", "David Wasserman", "PERSON")]))
    assert row["speaker"] == "David Wasserman"


def test_a_name_alone_before_a_colon_labels_the_quote() -> None:
    text = "Former secretary of state Hillary Rodham Clinton: “We learned that from the State Department.”"
    row = only(quotes(text, [("Hillary Rodham Clinton", "Hillary Clinton", "PERSON"), *STATE]))
    assert row["speaker"] == "Hillary Clinton"


def test_an_object_before_a_colon_is_no_label() -> None:
    text = "Trump had a blunt message for Clinton: “You will never be president of this country.”"
    row = only(quotes(text, [*TRUMP, *CLINTON]))
    assert row["speaker"] != "Hillary Clinton"


def test_a_passive_attribution_after_the_quote() -> None:
    text = ("She was “extremely careless” with classified information – as described by FBI Director James "
            "Comey – and many believe it.")
    row = only(quotes(text, [("James Comey", "James Comey", "PERSON"), ("FBI", "FBI", "ORG")]))
    assert row["speaker"] == "James Comey"


@pytest.mark.parametrize("text", ["The senator told NBC’s “Today” that he would run.",
                                  "He appeared on “Morning Joe” after the debate, saying he would run."])
def test_a_show_title_after_a_preposition_is_no_quotation(text: str) -> None:
    assert find_quotes(text, mentions(text, [])).empty


@pytest.mark.parametrize("verb", ["notes", "retaliated", "echoed", "pressed"])
def test_more_speech_verbs(verb: str) -> None:
    text = f"Viguerie spoke.\n\n“Cruz appeals to Reagan Democrats,” Viguerie {verb}."
    row = only(quotes(text, [("Viguerie", "Richard Viguerie", "PERSON")]))
    assert row["speaker"] == "Richard Viguerie"


def test_coordinated_speakers_read_head_first() -> None:
    text = ("“Tritium would enable new designs,” nuclear experts David Albright and Serena Kelleher of the "
            "Institute for Science and International Security wrote in September.")
    row = only(quotes(text, [("David Albright", "David Albright", "PERSON")]))
    assert row["speaker"] == "David Albright"


def test_a_connective_does_not_hide_the_subject_of_an_ing_verb() -> None:
    text = "And then Trump went fully on the attack, saying, “Is the president going to say the words?”"
    row = only(quotes(text, TRUMP))
    assert row["speaker"] == "Donald Trump"


def test_a_manner_adverb_between_subject_and_verb() -> None:
    text = "In the spring, Clinton emphatically proclaimed at a press conference, “I did not email anything.”"
    row = only(quotes(text, CLINTON))
    assert row["speaker"] == "Hillary Clinton"


def test_a_credit_line_under_a_quoted_paragraph() -> None:
    text = ("The claims, checked.\n\n\"Almost all new income is going to the top 1 percent.\"\n\n"
            "- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.")
    row = only(quotes(text, [("Bernie Sanders", "Bernie Sanders", "PERSON")]))
    assert row["speaker"] == "Bernie Sanders"


def test_the_agent_of_a_passive_speech_verb() -> None:
    text = ("This feature has been called \"strategic ambiguity\" by Joshua Hendrick, a professor at Loyola "
            "University.")
    row = only(quotes(text, [("Joshua Hendrick", "Joshua Hendrick", "PERSON")]))
    assert row["speaker"] == "Joshua Hendrick"


def test_a_coordinated_speech_verb_takes_the_clause_subject() -> None:
    text = "Pence then adopted a Southern accent and joked, “I will make it easy for them.”"
    row = only(quotes(text, [("Pence", "Mike Pence", "PERSON")]))
    assert row["speaker"] == "Mike Pence"


def test_an_apposition_after_a_question_still_attributes_it() -> None:
    text = "“How are you today?” Miller, a retired worker from a nuclear plant, said into the phone."
    row = only(quotes(text, [("Miller", "Ann Miller", "PERSON")]))
    assert row["speaker"] == "Ann Miller"


def test_a_fragment_takes_its_own_clause_verb_first() -> None:
    text = ("After Scalia said that some students might do better at “less advanced schools,” Trump said: "
            "“I don’t like what he said.”")
    q = quotes(text, [("Scalia", "Antonin Scalia", "PERSON"), *TRUMP])
    assert q.loc[q["quote"].str.contains("less advanced"), "speaker"].tolist() == ["Antonin Scalia"]
    assert q.loc[q["quote"].str.contains("like what"), "speaker"].tolist() == ["Donald Trump"]


def test_a_clause_joined_by_and_has_its_own_speaker() -> None:
    text = "Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he is “losing the war.”"
    q = quotes(text, [("Ted Cruz", "Ted Cruz", "PERSON"), ("Obama", "Barack Obama", "PERSON"), *TRUMP])
    assert q.loc[q["quote"].str.contains("leading"), "speaker"].tolist() == ["Ted Cruz"]


def test_the_place_closing_an_introductory_phrase_is_no_speaker() -> None:
    text = "Speaking in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”"
    row = only(quotes(text, [*TRUMP, ("New Hampshire", "New Hampshire", "PLACE"), ("Salem", "Salem", "PLACE"),
                             ("Bush", "Jeb Bush", "PERSON")]))
    assert row["speaker"] == "Donald Trump"


def test_a_later_attribution_of_the_sentence_beats_the_clause_subject() -> None:
    text = ("Given Sanders’ success, his endorsements will carry “a great deal of weight” and bring the "
            "“grass-roots firepower” candidates need, DFA spokesman Neil Sroka said.")
    q = quotes(text, [("Sanders", "Bernie Sanders", "PERSON"), ("Neil Sroka", "Neil Sroka", "PERSON")])
    assert set(q["speaker"]) == {"Neil Sroka"}


def test_a_place_after_in_says_where_the_speaker_is_not_who() -> None:
    row = only(quotes("“Clients keep asking whether to pull money,” a branch manager at a rival bank in Oakland told us.",
                      [("Oakland", "Oakland", "ORG")]))
    assert (row["speaker"], row["speaker_mention"]) == ("a branch manager at a rival bank", "a branch manager at a rival bank")
    row = only(quotes("“It is over,” John Smith in London said.",
                      [("John Smith", "John Smith", "PERSON"), ("London", "London", "PLACE")]))
    assert row["speaker"] == "John Smith"


# Round 6, second blind corpus: constructions its misses showed (invented sentences).

def test_a_person_of_an_organisation_is_the_person() -> None:
    people = [("Hana Brook", "Hana Brook", "PERSON"), ("Larchmont Research", "Larchmont Research", "ORG")]
    row = only(quotes("“This is the right message for now,” said Hana Brook of Larchmont Research.", people))
    assert row["speaker"] == "Hana Brook"


def test_a_person_of_the_organisation_before_the_verb_is_the_person() -> None:
    people = [("Owen Tarrant", "Owen Tarrant", "PERSON"), ("Air Crew Guild", "Air Crew Guild", "ORG")]
    text = "Not everyone agrees. “Nobody here is celebrating,” Capt. Owen Tarrant of the Air Crew Guild told reporters."
    assert only(quotes(text, people))["speaker"] == "Owen Tarrant"


def test_ratings_a_stock_is_moved_between_are_not_quotations() -> None:
    text = "Larchmont Research cut the airline to “sell” from “hold,” arguing that its hub is too exposed."
    assert find_quotes(text).empty


def test_an_agency_spokesperson_speaks_for_the_agency_in_focus() -> None:
    text = ("The Rail Safety Board said it would send a team. “We welcome the chance to explain the plan,” "
            "an agency spokesperson said.")
    row = only(quotes(text, [("Rail Safety Board", "Rail Safety Board", "ORG")]))
    assert row["speaker"] == "Rail Safety Board"


# Round 7: general constructions behind the remaining misses of the two market corpora (invented sentences).

def test_a_single_rating_after_to_or_before_rating_is_not_a_quotation() -> None:
    assert find_quotes("Pellham Partners raised the lender to “outperform,” arguing the sell-off was overdone.").empty
    assert find_quotes('Corbel Advisors then moved the shares to "equal-weight." Its note was brief.').empty
    found = find_quotes("“Waiting costs little,” said Ana Ruiz, who has a “hold” rating on the stock.")
    assert found["quote"].str.rstrip(",").tolist() == ["Waiting costs little"]


def test_a_rating_word_used_as_a_verb_stays_a_quotation() -> None:
    text = "The senator vowed to “hold” the agency to account, Ruth Vale said."
    q = quotes(text, [("Ruth Vale", "Ruth Vale", "PERSON")])
    assert q["quote"].tolist() == ["hold"]


def test_the_subject_of_a_reported_clause_after_and_said_is_not_the_speaker() -> None:
    text = ("The Velmor Trade Office called the tariffs “a reckless step” and said Ostrava would take "
            "“proportionate action” soon.")
    people = [("Velmor Trade Office", "Velmor Trade Office", "ORG"), ("Ostrava", "Ostrava", "PLACE")]
    assert set(quotes(text, people)["speaker"]) == {"Velmor Trade Office"}


def test_a_name_inside_a_relative_clause_is_not_the_subject_of_the_verb_after_it() -> None:
    text = ("Harlow Freight reported a loss.\n\nThe company, which hauls parts for Brennick Motors, has said only "
            "that it was “committed to the plan.”")
    orgs = [("Harlow Freight", "Harlow Freight", "ORG"), ("Brennick Motors", "Brennick Motors", "ORG")]
    assert only(quotes(text, orgs))["speaker"] == "Harlow Freight"


def test_he_after_a_person_at_an_organisation_is_the_person() -> None:
    text = ("Omar Feld at Tallis Group told us he doubts the data. “A press release is a sales pitch,” he said.")
    people = [("Omar Feld", "Omar Feld", "PERSON"), ("Tallis Group", "Tallis Group", "ORG")]
    assert only(quotes(text, people))["speaker"] == "Omar Feld"


def test_a_body_of_a_state_named_by_its_possessive_is_an_organisation() -> None:
    places = [("Norvania", "Norvania", "PLACE"), ("Ottawa", "Ottawa", "PLACE")]
    row = only(quotes("Norvania's trade ministry said it would “respond in kind.”", places))
    assert (row["speaker"], row["attribution"]) == ("Norvania's trade ministry", "adjacent")
    row = only(quotes("Norvania's embassy in Ottawa called the move “an act of coercion.”", places))
    assert row["speaker"] == "Norvania's embassy in Ottawa"


def test_a_bare_spokesperson_speaks_for_the_organisation_just_named() -> None:
    text = "I put that to the Harbor Authority. A spokesperson said the port “reviews every claim” it gets."
    row = only(quotes(text, [("Harbor Authority", "Harbor Authority", "ORG")]))
    assert (row["speaker"], row["attribution"]) == ("Harbor Authority", "coreference")


def test_a_bare_spokesman_after_a_person_is_not_credited_to_an_organisation() -> None:
    text = "Lia Mor, who chairs the Civic League, will skip the vote.\n\n“She has other plans,” a spokesman said."
    row = only(quotes(text, [("Lia Mor", "Lia Mor", "PERSON"), ("Civic League", "Civic League", "ORG")]))
    assert row["speaker"] != "Civic League"


def test_a_speech_verb_right_after_a_comma_takes_the_name_after_it() -> None:
    people = [("Nora Lind", "Nora Lind", "PERSON"), ("Ivo Brandt", "Ivo Brandt", "PERSON"),
              ("Lena Frost", "Lena Frost", "PERSON")]
    text = "The puzzle of Nora Lind, says Ivo Brandt, a biographer, is that she was “never quite at ease.”"
    assert only(quotes(text, people))["speaker"] == "Ivo Brandt"
    text = "“It looks unlikely” that Nora Lind can win, said Lena Frost, a strategist."
    assert only(quotes(text, people))["speaker"] == "Lena Frost"


def test_a_fragment_after_another_of_the_same_sentence_keeps_its_speaker() -> None:
    people = [("Ada Quill", "Ada Quill", "PERSON"), ("Ben Roth", "Ben Roth", "PERSON")]
    text = "Ada Quill says her “old friend” Ben Roth ran “a campaign worth remembering.”"
    assert set(quotes(text, people)["speaker"]) == {"Ada Quill"}


def test_the_agent_of_a_passive_speech_verb_before_the_quotation() -> None:
    people = [("Lu Perrin", "Lu Perrin", "PERSON"), ("Gil Amato", "Gil Amato", "PERSON"),
              ("Metro Cable", "Metro Cable", "ORG")]
    text = "Perrin was asked by Metro Cable moderator Gil Amato whether the plan risked “a costly new program.”"
    assert only(quotes(text, people))["speaker"] == "Gil Amato"


def test_a_passive_verb_with_an_agent_that_reports_nothing_gives_no_speaker() -> None:
    text = "The vote was called by the Civic Union to force the “Second Reading.” It failed."
    assert not set(quotes(text, [("Civic Union", "Civic Union", "ORG")])["speaker"]) - {""}


def test_an_adviser_to_a_name_after_an_inverted_verb_speaks_for_the_name() -> None:
    text = "“She will not step aside,” said a longtime adviser to Mara Quist, who asked not to be named."
    row = only(quotes(text, [("Mara Quist", "Mara Quist", "PERSON")]))
    assert (row["speaker"], row["speaker_mention"]) == ("Mara Quist", "a longtime adviser to Mara Quist")


def test_a_tabloid_named_inside_its_description_is_the_speaker() -> None:
    text = ("But as the populist Evening Courier tabloid noted on Friday, the mayor “has few friends left on the "
            "council.”")
    row = only(quotes(text, [("Evening Courier", "Evening Courier", "ORG")]))
    assert row["speaker"] == "Evening Courier"


def test_people_at_an_organisation_after_an_inverted_verb_speak_for_it() -> None:
    orgs = [("Pell Capital", "Pell Capital", "ORG"), ("Ida Marsh", "Ida Marsh", "PERSON")]
    row = only(quotes("“The guidance looks timid,” wrote analysts at Pell Capital, led by Ida Marsh.", orgs))
    assert (row["speaker"], row["attribution"]) == ("Pell Capital", "adjacent")
    row = only(quotes("“Rates stay higher,” said economists at Pell Capital in a note.", orgs))
    assert row["speaker"] == "Pell Capital"


def test_a_body_named_by_a_title_word_after_the_is_the_mention_under_it() -> None:
    text = "The Fed said in its statement that inflation remained “somewhat elevated.”"
    row = only(quotes(text, [("Fed", "Federal Reserve", "ORG")]))
    assert (row["speaker"], row["speaker_mention"]) == ("Federal Reserve", "The Fed")


def test_an_opening_participle_of_a_speech_verb_is_not_an_inverted_attribution() -> None:
    text = "Asked whether Kestrel Foods would raise prices, Ona Fenn said: “We have no plans to do that.”"
    people = [("Kestrel Foods", "Kestrel Foods", "ORG"), ("Ona Fenn", "Ona Fenn", "PERSON")]
    assert only(quotes(text, people))["speaker"] == "Ona Fenn"


def test_an_organisations_people_named_by_its_possessive_or_as_a_modifier_speak_for_it() -> None:
    bank = [("Orrin Bank", "Orrin Bank", "ORG")]
    text = "Orrin Bank’s chief executive said on Tuesday that the lender had “ample liquidity.”"
    assert only(quotes(text, bank))["speaker"] == "Orrin Bank"
    assert only(quotes("“We see this as a one-off,” Orrin Bank analysts wrote.", bank))["speaker"] == "Orrin Bank"


def test_a_party_word_before_voters_is_no_organisation() -> None:
    text = "In the poll, 31% of Republican-leaning voters said they were “extremely enthusiastic” about voting."
    row = only(quotes(text, [("Republican-leaning", "Republican-leaning", "ORG")]))
    assert row["speaker"] != "Republican-leaning"


def test_the_company_after_an_organisation_named_earlier_in_its_sentence() -> None:
    text = "Shares of Velo Parts fell after the company said demand was “softer than expected.”"
    row = only(quotes(text, [("Velo Parts", "Velo Parts", "ORG")]))
    assert (row["speaker"], row["attribution"]) == ("Velo Parts", "coreference")


def test_an_industry_noun_refers_back_to_the_company() -> None:
    text = "Tarn Pharma reported results on Tuesday.\n\n“We are confident in the launch,” the drugmaker said."
    row = only(quotes(text, [("Tarn Pharma", "Tarn Pharma", "ORG")]))
    assert (row["speaker"], row["speaker_mention"]) == ("Tarn Pharma", "the drugmaker")


def test_a_colon_introduction_naming_its_source_after_from() -> None:
    """"... a line from managing partner X:" then the quoted paragraph: X said it."""
    from analysis import analyse
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle

    texts = {
        "a.txt": "Vantor tops rival bid\n\nVantor's statement includes a line from managing partner Simon Achebe:\n\n"
                 "\"Belgrave will do better as a private company. Our offer is all cash.\"\n\nBelgrave did not comment.",
        "b.txt": "Memo\n\nStaff received a memo on Friday from chief executive Dana Whitlow:\n\n\"We will get through this.\"",
        "c.txt": "Notes\n\nThe board received the following:\n\n\"We will get through this.\"",  # no source: no name invented
    }
    corpus = build_corpus([(RawArticle(file=f, text=t), {"published": "2026-06-11", "outlet": "Wire"}, "corpus")
                           for f, t in texts.items()])
    got = {r.file: r.speaker for r in analyse(corpus).quotes.itertuples()}
    assert got["a.txt"] == "Simon Achebe" and got["b.txt"] == "Dana Whitlow"
    assert not got["c.txt"]


def test_a_live_blog_email_and_a_councillor() -> None:
    """"X at Y emails: “…”" reports X's words; "Councillor X" is the person X."""
    from analysis import analyse
    from analysis.corpus.load import build_corpus
    from analysis.corpus.readers import RawArticle

    texts = {
        "a.txt": "Live\n\n08:25 BST - Oliver Brack at Thameside Capital emails: \"The seller needed this deal more.\"",
        "b.txt": "Plant stays\n\nCouncillor Meera Okafor-Brandt welcomed the news. \"This is a good week for the city,\" she said.",
    }
    corpus = build_corpus([(RawArticle(file=f, text=t), {"published": "2026-09-16", "outlet": "Wire"}, "corpus")
                           for f, t in texts.items()])
    analysis = analyse(corpus)
    assert {r.file: r.speaker for r in analysis.quotes.itertuples()} == {"a.txt": "Oliver Brack", "b.txt": "Meera Okafor-Brandt"}
    people = analysis.entity_mentions.loc[analysis.entity_mentions["type"] == "PERSON", "entity"]
    assert "Meera Okafor-Brandt" in set(people)
