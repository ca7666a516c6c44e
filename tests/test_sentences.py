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
