"""Round 39 (timex, dates44): a syndicated copy's words are read on the day its note says the text first ran.
Every sentence, outlet and name is invented."""

from __future__ import annotations

from datetime import date

from analysis.time.timex import find_timexes

DCT = date(2041, 3, 20)  # a Wednesday: the copy's own day


def values(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.anchor) for t in find_timexes(text, dct)]


COPY = ("This article first appeared in the Varden Courier on March 14, 2041 and is republished with permission.\n"
        "Grain prices jumped after the frost on Tuesday. Velmora Foods lost 8% yesterday, and its bonds were at 60 "
        "cents on Wednesday, down from par last Friday.\n")


def test_a_copy_is_read_on_the_day_its_note_names() -> None:
    got = values(COPY)
    assert got == [
        ("March 14, 2041", "2041-03-14", ""),
        ("Tuesday", "2041-03-12", "first publication:2041-03-14"),
        ("yesterday", "2041-03-13", "first publication:2041-03-14"),
        ("Wednesday", "2041-03-13", "first publication:2041-03-14"),
        ("last Friday", "2041-03-08", "first publication:2041-03-14"),
    ]
    # other wordings of the note: "originally published by X on", "(Reprinted from X, 14 Mar 2041."
    for note in ("This story was originally published by Orlan Wire on 14 March 2041.",
                 "(Reprinted from the Tessaly Post, 14 Mar 2041. Edited for length.)"):
        assert values(note + "\nKeel Bank said yesterday it would sell its branches.")[-1] \
            == ("yesterday", "2041-03-13", "first publication:2041-03-14")


def test_a_paragraph_the_copy_added_is_read_on_the_copys_day() -> None:
    # a labelled update, an editor's note, local reaction or context, a paragraph signed "(Added by X)"
    for added in ("Update, March 19: Velmora Foods rose 3% on Tuesday.",
                  "[Editor's note, 19 March: Velmora Foods rose 3% on Tuesday.]",
                  "Local reaction: Velmora Foods rose 3% on Tuesday.",
                  "In Lisbon, Velmora Foods rose 3% on Tuesday. (Added by the Harbour Desk)"):
        got = values(COPY + added + "\n")
        assert got[-1][0] == "Tuesday" and got[-1][1] == "2041-03-19", added
        assert got[1] == ("Tuesday", "2041-03-12", "first publication:2041-03-14")


def test_a_weekday_the_copy_added_after_the_first_run_is_the_copys() -> None:
    # first run on Tuesday the 19th, the copy of Wednesday the 20th: "on Wednesday morning" is the copy's Wednesday,
    # nearer the first run than the Wednesday before it
    got = values("This story was first published by Orlan Wire on March 19 and has been edited.\n"
                 "Keel Steel fell 16% on Tuesday. Harbor Metals was 0.9% higher on Wednesday morning.")
    assert got[1:] == [("Tuesday", "2041-03-19", "first publication:2041-03-19"),
                       ("Wednesday morning", "2041-03-20TMO", "publication")]


def test_a_note_that_brings_the_text_up_to_date_or_no_copy_leaves_the_publication_day() -> None:
    # the text itself was brought up to the copy's day: its words are the copy's
    for note in ("This article first appeared in the Varden Courier on March 14, 2041 and has been updated.",
                 "This analysis was first published by the Varden Courier on 14 March 2041. It has been edited and "
                 "updated with Asian market reaction.",
                 "(Reprinted from the Tessaly Post, 14 Mar 2041. Edited for length; adds Tuesday trading.)"):
        assert values(note + "\nKeel Bank said yesterday it would sell its branches.")[-1] \
            == ("yesterday", "2041-03-19", "publication"), note
    # a note of no day, a first run long before (an archive piece), and an ordinary text are left alone
    assert values("This article was originally published by Orlan Wire.\nKeel Bank said yesterday it would sell.")[-1] \
        == ("yesterday", "2041-03-19", "publication")
    assert values("This essay first appeared in the Varden Review on May 2, 2039.\nKeel Bank said yesterday it would "
                  "sell.")[-1] == ("yesterday", "2041-03-19", "publication")
    assert values("The fund first published its holdings on March 14. Keel Bank said yesterday it would sell.")[-1] \
        == ("yesterday", "2041-03-19", "publication")
