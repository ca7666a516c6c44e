"""Quote engine, round 26: constructions from the twenty-fifth corpus's misses and extras and from PolNeAR train's
speaker misses, each a general construction of news prose. Invented sentences, fictional companies and people; the
entity mentions are given by hand, as the entity layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_CORVATH = [("Corvath Mining AS", "Corvath Mining", "ORG"), ("Corvath", "Corvath Mining", "ORG"),
            ("Lindqvist Ore Ltd", "Lindqvist Ore", "ORG"), ("Lindqvist", "Lindqvist Ore", "ORG"),
            ("Ingrid Solheim", "Ingrid Solheim", "PERSON")]


def test_a_defined_term_in_parentheses_is_no_quotation() -> None:
    # a press release's defined terms: the short name the text goes on to use, no one's words
    text = ("Bergen, 3 May 2031 - Corvath Mining AS (OSE: CORV) (\"Corvath\") announces that it has made a proposal "
            "to acquire Lindqvist Ore Ltd (ASX: LQO) (\"Lindqvist\") for A$2.10 a share.")
    assert quotes(text, _CORVATH).empty
    text = "Corvath Mining AS (the \"Company\") announces that it has made a proposal to Lindqvist Ore Ltd."
    assert quotes(text, _CORVATH).empty
    # left alone: a nickname in parentheses holds a word that is no part of the name before it
    text = ("Ingrid Solheim took aim at Lindqvist Ore Ltd (\"Little Lindqvist\"), saying its offer was "
            "\"small and late\".")
    assert "Little Lindqvist" in " ".join(quotes(text, _CORVATH)["quote"])
    # left alone: a quotation in parentheses that is no capitalised name
    text = "Ingrid Solheim said the offer (\"fair and full\") would stand."
    assert list(quotes(text, _CORVATH)["quote"]) == ["fair and full"]


_TINDAL = [("Aaron Pelk", "Aaron Pelk", "PERSON"), ("Pelk", "Aaron Pelk", "PERSON"),
           ("Marrow Super", "Marrow Super", "ORG")]


def test_a_live_blog_time_stamp_opens_no_subject() -> None:
    # "3:05pm - Acme's Jane Roe, on local radio: “…”": the time stamp is no part of the sentence's subject
    for stamp in ("3:05pm - ", "3.05 p.m. ET \u2014 ", "15:05 | "):
        text = f"{stamp}Marrow Super's Aaron Pelk, on local radio: \"Three bidders beat two.\" Fair point."
        got = quotes(text, _TINDAL)
        assert list(got["speaker"]) == ["Aaron Pelk"], (stamp, got.to_dict("records"))
    # left alone: a clock time inside a sentence is no stamp ("At 3:05 - the close - …")
    text = "Aaron Pelk said at 3:05 - just after the close - that \"three bidders beat two.\""
    assert list(quotes(text, _TINDAL)["speaker"]) == ["Aaron Pelk"]


_VELL = [("Dorian Vell", "Dorian Vell", "PERSON"), ("Vell", "Dorian Vell", "PERSON"),
         ("Harwick Gazette", "Harwick Gazette", "ORG")]


def test_a_question_put_to_someone_is_not_theirs() -> None:
    # "In an interview with Y, X was asked, “…?”": the question is Y's
    text = ("In an interview with the Harwick Gazette published online Wednesday, Vell was asked, \"What is the "
            "hardest job you have had?\"\n\nVell joked that it was the last one.")
    row = quotes(text, _VELL).iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("Harwick Gazette", "ORG")
    # no asker named: no one the text names said it (not X, nor the pronoun of the answer after it)
    text = "Dorian Vell spoke on the radio. Vell was asked, \"Would you run again?\" He answered that he might."
    row = quotes(text, _VELL).iloc[0]
    assert row["speaker_type"] == "" and row["speaker"] != "Dorian Vell"
    # left alone: the answer after a question reported without marks, and an active verb after "asked"
    text = "Dorian Vell spoke on the radio. Vell was asked whether he would run again. \"I might,\" he said."
    assert list(quotes(text, _VELL)["speaker"]) == ["Dorian Vell"]
    text = "Vell was asked about the plan and said, \"It is a good plan.\""
    assert list(quotes(text, _VELL)["speaker"]) == ["Dorian Vell"]


_DUNMORE = [("Ray Dunmore", "Ray Dunmore", "PERSON"), ("Dunmore", "Ray Dunmore", "PERSON")]


def test_a_surname_the_text_wrote_in_full_opens_a_sentence_as_a_name() -> None:
    # "Tess Harlan won …. Harlan says Dunmore “…”": the untagged surname of a full name the text wrote is the
    # speaker, not a word capitalised only because it opens the sentence (nor the person after the verb)
    text = ("Tess Harlan won four titles while Dunmore was rising. Harlan says Dunmore \"talked the talk and "
            "walked the walk.\"")
    assert list(quotes(text, _DUNMORE)["speaker"]) == ["Harlan"]
    # left alone: a plural noun opening the sentence is no surname ("Critics say …": a description that names no
    # one), nor a word the text writes after a title only ("President Harbour" is no full name)
    for text in ("Dunmore spoke on Monday. Critics say Dunmore \"talked the talk\" only.",
                 "Dunmore spoke on Monday. President Harbour cheered. Harbour says Dunmore \"talked the talk\" only."):
        assert list(quotes(text, _DUNMORE)["speaker_type"]) == [""], text


_QUILL = [("Ada Quill", "Ada Quill", "PERSON"), ("Quill", "Ada Quill", "PERSON"), ("Lisbon", "Lisbon", "GPE"),
          ("Tarrow Wire", "Tarrow Wire", "ORG")]


def test_a_citing_participle_opening_the_sentence_names_no_source() -> None:
    # "Citing last week's summit and their “…,” X urged …": what is cited is no source; the main clause's
    # subject speaks
    text = ("Ada Quill wrote a column.\n\nCiting last week's Lisbon summit as a wake-up call for voters and their "
            "\"reveries about easy money,\" Quill urged the party to change course.")
    assert list(quotes(text, _QUILL)["speaker"]) == ["Ada Quill"]
    # left alone: "citing" inside the sentence still gives the source the report relies on
    text = "The bank is \"close to a deal,\" the paper said, citing Tarrow Wire."
    assert list(quotes(text, _QUILL)["speaker"]) != ["Ada Quill"]
    text = "Quill wrote on Monday. The talks had \"stalled badly,\" citing Tarrow Wire."
    assert list(quotes(text, _QUILL)["speaker"]) == ["Tarrow Wire"]


_NAMING = [("Ray Dunmore", "Ray Dunmore", "PERSON"), ("Dunmore", "Ray Dunmore", "PERSON"),
           ("Ferrand Authority", "Ferrand Authority", "ORG"), ("Ada Quill", "Ada Quill", "PERSON")]


def test_a_naming_participle_with_its_agent_after_the_quotation() -> None:
    # "labeled “…” by X", "dubbed “…” by X", "Labeled “A” and “B” by X, …": X's words, with or without an
    # auxiliary (and with an adverb between it and the participle)
    for text in ("Ada Quill sent memos recently labeled \"strictly private\" by the Ferrand Authority.",
                 "Ada Quill sent memos. Some were later labeled \"strictly private\" by the Ferrand Authority."):
        assert list(quotes(text, _NAMING)["speaker"]) == ["Ferrand Authority"], text
    text = "The plan, dubbed \"a fantasy\" by Dunmore, was dropped."
    assert list(quotes(text, _NAMING)["speaker"]) == ["Ray Dunmore"]
    text = "Labeled \"dreamers\" and \"drifters\" by Dunmore, the volunteers kept working."
    assert list(quotes(text, _NAMING)["speaker"]) == ["Ray Dunmore"]
    # left alone: a quotation followed by "by" with no naming participle before it
    text = "Ada Quill sent a memo marked \"urgent\" by hand to the Ferrand Authority."
    assert list(quotes(text, _NAMING)["speaker"]) != ["Ray Dunmore"]
