"""Quote engine, round 25b: speaker misses of PolNeAR train read by class, each fixed as a general construction of
news prose. Invented sentences, fictional clubs and people; the entity mentions are given by hand, as the entity
layer would link them."""

from __future__ import annotations

from test_quote_engine import quotes

_TOLLER = [("Bram Toller", "Bram Toller", "PERSON"), ("Toller", "Bram Toller", "PERSON"),
           ("Pellam Club", "Pellam Club", "ORG"), ("Orla Finnegan", "Orla Finnegan", "PERSON"),
           ("Finnegan", "Orla Finnegan", "PERSON")]


def test_a_participle_after_the_quotation_is_no_inverted_attribution() -> None:
    # "“…,” promising the Pellam Club will return": the participle goes on with the speaker named before; the
    # name after it is its object
    text = ("Toller said the members will still meet for dinner, but said, \u201cIt is time we change how we do "
            "it,\u201d promising the Pellam Club will return to its roots.")
    assert list(quotes(text, _TOLLER)["speaker"]) == ["Bram Toller"]
    # left alone: a finite verb after the quotation still names its speaker
    text = "\u201cIt is time we change how we do it,\u201d said Orla Finnegan, who chairs the Pellam Club."
    assert list(quotes(text, _TOLLER)["speaker"]) == ["Orla Finnegan"]
    # left alone: a participle after the speaker's own attribution
    text = ("\u201cIt is time we change how we do it,\u201d Finnegan said, adding that the Pellam Club would "
            "return to its roots.")
    assert list(quotes(text, _TOLLER)["speaker"]) == ["Orla Finnegan"]


_DRAKE = [("Bram Toller", "Bram Toller", "PERSON"), ("Toller", "Bram Toller", "PERSON"),
          ("Pellam Club", "Pellam Club", "ORG"), ("Oswin Drake", "Oswin Drake", "PERSON"),
          ("Drake", "Oswin Drake", "PERSON")]


def test_the_asker_of_a_time_clause_is_not_who_answers() -> None:
    # "X did not sound confident when Y asked whether …" / "“…,” he said": X answers, Y only asked
    for sentence in ("Toller also did not sound confident when Drake asked whether the Pellam Club would keep its "
                     "ground.",
                     "When Drake asked whether the Pellam Club would keep its ground, Toller did not sound "
                     "confident."):
        text = f"Oswin Drake spoke on Sunday.\n\n{sentence}\n\n\u201cIt is going to be unpredictable,\u201d he said."
        assert list(quotes(text, _DRAKE)["speaker"]) == ["Bram Toller"], sentence
    # left alone: the asker as the sentence's own subject, with no one else there, goes on speaking
    text = ("Bram Toller spoke on Sunday.\n\nDrake asked whether the Pellam Club would keep its ground.\n\n"
            "\u201cIt is going to be unpredictable,\u201d he said.")
    assert list(quotes(text, _DRAKE)["speaker"]) == ["Oswin Drake"]


def test_beamed_gushed_and_enthused_are_speech_verbs() -> None:
    # "“…!” beamed X of Leeds": a verb of saying something gladly, as "quipped" or "boomed" already are
    for verb in ("beamed", "gushed", "enthused"):
        text = f"\u201cThis is fantastic!\u201d {verb} Bram Toller of Leeds, who had come to see the show."
        assert list(quotes(text, _TOLLER)["speaker"]) == ["Bram Toller"], verb
    # left alone: a verb that is no verb of saying ("“…!” read the banner above Bram Toller") names no speaker
    text = "\u201cThis is fantastic!\u201d stood on the banner above Bram Toller, who had come to see the show."
    assert list(quotes(text, _TOLLER)["speaker"]) == [""]
