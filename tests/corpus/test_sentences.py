import pytest

from analysis.corpus.sentences import sentence_frame, split_sentences


def test_abbreviations_and_decimals_do_not_split():
    text = (
        "Tech giants Microsoft and Google's Alphabet were down 2.14% and over 4%, respectively. "
        "U.S. officials met Apple Inc. executives on Jan. 27. Open research (e.g. PyTorch and Llama) helped."
    )
    assert split_sentences(text) == [
        "Tech giants Microsoft and Google's Alphabet were down 2.14% and over 4%, respectively.",
        "U.S. officials met Apple Inc. executives on Jan. 27.",
        "Open research (e.g. PyTorch and Llama) helped.",
    ]


def test_quotes_that_end_sentences():
    text = "“They came up with new ideas,” LeCun said. “That is the power of open research.” He left."
    assert split_sentences(text) == [
        "“They came up with new ideas,” LeCun said.",
        "“That is the power of open research.”",
        "He left.",
    ]


def test_initials_and_sentence_final_us():
    assert split_sentences("J. Smith spoke. He lives in the U.S. Then he went home.") == [
        "J. Smith spoke.",
        "He lives in the U.S.",
        "Then he went home.",
    ]


def test_question_and_exclamation():
    assert split_sentences("Is China surpassing the US in AI? No! Shares fell 3.5 per cent.") == [
        "Is China surpassing the US in AI?",
        "No!",
        "Shares fell 3.5 per cent.",
    ]


def test_sentence_frame_offsets_index_the_joined_text():
    paragraphs = ["First one. Second one.", "Third one."]
    frame = sentence_frame("d", paragraphs)
    joined = "\n\n".join(paragraphs)
    assert frame["text"].tolist() == ["First one.", "Second one.", "Third one."]
    assert frame["para_id"].tolist() == [0, 0, 1]
    for row in frame.itertuples():
        assert joined[row.char_start:row.char_end] == row.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price or a figure ends a sentence; only letters make a dotted acronym
        ("Shares closed at $12.51. The company said sales rose.", 2),
        # a possessive's or a name's last letter is no initial; "S.&P." still is one
        ("It was the Treasury's. The rest was not.", 2),
        ("Its clients include Marriott and AT&T. And in Georgia, a bill died.", 2),
        ("The S.&P. 500 rose for a fourth week.", 1),
        # words that are also abbreviations: capitalised, or "No." before a number
        ("Its fund invests mainly in wind and sun. But even so, returns fell.", 2),
        ("A: No. I mean it.", 2),
        ("He wore No. 5 in the final.", 1),
        # a company's "Corp." or "Inc." ends a sentence before a sentence's first word or a quote
        ("It borrowed from National Canada Corp. The remaining loan is due in May.", 2),
        ('said an analyst at Brindle & Co. "It is going to get bloody."', 2),
        ("Acme Inc. Chairman Jo Roe spoke.", 1),
        ('units of Quillow Co. "have been following" the plan', 1),
        # a state after a city: a dateline goes on, a sentence in prose ends
        ("RENO, Nev. (AP) — The senator spoke on Tuesday.", 1),
        ("SCRANTON, Pa. — The vice president spoke.", 1),
        ("She grew up in Fresno, Calif. Together they moved east.", 2),
        ("Rubio ties former Fla. Gov. Jo Bush at 41-41.", 1),
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", 1),
    ],
)
def test_sentence_ends_after_abbreviation_like_words(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected, split_sentences(text)
