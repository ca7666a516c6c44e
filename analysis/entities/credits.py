"""Credit regions of an article: bylines, photo and wire credits, datelines, copyright lines.

Names inside these regions are still recognised, but get role="credit" so no count or chart uses them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from analysis.corpus.provenance import looks_like_outlet
from analysis.entities.catalog import Lexicon, get_lexicon

# "(Photo by Marc Delorme/Getty Images)", "(AP Photo/Kenji Arai, File)", "(Reuters/Jane Doe)"
_PAREN_CREDIT_RE = re.compile(
    r"\((?:[A-Z][\w.&-]*\s)?(?:Photo|Photograph|Image|Picture|Photos|Illustration|Graphic)s?\b[^()\n]{0,120}\)"
    r"|\([^()\n]{0,80}/(?:Getty Images|AFP|Reuters|Bloomberg|AP|EPA|Xinhua|Shutterstock|Alamy|Sipa|Pool)[^()\n]{0,40}\)"
)
# a photo's credit closing its caption or its line, with an outlet on either side of the slash ("(Quist Daily / Jane
# Roe)", "(Jane Roe / Quist Herald)"), or an outlet's own picture library ("(Quist Oggi archive)", "(Zorbo News file
# photo)")
_CAPTION_PAIR_RE = re.compile(r"\(([A-Z][^()/\n]{1,60}?)[ \t]*/[ \t]*([A-Z][^()/\n]{1,60}?)\)(?=[ \t.]*\]?[ \t]*$)",
                              re.MULTILINE)
_ARCHIVE_CREDIT_RE = re.compile(r"\((?:[A-Z][\w&'’.-]*[ \t]+){1,4}(?:archive|archives|file[ \t]+photo|file|handout)\)"
                                r"(?=[ \t.]*\]?[ \t]*$)", re.MULTILINE)
# "Marc Delorme/Getty Images", "Park Min-jun/Bloomberg" outside parentheses
_SLASH_CREDIT_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*/[ \t]*(?:[A-Z][\w.&-]*)"
    r"(?:[ \t]+(?:via[ \t]+)?[A-Z][\w.&-]*){0,3}"
)
# a share move after the colon: "QSTL (Freedonia): -7.7%" is a row of a list of moves, no dateline
_NO_MOVE_AFTER = r"(?![ \t]*[+\-−–]?\d[\d.,]*[ \t]*(?:%|pct\b|per[ \t]?cent))"
# a ticker in the brackets ("QUIST PHARMA (QSPH.S) - Licensed ...", "ZORBO (NYSE: ZRB) -"): a factbox's
# company heading, no wire
_NO_TICKER_INSIDE = (r"(?![ \t]*(?:[A-Z0-9&]{1,10}\.[A-Z]{1,3}|[A-Z][A-Za-z]{1,12}[ \t]*:[ \t]*[A-Z0-9][A-Z0-9.&-]*)"
                     r"[ \t]*\))")
# a dateline's date: "Feb 21", "Tuesday, May 4", "Tuesday 4 May", "4 May 2027" (the day before or after the month)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_MONTH_DAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:" + _MONTH + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+"
              + _MONTH + r")(?:,?[ \t]+\d{4})?")
# (or in figures: "LONDON, 15/03/2027 (Example Wire) -", "2027-03-15")
_DATE = r"(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|" + _MONTH_DAY + r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})"
# "LONDON, Feb 21 (Example Wire) -" / "NEW YORK (AP) —" / "PARIS/BERLIN, May 2 (Example Wire) -" (two cities)
_DATELINE_RE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+:\s*)?[A-Z][A-Z .'’/-]{1,40}?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    r"(?:,\s*" + _DATE + r")?\s*\(" + _NO_TICKER_INSIDE + r"[^()\n]{1,40}\)\s*[-–—_:]+" + _NO_MOVE_AFTER +
    r"|^[ \t]*" + _MONTH_DAY + r"[ \t]*"
    r"\([^()\n]{1,40}\)[ \t]*[-–—_:]+"  # "May 4 (Example Wire) -", "Friday 4 May (...) -": no place
    r"|^[ \t]*\([A-Z][^()\n]{1,40}\)[ \t]*[-–—]+"  # "(Example Wire) - ...": the wire alone opens the story
    # a press release's: "LONDON, 23 September 2026 /Example Newswire/ -- Quistel Group plc ..."
    r"|^[ \t]*[A-Z][A-Z .'’-]{1,40}?(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?(?:,\s*" + _DATE + r")?,?[ \t]*"
    r"/[A-Z][^/\n]{1,40}/[ \t]*[-–—]+",
    re.MULTILINE,
)
# "BRINDLEFORD - Workers at ...", "QUISTVILLE, Ohio, May 4 — ...": a dateline without its wire, its place in capitals
# and a spaced dash (or an em/en dash); only near the top of an article, where a dateline stands
_DASH_DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’]{2,}(?:[ \t-][A-Z][A-Z.'’]+){0,2}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][a-z]+)?)?"
    r"(?:,[ \t]*[A-Z][a-z]{2,9}\.?[ \t]+\d{1,2})?(?:[ \t]+[-–—]+[ \t]+|[ \t]*[–—][ \t]*)(?=[A-Z“\"‘'])",
    re.MULTILINE,
)
_DASH_DATELINE_LINES = 3
_DATELINE_PLACE_RE = re.compile(r"[ \t]*(?:[A-Z][a-z]+:\s*)?([A-Z][A-Z.'’]+(?:[ \t/-][A-Z][A-Z.'’]+){0,3})\b")
# "This article was republished from the Example Wire.", "This article is based on reporting by Example Wire.": a
# line naming the wire or paper the article comes from (a credit inside a translation's note or when it credits
# reporting; otherwise the source is an organisation of the story, see `_in_translation_note`)
_SOURCE_LINE_RE = re.compile(
    r"^[ \t]*(?:This|The)[ \t]+(?:story|article|report|piece|item|content)[ \t]+(?:was|is|has[ \t]+been)[ \t]+"
    r"(?:\w+[ \t]+){0,2}?(?:reprinted|republished|syndicated|adapted|reproduced|based[ \t]+on|"
    r"originally[ \t]+(?:published|appeared))\b[^\n]{0,120}$",
    re.MULTILINE,
)

# "Sign up for the Quill Evening Digest to get our picks.", "Quill Sixty is our weekly newsletter - subscribe
# today.": a page's promotion of its own newsletter, no part of the story
_PROMO_LINE_RE = re.compile(
    r"^[ \t]*(?:Sign[ \t]+up|Subscribe)[ \t]+(?:for|to)\b[^\n]{0,160}$"
    r"|^[^\n]{0,80}\bnewsletter\b[^\n]{0,80}\b(?:[Ss]ubscribe|[Ss]ign[ \t]+up)\b[^\n]{0,40}$",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _line_start_re() -> re.Pattern[str]:
    starts = "|".join(re.escape(w) for w in sorted(get_lexicon().credit_line_starts, key=len, reverse=True))
    # (a caption's credit may open inside its bracket: "[Photo: ...]"; a byline in Spanish, Portuguese, French or
    # German opens with "Por", "Par", "Von" as an English one with "By")
    return re.compile(rf"^[ \t]*[\[(]?(?:{starts})[^\n]*|^[ \t]*(?:By|Por|Par|Von)\s+[A-Z][^\n]{{0,80}}$",
                      re.MULTILINE)


# "Jane Roe is a former economist and a contributing columnist for the Daily Ledger.", "John Doe writes about
# insurance for the Courier.": a paragraph of one sentence about the author
_BIO_RE = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]+(?:(?:is|was)\b[^\n.]{0,200}?"
    r"\b(?:columnist|contributor|correspondent|reporter|editor|writer)|writes)\b[^\n.]{0,120}?"
    r"\b(?:for|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]*)+\.?[ \t]*$", re.MULTILINE)
_BIO_MAX_WORDS = 40
# the same bio among the last lines of an article, with or without the outlet and with a disclaimer after it:
# "Jane Roe is a retired fund manager and a contributing writer.", "John Doe is a columnist for the Clarion.
# Opinions here are his alone."
_CLOSING_BIO_RE = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]+(?:is|was)[ \t]+(?:a|an|the)\b[^\n.]{0,160}?"
    r"\b(?:columnist|contributor|correspondent|reporter|editor|writer|commentator|author)s?\b[^\n.]{0,120}\."
    r"(?:[ \t]+[^\n]{0,200})?$", re.MULTILINE)
_SIGN_LINES = 3  # a sign-off stands among the last lines of an article
# a line among the first of an article that opens with the name its byline gives, then what that person is or does:
# the note on the author under the byline ("By Jane Roe" / "Jane Roe is a former inspector and teaches law.", "Jane
# Roe writes a weekly column on pensions."), whatever the note says of her work
_BYLINE_NOTE_RE = re.compile(r"^[ \t]*([A-Z][\w.'’-]+[ \t]+[A-Z][\w.'’-]+)[ \t]+(?:is|was|writes|has[ \t]+been)\b"
                             r"[^\n]*", re.MULTILINE)
_BYLINE_NOTE_LINES = 6
# a reporter's contact line among the last lines of an article: "Jane Roe can be reached at 555-0187 or by email.",
# "Jane Roe may be contacted on ..." (a person's name: "Quist Toys can be reached at 1-800-..." is the story's)
_CONTACT_LINE_RE = re.compile(r"^[ \t]*([A-Z][\w.'’-]+)(?:[ \t]+[A-Z][\w.'’-]+){1,2}[ \t]+(?:can|may)[ \t]+be[ \t]+"
                              r"(?:reached|contacted|emailed)\b[^\n]*$", re.MULTILINE)
_COLUMN_WORK_RE = re.compile(r"\bwrites[ \t]+(?:a|an|the|this)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:column|newsletter|blog)\b")
# what only an opinion writer's note says of its author: "a contributing columnist", "a guest contributor", "The views
# expressed are his own" (not "a former editor of the Ledger who now runs ...", a person of the story)
_COLUMNIST_RE = re.compile(r"\b(?:columnist|contributor|contributing[ \t]+(?:writer|editor|author))\b|\bviews[ \t]+"
                           r"(?:expressed[ \t]+)?(?:here[ \t]+)?are[ \t]+(?:his|her|their|the[ \t]+author['’]s)[ \t]+own\b")
# a note on the writer with a beat ("Jane Roe covers business for the Ledger. She joined ..."), among the last lines
# of a scraped page, where corrections, reprint notes and links may follow it
_BEAT_LINES = 8
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# the last line of an article, one sentence saying who a person named nowhere else is: the note on its author
# ("Jane Roe is a former shipping lawyer.", "John Doe was a fund manager for 20 years and now writes on banks.")
_AUTHOR_NOTE_RE = re.compile(
    r"^[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,2})[ \t]+(?:is|was)[ \t]+(?:a|an)[ \t]"
    r"[^\n.!?]{3,200}\.[ \t]*$",
    re.MULTILINE)
# the author's sign-off line: "— Jane Roe", "-- Jane Roe writes about insurance.", "Jane Roe covers shipping." (a line
# of its own: a dash before the name, or the name then 'writes about' / 'covers' / 'is a columnist ...')
_SIGN_LINE_RE = re.compile(
    r"^[ \t]*(?:[—–]|--)[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}(?=[ \t]*(?:$|[,.]|[ \t](?:writes|covers|"
    r"reports|is|was|has)\b))[^\n]{0,240}$"
    r"|^[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]+(?:writes[ \t]+(?:about|on)|covers)[ \t][^\n]{0,200}$",
    re.MULTILINE)
_SIGN_OFF_CUE_RE = re.compile(r"(?:News|Radio|Television|TV|Network),[ \t]+[A-Z]")
# a broadcast sign-off closing a paragraph: "Jane Roe, Example News, Springfield." / "Jane Roe for Example Radio,
# Geneva." (the reporter, the outlet and the place the report was filed from)
_SIGN_OFF_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}(?:,[ \t]+|[ \t]+for[ \t]+)"
    r"(?:[A-Z][\w&'’-]*[ \t]+){0,3}(?:News|Radio|Television|TV|Network)"
    r",[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}\.[ \t]*$", re.MULTILINE)
# a live blog's line naming the publisher's own desk: "Live coverage from the Quill markets desk. Reload the page
# for the latest.", "Updates by the Quill Business team"
_DESK_LINE_RE = re.compile(
    r"^[^\n]{0,80}?\b(?:coverage|updates|reporting)[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?[A-Z][\w&'’.-]*"
    r"(?:[ \t]+[A-Z][\w&'’.-]*){0,3}(?:[ \t]+[a-z]+){0,2}[ \t]+(?:desk|newsroom|team)\b[^\n]{0,160}$",
    re.MULTILINE)
# "Staff writer Jane Roe contributed to this report.", "John Doe in Brindleford contributed reporting to this
# story.": the sentence crediting the article's other reporters (the wires' and papers' closing note; not "Zorbo
# Bank contributed to the report", a study)
_CONTRIBUTED_RE = re.compile(
    r"(?:^|(?<=[.!?”\"][ \t])|(?<=[.!?][ \t]{2}))[ \t]*[A-Z][^.!?\n]{0,140}?\bcontributed[ \t]+(?:reporting[ \t]+)?"
    r"(?:to|for)[ \t]+this[ \t]+(?:report|story|article|piece)\b[^\n.]{0,40}\.?", re.MULTILINE)
# the wire a story was put together from, credited on a line of its own or in a closing sentence: "From Example Wire
# reports.", "Compiled from Example Wire and Sample News reports", "Example Wire material was used in this report."
# (the wire credit of an edited or reprinted story, not a source the story cites: "Quist Bank data were used in the
# study" names no report of its own)
_WIRE_REPORTS_RE = re.compile(
    r"^[ \t]*(?:(?:Compiled|Adapted|Taken)[ \t]+from|From)[ \t]+(?:the[ \t]+)?[A-Z][^\n.!?]{0,80}?[ \t]reports?"
    r"[ \t]*\.?[ \t]*$", re.MULTILINE)
_WIRE_MATERIAL_RE = re.compile(
    r"(?:^|(?<=[.!?”\"][ \t])|(?<=[.!?][ \t]{2}))[ \t]*[A-Z][^.!?\n]{0,100}?\b(?:material|information|reporting)"
    r"[ \t]+(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+used[ \t]+in[ \t]+this[ \t]+(?:report|story|article)\b"
    r"[^\n.]{0,40}\.?", re.MULTILINE)
# an author box at the end of a page: the writer's name alone on a line, then a note opening with the name, its first
# word or "I" ("Jane Roe\nJane has edited the Ledger since 2019. ...", "Jane Roe\nI'm a senior writer at ...")
_AUTHOR_BOX_RE = re.compile(
    r"^[ \t]*(([A-Z][\w'’-]+)(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]*[\w]){1,2})[ \t]*\n(?:[ \t]*\n)*[ \t]*(\S+)[^\n]*",
    re.MULTILINE)
_WRITER_WORD_RE = re.compile(r"\b(?:reporter|editor|edited|edits|correspondent|writer|columnist|journalist|covers|"
                             r"covered|writes[ \t]+(?:about|on)|reported[ \t]+on|joined[ \t]+the[ \t]+(?:paper|"
                             r"newspaper|site|magazine|newsroom|desk))\b")
_WRITER_VERBS = frozenset({"is", "was", "has", "joined", "covers", "writes", "edits", "reports", "previously"})
# a copyright line, the sign also written "(c)" in plain text: "PRBR - (c) 2029 Quist Publishing.", the year also after
# the holder's name ("© Quist Media Ltd 2028")
_RIGHTS_LINE_RE = re.compile(r"^[^\n]*(?:All rights reserved|Copyright\s+(?:©\s*)?\d{4}|©\s*\d{4}|\(c\)[ \t]*\d{4}"
                             r"|©[ \t]*[A-Z][\w&.,'’ \t-]{0,60}?[ \t](?:19|20)\d\d\b)"  # "© Quist Media Ltd 2028"
                             r"[^\n]*", re.MULTILINE | re.IGNORECASE)
# a credit sentence closing a line after another sentence: "Editor's note: This story has been edited for length.
# Reporting by Jane Roe." (the credit line's words, only after a sentence's end and to the line's end)
_TRAILING_CREDIT_RE = re.compile(
    r"(?<=[.!?])[ \t]+((?:Additional[ \t]+reporting|Reporting|Reported|Editing|Edited|Writing|Written|Compiled|"
    r"Research|Translated(?:[ \t]+and[ \t]+edited)?|Translation)[ \t]+by[ \t]+[A-Z][^\n]{0,160})$", re.MULTILINE)
# a picture's credit closing its caption after a sentence: "Fans watch the final in the square. Photo: Quist
# Daily/Jane Roe]", "... on Monday. Photographer: Jane Roe/Quist Daily", in English or in a caption's other language ("Foto:", "Crédito:"), to the bracket or the line's end
_TRAILING_PHOTO_RE = re.compile(
    r"(?<=[.!?])[ \t]+((?:Photo|Photograph|Photographer|Picture|Image|Credit|Foto|Crédito|Credito|Bild)s?:[ \t]*[A-Z]"
    r"[^\n\])]{0,100})",
    re.MULTILINE)
# an editor's bracketed note after a sentence crediting the outlet or the writer who added or updated a passage:
# "... ended 0.4% higher. (Added by Quist Daily)", "(Updated by Jane Roe)": the note, not the story
_ADDED_BY_RE = re.compile(r"(?<=[.!?”\"])[ \t]+(\((?:Added|Updated|Inserted|Amended)[ \t]+by[ \t]+[A-Z][^()\n]{0,80}\))")
# the source of a syndicated article, at a line's start or after a sentence: "Originally published by Example
# Wire.", "First published in the Example Ledger." (to the sentence's end; a credit only inside a translation's note)
_ORIGIN_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)[ \t]*((?:Originally|First)[ \t]+(?:published|appeared)[ \t]+(?:by|in|on)[ \t]+"
    r"[^\n.!?]{1,80}[.!?]?)", re.MULTILINE)
# the reporters a syndication note adds to its source: "This story is reproduced from Example Wire, with additional
# reporting by Sample Post."
_EXTRA_REPORTING_RE = re.compile(r"\b((?:[Ww]ith|[Aa]nd|[Pp]lus)[ \t]+(?:additional|extra|further)[ \t]+reporting[ \t]+by\b.*)")
# "This report is based on reporting by Example Wire.": the reporters' credit, as "Reporting by" is
_REPORTING_BY_RE = re.compile(r"\bbased[ \t]+on[ \t]+(?:\w+[ \t]+)?reporting[ \t]+by\b")
_TRANSLATED_RE = re.compile(r"\b(?:[Tt]ranslated|[Tt]ranslation)\b")


def _in_translation_note(text: str, at: int) -> bool:
    """True when the line holding ``at`` is a translation's note ("[Translated from German. This article first
    appeared in ...]"): the original it names is the outlet's own, a credit; a syndication note without a translation
    ("Originally published by Example Wire.", "This article was reproduced from Example Wire.") names the source the
    story came from, an organisation the annotated corpora count (eleven of sixteen such notes in eight corpora)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return bool(_TRANSLATED_RE.search(text, start, end if end >= 0 else len(text)))


# a translation's note on the original it was made from ("[Translated from Dutch. The original appeared in Het
# Quistblad on 12 May.]", "[Translated from the Spanish original published in Example Diario, Quistopol.]"): the
# outlet of the original, to the sentence's end (a reprint's "This story was first published by X" names a source
# the annotated corpora count as an organisation of the story, so it is left alone)
_REPRINT_NOTE_RE = re.compile(
    r"\b(?:[Tt]he[ \t]+original[ \t]+(?:article[ \t]+|story[ \t]+|report[ \t]+|version[ \t]+)?(?:appeared|ran|was[ \t]+published)"
    r"|original[ \t]+published)[ \t]+(?:by|in|on)[ \t]+([^\n!?\]]{1,100})")
# the outlet that publishes a syndicated or translated article, named in its note on the source: "It has been edited
# for Example Post readers", "Example Post has added local reaction.", "translated by the English desk of Example
# Post": the article's own outlet, a credit (the source the note names is left to the rules above)
_OWN_OUTLET_RES = (
    re.compile(r"\bedited[ \t]+(?:[a-z]+[ \t]+){0,3}for[ \t]+(?:the[ \t]+)?([A-Z][\w&'’.-]*(?:[ \t]+[A-Z&][\w&'’.-]*){0,4})"
               r"(?=[ \t]+(?:readers|audiences?|subscribers)\b)"),
    re.compile(r"(?:^|(?<=[.!?(\[])[ \t]*)[ \t]*([A-Z][\w&'’.-]*(?:[ \t]+[A-Z&][\w&'’.-]*){0,4})"
               r"(?=[ \t]+has[ \t]+(?:added|updated|expanded)\b)", re.MULTILINE),
    re.compile(r"\bby[ \t]+the[ \t]+(?:[A-Za-z]+[ \t]+){0,2}(?:desk|service|team)[ \t]+of[ \t]+"
               r"([A-Z][\w&'’.-]*(?:[ \t]+[A-Z&][\w&'’.-]*){0,4})"),
)
# the words without which each of ``_OWN_OUTLET_RES`` cannot match (a quick test before the longer pattern)
_OWN_OUTLET_CUES = (re.compile(r"\bedited\b"), re.compile(r"\bhas[ \t]+(?:added|updated|expanded)\b"),
                    re.compile(r"\b(?:desk|service|team)[ \t]+of\b"))
_NOTE_LINE_RE = re.compile(r"(?:[Pp]ublished|[Aa]ppeared|[Tt]ranslated|[Rr]eprinted|[Rr]eproduced)\b")


def _own_outlet_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the publishing outlet's own name in a syndication or translation note (``_OWN_OUTLET_RES``), on a
    line that is such a note (it says the article was published, appeared, was translated or reprinted)."""
    out = []
    for regex, cue in zip(_OWN_OUTLET_RES, _OWN_OUTLET_CUES, strict=True):
        if cue.search(text) is None:
            continue
        for match in regex.finditer(text):
            start = text.rfind("\n", 0, match.start(1)) + 1
            end = text.find("\n", match.start(1))
            if _NOTE_LINE_RE.search(text, start, end if end >= 0 else len(text)):
                out.append(match.span(1))
    return out


# a bracketed label naming the outlet that adds the passage after it: "[Example Trade News adds:]", "(Sample Wire adds)"
_ADDS_LABEL_RE = re.compile(r"[\[(][ \t]*([A-Z][^\[\]()\n]{1,60}?)[ \t]+adds:?[ \t]*[\])]")
# the outlet's own name before an editor's note: "VBJ editor's note:", "Ledger Editor's Note:" (the name only; the
# note itself is read as news)
_NOTE_OWNER_RE = re.compile(r"^[ \t]*((?:[A-Z][\w&'’.-]*[ \t]+){1,4})(?=[Ee]ditor['’]s[ \t]+[Nn]ote\b)",
                            re.MULTILINE)


# the sources of a spliced article, between or after its parts: a line holding only outlets in brackets ("(Example
# Wire, Sample News)", "(Example Wire / Sample Post)") or a part's heading naming its outlet ("--- Example Wire:")
_SOURCE_PARENS_RE = re.compile(r"^[ \t]*\(([A-Z][^()\n]{1,100})\)[ \t]*$", re.MULTILINE)
_SOURCE_HEADING_RE = re.compile(r"^[ \t]*(?:-{2,}|[—–])[ \t]*([A-Z][^\n:]{1,60}):[ \t]*$", re.MULTILINE)
_SOURCE_SPLIT_RE = re.compile(r"[ \t]*(?:[,/;]|\band\b)[ \t]*")


def _source_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines naming only the outlets an article was put together from (``_SOURCE_PARENS_RE``,
    ``_SOURCE_HEADING_RE``): every name a news outlet's ("(Quist Bank)" alone on a line is not one)."""
    out = []
    for regex in (_SOURCE_PARENS_RE, _SOURCE_HEADING_RE):
        for match in regex.finditer(text):
            parts = [p for p in _SOURCE_SPLIT_RE.split(match.group(1)) if p]
            if parts and all(looks_like_outlet(p) for p in parts):
                out.append(match.span())
    return out


def credit_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of credits in `text`. Input: article text. Output: sorted (start, end) pairs."""
    lex = get_lexicon()
    regions: list[tuple[int, int]] = []
    for match in _PAREN_CREDIT_RE.finditer(text):
        regions.append(match.span())
    if "(" in text:
        for match in _CAPTION_PAIR_RE.finditer(text):
            if looks_like_outlet(match.group(1)) or looks_like_outlet(match.group(2)):
                regions.append(match.span())
        for match in _ARCHIVE_CREDIT_RE.finditer(text):
            regions.append(match.span())
    for match in _DATELINE_RE.finditer(text):
        if not _item_with_home(match.group(), lex):
            regions.append(match.span())
    regions.extend(_dash_datelines(text))
    for match in _line_start_re().finditer(text):
        body = match.group().strip()
        if body.startswith("By ") and len(body.split()) > 10:
            continue
        regions.append(match.span())
    for match in _RIGHTS_LINE_RE.finditer(text):
        regions.append(match.span())
    if ":" in text:
        for match in _TRAILING_PHOTO_RE.finditer(text):
            regions.append(match.span(1))
    if " by " in text:
        for match in _TRAILING_CREDIT_RE.finditer(text):
            regions.append(match.span(1))
    if "ed by" in text:
        for match in _ADDED_BY_RE.finditer(text):
            regions.append(match.span(1))
    if "ublished" in text or "ppeared" in text:
        for match in _ORIGIN_SENTENCE_RE.finditer(text):
            if _in_translation_note(text, match.start(1)):
                regions.append(match.span(1))
    if "riginal" in text:
        for match in _REPRINT_NOTE_RE.finditer(text):
            regions.append(match.span(1))
    regions.extend(_own_outlet_spans(text))
    if "adds" in text:
        for match in _ADDS_LABEL_RE.finditer(text):
            regions.append(match.span(1))
    if "ote" in text:
        for match in _NOTE_OWNER_RE.finditer(text):
            regions.append(match.span(1))
    if "contributed" in text:
        for match in _CONTRIBUTED_RE.finditer(text):
            regions.append(match.span())
    if "rom " in text:
        for match in _WIRE_REPORTS_RE.finditer(text):
            regions.append(match.span())
    if "used in this" in text:
        for match in _WIRE_MATERIAL_RE.finditer(text):
            regions.append(match.span())
    for match in _DESK_LINE_RE.finditer(text):
        regions.append(match.span())
    for match in _SOURCE_LINE_RE.finditer(text):
        if _in_translation_note(text, match.start()) or _REPORTING_BY_RE.search(match.group()):
            regions.append(match.span())
        else:  # a syndicated article's source is an organisation of the story; its extra reporters are credits
            extra = _EXTRA_REPORTING_RE.search(match.group())
            if extra:
                regions.append((match.start() + extra.start(1), match.end()))
    for match in _PROMO_LINE_RE.finditer(text):
        regions.append(match.span())
    if "(" in text or "-" in text or "—" in text or "–" in text:
        regions.extend(_source_lines(text))
    if _SIGN_OFF_CUE_RE.search(text):
        for match in _SIGN_OFF_RE.finditer(text):
            regions.append(match.span())
    for match in _SIGN_LINE_RE.finditer(text, _last_lines_start(text, _BEAT_LINES)):  # "— Jane Roe writes ..."
        words = match.group().split()
        if match.start() < _last_lines_start(text, _SIGN_LINES) and words[0][0] in "—–-":
            continue  # a dash opens a sign-off only among the last three lines
        if words[0][0].isalpha() and words[0] not in lex.given_names:
            continue  # without a dash, only a person's name opens a sign-off ("Quist Freight covers ..." is news)
        if len(words) <= _BIO_MAX_WORDS:
            regions.append(match.span())
    if "be reached" in text or "be contacted" in text or "be emailed" in text:
        for match in _CONTACT_LINE_RE.finditer(text, _last_lines_start(text, _BEAT_LINES)):
            if match.group(1) in lex.given_names:
                regions.append(match.span())
    for match in _AUTHOR_BOX_RE.finditer(text, _last_lines_start(text, _BEAT_LINES)):
        name, note = match.group(1).split(), match.group()[match.start(3) - match.start():].split()
        if any(w in lex.org_heads or w.rstrip(".") in lex.legal_suffixes for w in name) \
                or len(note) > 2 * _BIO_MAX_WORDS:
            continue
        if not _WRITER_WORD_RE.search(match.group()):
            continue  # no word of a writer's work: "Zorbo Parts\nZorbo Parts has lost 8% ..." is a heading and news
        if note[0] in ("I'm", "I’m") or note[:2] == ["I", "am"] or len(note) > len(name) and (
                note[0] == name[0] and note[1] in _WRITER_VERBS
                or note[:len(name)] == name and note[len(name)] in _WRITER_VERBS):
            regions.append(match.span())  # the name and the note on its writer
    for match in _BIO_RE.finditer(text):  # the author's bio line: "X is a contributing columnist for the Y."
        if len(match.group().split()) <= _BIO_MAX_WORDS:
            regions.append(match.span())
    closing = _last_lines_start(text, _SIGN_LINES)
    opening = _first_lines_end(text, _SIGN_LINES)
    bylines = _byline_names(text) if "By " in text else set()
    for match in _CLOSING_BIO_RE.finditer(text):
        if len(match.group().split()) > _BIO_MAX_WORDS:
            continue
        name = " ".join(match.group().split()[:2])
        if match.start() >= closing or name in bylines \
                or match.start() < opening and text.count(name.split()[-1]) == 1 \
                and _COLUMNIST_RE.search(match.group()):
            # "X is a retired fund manager and a contributing writer." at the end, or at the top under the byline
            # that names X ("By Jane Roe" / "Jane Roe is a former banker and a contributing columnist."), also where
            # the byline was taken off as furniture and the text names X nowhere else
            regions.append(match.span())
    if " is " in text or " was " in text or "writes" in text or " has been " in text:
        for match in _BYLINE_NOTE_RE.finditer(text, 0, _first_lines_end(text, _BYLINE_NOTE_LINES)):
            if len(match.group().split()) > 2 * _BIO_MAX_WORDS:
                continue
            if match.group(1) in bylines or text.count(match.group(1).split()[-1]) == 1 and (
                    _COLUMNIST_RE.search(match.group()) or _COLUMN_WORK_RE.search(match.group())):
                # "By Jane Roe" / "Jane Roe is a former inspector and teaches law.", or with the byline taken off
                # as furniture, a note naming a person nowhere else that says she writes a column or that the
                # views are her own
                regions.append(match.span())
    for match in _AUTHOR_NOTE_RE.finditer(text, _last_lines_start(text, 1)):
        surname = match.group(1).split()[-1]
        if len(match.group().split()) <= _BIO_MAX_WORDS and text.count(surname) == 1 \
                and not _YEAR_RE.search(match.group()):  # "X was a member of the board from 2015 to 2021." is history
            regions.append(match.span())  # "Jane Roe is a former shipping lawyer." closing, her only mention
    if "/" in text:
        for match in _SLASH_CREDIT_RE.finditer(text):
            tail = match.group().split("/", 1)[1].strip()
            if any(tail == agency or tail.startswith((agency + " ", agency + ",")) for agency in lex.credit_agencies):
                regions.append(match.span())
    regions.sort()
    return regions


_BYLINE_NAME_RE = re.compile(r"^[ \t]*By[ \t]+([A-Z][\w.'’-]+[ \t]+[A-Z][\w.'’-]+)", re.MULTILINE)


def _byline_names(text: str) -> set[str]:
    """The first two words of the names that open bylines ("By Jane Roe, Senior Writer" gives "Jane Roe")."""
    return {" ".join(m.group(1).split()) for m in _BYLINE_NAME_RE.finditer(text)}


def _first_lines_end(text: str, lines: int) -> int:
    """Offset where the first `lines` non-empty lines of `text` end."""
    pos = len(text) - len(text.lstrip())
    for _ in range(lines):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl
        while pos < len(text) and text[pos] in "\n \t":
            pos += 1
    return pos


def _last_lines_start(text: str, lines: int) -> int:
    """Offset where the last `lines` non-empty lines of `text` start."""
    end = len(text.rstrip())
    for _ in range(lines):
        nl = text.rfind("\n", 0, end)
        if nl < 0:
            return 0
        end = len(text[:nl].rstrip())
    return end


def _dash_datelines(text: str) -> list[tuple[int, int]]:
    """Spans of the datelines written without a wire ("BRINDLEFORD - Workers ...") in the first lines of `text`
    (a word the lexicon knows as a term or an organisation, "UPDATE 2 -", "ACME -", is no place)."""
    lex = get_lexicon()
    out: list[tuple[int, int]] = []
    limit = 0
    for _ in range(_DASH_DATELINE_LINES):
        nl = text.find("\n", limit)
        if nl < 0:
            limit = len(text)
            break
        limit = nl + 1
        while text.startswith("\n", limit):
            limit += 1
    for match in _DASH_DATELINE_RE.finditer(text, 0, limit):
        head = match.group().strip().split(",")[0].split()[0]
        if head in lex.known_org_alias or head in lex.non_entity_acronyms or head.title() in lex.stop_capitalised \
                or len(head.rstrip(".")) < 3:
            continue
        out.append(match.span())
    return out


def _item_with_home(dateline: str, lex: Lexicon) -> bool:
    """True for a match of `_DATELINE_RE` that is a list item, no dateline: a name in capitals, a place in the
    brackets where a wire stands and a colon ("QUISTMOOR OPTICS (Frankfurt): Supplies lenses ..."), a company
    and its home city in a factbox."""
    if not dateline.rstrip().endswith(":"):
        return False
    inside = dateline[dateline.rfind("(") + 1:dateline.rfind(")")].strip()
    return inside in lex.places or inside in lex.place_alias


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Spans of the places that open datelines ("LONDON, Feb 21 (Example Wire) -", "BRINDLEFORD - ..."): the
    capitalised words before the comma, the wire or the dash."""
    out: list[tuple[int, int]] = []
    lex = get_lexicon()
    spans = [m.span() for m in _DATELINE_RE.finditer(text) if not _item_with_home(m.group(), lex)] \
        + _dash_datelines(text)
    for start, _end in spans:
        m = _DATELINE_PLACE_RE.match(text, start)
        if m:
            out.append(m.span(1))
    return out


def in_regions(start: int, regions: list[tuple[int, int]]) -> bool:
    """True when offset `start` lies inside one of `regions` (sorted (start, end) pairs)."""
    for a, b in regions:
        if a <= start < b:
            return True
        if a > start:
            break
    return False


CreditKind = Literal["photo", "reporting", "writing", "editing", "byline", "dateline", "copyright", "credit"]
# first match wins: what a credit line says its names did
_CREDIT_KINDS: tuple[tuple[CreditKind, re.Pattern[str]], ...] = (
    ("photo", re.compile(r"\b(?:Photo(?:graph(?:er)?)?s?|Image|Picture|Illustration|Graphic)\b|/\s*Getty", re.I)),
    ("editing", re.compile(r"\b(?:Edit(?:ing|ed)|Translat(?:ed|ion)(?:\s+and\s+edited)?)\s+by\b", re.I)),
    ("reporting", re.compile(r"\b(?:Reporting|Reported|Research)\s+by\b", re.I)),
    ("writing", re.compile(r"\b(?:Writing|Written|Compiled)\s+by\b", re.I)),
    ("copyright", re.compile(r"©|\bCopyright\b|\bAll rights reserved\b", re.I)),
    ("byline", re.compile(r"^\s*By\s+[A-Z]")),
    ("dateline", re.compile(r"^[ \t]*[A-Z][A-Za-z .'’-]{1,40}.{0,30}\([^()\n]{1,40}\)\s*[-–—_:]")),
)


def credit_kind(line: str, name_at: int = -1) -> CreditKind:
    """What a credit line credits its names for: "photo", "reporting", "writing", "editing", "byline",
    "dateline", "copyright", or "credit" when it says nothing more. Input: the line, and optionally the offset
    of the name in it (in "Reporting by A; Editing by B" the clause holding the name decides)."""
    if name_at >= 0 and ";" in line:
        start = line.rfind(";", 0, name_at) + 1
        end = line.find(";", name_at)
        clause = line[start:end if end >= 0 else len(line)]
        for kind, pattern in _CREDIT_KINDS:
            if pattern.search(clause):
                return kind
    for kind, pattern in _CREDIT_KINDS:
        if pattern.search(line):
            return kind
    return "credit"
