"""Who said each quotation: the speaker a careful reader would name, from the document's entity mentions.

In the quotation's own sentence, in order: the attribution between the parts of a split quote; a speech verb
right after it ("…," X said / said X / X told Y / X said in a statement / "…?" X asked); a speech verb before
it ("X said: …", "X wrote in a post on Y that …", "X called it "…"", outermost report first, the main clause
before an introductory "After …," clause; -ing verbs take the main-clause subject); "according to X"; an
attribution closing a longer sentence ("“…” by the shooting, X said."); for a colon introduction or a partial
quote, the main-clause subject; the quotation before it in the same sentence. Otherwise from the context: the
speaker of a paragraph ending in a colon, of the previous quotation of the paragraph, of a reported-speech
sentence earlier in the paragraph, of the quotation that ended the previous paragraph (for a paragraph that
is only a quotation), or of the reported speech that ended the previous paragraph.

The phrase next to the verb (:mod:`.phrases`) is mapped to a speaker (:mod:`.speakers`, :mod:`.antecedents`):
a name takes the mention under it (titles stripped); "he"/"she" and definite person descriptions ("the
senator") go to the nearest earlier person that is a subject or a speaker; "it" and organisation descriptions ("the company",
"the newspaper") to the nearest earlier organisation. Indefinite descriptions ("a source", "White House
officials") stay as written; a document ("a statement") names no one unless its author follows. Nothing is
guessed: with no cue the speaker is empty.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

import pandas as pd

from .antecedents import AFFILIATION, AND_ADVERB_BEFORE, ORG_TYPES, PLACE_TYPES, Doc, build_doc
from .clauses import agent_apposition_subject, expected_subject, label_before_occasion, what_subject
from .documents import excerpt_owner
from .marks import paragraphs
from .model import QuoteSpan, Speaker
from .phrases import (Phrase, head_phrase, not_speaker, participle_subject, subject_phrase, tail_phrase,
                      titles_only, tokens)
from .speakers import possessor, publisher, resolve_phrase, trailing_clause_subject
from .stance import stance_holder
from .words import (ACCORDING_TO, DOCUMENTS, FINITE_VERBS, GROUPS, LISTENER_VERBS, PRON_PERSON, ROLE_PERSON, SENTENCE_BREAK,
                    ROLE_ORG, STATE_BODIES, TITLES,
                    hearsay_before, is_sentence_break, not_saying, speech_verbs)

_POST_REACH = 200
_PHRASE_END = re.compile(r"[^\n.;,:!?]*")
_NEW_SENTENCE_WORDS = 6  # "“…?” Trump asked": a short subject after a quote ending in . ! ? still attributes it
_SUBJECT_WORDS = 12  # words of a subject phrase before the speech verb (titles included)
_CLAUSE_WORDS = 30  # with an apposition ("X, 30, of Raleigh, N.C., who was polled, said")
_SUBORDINATE = re.compile(r"\s*(?:after|when|while|as|before|although|though|if|because|since|until|once|even\s+as|"
                          r"even\s+though|whereas|unless)\b", re.I)
_COORDINATE = re.compile(r"(?:,\s+(?:while|but|whereas|and|yet)|;)\s+(?=[A-Z])")
#: a contrasting clause whose subject is a lowercase description of people ("…, but analysts at Acme said …",
#: "…, while economists said …"): the word after the conjunction is read against the role and group nouns
_CONTRAST_THEN_WORD = re.compile(r",\s+(?:while|but|whereas|yet)\s+(?P<word>[a-z]+)\b")


def _described_coordinates(text: str, lo: int, hi: int) -> list[int]:
    """Where each contrasting clause of ``text[lo:hi]`` opens on a description of people as its subject ("Acme has
    not said whether it applied, but analysts at Roe & Co said …": the clause of the analysts), for the order in
    which the speech verbs are read; a capitalised subject is :data:`_COORDINATE`'s."""
    out = []
    for m in _CONTRAST_THEN_WORD.finditer(text, lo, hi):
        word = m.group("word")
        if word in GROUPS or word in ROLE_PERSON or word.endswith("s") and word[:-1] in ROLE_PERSON:
            out.append(m.start("word"))
    return out


#: a subordinate or relative clause opening mid-sentence with its own named subject ("…, hours after Jane Roe said
#: …", "…, to which Jane Roe replied: …", "…, days after the U.S. Coast Guard said …")
_MID_SUBORDINATE = re.compile(r"(?<=[\w,])\s+(?:(?:after|before|when|while|because|since|until|although|though|whereas|"
                              r"to\s+which)\s+|(?:after|before|since)\s+the\s+)"
                              r"(?=(?:[A-Z]\.){2,}\s*[A-Z][\w’']*[a-z]|[A-Z][\w’']*[a-z])")
#: a subordinate clause inside the sentence and the comma that closes it, before its main clause ("…, and when X
#: said it was great to be home, a man yelled")
_SUBORDINATE_THEN_MAIN = re.compile(r"(?:,\s+|;\s+)(?:and\s+|but\s+)?(?:when|after|while|because|before|since|although|"
                                    r"though|once|until)\s+[^,;“”\"]{3,150},\s+")
#: a subordinate clause after the main one, running up to a position with no comma ("They did it again, when the
#: regulator vetoed the deal and praised") but a relative apposition's ("…, while Acme, whose unit lost the case,
#: booked a charge and said"): its words after the conjunction
_SUBORDINATE_TAIL = re.compile(r",\s+(?:such\s+as\s+|as\s+)?(?:when|while|after|as|because|since|before|until|although|though|whereas)\s+"
                               r"(?=[^,;:“”\"]+(?:,\s+(?:who|whose|which)\s[^,;:“”\"]+,[^,;:“”\"]+)?\Z)")
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though|because|since|after|before|when|if|until|"
                           r"unless)\s", re.I)
#: the verb of the sentence after an attribution set inside it between commas ("Pellvane, the lender noted,
#: remains …")
PARENTHETICAL_AFTER = re.compile(r",\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|must|"
                                 r"remains|remained|does|did)\b")
_SEMICOLON = re.compile(r";\s+")
_AS_CLAUSE = re.compile(r"[\s,]*as\s", re.I)
_JOINED_CLAUSE = re.compile(r"[\s,]*(?:and|but|or|yet|so)\s", re.I)
_CREDIT = re.compile(r"\s*[-—–]+\s*")
_AND_BEFORE = re.compile(r"\b(?:and|but|then|and\s+then)\s+$")
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+$")
#: a passive auxiliary before a speech verb, adverbs allowed between ("were later labeled", "has been widely called")
_PASSIVE_ADVERB = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:(?:[a-z]+ly|later|also|since|once|often|"
                            r"even|first|then|long)\s+)*$")
#: a participle that names what the quotation calls something, right before it ("labeled “…”", "dubbed “…”",
#: "described as “…”"): with "by X" after the quotation, X's words
_NAMING_PARTICIPLE = re.compile(r"\b(?:labell?ed|dubbed|branded|termed|nicknamed|called|described\s+as|"
                                r"hailed\s+as|denounced\s+as|derided\s+as|decried\s+as)\s*"
                                r"(?:[“\"][^“”\"]{1,60}[”\"],?\s+(?:and|or)\s+)?$", re.I)  # ("dubbed “A” and “B” by X")
_BY = re.compile(r"\s+by\s+")
#: what follows the agent of a passive speech verb when the report goes on ("asked by X whether …", "told by X:")
_REPORTED = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+(?:\s+(?:morning|afternoon|evening|night))?)?"
                       r"[\s,]*(?:$|[:“\"]|(?:whether|if|that|about|how|why|what|as)\b)")
#: a lower-case word after a verb (not a name: the verb opens a clause, "Asked whether …", "Told that …")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
#: a speech verb read with its preposition ("published on", "posted in"): what follows is where, not who
_VERB_THEN_PLACE = re.compile(r"\s(?:on|in|at|to|via|onto)$")
#: a negation right before a verb ("has not responded", "did not say", "hasn't commented")
_NEGATED_VERB = re.compile(r"(?:\bnot|n['’]t|\bnever|\byet\s+to)\s+(?:(?:yet|immediately|publicly|directly)\s+)?\Z")
_GAP_BREAK = re.compile(r"[.!?][\"”’']*\s")
_INDEFINITE = {"a", "an", "one", "another", "some"}
#: the start of a reported clause right after a speech verb ("said that …", "said he would …")
_REPORTED_CLAUSE = re.compile(r"\s+(?:(?:that|he|she|it|they|we|there|the|a|an|this|his|her|their|its)\s|"
                              r"[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:is|was|would|will|had|has|could|should|must)\b)")


#: the quotation named again right after it as words, with a relative clause whose verb of saying has no subject of
#: its own ("“…”, a passage lawyers said could open the door to claims", "“…”, a line aides believe was aimed at
#: X"): those after the noun judge the words, they did not say them
_RENAMED_WORDS = re.compile(r"[”\"’']?\s*,\s+(?:a|an|the|one)\s+(?:passage|phrase|line|remark|comment|sentence|"
                            r"wording|formulation|description|characteri[sz]ation|term|finding)\s+(?:that\s+|which\s+)?"
                            r"[^,.;:“”\"]{1,60}?\s+(?:said|say|says|believe|believes|believed|think|thinks|thought|"
                            r"argued|argue|argues)\s+(?:could|would|should|might|may|will|can|was|were|is|are|had|has|"
                            r"have)\b")


def _after(doc: Doc, span: QuoteSpan, stop: int) -> Speaker | None:
    """A speech verb right after the quotation: "…," X said / said X / X told Y."""
    text = doc.text
    last = text[span.segments[-1][1] - 1:span.segments[-1][1]]
    hi = min(stop, span.close_at + _POST_REACH)
    verbs = speech_verbs(text, span.close_at, hi, verbs_only=True)
    if not verbs:
        return None
    vs, ve, _ = verbs[0]
    if _RENAMED_WORDS.match(text, span.close_at, hi):
        return None  # "… had “…”, a passage lawyers said could open the door": the lawyers judge the words
    before = text[span.close_at:vs]
    subject = tokens(text, span.close_at, vs)
    if before.rstrip().endswith(","):  # "“…?” Miller, a retired worker from a nuclear plant, said"
        subject = subject[:next((i for i, w in enumerate(subject) if w[0] == ","), len(subject))]
    fragment = span.kind == "partial" or text[span.segments[0][0]:span.segments[0][0] + 1].islower()
    if last in ".!?" and before.strip()[:1].isupper() and (fragment or len(subject) > _NEW_SENTENCE_WORDS):
        # the quotation ended its sentence ("X called Y a “liar.” Z said …", also after a comma: "calling her,
        # among much else, “a spent force.” Z fired back"); the next one is not its attribution
        return None
    if last in ".!?" and before.strip()[:1].isupper() and "," in before and PARENTHETICAL_AFTER.match(text, ve):
        return None  # "“… in hand.” Pellvane, the lender noted, remains …": the next sentence's attribution
    if last in ".!?" and before.strip()[:1].isupper() and _NEGATED_VERB.search(text, span.close_at, vs):
        return None  # "“… balance sheets.” Acme has not responded.": the next sentence says who did not speak
    if last == "." and before.strip()[:1].isupper() and _REPORTED_CLAUSE.match(text, ve):
        return None  # "“… campaign.” Jane Roe said she would have fired him": the verb reports its own clause
    if last in ".!?" and before.strip()[:1].isupper() and stop < len(text) and text[stop] in "\"“”" \
            and text[ve:stop].rstrip().endswith((",", ":")) and len(tokens(text, ve, stop)) <= 4:
        return None  # "“Why now?” Mills then writes back, “You look cute.”": the verb of the next quotation
    if last in ".!?" and not before.strip() and text[vs].isupper() and _LOWER_NEXT.match(text, ve):
        # "“…” Asked whether X would …, she said": a participle opening the next sentence, whose subject speaks
        # there (an inverted attribution in a title-case headline names someone: "“Why Now?” Asks Jane Roe")
        return None
    if _AS_CLAUSE.match(before) and _REPORTED_CLAUSE.match(text, ve):
        return None  # "X said Y would go “at the end of the month”, as Z confirmed it was reviewing …"
    if _JOINED_CLAUSE.match(before) and last not in (",", "—", "–") and not before.rstrip().endswith(","):
        return None  # "X accuses Y of “leading from behind” and Z says …": the next clause's verb
    if span.kind == "partial" and last not in (",", "—", "–") and before.strip(" ,") \
            and AND_ADVERB_BEFORE.search(text, span.close_at, vs):
        return None  # "X disputed the report that Y had “insulted” Z, and said …": the main clause's verb
    if _OTHER_CLAUSE.search(before) and not before.rstrip().endswith(","):
        # "X accused Y of an “artful smear” while Y suggests …": the verb of another clause (but "“…” if she
        # loses, said X": the inverted attribution of the whole sentence)
        return None
    if not before.strip(" ,—–-\u00a0"):
        if text[vs:ve].casefold().endswith("ing") and (last == "," or before.strip(" \u201d\"’").startswith(",")):
            # "“…,” promising the club will return": a participle goes on with the quotation's own speaker (the
            # subject before it); what follows is its object, no inverted attribution ("“…,” saying X" is none)
            return None
        found = resolve_phrase(doc, head_phrase(text, ve, hi), span.open_at)
        if found is None or not found.type or found.type in ORG_TYPES:  # "“…”, says Acme chief" over an article naming its chief
            found = chief_of(doc, ve, ve + len(_PHRASE_END.match(text, ve, hi).group(0).rstrip())) or found
        return found
    by = _BY.match(text, ve, hi)
    if by and len(tokens(text, span.close_at, vs)) <= _SUBJECT_WORDS and not _GAP_BREAK.search(before):
        found = resolve_phrase(doc, head_phrase(text, by.end(), hi), span.open_at)  # "… – as described by X"
        if found is not None and found.type:
            return found
    inverted = _inverted_after_comma(doc, span.close_at, vs, ve, hi)
    if inverted is not None and _GAP_BREAK.search(before) is None:
        return inverted
    words = tokens(text, span.close_at, vs)
    first_comma = next((i for i, w in enumerate(words) if w[0] == ","), len(words))
    if first_comma <= _SUBJECT_WORDS and len(words) <= _CLAUSE_WORDS and (
            before.lstrip()[:1] in (",", "—", "–") or last in (",", "—", "–")) or len(words) <= _SUBJECT_WORDS:
        found = resolve_phrase(doc, subject_phrase(text, span.close_at, vs), span.open_at)
        if found is not None:
            return found
    if last in (",", "—", "–") and len(words) <= _CLAUSE_WORDS:
        ph = head_phrase(text, span.close_at, vs)  # "“…,” experts X and Y of the Z Institute wrote"
        if ph is not None and ph.kind == "name":
            return resolve_phrase(doc, ph, span.open_at)
    if before.rstrip().endswith(","):  # "“…” in the 2008 primary, said professor X"
        return resolve_phrase(doc, head_phrase(text, ve, hi), span.open_at)
    return _someone(doc, span.close_at, vs)


def _someone(doc: Doc, lo: int, vs: int) -> Speaker | None:
    """An indefinite description of someone the vocabulary does not know, right before the speech verb ("“…,”
    one commenter wrote"): the quotation is theirs, a speaker with no name (not the paragraph's earlier one)."""
    words = [w for w, _, _ in tokens(doc.text, lo, vs) if w not in (",", "—", "–")]
    if not 2 <= len(words) <= 4 or words[0].casefold() not in _INDEFINITE \
            or not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    surface = " ".join(words)
    return Speaker(surface, "", surface, "adjacent")


def _inverted_after_comma(doc: Doc, lo: int, vs: int, ve: int, hi: int) -> Speaker | None:
    """The speaker of a speech verb right after a comma, named after it and closed by a comma or the sentence's
    end: "…, says Jane Roe, a historian, is that …", "“…” that X can win, said Jane Roe, a strategist" (a verb
    after a comma has no subject before it)."""
    text = doc.text
    if not text[lo:vs].rstrip().endswith(",") or text[vs:ve].casefold() in LISTENER_VERBS:
        return None
    ph = head_phrase(text, ve, hi)
    if ph is None or ph.kind != "name" or text[ph.end:ph.end + 1] not in (",", ".", ";", ""):
        return None
    found = resolve_phrase(doc, ph, vs)
    return found if found is not None and found.type else None


#: words after the closing attribution's verb up to the sentence's end ("…, Nefzi said on Tuesday.")
_TAIL_WORDS = 6
#: or more words, when they are only the verb's setting: a phrase opening on a preposition or a time word, and a
#: clause of time, cause or concession after a comma ("…, Roe said in an interview on Thursday, as the company
#: works to reroute exports.", "…, she said in a video message to the convention.")
_VERB_SETTING = re.compile(r"\s+(?:in|on|at|during|to|via|by|from|before|after|late|early|last|this|earlier|later)\b"
                           r"[^,;:“”\"]*(?:,\s+(?:as|while|after|when|before|because|since|although|though)\b"
                           r"[^;:“”\"]*)?")


def _sentence_tail(doc: Doc, span: QuoteSpan, stop: int) -> Speaker | None:
    """An attribution closing the sentence after more words: "“A” by the shooting, Nefzi said."."""
    text = doc.text
    if text[span.segments[-1][1] - 1] in ".!?" and text[span.close_at:span.close_at + 2].strip()[:1].isupper():
        return None  # "“… within two weeks.” The company also said …, which it described": the next sentence's
    verbs = speech_verbs(text, span.close_at, stop, verbs_only=True)
    if not verbs:
        return None
    vs, ve, verb = verbs[-1]
    if verb not in FINITE_VERBS or (len(tokens(text, ve, stop)) > _TAIL_WORDS and not _VERB_SETTING.fullmatch(
            text, ve, stop)) or PARENTHETICAL_AFTER.match(text, ve):
        return None  # (not "“… in hand.” Pellvane, the lender noted, remains …": the next sentence's)
    comma = text.rfind(",", span.close_at, vs)
    if comma < 0 or len(tokens(text, comma, vs)) > _SUBJECT_WORDS:
        return None
    return resolve_phrase(doc, subject_phrase(text, comma + 1, vs), span.open_at)


def _nobody_between(doc: Doc, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names no entity and reports no speech."""
    return bisect_right(doc.starts, lo) == bisect_right(doc.starts, hi) and not any(
        v[2] in FINITE_VERBS for v in speech_verbs(doc.text, lo, hi))


def _past_places(doc: Doc, ph: Phrase | None, hi: int) -> Speaker | None:
    """The speaker a main-clause subject names, read past a place that ends an introductory phrase ("Speaking
    in Salem, New Hampshire, Trump went after Bush, calling him …": Trump, not New Hampshire)."""
    found = resolve_phrase(doc, ph, hi)
    for _ in range(3):
        if ph is None or found is None or found.type not in PLACE_TYPES:
            break
        ph = participle_subject(doc.text, ph.end + 1, hi, adjacent=False)
        found = resolve_phrase(doc, ph, hi) if ph is not None else found
    return found


#: The words that give a colon introduction's source after "from" ("a line from X:", "a statement from X:", a live
#: blog's "Early reaction, from X at Y:", "Some perspective from X:", "Quote of the day, from X:") or a press release's
#: "attributable to" ("Quote attributable to X:").
_SOURCE_INTRO = re.compile(r"\b(?:line|lines|statement|comment|comments|quote|note|message|words|remarks|letter|memo|"
                           r"reaction|reactions|response|perspective|view|views|thoughts|take|verdict|insight)\b,?\s+(?:\w+,?\s+){0,3}?(?:from|attributable\s+to|"
                           r"attributed\s+to)\s+(?=[^:]{1,160}:$)", re.I)


#: a subject of people opening the sentence, with one of them named as the example ("Others, such as Jane Roe of
#: Acme, think …", "Some analysts, including Jane Roe, expect …"); not a list of names ("such as X and Y")
_ONE_EXAMPLE = re.compile(r"\s*(?:[A-Z][a-z]+)(?:[ \t]+[a-z]+){0,2},[ \t]+(?:such[ \t]+as|including|like)[ \t]+"
                          r"(?P<name>[A-Z](?:(?![ \t](?:and|or)[ \t])[^,;:.\n“”\"])*),[ \t]+[a-z]")


#: a sentence opening on what it is about, then a pronoun subject ("On her predecessor, Jane Roe, she was brief:",
#: "As for the bonus, he said:", "About the rival bid, she was blunt:")
#: a topic before a name and a colon, no speaker's label ("… says the numbers were “solid”. On Acme: “…”")
_TOPIC_LABEL = re.compile(r"[ \t]*(?:On|About|Regarding|As[ \t]+for|Asked[ \t]+about)[ \t]+")
_TOPIC_OPENING = re.compile(r"\s*(?:On|Of|About|As\s+for|Regarding|Asked\s+about)\s+[^:;,“”\"]{1,80},\s+"
                            r"(?:[^:;,“”\"]{1,60},\s+)?(?P<pron>he|she)\s+(?=[a-z])")


def _clause_subject(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The main-clause subject of the sentence, for a quotation introduced by a colon ("X delivered a blunt
    message: “…”") or quoted inside X's paraphrase ("X called immigrants “rapists”"): a name or a pronoun."""
    # the name right before the quotation is its object or the reported clause's subject, not the speaker
    # ("Trump called immigrants from Mexico “rapists”", "X said that Y “melted down”")
    coord = [m.end() for m in _COORDINATE.finditer(doc.text, lo, span.open_at)]
    if hearsay_before(doc.text, coord[-1] if coord else lo, span.open_at):
        return None  # "X was said to be “furious”", "what is called a “debate”": X is spoken of
    if coord:  # "X signed an order, while Y proposed we “…”": the subject of the clause holding the quotation
        ph = participle_subject(doc.text, coord[-1], span.open_at, adjacent=False)
        if ph is not None and ph.kind != "description":
            return _past_places(doc, ph, span.open_at)
    topic = _TOPIC_OPENING.match(doc.text, lo, span.open_at)
    if topic is not None:
        # "On her predecessor, Jane Roe, she was brief: “…”": the pronoun after the topic is the subject, taken up
        # from before the sentence (the name in the topic is who she speaks of)
        a, b = topic.start("pron"), topic.end("pron")
        found = resolve_phrase(doc, Phrase("pronoun", a, b, a, b, head=topic.group("pron")), span.open_at, lo)
        if found is not None and found.type:
            return found
    example = _ONE_EXAMPLE.match(doc.text, lo, span.open_at)
    if example is not None:  # "Others, such as Jane Roe of Acme, think the bank will wait: “…”": Roe, the one named
        ph = head_phrase(doc.text, example.start("name"), example.end("name"))
        found = resolve_phrase(doc, ph, span.open_at) if ph is not None and ph.kind == "name" else None
        if found is not None and found.type == "PERSON":
            return found
    ph = participle_subject(doc.text, lo, span.open_at, adjacent=False)
    if ph is not None and ph.kind == "description" and ph.head in STATE_BODIES:
        found = resolve_phrase(doc, ph, span.open_at)  # "The Finnish labour ministry put out a note: …"
        return found if found is not None and found.type and found.attribution == "adjacent" else None
    if ph is not None and ph.kind == "description" and ph.head in DOCUMENTS:
        # "The agency's inspection form lists three findings, including that the plant “…”": the owner's words
        found = resolve_phrase(doc, ph, span.open_at)
        return found if found is not None and found.type in ORG_TYPES else None
    if ph is None or ph.kind == "description":
        return None
    return _past_places(doc, ph, span.open_at)


#: a relative clause opening right before a verb: ", who had", ", who last week", ", who"
#: a relative clause with a subject of its own before its verb of saying ("…, which the FBI said was “…”", "…, which
#: an inquiry found was", "X's tweet, in which he said he had “…”"): the verb's subject is that one, not the main
#: clause's
_WHICH_SUBJECT = re.compile(r",\s+(?:(?:which|that)\s+(?:the|an?|its|[A-Z])"
                            r"|(?:in|on|at|with)\s+which\s+(?:the|an?|its|[A-Z]|(?:he|she)\b))[^,;:“”\"]{0,60}?\s+\Z")
#: a relative clause with no comma between a description and its verb ("One employee who was there said")
_RELATIVE_THEN_VERB = re.compile(r"[ \t]+(?:who|that)[ \t]+[^,;:.“”\"\n]{3,80}?[ \t]+\Z")


def _described_with_relative(text: str, lo: int, vs: int) -> Phrase | None:
    """The subject of a clause that opens on an indefinite description of a person and a restrictive relative
    clause before the speech verb: "One employee who was at the meeting said: “…”" (that unnamed person speaks,
    not the one named in the sentence before). None for any other words."""
    ph = head_phrase(text, lo, vs)
    if ph is None or ph.kind != "description" or ph.definite or ph.head not in ROLE_PERSON \
            or text[lo:ph.start].strip():
        return None
    return ph if _RELATIVE_THEN_VERB.fullmatch(text, ph.end, vs) else None


#: the subject of a parenthetical attribution set off by commas right before the quotation ("… and, she says,
#: “…”", "Now, he says, “…”"): a pronoun or a name of one to three words after a comma
_PARENTHETICAL_SUBJECT = re.compile(r",\s+(?:he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+\Z")
#: a word opening a subordinate clause (of time, cause or concession)
_SUBORDINATOR = re.compile(r"\b(?:when|after|since|as|while|before|because|although|though|if|once|until|whereas)\s")


def _in_subordinate(text: str, lo: int, vs: int) -> bool:
    """Whether the verb at ``vs`` stands in a subordinate clause: a subordinating word between the comma before
    it (or ``lo``) and the verb ("Since Monday, when Acme announced …")."""
    return bool(_SUBORDINATOR.search(text, max(lo, text.rfind(",", lo, vs) + 1), vs))


#: a relative clause opening right before its verb of saying: of a person ("Y disagreed with X, who had called it")
#: or of an organisation ("upgraded to “buy” at Acme Partners, which said the selloff was “…”")
_WHO_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:(?:had|has|have|was|is|also|later|then|once|earlier|recently|"
                         r"[a-z]+ly)\s+)*$")


#: a time or place adverbial ("on April 17", "in March", "last month", "earlier this week", "a day earlier")
_ADVERBIAL = (r"(?:(?:on|in|since|during|at)\s+(?:the\s+)?(?:[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?"
              r"|\d{4}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
              r"|(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|quarter|spring|summer|"
              r"autumn|fall|winter|[A-Z][a-z]+)|(?:a|one|two|three|four|five|six)\s+(?:day|week|month|year)s?\s+"
              r"(?:ago|earlier|before)|yesterday|earlier|previously)")
#: a relative pronoun of a thing or body as the subject of the verb right after it, an adverbial maybe between them
#: (", which in March called", ", which accuses", "a lawsuit filed on Monday that accused"): the relative's
#: antecedent speaks, not the main clause's subject nor a name inside the adverbial ("that" with no comma: a
#: complementiser "that" is followed by a subject of its own). (", who …" of a person named right before is
#: :data:`_WHO_BEFORE`'s)
_RELATIVE_TIMED = re.compile(r"(?:,\s+which(?:\s+(?:(?:also|then|once|later|[a-z]+ly)\s+)?" + _ADVERBIAL
                             + r",?)?|[ \t]+that(?:\s+" + _ADVERBIAL + r",?)?)\s+(?:(?:also|then|[a-z]+ly)\s+)?\Z")
#: a verb that puts out a document or a thing right before its description, with an auxiliary ("is releasing a new",
#: "has posted an", "put out a")
_ISSUED_BEFORE = re.compile(r"(?:\s+(?:is|are|was|were|has|have|had|just|also))*\s+(?:issued|issuing|released|releasing|"
                            r"published|publishing|posted|posting|circulated|circulating|aired|airing|ran|running|"
                            r"put\s+out|putting\s+out|sent\s+out|sending\s+out)\s+\Z")
#: a participle phrase of time after a noun, before its relative clause ("a lawsuit filed on Monday that …", "a suit
#: brought in May that …")
_TIMED_PARTICIPLE = re.compile(r"[ \t]+[a-z]+(?:ed|en|ght|wn)(?:\s+" + _ADVERBIAL + r"){1,2}\Z")


def _relative_antecedent(text: str, clause: int, vs: int) -> Phrase | None:
    """The antecedent of a relative pronoun that is the subject of the verb at ``vs`` (:data:`_RELATIVE_TIMED`):
    "the heater maker, which in March called the findings “…”" (the maker, not a body named before); "a
    lawsuit filed on Monday that accused X of a “…”" (the lawsuit: no one's words named); a document its sentence's
    subject puts out speaks for that subject ("X is releasing an ad that urges voters to “…”"). None when no such
    clause holds the verb, or no phrase ends right before its relative pronoun."""
    rel = _RELATIVE_TIMED.search(text, max(clause, vs - 90), vs)
    if rel is None:
        return None
    end = rel.start()
    timed = _TIMED_PARTICIPLE.search(text, max(clause, end - 60), end)
    end = timed.start() if timed is not None else end
    ph = tail_phrase(text[:end], clause, end)  # (the words after it are no part of it)
    if ph is None or ph.end != len(text[:end].rstrip()) or ph.kind == "pronoun":
        return None
    issued = _ISSUED_BEFORE.search(text, max(clause, ph.start - 60), ph.start) \
        if ph.kind == "description" and ph.head not in ROLE_PERSON else None
    if issued is not None:
        # "X is releasing a new ad that urges voters to “…”": what X puts out says X's words, the subject's
        return subject_phrase(text, clause, issued.start())
    return ph


#: a report of what a named party told a listener, inside another's report, the quotation in the clause it told:
#: "Acme said Roe & Co had told its directors on Monday that it “…”" (the quoted words are the teller's)
_NESTED_TELLER = re.compile(r"\b(?:said|says|disclosed|announced|confirmed|stated)\b,?\s+(?:that\s+)?"
                            r"(?P<name>[A-Z][^\s,.;:“”\"]*(?:\s+[A-Z&][^\s,.;:“”\"]*){0,4})\s+"
                            r"(?:had\s+|has\s+)?(?P<verb>told|informed|assured|warned|notified)\s+"
                            r"(?:[^.;:!?“”\"]|\.(?=\s+\d)){1,80}?\bthat\s+[^.;:!?“”\"]*$")  # (a date's point: "on Oct. 13")


def _nested_teller(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The named party whose telling a listener another's report relays, when the quotation stands in the clause
    it told: "Acme said Roe & Co had told its directors that it “…”" (Roe & Co, not Acme)."""
    m = _NESTED_TELLER.search(doc.text, lo, span.open_at)
    if m is None or speech_verbs(doc.text, m.end("verb"), span.open_at, verbs_only=True):
        return None  # (no second report inside the told clause)
    ph = head_phrase(doc.text, m.start("name"), m.end("name"))
    if ph is None or ph.kind != "name":
        return None
    found = resolve_phrase(doc, ph, span.open_at)
    return found if found is not None and found.type else None


#: the object of an active "quoted" and the participle after it: "quoted Energy Minister X as saying",
#: "quoted him as telling reporters", "quoted a spokesman for Y as having said"
_QUOTED_AS = re.compile(r"\s+(?P<who>[^.;:!?“”\"]{1,100}?)\s+as\s+(?:saying|telling|having\s+(?:said|told)|"
                        r"stating|writing)\b")
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they", "it": "it"}


def _quoted_as(doc: Doc, ve: int, hi: int) -> Speaker | None:
    """The one an active "quoted … as saying" names, a name, a description or an object pronoun ("The state
    agency quoted X as saying “…”": X, not the agency); None when there is no such object."""
    m = _QUOTED_AS.match(doc.text, ve, hi)
    if m is None:
        return None
    who = m.group("who")
    if who.casefold() in _OBJECT_PRONOUN:
        ph = Phrase("pronoun", m.start("who"), m.end("who"), m.start("who"), m.end("who"),
                    head=_OBJECT_PRONOUN[who.casefold()])
    else:
        ph = head_phrase(doc.text, m.start("who"), m.end("who"))
    found = resolve_phrase(doc, ph, hi) if ph is not None else None
    return found if found is not None and found.type else None


def _opening_citing(text: str, span: QuoteSpan, m: re.Match[str]) -> bool:
    """Whether an according-to cue is a participle "Citing" opening the sentence: "Citing last week's attack and
    their “…,” Quill urged …" (what is cited is no source; the main clause's subject after it speaks)."""
    return m.group(0).strip().casefold() == "citing" and not text[span.sent_start:m.start()].strip(" \"“‘'")


#: a relative clause opening on a pronoun subject, up to its verb (", which we", ", that I have")
_RELATIVE_PRONOUN_SUBJECT = re.compile(r",\s+(?:which|that|whom)\s+(?:we|I|you|they|he|she)\s+(?:(?:have|had|has)\s+)?"
                                       r"(?:(?:already|also|just|first)\s+)?\Z")
#: a subordinate clause opening inside the sentence on its subject ("… after its chief executive, X, told …")
_INNER_SUBORDINATOR = re.compile(r"\s(?:after|before|when|while|because|since|until|although|though|whereas)\s+"
                                 r"(?=(?:its|his|her|their|the|[A-Z]))")
#: a relative aside between commas (", which we mentioned earlier,"), left out when looking for the main verb
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|that)\s[^,]*,")
#: a finite verb of the main clause before the subordinate one ("X is now up 2% after …", "X fell after …")
_MAIN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|rose|fell)\b")


def _subordinate_subject(text: str, lo: int, vs: int) -> Phrase | None:
    """The subject of the verb at ``vs`` when that verb is in a subordinate clause after a complete main clause:
    "Acme, which we mentioned earlier, is up 2% after its chief executive, Jane Roe, told a conference …" (Roe,
    not the main clause's subject). None when no such clause holds the verb."""
    found = None
    for m in _INNER_SUBORDINATOR.finditer(text, lo, vs):
        found = m
    if found is None or not _MAIN_FINITE.search(_RELATIVE_ASIDE.sub("", text[lo:found.start()])):
        return None
    ph = subject_phrase(text, found.end(), vs)
    return ph if ph is not None and ph.kind == "name" else None


#: an opening prepositional phrase up to a participle that qualifies its noun ("In an interview published …", "On
#: the review announced last week, she said")
_OPENING_PARTICIPLE = re.compile(r"\s*(?:In|At|During|Through|Under|On|About|Regarding|Of)\s+"
                                 r"(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*\s+")


def _before(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """A speech verb before the quotation in its sentence: "X said: …", "X called it "…"", "according to X"."""
    text = doc.text
    teller = _nested_teller(doc, span, lo)
    if teller is not None:
        return teller
    verbs = speech_verbs(text, lo, span.open_at, verbs_only=True)
    # a verb that says nothing there, before another one ("… how X responds to violence, with Y telling reporters
    # …"): Y reports, not X
    verbs = [v for k, v in enumerate(verbs) if k == len(verbs) - 1 or not not_saying(text, v[1], v[2])]
    # a participle after the noun of an opening phrase ("In an interview published on Tuesday by the Daily, X said
    # …"): it qualifies the noun and has no subject; the main clause's verb after it reports
    # (the main clause right after the phrase's comma: "In an article posted on X, the Y, and …, Z urged" is left)
    verbs = [v for k, v in enumerate(verbs) if k == len(verbs) - 1
             or not _OPENING_PARTICIPLE.fullmatch(text, span.sent_start, v[0])
             or text.count(",", v[1], verbs[k + 1][0]) != 1]
    # a verb of a relative clause with a pronoun subject of its own ("X, which we mentioned earlier, is up 2% after
    # its chief executive told …"): the pronoun reports there, not the name the clause describes
    verbs = [v for k, v in enumerate(verbs) if k == len(verbs) - 1
             or not _RELATIVE_PRONOUN_SUBJECT.search(text, max(lo, v[0] - 30), v[0])]
    acc = [m for m in ACCORDING_TO.finditer(text, lo, span.open_at) if not _opening_citing(text, span, m)]
    according = None
    if acc and (not verbs or acc[-1].start() > verbs[-1][0]):
        found = resolve_phrase(doc, head_phrase(text, acc[-1].end(), span.open_at), span.open_at)
        if found:
            found.attribution = "according-to" if found.attribution == "adjacent" else found.attribution
            if found.type or not verbs:
                return found
            according = found  # "X said that according to its own count, … “…”": X first, if the verb names one
    sub = _SUBORDINATE.match(text, lo)
    intro_end = text.find(",", lo, span.open_at) if sub else -1
    if intro_end > 0:  # "After Trump argued …, Rubio said …": the main clause first
        verbs = [v for v in verbs if v[0] > intro_end] + [v for v in verbs if v[0] < intro_end]
    inner = [m.end() for m in _SUBORDINATE_THEN_MAIN.finditer(text, lo, span.open_at)]
    if inner and any(v[0] >= inner[-1] for v in verbs):
        # "…, and when X said …, a man yelled “…”": the main clause after the subordinate one first
        verbs = [v for v in verbs if v[0] >= inner[-1]] + [v for v in verbs if v[0] < inner[-1]]
    coord = [m.end() for m in _COORDINATE.finditer(text, lo, span.open_at)]
    coord += _described_coordinates(text, lo, span.open_at)  # "…, but analysts at X said …"
    coord += [m.end() for m in _MID_SUBORDINATE.finditer(text, lo, span.open_at)
              if not not_speaker(text[m.end():].split(maxsplit=1)[0].strip(".,;:’'s"))]  # not "after Tuesday"
    if coord and verbs:  # "Rubio suggested …, while Cruz said that the “…”": the clause holding the quote first
        # (also "X weighed in, hours after Y said he was “…”")
        verbs = [v for v in verbs if v[0] > max(coord)] + [v for v in verbs if v[0] < max(coord)]
    last = max(verbs, default=None)
    if last is not None and last[2] in FINITE_VERBS and _WHO_BEFORE.search(text, max(lo, last[0] - 60), last[0]):
        verbs = [last] + [v for v in verbs if v != last]  # "Y disagreed with X, who had called it “…”": X's words
    elif last is not None and last[2] in FINITE_VERBS and _WHICH_SUBJECT.search(text, max(lo, last[0] - 80), last[0]):
        verbs = [last] + [v for v in verbs if v != last]  # "X criticized Y, which the FBI said was “…”": the FBI's
    elif last is not None and last[2] in FINITE_VERBS and _after_apposition(text, lo, last, verbs):
        verbs = [last] + [v for v in verbs if v != last]  # "X, the firm that Y reported was …, said …": X's words
    elif last is not None and last[2] in FINITE_VERBS and text[last[1]:span.open_at].strip() == "," \
            and _PARENTHETICAL_SUBJECT.search(text, max(lo, last[0] - 40), last[0]) \
            and verbs[0] != last and _in_subordinate(text, lo, verbs[0][0]):
        # "Since May, when Acme announced it, she has called …, and, she says, “…”": hers, not the subordinate
        # clause's subject (but "X acknowledged …, which is an outcome, he said, “…”" stays X's)
        verbs = [last] + [v for v in verbs if v != last]
    # (read first also when it is the only verb of saying: the loop would read the subject of the whole clause
    # before "what", or an apposition's last words: "X won, in what Y, treasurer of the rival campaign, called")
    people = _what_people(doc, span, max(verbs)) if verbs else None
    if people is not None:
        return people
    for vs, ve, verb in verbs:  # the outermost report first ("X said Y called it “…”": X)
        # a semicolon opens a clause with its own subject ("X has doubled since May; its founder, Jane Roe, was
        # assuring investors that …": Roe)
        clause = max([lo] + [m.end() for m in _SEMICOLON.finditer(text, lo, vs)])
        inverted = _inverted_after_comma(doc, lo, vs, ve, span.open_at) if verb in FINITE_VERBS else None
        if inverted is not None:
            return inverted
        by = _BY.match(text, ve, span.open_at)
        passive = _PASSIVE.search(text, max(lo, vs - 12), vs)
        if verb == "quoted" and passive is None:
            # "The news agency quoted Energy Minister X as saying …", "Reuters quoted him as saying": the one quoted
            # speaks, not the outlet or agency quoting them
            found = _quoted_as(doc, ve, span.open_at)
            if found is not None:
                return found
        if verb == "quoted" and passive is not None:
            # "X was quoted by the Gazette as saying …": the one quoted speaks, not the outlet quoting them
            found = resolve_phrase(doc, subject_phrase(text, lo, passive.start()), span.open_at)
            if found is not None and found.type:
                return found
            continue
        if by and passive:  # "X was asked by moderator Y whether … “…”"
            agent = head_phrase(text, by.end(), span.open_at)
            # (a name, or a description of an organisation: "were assured by the airline last night that …")
            reported = agent is not None and (agent.kind == "name" or (
                agent.kind == "description" and agent.definite and agent.head in ROLE_ORG
                and agent.head not in ROLE_PERSON)) \
                and _REPORTED.match(text, agent.end, span.open_at)
            found = resolve_phrase(doc, agent, span.open_at) if reported else None
            if found is not None and found.type:
                return found
        having = _HAVING_BEFORE.search(text, max(clause, vs - 20), vs) if verb.split()[0].endswith("ed") else None
        if having is not None:
            # "X misjudged Y, having referred to him as a “…”": a perfect participle's subject is the main clause's
            # (X), as an -ing verb's is, not the name right before it
            ph = participle_subject(text, clause, having.start(), adjacent=False)
        elif verb.endswith("ing"):
            ph = participle_subject(text, clause, vs, past_label=True) or (
                participle_subject(text, lo, vs, past_label=True) if clause > lo else None)
            if ph is None and span.sent_start < lo < vs:
                # "X called it “too early” to endorse Y’s bid while adding, “…”": the sentence's subject,
                # before the earlier quotation (not the possessive after it; not a title in quotation marks)
                ph = participle_subject(text, span.sent_start, vs, adjacent=False)
                ph = None if ph is None or doc.inside_quote(ph.start) or ph.end > lo else ph
        elif AND_ADVERB_BEFORE.search(text, max(lo, vs - 40), vs):
            # "X used to back Y, but now said …": a second verb phrase of the main clause's subject, not Y's; in a
            # subordinate clause after the main one, that clause's subject ("They did it again, when the
            # regulator vetoed the deal and praised the “…”": the regulator)
            own = _SUBORDINATE_TAIL.search(text, lo, vs)
            ph = participle_subject(text, own.end(), vs, adjacent=False) if own else None
            ph = ph or participle_subject(text, lo, vs, adjacent=False)
            if span.sent_start < lo and ph is not None and not text[lo:ph.start].strip():
                # (also across an earlier quotation of the sentence, whose object follows it: "X challenged the
                # report that Y had “insulted” Z, and said he “…”": X, not Z)
                whole = participle_subject(text, span.sent_start, vs, adjacent=False)
                if whole is not None and whole.end <= lo and not doc.inside_quote(whole.start):
                    ph = whole
        else:
            who = _WHO_BEFORE.search(text, max(clause, vs - 60), vs)
            ph = tail_phrase(text, clause, who.start()) if who else None
            if ph is None or ph.kind != "name" or ph.end != who.start():
                # (a relative clause's verb is the name's before ", who": "Y disagreed with X, who had called the
                # plan “…”": X)
                # ("here's what X, chief strategist at Y, wrote:": X, the subject after "what")
                # ("the committee, chaired by X, said": the committee)
                # ("As X is expected to tell staff, …": X)
                # ("the company, which on May 2 called it “…”": the company, the relative's antecedent; only the verb
                # nearest the quotation: "In a turn that called to mind …, X pledged “…”" is X's)
                nearest = verb in FINITE_VERBS and not any(v[0] > vs and v[2] in FINITE_VERBS for v in verbs)
                ph = (_relative_antecedent(text, clause, vs) if nearest else None) \
                    or what_subject(text, clause, vs) or agent_apposition_subject(text, clause, vs) \
                    or expected_subject(text, clause, vs) \
                    or _subordinate_subject(text, clause, vs) \
                    or subject_phrase(text, clause, vs) \
                    or (subject_phrase(text, lo, vs) if clause > lo else None) or _described_with_relative(text, clause, vs)
        if ph is None and verb in FINITE_VERBS and text[clause:vs].rstrip().endswith(",") \
                and _THAT_AFTER.match(text, ve):
            ph = _series_subject(text, clause, vs)  # "X cut its forecast, announced that Y had left “…”"
        if ph is None and (not text[lo:vs].strip() or text[lo:vs].rstrip().endswith((",", ":", "”", '"'))) \
                and not text[vs].isupper() and not _VERB_THEN_PLACE.search(verb):
            # ("Asked whether X would …, Y said": a participle, not inverted; nor "…, published on its website, the
            # fund said": a verb whose preposition governs a place, not the subject after an inverted verb)
            ph = head_phrase(text, ve, span.open_at)  # inverted: "…, said Sen. X: “…”"
        if ph is None and text[vs:ve] in _FRONTED and not text[lo:vs].strip():
            # a sentence opening with the verb: "Said Jane Roe, who grew up nearby, “…”", "Says Roe: “…”" (not
            # a headline's "Says Roe would win": the name is followed by its apposition or the quotation)
            ph = head_phrase(text, ve, span.open_at)
            ph = ph if ph is not None and ph.kind == "name" and text[ph.end:ph.end + 1] in (",", ":") else None
        if ph is None and _AND_BEFORE.search(text, max(lo, vs - 12), vs):
            ph = participle_subject(text, lo, vs, adjacent=False)  # "He adopted a Southern accent and joked, …"
        found = _past_places(doc, ph, vs) if verb.endswith("ing") else resolve_phrase(
            doc, ph, span.open_at, _reported_before(text, lo, ph, ve))
        if verb.endswith("ing"):
            # "Y fell after X, which owns 1% of it, published a letter urging …": the letter's publisher, not the
            # main clause's subject
            found = publisher(doc, lo, vs) or found
            if found is None or found.type != "PERSON":
                # "Acme fell 5% after broker Y cut it to “sell”, saying …": the clause right before the verb says
                # it, not a company the main clause moves (a person there keeps the words: "Roe hit back after
                # rival Y mocked her, saying …")
                found = trailing_clause_subject(doc, lo, vs) or found
        if (found is None or not found.type or found.type in ORG_TYPES) and verb in FINITE_VERBS:
            found = chief_of(doc, lo, len(text[:vs].rstrip())) or found  # "Acme boss says mine “safe”"
        if verb.endswith("ing") and (found is None or not found.type) and not (
                ph is not None and ph.kind == "description" and (ph.head in ROLE_PERSON or ph.head in GROUPS)):
            # (but "One operative tried to play down Roe's remarks, saying …": the operative, named or not)
            found = possessor(doc, lo, vs) or found
        if found is not None:
            return found
    return according


#: "having" (and an adverb) right before a past participle of saying, after a comma: a perfect participle clause
_HAVING_BEFORE = re.compile(r",\s+(?:[a-z]+ly\s+)?having\s+(?:[a-z]+\s+)?\Z")
#: verbs that name what the quotation is ("what X called “…”", "what X described as “…”")
_NAMING_VERBS = {"called", "call", "calls", "described", "describe", "describes", "termed", "dubbed"}
#: "what" and the subject of such a verb right before it ("what Jane Roe", "what baristas"), with its apposition
#: ("what Jane Roe, treasurer of the 1976 campaign, called")
_WHAT_SUBJECT = re.compile(r"\bwhat\s+(?P<who>[^,.;:!?“”\"]{1,50}?(?:,\s+[^,;:!?“”\"]{1,80}?,)?)\s+\Z")
#: how far before the verb such a subject may start
_WHAT_REACH = 150
#: a bare lower-case plural as that subject: unnamed people ("baristas", "some analysts")
_BARE_PLURAL = re.compile(r"(?:[a-z]+\s+){0,2}[a-z]{3,}s")
#: at most this many words between such a verb and the quotation it names ("described as mandatory “…”")
_NAMING_GAP_WORDS = 3


def _what_people(doc: Doc, span: QuoteSpan, last: tuple[int, int, str]) -> Speaker | None:
    """The subject of "what X called “…”" right before the quotation ("managers held what Jane Roe described as
    mandatory “…”"), as the speaker over an earlier clause's subject (a firm that "advises" before it); unnamed
    people ("what baristas described as") are given as their words, untyped. None for any other construction, and
    for a description that names no one ("what her group calls"): the usual rules read it."""
    if last[2] not in _NAMING_VERBS or len(tokens(doc.text, last[1], span.open_at)) > _NAMING_GAP_WORDS:
        return None
    what = _WHAT_SUBJECT.search(doc.text, max(0, last[0] - _WHAT_REACH), last[0])
    if what is None:
        return None
    found = resolve_phrase(doc, subject_phrase(doc.text, what.start("who"), last[0]), span.open_at)
    if found is not None and found.type:  # (the verb's own subject: adjacent, as the loop gives it)
        return Speaker(found.name, found.type, found.mention, "adjacent")
    if found is None and _BARE_PLURAL.fullmatch(what.group("who")):
        return Speaker(what.group("who"), "", what.group("who"), "adjacent")
    return None


#: a verb of saying that opens its sentence before the speaker's name ("Said Jane Roe, …, “…”")
_FRONTED = {"Said", "Says", "Added", "Adds", "Wrote", "Writes"}
#: a relative pronoun opening a clause inside an apposition ("X, the carmaker that a newspaper reported was …,")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b")


def _after_apposition(text: str, lo: int, last: tuple[int, int, str], verbs: list[tuple[int, int, str]]) -> bool:
    """Whether the speech verb ``last`` follows the comma closing an apposition whose relative clause holds the
    other speech verbs ("Acme, the carmaker that a Seoul paper reported on Thursday was in talks with Y, said on
    Friday that it expected …"): ``last`` is the main clause's verb, the other a report inside the apposition."""
    before = text[lo:last[0]].rstrip()
    if not before.endswith(","):
        return False
    close = lo + len(before) - 1
    open_ = text.rfind(",", lo, close)
    if open_ < 0 or len(tokens(text, lo, open_)) > _SUBJECT_WORDS:
        return False
    others = [v for v in verbs if v != last]
    rel = _RELATIVE_WORD.search(text, open_, close)
    return bool(others) and rel is not None and all(rel.end() <= v[0] < close for v in others)


_THAT_AFTER = re.compile(r"\s+that\b")
#: a passive "asked" right before the quotation it introduces ("X was asked, “…?”", "X was asked: “…”")
_ASKED_THEN_QUOTE = re.compile(r"\b(?:was|were|is|are|been|being)\s+asked\s*[,:]?\s*\Z")
#: the interviewer an opening phrase names ("In an interview with the Gazette published Monday, X was asked …")
_INTERVIEW_WITH = re.compile(r"\binterview\s+with\s+")


def _asked_of(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The asker of a question put to someone: "In an interview with the Gazette, X was asked, “…?”" (the
    Gazette; the quotation is no word of X's, nor of a pronoun after it: "“…?” He answered …"); with no asker
    named, the words "was asked" as a description that names no one (the rules stop: X did not say it)."""
    m = _ASKED_THEN_QUOTE.search(doc.text, max(lo, span.open_at - 40), span.open_at)
    if m is None:
        return None
    cue = doc.text[m.start():m.end()].strip(" ,:\u00a0\n")
    return _interviewer(doc, lo, m.start(), span) or Speaker(cue, "", cue, "adjacent")


def _interviewer(doc: Doc, lo: int, vs: int, span: QuoteSpan) -> Speaker | None:
    """The one an "interview with Y" before a passive "asked" names: the asker of the quoted question."""
    m = None
    for m in _INTERVIEW_WITH.finditer(doc.text, lo, vs):
        pass
    if m is None:
        return None
    ph = head_phrase(doc.text, m.end(), vs)
    found = resolve_phrase(doc, ph, span.open_at) if ph is not None and ph.kind == "name" else None
    return found if found is not None and found.type else None
#: the verb of the first predicate of a series whose subject opens the sentence ("X cut …, announced that …")
_FIRST_PREDICATE = re.compile(r"\s+(?:(?:also|then|first)\s+)?(?:[a-z]{2,}ed|cut|set|put|made|took|gave|sold|bought|won|"
                              r"lost|held|left|kept|hit|paid|raised|ran|rose|fell|met|sent|spent|struck)\b")


def _series_subject(text: str, lo: int, vs: int) -> Phrase | None:
    """The subject of a sentence whose speech verb is a later predicate of a series sharing it, after a comma and
    before "that": "On Tuesday Acme cut its forecast by 30 per cent, announced that its chief had left “…”" (Acme;
    not an inverted attribution). The subject opens the sentence (after a time) and a past verb follows it; no
    other speech verb comes between."""
    ph = head_phrase(text, lo, vs)
    if ph is None or ph.kind not in ("name", "description") or not _FIRST_PREDICATE.match(text, ph.end, vs) \
            or text[lo:ph.start].strip(" ,") and not _TIME_OPENING.fullmatch(text[lo:ph.start].strip(" ,")) \
            or speech_verbs(text, ph.end, vs, verbs_only=True):
        return None
    return ph


_TIME_OPENING = re.compile(r"(?:On|Last|This|Earlier|Later|Late|Early)(?:\s+[A-Za-z]+){1,2}")


#: nouns for what someone said: "X's claim that …", "X's “…” promise" make X the speaker
_SPEECH_NOUNS = ("claim|claims|assertion|assertions|statement|remark|remarks|comment|comments|words|wording|"
                 "promise|pledge|vow|warning|argument|contention|insistence|accusation|charge|suggestion|description|response|"
                 "reply|answer|message|tweet|quip|joke|line|phrase|catch\\s+phrase|catchphrase|declaration|"
                 "prediction|complaint|boast|retort|admission|insult|taunt|plea|threat|demand|defence|defense|denial|testimony")
_CLAUSE_CHARS = r"[^.!?“”\":;]"
#: what follows the noun up to the quotation: "was:", ":", a "that" clause, or what is asked "for" ("Roe's demand for
#: a chairman who will not “rubber-stamp” …")
_SPEECH_TAIL = (r"(?:\b" + _CLAUSE_CHARS + r"{0,60}?\b(?:was|is)\s*:|\s*:|\b" + _CLAUSE_CHARS + r"{0,60}?\bthat\b"
                + _CLAUSE_CHARS + r"{0,80}|\s+for\s+" + _CLAUSE_CHARS + r"{0,80}|\s+(?:says?|said|states?|stated)\s+"
                + _CLAUSE_CHARS + r"{0,80})\s*$")  # (also the noun as the subject of "say": "Roe's written remarks
# say Acme “…”")
_OWNED_SPEECH = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:" + _SPEECH_NOUNS + r")" + _SPEECH_TAIL)
#: the same noun owned by a possessive pronoun ("Her statement that the board is “…”")
_PRONOUN_SPEECH = re.compile(r"\b(?P<pron>[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:" + _SPEECH_NOUNS + r")"
                             + _SPEECH_TAIL)
#: a definite description owning the noun, before its possessive ("the board's defence - that …")
_DESCRIBED_OWNER = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)\Z")
#: a noun of speech a name owns before a quotation ("Roe's statement was: “…”"): it reports it as a verb would
OWNED_SPEECH = _OWNED_SPEECH
_OWNED_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
_NOUN_AFTER = re.compile(r"[\s,]*(?:" + _SPEECH_NOUNS + r")\b")


def _owned_speech(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The name whose words a noun of speech says the quotation is: "Roe’s favourite line was that Doe “…”",
    "Roe's assertion that “dozens” …", "Roe's “keep your berth” promise" (a person or organisation
    mention right before the possessive)."""
    text = doc.text
    m = _OWNED_SPEECH.search(text, lo, span.open_at)
    if m is None:
        m = _OWNED_BEFORE.search(text, lo, span.open_at)
        if m is None or not _NOUN_AFTER.match(text, span.close_at):
            return _pronoun_owned_speech(doc, span, lo)
    i = bisect_right(doc.ends, m.start()) - 1
    if i < 0 or doc.ends[i] != m.start() or doc.starts[i] < lo or doc.types[i] in PLACE_TYPES \
            or doc.inside_quote(doc.starts[i]):
        return _described_owner(doc, span, lo, m.start())
    return Speaker(doc.names[i], doc.types[i], text[doc.starts[i]:m.start() + 2].rstrip(), "adjacent")


def _pronoun_owned_speech(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The person or organisation a possessive pronoun owning a noun of speech takes up: "… is chaired by Jane
    Roe. Her statement that the committee is “…” is welcome" (Roe), as "she said" would."""
    m = _PRONOUN_SPEECH.search(doc.text, lo, span.open_at)
    if m is None:
        return None
    pron = m.group("pron").casefold()
    head = {"her": "she", "his": "he", "its": "it", "their": "they"}[pron]
    if head == "they":
        return None
    found = resolve_phrase(doc, Phrase("pronoun", m.start("pron"), m.end("pron"), m.start("pron"), m.end("pron"),
                                       head=head), span.open_at)
    return found if found is not None and found.type else None


def _described_owner(doc: Doc, span: QuoteSpan, lo: int, at: int) -> Speaker | None:
    """The body a definite description owning a noun of speech takes up: "the board's defence - that the default
    was “unforeseeable” -" (the company the board runs), as "the board said" would."""
    m = _DESCRIBED_OWNER.search(doc.text, lo, at)
    if m is None or (m.group("head") not in ROLE_ORG and m.group("head") not in ROLE_PERSON):
        return None
    found = resolve_phrase(doc, head_phrase(doc.text, m.start(), at), span.open_at)
    return found if found is not None and found.type else None


#: a noun for what someone said, owned by the name after it, right after the quotation ("“…” — that was the verdict
#: of Jane Roe", "“…” was the view from Acme Capital")
_VERDICT_OF = re.compile(r"[\s,]*(?:[—–-]+\s*)?(?:(?:that|this|such)\s+)?(?:was|is|has\s+been|came)\s+(?:the\s+)?"
                         r"(?:[a-z]+\s+)?(?:verdict|view|assessment|message|conclusion|warning|reaction|response|take|"
                         r"summary|advice|judgment|judgement|diagnosis|prediction|forecast)\s+(?:of|from)\s+")


def _verdict_of(doc: Doc, span: QuoteSpan, stop: int) -> Speaker | None:
    """The name a noun of speech after the quotation gives it: "“…” — that was the verdict of Jane Roe"."""
    m = _VERDICT_OF.match(doc.text, span.close_at, stop)
    if m is None:
        return None
    found = resolve_phrase(doc, head_phrase(doc.text, m.end(), stop), span.open_at)
    return found if found is not None and found.type else None


#: a person whose view the sentence gives, opening it: "To Jane Roe at Acme, the fall was “…”", "For Jane Roe, …"
_PERSPECTIVE = re.compile(r"\s*(?:To|For)\s+")
_WORKPLACE = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|de))*\s*")


def _perspective(doc: Doc, span: QuoteSpan, lo: int) -> Speaker | None:
    """The person an opening "To X," / "For X," gives the view of, for a fragment quoted in that sentence with no
    speech verb ("To Jane Roe at Acme, the fall was “a long time coming”")."""
    text = doc.text
    m = _PERSPECTIVE.match(text, lo, span.open_at)
    if m is None or span.kind != "partial" or speech_verbs(text, lo, span.open_at, verbs_only=True):
        return None
    comma = text.find(",", m.end(), span.open_at)
    ph = head_phrase(text, m.end(), comma) if comma > 0 else None
    if ph is None or ph.kind != "name" or (text[ph.end:comma].strip() and not _WORKPLACE.fullmatch(text, ph.end, comma)):
        return None  # (the name, and where they work, up to the comma)
    found = resolve_phrase(doc, ph, span.open_at)
    return found if found is not None and found.type == "PERSON" else None


def _reported_before(text: str, lo: int, ph: Phrase | None, ve: int = -1) -> int | None:
    """``lo`` when ``ph`` is a pronoun or a definite description after a comma closing a reported clause or an
    introductory phrase of its own sentence ("Also, Y isn't a friend of the port, he said", "In an interview with
    Y, the candidate said"): its antecedent lies before that clause, not in it."""
    if ph is None or not (ph.kind == "pronoun" or (ph.kind == "description" and ph.definite)) \
            or not text[lo:ph.start].rstrip().endswith(","):
        return None
    if ve >= 0 and PARENTHETICAL_AFTER.match(text, ve):
        return lo  # "Pellvane, the lender noted, remains …": the attribution is inside the clause it reports
    if ph.kind == "pronoun" and _NAMED_SUBORDINATE.match(text, lo, ph.start) \
            and not _OTHER_PERSON.search(text, lo, ph.start):
        # "When Jane Roe took over as chief executive in 2009, she warned …": an opening subordinate clause whose
        # subject is a name reports nothing; the main clause's pronoun takes that subject up (but "When Roe called
        # him, he said …" is not Roe)
        return None
    return lo if len(tokens(text, lo, ph.start)) >= 4 else None


#: an opening subordinate clause of time or concession with a name as its subject ("When Jane Roe took over …,"; with
#: an apposition: "When Jane Roe, Acme's campaign manager, was asked …,")
_NAMED_SUBORDINATE = re.compile(r"\s*(?:When|After|Before|Once|Since|While|Although|Though|Until)\s+[A-Z][\w’'.-]*"
                                r"(?:\s+[A-Z][\w’'.-]*)*(?:,\s+[^,;“”\"]{3,60}?,?)?\s+[a-z]")
#: a personal pronoun as an object (the clause has another person in it)
_OTHER_PERSON = re.compile(r"\b(?:him|her|them)\b")


#: "in the words of" right after the quotation's closing mark: the words are that person's
_WORDS_OF = re.compile(r"[\s,]*in\s+the\s+words\s+of\s+")


def _words_of(doc: Doc, span: QuoteSpan, stop: int) -> Speaker | None:
    """The speaker "in the words of" names right after the quotation ("X accuses Y of taking “a cut of every
    dollar,” in the words of Deputy Attorney General Jane Roe": Roe, not the clause's subject X)."""
    m = _WORDS_OF.match(doc.text, span.close_at, stop)
    if m is None:
        return None
    found = resolve_phrase(doc, head_phrase(doc.text, m.end(), stop), span.open_at)
    if found is not None and found.attribution == "adjacent":
        found.attribution = "according-to"
    return found


#: an according-to cue's object that opens a quotation (after at most a determiner): "citing a “…”"
_CITED_WORDS = re.compile(r"(?:(?:a|an|the|its|his|her|their)\s+)?[\"“‘]")


def _according(doc: Doc, span: QuoteSpan) -> Speaker | None:
    text = doc.text
    m = ACCORDING_TO.search(text, span.close_at, span.sent_end)
    if m is None or _CITED_WORDS.match(text, m.end()):
        # "… was “failing”, citing a “significant deterioration …”": words cited in quotation marks are the next
        # quotation, not a source (the sentence's subject speaks)
        return None
    found = resolve_phrase(doc, head_phrase(text, m.end(), span.sent_end), span.open_at)
    if found and found.attribution == "adjacent":
        found.attribution = "according-to"
    return found


MentionRow = tuple[int, int, str, str]


def mention_rows(mentions: pd.DataFrame | None) -> list[MentionRow]:
    """``mentions`` (``start, end, name, type``) as sorted (start, end, name, TYPE) tuples."""
    if mentions is None or len(mentions) == 0:
        return []
    return sorted((int(a), int(b), str(n), str(t).upper()) for a, b, n, t in zip(
        mentions["start"].tolist(), mentions["end"].tolist(), mentions["name"].tolist(), mentions["type"].tolist(),
        strict=True))


#: a verb of saying closing the sentence after its subject ("…, two of the people said.", "…, sources told us")
_CLOSING_SAYING = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:said|say|says|told|reported)\b[^.;:!?“”\"]{0,30}\Z")


def _closing_sources(text: str, who: Speaker, lo: int, stop: int) -> bool:
    """Whether the unnamed ``who`` read after the quotation (from ``lo``) is the subject of a verb of saying that
    closes the sentence (before ``stop``): the sources of the report, not of the quoted words."""
    at = text.find(who.mention, lo, stop) if who.mention else -1
    return at >= 0 and _CLOSING_SAYING.match(text[:len(text[:stop].rstrip(" .\n"))], at + len(who.mention)) is not None


#: a second reported clause after a quotation ("X said the board had acted “A” and that it …")
_AND_THAT = re.compile(r"[”\"’']?,?\s+and\s+that\s")


def _closed_after_colon(text: str, span: QuoteSpan, lo: int) -> bool:
    """Whether a colon after the sentence's words introduces the quotation and its words end a sentence (".", "!",
    "?" before the closing mark)."""
    a, b = span.segments[-1]
    return text[lo:span.open_at].rstrip().endswith(":") and text[a:b].rstrip()[-1:] in (".", "!", "?") \
        and not text[span.close_at:span.close_at + 3].lstrip().startswith((",", "—", "–"))


def _own_sentence(doc: Doc, span: QuoteSpan, prev: QuoteSpan | None, nxt: QuoteSpan | None,
                  out: list[Speaker]) -> tuple[Speaker | None, bool]:
    """The speaker named in the quotation's own sentence (between the parts of a split quote first), and
    whether it is only the clause's subject (no speech verb: a later attribution of the sentence beats it)."""
    text = doc.text
    stop = min(span.sent_end, nxt.open_at if nxt else len(text))
    same_sentence = prev is not None and prev.close_at > span.sent_start
    lo = prev.close_at if same_sentence and prev is not None else span.sent_start
    who = _asked_of(doc, span, lo)
    if who is not None:
        return who, False
    if same_sentence and span.kind == "partial" and out and out[-1].type and out[-1].attribution == "adjacent" \
            and _AND_THAT.match(text, lo, span.open_at):
        # "X said the board had acted “A” and that it disagreed with Y on “B”": a second reported clause of the
        # same verb of saying, whatever verb its own subject has (the outermost report, as in "X said Y called it")
        return Speaker(out[-1].name, out[-1].type, out[-1].mention, "adjacent"), False
    for a, b in span.gaps:
        who = who or _after(doc, QuoteSpan(span.segments[:1], span.open_at, a, span.sent_start, b, span.para), b)
    if span.kind == "partial" and not span.gaps and text[span.close_at:stop].lstrip()[:1] not in (",", "—", "–"):
        # a fragment inside a reported clause: the clause's own verb first ("After Scalia said that students
        # might do better at “less advanced schools,” Trump said: …"), unless a participle right after the
        # fragment gives its author ("not the “more than a third” alleged by X")
        # (a view's holder opening the fragment's clause with no verb of saying in it: "…, but Roe expects a
        # placement “within six months”")
        who = _words_of(doc, span, stop) or _agent_after(doc, span, stop) or stance_holder(doc, span, lo) \
            or _before(doc, span, lo)
    if who is None and not span.gaps and _closed_after_colon(text, span, lo):
        # "X said in Berlin: “We must respect the vote.” The bank declared …": the quotation a colon introduced
        # closes its own sentence, so the next sentence's subject is no attribution of it
        named = _before(doc, span, lo)
        who = named if named is not None and named.type else None
    who = who or _after(doc, span, stop)
    if who is not None and not who.type and lo < span.open_at and _closing_sources(text, who, span.close_at, stop):
        # "X told analysts Y would “A”, a remark that …, two of the people said": the sources after the quotation
        # report the telling, whose named teller before it said the words
        named = _before(doc, span, lo)
        if named is not None and named.attribution == "adjacent" and named.type:
            who = named
    if who is not None and who.mention.casefold() in PRON_PERSON and lo < span.open_at:
        named = _before(doc, span, lo)  # "Feinstein said "…," she said": the name, not the pronoun's guess
        if named is not None and named.attribution == "adjacent" and named.type:
            who = named
    who = who or _passive_by(doc, span, lo, stop) or stance_holder(doc, span, lo) or _before(doc, span, lo) \
        or _according(doc, span) or _sentence_tail(doc, span, stop) or _owned_speech(doc, span, lo) \
        or _verdict_of(doc, span, stop) or _perspective(doc, span, lo)
    intro = text[lo:span.open_at].rstrip()
    source = None
    if who is None and intro.endswith(":"):
        # a transcript line or a label: "Former secretary of state Hillary Rodham Clinton: “…”"
        ph = tail_phrase(text, lo, lo + len(intro) - 1)
        head = max(lo, *(text.rfind(d, lo, ph.start) + 1 for d in "-—–")) if ph is not None else lo
        label = ph is not None and ph.kind == "name" and (titles_only(text, head, ph.start)
                                                          or _person_of(doc, head, ph.start)) \
            and not _TOPIC_LABEL.fullmatch(text, head, ph.start)  # "On Acme: “…”" names what is spoken of
        who = resolve_phrase(doc, ph, span.open_at) if label else None
        labelled = _label(doc, lo, lo + len(intro) - 1)
        if labelled is not None and (who is None or (labelled.type == "PERSON" and who.type in ORG_TYPES)):
            who = labelled  # "Jane Roe (Acme Capital):": the person, not the workplace in brackets
        source = _SOURCE_INTRO.search(intro)
        if source is not None and who is not None and who.mention \
                and text.find(who.mention, lo, lo + source.end()) < 0:
            source = None  # the label named its speaker after "from"
        if source is not None:  # "A note from Acme Bank, which arranged X's loans: “…”" (not "Quote of the day, from a
            # grocer:" read as a speaker "Quote")
            found = resolve_phrase(doc, head_phrase(text, lo + source.end(), lo + len(intro) - 1), span.open_at)
            who = found if found is not None and found.type else None
    if who is None and same_sentence and out and out[-1].type and out[-1].attribution == "adjacent" \
            and span.kind == "partial" and not intro.endswith(":"):
        # "X says his “friend” Y ran “a fine race”": no verb of speech since the last fragment, so the same
        # speaker (Y is the reported clause's subject)
        return Speaker(out[-1].name, out[-1].type, out[-1].mention, "adjacent"), False
    if who is None and source is None and (intro.endswith(":") or span.kind == "partial"):
        # (not when the words after "from" gave the source: "Quote of the day, from a grocer:" is no one's name)
        who = _clause_subject(doc, span, lo)
        if who is not None:
            return who, True
    if who is None and same_sentence and out:
        who = Speaker(out[-1].name, out[-1].type, out[-1].mention, out[-1].attribution)
    return who, False


#: a time stamp opening a live blog's entry ("10:42", "10.42 GMT", "3:05 p.m. ET -"), or a "From" before its source
_STAMP = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))*\s*(?:[-—–|]\s*)?)?(?:From\s+)?")
#: the lower-case words a label may hold besides names: affiliation, articles, a statement's words ("Jane Roe,
#: analyst at Acme", "Acme, in a statement")
_LABEL_WORDS = {"of", "at", "from", "with", "the", "a", "an", "in", "and", "&"}
_LABEL_WORDS_MAX = 12
#: what a person gives, after the person's possessive, as a label ("X's verdict: “…”", "Y's take: “…”")
_VERDICT_NOUNS = {"verdict", "take", "view", "response", "reply", "answer", "advice", "message", "warning",
                  "conclusion", "assessment", "reaction", "prediction", "summary", "retort", "diagnosis", "forecast",
                  "explanation", "reasoning", "comment", "comments", "argument", "pitch", "plea"}
#: a possessive pronoun before such a noun, and the pronoun whose antecedent owns the words ("His verdict: “…”")
_OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it"}


def _owned_label(doc: Doc, lo: int, colon: int) -> Speaker | None:
    """The one a possessive pronoun takes up in a label of only it and a noun of a verdict ("Her view:",
    ``text[lo:colon]``), or None."""
    toks = tokens(doc.text, lo, colon)
    if len(toks) != 2 or toks[0][0].casefold() not in _OWNER_PRONOUN or toks[1][0].casefold() not in _VERDICT_NOUNS:
        return None
    s, e = toks[0][1:]
    found = resolve_phrase(doc, Phrase("pronoun", s, e, s, e, head=_OWNER_PRONOUN[toks[0][0].casefold()]), colon)
    return found if found is not None and found.type else None


def _label(doc: Doc, lo: int, colon: int) -> Speaker | None:
    """The speaker a label before a colon names, with no verb (a live blog's entry, a factbox line): the one person
    in it ("10:42 Acme's Jane Roe:", "Jane Roe, Acme Capital:", "Jane Roe, analyst at Acme:"), else its one
    organisation with nothing but a document's words ("Acme statement:", "Acme, in a statement:")."""
    text = doc.text
    line = text.rfind("\n", 0, lo) + 1
    # a label opens its line ("… and contrasted him with Clinton: “…”" is prose), or a sentence after another on
    # a line whose breaks a page lost ("Acme fell 4%. Jane Roe (Y): “…”": a person's label only)
    mid_line = bool(text[line:lo].strip(" \t\u00a0•*·-—–"))
    if mid_line and not text[line:lo].rstrip().rstrip("\"”’'").endswith((".", "!", "?")):
        return None
    start = lo
    while start < colon and text[start] in " \t\u00a0•*·-—–":
        start += 1  # a bullet ("- Jane Roe, Acme Capital:")
    start = _STAMP.match(text, start, colon).end()
    excerpt = excerpt_owner(doc, start, colon) or (label_before_occasion(doc, start, colon) if not mid_line else None)
    if excerpt is not None:  # "Here's the key paragraph from Acme's statement:", "Roe after the vote:"
        return excerpt
    words = [w for w, _, _ in tokens(text, start, colon)]
    if len(words) in (3, 4) and words[2] in ("was", "is") and all(w.isalpha() and w.islower() for w in words[3:]):
        words = words[:2]  # "Her message was simple: “…”", "His answer is blunt:": the label, said as a sentence
    if len(words) == 2 and words[0].casefold() in _OWNER_PRONOUN and words[1].casefold() in _VERDICT_NOUNS:
        # "A note from Acme's Jane Roe has landed. Her verdict: “…”": the words of the one the pronoun takes up
        s, e = tokens(text, start, colon)[0][1:]
        found = resolve_phrase(doc, Phrase("pronoun", s, e, s, e, head=_OWNER_PRONOUN[words[0].casefold()]), colon)
        return found if found is not None and found.type else None
    if len(words) >= 2 and words[-1].casefold() in _VERDICT_NOUNS and words[-2].endswith(("'s", "’s")):
        words = words[:-1]  # "Acme analyst Jane Roe's verdict:": the label of Jane Roe's words
    if not words or not words[0][:1].isupper() or len(words) > _LABEL_WORDS_MAX or any(
            w[:1].islower() and w.casefold() not in _LABEL_WORDS and not titles_only(w, 0, len(w))
            and _bare_word(w) not in ROLE_PERSON and _bare_word(w) not in DOCUMENTS for w in words if w.isalpha()):
        return None
    inside = [i for i in range(bisect_left(doc.starts, start), bisect_left(doc.starts, colon))
              if doc.ends[i] <= colon and not doc.inside_quote(doc.starts[i])]
    people = {doc.names[i] for i in inside if doc.types[i] == "PERSON"}
    orgs = {doc.names[i] for i in inside if doc.types[i] in ORG_TYPES}
    if len(people) == 1:
        i = next(i for i in inside if doc.types[i] == "PERSON")
        return Speaker(doc.names[i], "PERSON", text[start:colon].strip(), "adjacent")
    if mid_line:
        return None
    if not people:
        capital = _capitals_name(text, start, colon)
        if capital is not None:
            return capital
    if not people and len(orgs) == 1:
        chief = chief_of(doc, start, colon)  # "Acme CEO: “…”" above the article naming its chief executive
        if chief is not None:
            return chief
    if not people and len(orgs) == 1 and any(_bare_word(w) in DOCUMENTS for w in words if w.isalpha()):
        i = next(i for i in inside if doc.types[i] in ORG_TYPES)
        return Speaker(doc.names[i], doc.types[i], text[start:colon].strip(), "adjacent")
    return None


#: a label in capitals, as a factbox or a transcript sets it: a name of two to four words, then where the person
#: works after a comma ("JANE ROE, ACME CAPITAL, OSLO")
_CAPITALS_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W\d_]")


def _capitals_name(text: str, lo: int, colon: int) -> Speaker | None:
    """The person a label written in capitals names ("JANE ROE, ACME CAPITAL:"), which the entity layer does not
    read as a name: the two to four words before its first comma, none of them a role or an organisation's word,
    in the case a name is written in; None for a label without a comma after the name ("MARKET MOVES:",
    "ANCHOR:") or with a lower-case letter."""
    label = text[lo:colon].strip()
    head, comma, rest = label.partition(",")
    words = head.split()
    if not comma or not rest.strip() or not 2 <= len(words) <= 4 or not label.isupper() or "\n" in label \
            or not all(_CAPITALS_WORD.fullmatch(w) for w in words):
        return None
    if any(_bare_word(w) in ROLE_ORG or _bare_word(w) in ROLE_PERSON or _bare_word(w) in GROUPS
           or _bare_word(w) in DOCUMENTS or _bare_word(w) in TITLES for w in words):
        return None
    return Speaker(_in_name_case(head), "PERSON", label, "adjacent")


#: a person's name written in capitals, two to four words ("JANE ROE", "JON O'HARE-SMITH")
_CAPITALS_NAME = re.compile(r"(?:[^\W\d_a-z][^\W\d_a-z'’.-]*\s+){1,3}[^\W\d_a-z][^\W\d_a-z'’.-]*")


def _in_name_case(name: str) -> str:
    """A name written in capitals in the case names are written in ("JANE O'HARE-SMITH": "Jane O'hare-Smith")."""
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in name.split())


#: the head of an organisation named by a role word after the organisation's name ("Acme chief", "Acme's boss")
_CHIEF = re.compile(r"(?:['’]s?)?\s+(?:chief\s+executive|chief|boss|CEO|chairman|chairwoman|chair|founder|"
                    r"managing\s+director)\s*$")
_CHIEF_REACH = 80  # characters around a person's mention in which the body names their role and organisation


def chief_of(doc: Doc, lo: int, hi: int) -> Speaker | None:
    """The person a headline's "Acme chief" / "Acme boss" / "Acme CEO" (all of ``text[lo:hi]``) stands for: the
    one person the article names with a chief's role and that organisation ("Acme chief executive Jane Roe", "Jane
    Roe, Acme's chief executive"). None when the words are not an organisation and a role word, or when no one
    person or more than one is named so."""
    text = doc.text
    while lo < hi and text[lo] in " \t\u00a0\"“‘'":
        lo += 1
    lo = lo + 4 if text[lo:lo + 4].casefold() == "the " else lo
    i = bisect_left(doc.starts, lo)
    if i >= len(doc.starts) or doc.starts[i] != lo or doc.types[i] not in ORG_TYPES \
            or not _CHIEF.fullmatch(text, doc.ends[i], hi):
        return None
    org = doc.names[i]
    found = set()
    for k in range(len(doc.starts)):
        if doc.types[k] != "PERSON" or doc.inside_quote(doc.starts[k]) or doc.starts[k] <= hi:
            continue
        a, b = max(0, doc.starts[k] - _CHIEF_REACH), min(len(text), doc.ends[k] + _CHIEF_REACH)
        near = text[a:b]
        if not re.search(r"\b(?:chief\s+executive|CEO|boss|chairman|chairwoman|managing\s+director|founder)\b", near):
            continue
        if any(doc.names[j] == org and a <= doc.starts[j] < b for j in range(bisect_left(doc.starts, a),
                                                                            bisect_left(doc.starts, b))):
            found.add(doc.names[k])
    if len(found) != 1:
        return None
    return Speaker(found.pop(), "PERSON", text[lo:hi].strip(), "adjacent")


def _bare_word(word: str) -> str:
    return word.casefold().rstrip(".").removesuffix("’s").removesuffix("'s")


def _person_of(doc: Doc, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is a person's name (after titles only) and "of"/"at" before the organisation of a
    label: "15:05 - Jane Roe of the Quill Guild: “…”" (the label names the person and where they work)."""
    i = bisect_left(doc.starts, lo)
    return i < len(doc.starts) and doc.types[i] == "PERSON" and doc.ends[i] <= hi \
        and titles_only(doc.text, lo, doc.starts[i]) and AFFILIATION.fullmatch(doc.text, doc.ends[i], hi) is not None


#: a sentence opening on "The" and a lower-case noun as the subject of a verb of saying ("The club said …")
_OTHER_SUBJECT = re.compile(r"[Tt]he[ \t]+(?P<noun>[a-z]{3,})[ \t]+(?:said|says|told|added|wrote|stated)\b")


#: a sentence saying its subject gave no answer ("X has not responded to …", "X did not return calls", "X declined to
#: comment", "X could not be reached")
_SAID_NOTHING = re.compile(r"\b(?:(?:not|never|n[’']t)\s+(?:\w+ly\s+|yet\s+|immediately\s+)?(?:respond|responded|"
                           r"return|returned|comment|commented|answer|answered|reply|replied|say|said|been\s+reached|"
                           r"be\s+reached)\b|(?:declined|refused)\s+to\s+(?:comment|respond|say|answer)\b)")


def _context(doc: Doc, paras: list[tuple[int, int]], span: QuoteSpan, prev: QuoteSpan | None,
             last: Speaker | None) -> Speaker | None:
    """The speaker the surrounding text gives a quotation whose own sentence names none."""
    text = doc.text
    pa = paras[span.para][0]
    opens_para = span.open_at <= pa + 1
    credit = _credit_line(doc, paras, span) if opens_para else None
    if credit is not None:
        return credit
    if span.sent_start == pa and span.para > 0:
        qa, qb = paras[span.para - 1]
        if text[qa:qb].rstrip().endswith(":"):  # "He wrote:" then the quoted paragraph
            colon = text.rfind(":", qa, qb)
            intro = QuoteSpan([(qb, qb)], colon, colon, qa, qb, span.para - 1)
            intro_start = _sentence_start(text, qa, colon)
            # "He then listed the qualities a nominee needs:", "Clinton released the following statement:"
            who = _before(doc, intro, intro_start) or _clause_subject(doc, intro, intro_start)
            if who is None and intro_start == qa:
                # a label on its own line, then the quoted paragraph (a factbox: "JANE ROE, ACME CAPITAL:")
                who = _label(doc, qa, colon)
            if who is None and intro_start > qa:
                # "Jane Roe at Acme Securities has been in touch. Her view:" then the quoted paragraph: a label of
                # the sentence's own after another sentence (the one "her" takes up), as on its own line
                who = _owned_label(doc, intro_start, colon)
            source = _SOURCE_INTRO.search(text[intro_start: colon + 1]) if who is None or not who.type else None
            if source is not None:  # "The statement includes a line from managing partner X:" then the quotation
                found = resolve_phrase(doc, head_phrase(text, intro_start + source.end(), colon), colon)
                who = found if found is not None and found.type else who
            if who is not None and who.type:
                return who
            prev_end = bisect_right(paras, (prev.close_at, 1 << 60)) - 1 if prev is not None else -1
            if prev is not None and last is not None and last.name and span.para - 4 <= prev_end < span.para - 1 \
                    and not text[prev.sent_end:paras[prev_end][1]].strip() \
                    and bisect_right(doc.starts, prev.close_at) == bisect_right(doc.starts, span.open_at) \
                    and not any(v[2] in FINITE_VERBS for v in speech_verbs(text, prev.close_at, span.open_at)):
                # "“A.”" / "You're reading it wrong." / "The correct reading is:" / "“B.”": nothing in between
                # names anyone or reports speech, so the speaker goes on
                return Speaker(last.name, last.type, last.mention, "coreference")
            if who is not None:
                return who
    if prev is not None and last is not None and last.name and prev.close_at > pa:
        # a later quotation of the same paragraph continues the speaker of the one before ("A," X said. "B."),
        # unless its own sentence gives the verb of saying another subject the rules could not name ("The club said
        # in a statement that … “…”": not the club's president quoted before)
        other = _OTHER_SUBJECT.match(text, span.sent_start, span.open_at)
        if other is not None and other.group("noun") not in ROLE_PERSON \
                and other.group("noun").rstrip("s") not in ROLE_PERSON:
            return None
        return Speaker(last.name, last.type, last.mention, "coreference")
    who = None
    if span.sent_start > pa and (prev is None or prev.close_at <= pa):
        # the paragraph named the speaker earlier ("X said she … . “B.”"): the last sentence that reports speech
        # ("X and Y tweeted their approval. On the other side, Z tweeted a warning. “…”": Z)
        starts = [pa] + [m.end() for m in SENTENCE_BREAK.finditer(text, pa, span.sent_start)
                         if is_sentence_break(text, m) and m.end() < span.sent_start]
        for start in reversed(starts):
            who = _before(doc, span, start)
            if who is not None:
                break
        beat = _led_beat(doc, pa, span.sent_start)
        asked = beat is not None and beat.re is _LED_BEAT and (beat.group("lead") or "").startswith(("Asked ",
                                                                                                  "When asked "))
        if who is None and beat is not None and (prev is not None and prev.para == span.para - 1
                                                 or beat.re is _ABOUT_BEAT or asked):
            # (a lead of what the speaker was asked makes the quotation the answer, wherever the last one stood)
            # (a sentence of where the speaker stands on a topic introduces the quotation wherever it stands)
            # "“…,” she said." / "She paused. “…”" (or "On the cuts, she was blunt. “…”"): a short sentence
            # of what the speaker did, with a he/she subject and no one named, before the quotation: the
            # pronoun's referent speaks
            a, b = beat.span("low") if beat.groupdict().get("low") else beat.span("high")
            who = resolve_phrase(doc, Phrase("pronoun", a, b, a, b, head=text[a:b].casefold()), span.open_at)
            who = who if who is not None and who.type == "PERSON" else None
        named = _ASKED_NAMED_BEAT.fullmatch(text, pa, span.sent_start) if who is None and beat is None else None
        if named is not None:
            # "Asked whether X had considered it, Roe shook his head. “…”": the one asked answers
            ph = head_phrase(text, named.start("name"), named.end("name"))
            found = resolve_phrase(doc, ph, span.open_at) if ph is not None and ph.kind == "name" else None
            who = found if found is not None and found.type == "PERSON" else None
    elif prev is not None and last is not None and last.name and prev.para == span.para - 1 \
            and (opens_para or _bare_intro(doc, pa, span.open_at)) \
            and (not text[prev.sent_end:paras[prev.para][1]].strip() or _nobody_between(doc, prev.sent_end, pa)):
        # a paragraph that is only a quotation, after a paragraph that ended on an attributed quotation (or on
        # a sentence naming no one else: "“…,” Trump added. He then had a question for the crowd.")
        return Speaker(last.name, last.type, last.mention, "coreference")
    elif prev is not None and last is not None and last.type == "PERSON" and prev.para == span.para - 2 \
            and opens_para and _beat_of(doc, paras[span.para - 1], span.open_at) == last.name \
            and not text[prev.sent_end:paras[prev.para][1]].strip():
        # "“…,” Roe said." / "She pauses." / "“…”": a paragraph of only what the speaker did, with her pronoun,
        # between two quotations: the speaker goes on
        return Speaker(last.name, last.type, last.mention, "coreference")
    elif span.para > 0 and opens_para and (prev is None or prev.para < span.para - 1 or (
            prev.para == span.para - 1 and text[prev.sent_end:paras[prev.para][1]].strip())):
        # a quotation opening a paragraph after reported speech ("Powell's office said … .") continues it (also
        # when that paragraph quoted a word earlier: "X, who calls Y a “…,” said …. Rather, he said, … ." / "“…”")
        qa, qb = paras[span.para - 1]
        end = len(text[:qb].rstrip())
        intro = QuoteSpan([(qb, qb)], end, end, qa, qb, span.para - 1)
        last_start = _sentence_start(text, qa, end - 1)
        # (not after a sentence that says its subject said nothing: "Y has not responded to the remarks.")
        who = None if _SAID_NOTHING.search(text, last_start, end) else _before(doc, intro, last_start)
        if who is None and not text[span.close_at:paras[span.para][1]].strip(" .\u00a0\"”’"):
            who = _introduced(doc, _sentence_start(text, qa, end - 1), end)
    if who is not None:
        who.attribution = "coreference" if who.attribution == "adjacent" else who.attribution
    return who


#: a verb or predicate that introduces a view, which the next paragraph's quotation gives ("X expects more pain.",
#: "X is more cautious.", "X sees it differently.", "X was blunt.", "X reckons the selling has gone too far.")
_STANCE_ADJ = ("cautious|optimistic|pessimistic|sceptical|skeptical|bullish|bearish|blunt|blunter|unconvinced|"
               "unimpressed|confident|upbeat|downbeat|gloomy|hopeful|worried|concerned|sanguine|relaxed|defiant|"
               "candid|frank|scathing|critical|dismissive|unmoved|unfazed|sure|certain|convinced")
_STANCE = re.compile(r"\b(?:(?:expects?|expected|thinks?|thought|believes?|believed|reckons?|reckoned|suspects?|"
                     r"suspected|sees|saw|doubts?|doubted|fears?|"
                     r"feared|agrees?|agreed|disagrees?|disagreed)\b|(?:is|was|are|were|remains?|remained|sounded|"
                     r"sounds?)\s+(?:(?:not|also|still|even|far|much|rather|more|less|no|so|less|far|very|"
                     r"equally|similarly)\s+)*(?:" + _STANCE_ADJ + r")\b|(?:takes?|took|struck|strikes?)\s+a\s+"
                     r"(?:\w+\s+)?(?:view|tone|line)\b)")


#: a paragraph's one short sentence before its quotation, of what a person did, with a he/she subject ("She
#: paused.", "He shrugged and smiled.", "She looked at the screen for a while.")
_BEAT = re.compile(r"[ \t]*(He|She)\s+[a-z]+(?:\s+[a-z]+){0,5}[.!]\s*")
#: the same sentence led by a phrase of topic or occasion closed by a comma ("On the auction itself, she was
#: blunt.", "Asked whether the firm could be sold, he smiled."; a decimal point inside it: "… £3.3m purchase, …")
_LED_BEAT = re.compile(r"[ \t]*(?:(?P<lead>[A-Z](?:[^.!?;:\"“”‘’\n]|(?<=\d)\.(?=\d)){2,120}),[ \t]+(?P<low>he|she)|"
                       r"(?P<high>He|She))(?P<rest>\s+[a-z]+(?:\s+[a-z]+){0,5}[.!]\s*)")


#: a paragraph's sentence of what a named person did when asked, before the quotation that answers ("Asked whether
#: the firm had considered moving, Roe shook his head.")
_ASKED_NAMED_BEAT = re.compile(r"[ \t]*(?:When\s+)?[Aa]sked\s+[^.!?;:\"“”‘’\n]{2,160},[ \t]+"
                               r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?:\s+[a-z]+){1,6}[.!]\s*")


#: a he/she sentence of how the speaker stands on a topic, which may name an organisation ("She is careful about
#: Acme, which is still a customer.", "He was scathing about the bank.")
_ABOUT_BEAT = re.compile(r"[ \t]*(?P<high>He|She)\s+(?:is|was|remains|remained|seems|seemed|sounds|sounded)\s+"
                         r"(?:[a-z]+ly\s+|more\s+|less\s+)?[a-z]+\s+(?:about|on|towards?|over)\s+"
                         r"[^.!?;:\"“”‘’\n]{2,100}[.!]\s*")

def _led_beat(doc: Doc, lo: int, hi: int) -> re.Match[str] | None:
    """The match (the pronoun in group "low" or "high") when ``text[lo:hi]`` is only a short he/she sentence of
    what someone did, alone ("She paused.") or after a phrase of topic or occasion and a comma ("On the auction
    itself, she was blunt.", "Asked whether the firm could be sold, he smiled."): no one named after the lead, no
    person in the lead, and no speech reported (a lead that reports speech or names a person brings in another
    speaker; a man the lead names is only its topic for a "she", and a woman for a "he": "On the founder, John
    Roe, she is warm.")."""
    m = _LED_BEAT.fullmatch(doc.text, lo, hi)
    if m is None:
        m = _ABOUT_BEAT.fullmatch(doc.text, lo, hi)
        people = m is not None and any(doc.types[j] == "PERSON" for j in range(bisect_left(doc.starts, lo),
                                                                               bisect_left(doc.starts, hi)))
        return None if m is None or people or speech_verbs(doc.text, lo, hi, verbs_only=True) else m
    if m.group("lead") is None:
        return m if _nobody_between(doc, lo, hi) else None
    other = "m" if m.group("low") == "she" else "f"
    people = any(doc.types[j] == "PERSON" and doc.gender.get(doc.names[j], "") != other
                 for j in range(bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)))
    if people or not _nobody_between(doc, m.start("low"), hi) \
            or any(v[2] in FINITE_VERBS and v[0] != m.start("lead") for v in speech_verbs(doc.text, lo, hi)):
        return None  # (a lead opening on "Asked …" is what the speaker was asked: no one else speaks)
    return m
def _beat_of(doc: Doc, para: tuple[int, int], anchor: int) -> str:
    """The person a paragraph that is only one short he/she sentence of what someone did ("She pauses.") takes
    up, its pronoun resolved as a speaker's would be; "" for any other paragraph."""
    beat = _BEAT.fullmatch(doc.text, para[0], para[1])
    if beat is None or not _nobody_between(doc, para[0], para[1]):
        return ""
    a, b = beat.span(1)
    who = resolve_phrase(doc, Phrase("pronoun", a, b, a, b, head=doc.text[a:b].casefold()), anchor)
    return who.name if who is not None and who.type == "PERSON" else ""


#: the words a paragraph may open with before its quotation and still only give the quotation: a short phrase of
#: sequence or time closed by a colon ("And then, a moment later:", "Later:", "Then, after a pause:")
_BARE_INTRO_WORDS = 8
#: the words of such a phrase: of sequence and time only (not "Not everyone agrees:", "On the other side:", which
#: bring in someone else)
_SEQUENCE_WORDS = {"and", "then", "but", "a", "an", "few", "moment", "moments", "minute", "minutes", "second",
                   "seconds", "later", "after", "afterwards", "again", "finally", "once", "more", "still", "next",
                   "soon", "shortly", "pause", "beat", "earlier", "today", "tonight", "yesterday", "that", "same",
                   "day", "week", "month", "morning", "evening", "night"}
#: where the words were said, at the end of such a phrase: "on" and an organisation the entity layer found ("Then,
#: later that month on WXYZ:", a broadcaster)
_ON_MEDIUM = re.compile(r"\s+on\s+(?:the\s+)?\Z", re.I)


def _bare_intro(doc: Doc, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a paragraph's words before its quotation) is only a short phrase of sequence or
    time closed by a colon, naming no one: the quotation goes on from the paragraph before ("“…,” Roe said." /
    "And then, a moment later: “…”")."""
    intro = doc.text[lo:hi].strip()
    if not intro.endswith(":"):
        return False
    i, k = bisect_right(doc.starts, lo), bisect_right(doc.starts, hi)
    if k == i + 1 and doc.types[i] in ORG_TYPES and not doc.text[doc.ends[i]:hi].strip(" \t:") \
            and _ON_MEDIUM.search(doc.text, lo, doc.starts[i]):
        # "Then, later that month on WXYZ:": the medium the words were said on names no speaker
        intro = doc.text[lo:_ON_MEDIUM.search(doc.text, lo, doc.starts[i]).start()].strip() + ":"
        hi = doc.starts[i] - 1
    words = intro.rstrip(":").replace(",", " ").split()
    return 0 < len(words) <= _BARE_INTRO_WORDS \
        and all(w.casefold() in _SEQUENCE_WORDS for w in words) and _nobody_between(doc, lo, hi)


def _introduced(doc: Doc, lo: int, hi: int) -> Speaker | None:
    """The one person a paragraph's last sentence opens on as its subject ("Jane Roe, a strategist at Acme,
    expects more pain."), for a paragraph after it that is only a quotation: the person it introduced speaks.
    None when that sentence names anyone else."""
    text = doc.text
    i, k = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    inside = [j for j in range(i, k) if not doc.inside_quote(doc.starts[j])]
    if not inside or doc.types[inside[0]] != "PERSON" or text[lo:doc.starts[inside[0]]].strip() \
            or any(doc.names[j] != doc.names[inside[0]] and doc.types[j] not in ORG_TYPES
                   and doc.types[j] not in PLACE_TYPES for j in inside):  # (where they work: "at Acme in Oslo")
        return None
    if not _STANCE.search(text, doc.ends[inside[0]], hi):
        return None  # "X is slated to speak later in the month." introduces no view of X's
    return Speaker(doc.names[inside[0]], "PERSON", text[doc.starts[inside[0]]:doc.ends[inside[0]]], "coreference")


_PARTICIPLE_BY = re.compile(r"[\s,]*(?P<verb>[a-z]+ed)\s+by\s+")


def _agent_after(doc: Doc, span: QuoteSpan, stop: int) -> Speaker | None:
    """The named agent of a speech verb's participle right after a quoted fragment: "the “more than a third”
    alleged by Grayhollow", "a “historic mistake” claimed by Jane Roe" (the words are the agent's)."""
    text = doc.text
    m = _PARTICIPLE_BY.match(text, span.close_at, stop)
    if m is None or not speech_verbs(text, m.start("verb"), m.end("verb"), verbs_only=True):
        return None
    ph = head_phrase(text, m.end(), stop)
    if ph is None or ph.kind != "name":
        return None
    found = resolve_phrase(doc, ph, span.open_at)
    return found if found is not None and found.type else None


def _passive_by(doc: Doc, span: QuoteSpan, lo: int, stop: int) -> Speaker | None:
    """The agent of a passive speech verb before the quotation: "has been called “strategic ambiguity” by
    Joshua Hendrick"."""
    text = doc.text
    by = _BY.match(text, span.close_at, stop)
    if by is None:
        return None
    verbs = speech_verbs(text, lo, span.open_at, verbs_only=True)
    if not (verbs and _PASSIVE_ADVERB.search(text, max(lo, verbs[-1][0] - 40), verbs[-1][0])) \
            and not _NAMING_PARTICIPLE.search(text, max(span.sent_start, span.open_at - 100), span.open_at):
        # (a naming participle needs no auxiliary: "emails recently labeled “top secret” by the State
        # Department", "Labeled “worms” by Castro, many …", "the plan, dubbed “a fantasy” by Roe, …")
        return None
    ph = head_phrase(text, by.end(), stop)
    if ph is not None and ph.kind == "description":
        # a body named with its article ("by the State Department"): the organisation under it, not a guess
        found = resolve_phrase(doc, ph, span.open_at)
        return found if found is not None and found.type and found.attribution == "adjacent" else None
    return resolve_phrase(doc, ph, span.open_at) if ph is not None and ph.kind == "name" else None


def _credit_line(doc: Doc, paras: list[tuple[int, int]], span: QuoteSpan) -> Speaker | None:
    """The name on a credit line under a paragraph that is only the quotation ("“…”" / "- Bernie Sanders." /
    "-President Obama, tweeting after the speech.")."""
    text = doc.text
    k = bisect_right(paras, (span.close_at, 1 << 60)) - 1
    if k < 0 or k + 1 >= len(paras) or text[span.close_at:paras[k][1]].strip(" .\u00a0\"”"):
        return None
    a, b = paras[k + 1]
    dash = _CREDIT.match(text, a, b)
    if dash is None:
        return None
    ph = head_phrase(text, dash.end(), b)
    if ph is None or ph.kind != "name" or text[ph.end:b].strip()[:1] not in ("", ".", ","):
        return None
    found = resolve_phrase(doc, ph, span.open_at)
    return found if found is not None and found.type else None


def attribute_spans(text: str, spans: list[QuoteSpan], mentions: list[MentionRow],
                    log: list[tuple[int, str, list[object]]] | None = None) -> list[Speaker]:
    """One :class:`Speaker` per span of ``spans`` (in text order) from the document's mentions (sorted
    (start, end, name, TYPE) rows, offsets into ``text``; see :func:`mention_rows`). With a ``log`` list, the
    rules resolve pronouns and the ranker's candidates are appended to it (for training, :mod:`.ranker`)."""
    return attribute_doc(text, spans, mentions, log)[1]


def attribute_doc(text: str, spans: list[QuoteSpan], mentions: list[MentionRow],
                  log: list[tuple[int, str, list[object]]] | None = None,
                  house: tuple[str, str] | None = None) -> tuple[Doc, list[Speaker]]:
    """:func:`attribute_spans` with the :class:`~analysis.quotes.antecedents.Doc` the rules read (its
    ``speakers`` filled), for a later step that weighs every candidate (:mod:`.choose`)."""
    quoted = sorted(seg for s in spans for seg in s.segments)
    doc = build_doc(text, [m[0] for m in mentions], [m[1] for m in mentions], [m[2] for m in mentions],
                    [m[3] for m in mentions], quoted)
    doc.log = log
    doc.house = house
    paras = paragraphs(text)
    out: list[Speaker] = []
    weak: set[int] = set()  # quotations credited to their clause's subject only
    for n, span in enumerate(spans):
        prev = spans[n - 1] if n else None
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        who, clause_only = _own_sentence(doc, span, prev, nxt, out)
        if clause_only:
            weak.add(n)
        who = who or _context(doc, paras, span, prev, out[-1] if out else None) or Speaker()
        if who.type == "PERSON" and _CAPITALS_NAME.fullmatch(who.name):
            who = Speaker(_in_name_case(who.name), who.type, who.mention, who.attribution)  # "JANE ROE:"
        if who.name and who.type:
            doc.speakers.append((span.open_at, who.name, who.type))
        elif who.name and who.mention.split()[0].casefold() in _INDEFINITE:
            insort(doc.unnamed, span.open_at)  # "… ," a source close to the talks said
        out.append(who)
    # "It's not that “A,” but rather that “B,” X said": a fragment takes the speaker of a later quotation of
    # the same sentence (also over its clause's subject: "Given X's success, his word will carry “A” and bring
    # “B,” Y said")
    for n in range(len(spans) - 2, -1, -1):
        later = out[n + 1]
        if (not out[n].name or (n in weak and n + 1 not in weak and later.attribution == "adjacent")) \
                and later.name and spans[n].close_at > spans[n + 1].sent_start:
            if out[n].name != later.name or out[n].type != later.type:
                out[n] = Speaker(later.name, later.type, later.mention, "coreference")
            # (the clause's subject, confirmed by the later attribution, stays the adjacent speaker)
            weak.discard(n)
    return doc, out


def _sentence_start(text: str, lo: int, pos: int) -> int:
    start = lo
    for m in SENTENCE_BREAK.finditer(text, lo, pos):
        if m.end() <= pos and is_sentence_break(text, m):
            start = m.end()
    return start
