"""A speech quoted whole is no hub: a short quote whose words it happens to hold is another quotation.

A transcript printed in quotation marks runs to thousands of words and holds most common words ("president",
"country", "want"); matching short quotes to it by shared words alone joined every candidate's one-liner into
the speech's cluster (fidelity 1-3). Every name here is invented.
"""
from __future__ import annotations

from analysis.quotes.cluster import cluster_forms, normalise, similar

_SPEECH = " ".join([
    "Tonight we drove into Harlowton and stopped at a diner, and people stood up to cheer when we walked in.",
    "I want to thank every volunteer in this state, because you knocked on doors when nobody thought we could win.",
    "We are going to bring the factories back, we are going to fix the roads, and we are going to make this country",
    "proud again. My opponent wants to be president of the United States, and she thinks the job is hers already.",
    "But the voters decide, not the pundits, and the voters of this state told the whole country something tonight.",
    "I will be in every county this fall, I will listen to the farmers and the nurses, and I will not forget you.",
] * 4)


def test_a_short_quote_whose_words_a_speech_holds_is_not_the_speech() -> None:
    other = "She wants to be the president of the United States, and the voters will decide that this fall"
    assert not similar(normalise(_SPEECH), normalise(other))
    labels, _ = cluster_forms([normalise(_SPEECH), normalise(other)])
    assert len(set(labels.values())) == 2


def test_an_excerpt_of_the_speech_still_joins_it() -> None:
    excerpt = "I want to thank every volunteer in this state, because you knocked on doors"
    assert similar(normalise(_SPEECH), normalise(excerpt))


def test_two_wordings_of_one_remark_still_join() -> None:
    a = "We will bring the factories back and fix the roads in every county of this state"
    b = "we are going to bring factories back, fix the roads in every single county in the state"
    assert similar(normalise(a), normalise(b))
