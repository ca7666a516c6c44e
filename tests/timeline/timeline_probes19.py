"""Round 19c: CheckList-style probes of the timeline (Ribera et al. 2020), invented articles, one construction each.

Every probe is ``(construction, published, text, expected)``: ``expected`` lists, in date order, the dated events a
reader takes from the text as ``(date_start, date_end, label)`` (``date_end`` may be ``None`` for the same day;
``label`` is a regular expression the label must match, case-insensitive, or ``None``). Dates are full-match
regular expressions, so a season may be written ``2031-0[56]-..``. The names are invented.
"""

from __future__ import annotations

# The article days: Wednesday 12 March 2031 unless a probe says otherwise.
PUB = "2031-03-12"

#: The modal or aspect before a verb a label may keep ("will open", "is due to report", "must vote").
M = r"(?:(?:is|are|was|were|will|must|would|has|have|had) (?:(?:due|set|expected|poised|going|about|likely|scheduled) )?(?:to )?)?"

_VERBS_PAST = [  # subject, past clause, label regex
    ("Orvane Robotics", "cut 400 jobs at its Leeds plant", r"^Orvane Robotics cuts? 400 jobs"),
    ("Keel Bank", "raised its dividend", r"^Keel Bank rais(es|ed) (its )?dividend"),
    ("Hallgrim Mining", "filed for bankruptcy protection", r"^Hallgrim Mining fil(es|ed) for bankruptcy"),
    ("The Brenmoor council", "approved the new bridge", r"Brenmoor council approv(es|ed) (the )?new bridge"),
    ("Tessaly Foods", "recalled 2 million jars of sauce", r"^Tessaly Foods recall(s|ed) 2 million jars"),
    ("Marta Quill", "resigned as chief executive of Orvane", r"^(Marta )?Quill resign(s|ed)"),
    ("Lumo Air", "grounded its fleet of 14 jets", r"^Lumo Air ground(s|ed) (its )?fleet"),
    ("Regulators", "fined Keel Bank $40 million", r"^Regulators fined? Keel Bank \$40 million"),
    ("Pellam Motors", "opened a factory in Ohio", r"^Pellam Motors open(s|ed) (a )?factory"),
    ("Dunhaven Telecom", "agreed to buy Fibrex for $2 billion", r"^Dunhaven Telecom agree(s|d) to buy Fibrex"),
]
_VERBS_FUTURE = [  # subject, future clause after "will", label regex
    ("Orvane Robotics", "report quarterly results", rf"^Orvane Robotics {M}report(s)? (quarterly )?results"),
    ("Keel Bank", "hold its annual meeting", rf"^Keel Bank {M}holds? (its )?annual meeting"),
    ("The Brenmoor council", "vote on the bridge", rf"Brenmoor council {M}votes? on (the )?bridge"),
    ("Lumo Air", "resume flights to Oslo", rf"^Lumo Air {M}resumes? flights"),
    ("Pellam Motors", "unveil its new van", rf"^Pellam Motors {M}unveils? (its )?new van"),
    ("Dunhaven Telecom", "close the Fibrex deal", rf"^Dunhaven Telecom {M}closes? (the )?Fibrex deal"),
]

PROBES: list[tuple[str, str, str, list[tuple[str, str | None, str | None]]]] = []


def _add(construction: str, text: str, expected: list[tuple[str, str | None, str | None]], published: str = PUB) -> None:
    PROBES.append((construction, published, text, expected))


# 1. a past weekday, at the end and at the front of the clause
for (s, v, lab), (day, iso) in zip(_VERBS_PAST, [("Monday", "2031-03-10"), ("Tuesday", "2031-03-11"),
                                                  ("Friday", "2031-03-07"), ("Saturday", "2031-03-08"),
                                                  ("Thursday", "2031-03-06")] * 2):
    _add("weekday, past", f"{s} {v} on {day}.", [(iso, None, lab)])
for (s, v, lab), (day, iso) in zip(_VERBS_PAST[:5], [("Monday", "2031-03-10"), ("Tuesday", "2031-03-11"),
                                                      ("Friday", "2031-03-07"), ("Sunday", "2031-03-09"),
                                                      ("Thursday", "2031-03-06")]):
    _add("weekday, past, before the verb", f"{s} on {day} {v}.", [(iso, None, lab)])
    _add("weekday, past, fronted", f"On {day}, {s[0].lower() + s[1:] if s.startswith('The ') else s} {v}.",
         [(iso, None, lab)])
# 2. a scheduled weekday
for (s, v, lab), (day, iso) in zip(_VERBS_FUTURE, [("Thursday", "2031-03-13"), ("Friday", "2031-03-14"),
                                                    ("Monday", "2031-03-17"), ("Tuesday", "2031-03-18"),
                                                    ("Thursday", "2031-03-13"), ("Friday", "2031-03-14")]):
    _add("weekday, scheduled", f"{s} will {v} on {day}.", [(iso, None, lab)])
    _add("next weekday, scheduled", f"{s} is due to {v} next {day}.", [(r"2031-03-1[3-9]|2031-03-2[0-5]", None, lab)])
# 3. last week / last month / yesterday / a year ago
for (s, v, lab) in _VERBS_PAST[:4]:
    _add("last week", f"{s} {v} last week.", [("2031-03-03", "2031-03-0[79]", lab)])
for (s, v, lab) in _VERBS_PAST[4:8]:
    _add("last month", f"{s} {v} last month.", [("2031-02-01", "2031-02-28", lab)])
for (s, v, lab) in _VERBS_PAST[2:5]:
    _add("yesterday", f"{s} {v} yesterday.", [("2031-03-11", None, lab)])
# 4. next week / next month / this month
for (s, v, lab) in _VERBS_FUTURE[:3]:
    _add("next week", f"{s} will {v} next week.", [("2031-03-17", "2031-03-2[13]", lab)])
for (s, v, lab) in _VERBS_FUTURE[3:]:
    _add("next month", f"{s} will {v} next month.", [("2031-04-01", "2031-04-30", lab)])
# 5. a month: past and coming
for (s, v, lab), (m, a, b) in zip(_VERBS_PAST[:5], [("January", "2031-01-01", "2031-01-31"),
                                                     ("February", "2031-02-01", "2031-02-28"),
                                                     ("November", "2030-11-01", "2030-11-30"),
                                                     ("December", "2030-12-01", "2030-12-31"),
                                                     ("January", "2031-01-01", "2031-01-31")]):
    _add("in <month>, past", f"{s} {v} in {m}.", [(a, b, lab)])
for (s, v, lab), (m, a, b) in zip(_VERBS_FUTURE, [("May", "2031-05-01", "2031-05-31"),
                                                   ("June", "2031-06-01", "2031-06-30"),
                                                   ("April", "2031-04-01", "2031-04-30"),
                                                   ("September", "2031-09-01", "2031-09-30"),
                                                   ("July", "2031-07-01", "2031-07-31"),
                                                   ("October", "2031-10-01", "2031-10-31")]):
    _add("in <month>, scheduled", f"{s} will {v} in {m}.", [(a, b, lab)])
# 6. on <month> <day>
for (s, v, lab), (d, iso) in zip(_VERBS_PAST[5:], [("March 3", "2031-03-03"), ("February 14", "2031-02-14"),
                                                    ("Jan. 9", "2031-01-09"), ("March 1", "2031-03-01"),
                                                    ("10 February", "2031-02-10")]):
    _add("on <date>, past", f"{s} {v} on {d}.", [(iso, None, lab)])
for (s, v, lab), (d, iso) in zip(_VERBS_FUTURE, [("April 2", "2031-04-02"), ("March 28", "2031-03-28"),
                                                  ("May 15", "2031-05-15"), ("June 1", "2031-06-01"),
                                                  ("20 March", "2031-03-20"), ("July 4", "2031-07-04")]):
    _add("on <date>, scheduled", f"{s} will {v} on {d}.", [(iso, None, lab)])
# 7. by <date>: a deadline
for (s, v, lab), (d, iso) in zip(_VERBS_FUTURE, [("June 30", "2031-06-30"), ("March 31", "2031-03-31"),
                                                  ("April 15", "2031-04-15"), ("the end of May", "2031-05-(01|31)"),
                                                  ("September 1", "2031-09-01"), ("December 31", "2031-12-31")]):
    _add("by <date>, deadline", f"{s} must {v} by {d}.", [(iso, r"2031-..-..", lab)])
# 8. quarters and halves
_add("quarter, coming", "Orvane Robotics will open its Leeds plant in the second quarter.",
     [("2031-04-01", "2031-06-30", rf"^Orvane Robotics {M}open(s|ed)? (its )?Leeds plant")])
_add("quarter, coming", "Keel Bank expects to close the Fibrex deal in the third quarter.",
     [("2031-07-01", "2031-09-30", r"Keel Bank")])
_add("quarter of a year, past", "Hallgrim Mining cut 300 jobs in the fourth quarter of 2030.",
     [("2030-10-01", "2030-12-31", r"^Hallgrim Mining cut(s)? 300 jobs")])
_add("quarter, short form", "Pellam Motors will start production of the van in Q3.",
     [("2031-07-01", "2031-09-30", rf"^Pellam Motors {M}start(s|ed)? production")])
_add("quarter, short form with year", "Lumo Air returned to profit in Q4 2030.",
     [("2030-10-01", "2030-12-31", r"^Lumo Air return(s|ed) to profit")])
_add("half, coming", "Dunhaven Telecom plans to list its towers unit in the second half of the year.",
     [("2031-07-01", "2031-12-31", rf"^Dunhaven Telecom (plans to )?{M}lists? (its )?towers unit")])
_add("half, coming", "Tessaly Foods will open two plants in the first half of 2032.",
     [("2032-01-01", "2032-06-30", rf"^Tessaly Foods {M}opens? two plants")])
_add("half, short form", "Keel Bank will sell its insurance arm in H2.",
     [("2031-07-01", "2031-12-31", rf"^Keel Bank {M}sells? (its )?insurance arm")])
# 9. seasons
_S = r"2031-0[5-6]-..", r"2031-0[89]-.."
_add("in the summer", "Lumo Air will resume flights to Oslo in the summer.", [(_S[0], _S[1], rf"^Lumo Air {M}resumes? flights")])
_add("by the summer", "Pellam Motors will open its Ohio factory by the summer.",
     [(_S[0] + "|2031-0[1-3]-..", _S[1] + "|2031-0[5-6]-..", rf"^Pellam Motors {M}opens? (its )?Ohio factory")])
_add("this autumn", "Keel Bank will launch its app this autumn.",
     [(r"2031-09-..", r"2031-1[12]-..", rf"^Keel Bank {M}launch(es)? (its )?app")])
_add("this summer", "Orvane Robotics is set to open its Leeds plant this summer.",
     [(_S[0], _S[1], rf"^Orvane Robotics {M}opens? (its )?Leeds plant")])
_add("last winter", "Hallgrim Mining shut two mines last winter.", [(r"2030-12-..", r"2031-0[23]-..", r"^Hallgrim Mining shut(s)? two mines")])
_add("in the spring", "The Brenmoor council will vote on the bridge in the spring.",
     [(r"2031-03-..", r"2031-0[56]-..", rf"Brenmoor council {M}votes? on (the )?bridge")])
_add("summer of a past year", "Tessaly Foods recalled its sauces in the summer of 2029.",
     [(r"2029-0[5-6]-..", r"2029-0[89]-..", r"^Tessaly Foods recall(s|ed) (its )?sauces")])
# 10. years and ago
for (s, v, lab), (y, a, b) in zip(_VERBS_PAST[:6], [("in 2019", "2019-01-01", "2019-12-31"),
                                                     ("in 2008", "2008-01-01", "2008-12-31"),
                                                     ("in 1998", "1998-01-01", "1998-12-31"),
                                                     ("a decade ago", "2021-01-01", "2021-12-31"),
                                                     ("two years ago", "2029-01-01", "2029-12-31"),
                                                     ("last year", "2030-01-01", "2030-12-31")]):
    _add(f"year, past ({y.split()[-1] if y.startswith('in') else y})", f"{s} {v} {y}.", [(a, b, lab)])
_add("year, coming", "Pellam Motors will open a factory in Ohio in 2033.",
     [("2033-01-01", "2033-12-31", rf"^Pellam Motors {M}opens? (a )?factory")])
_add("next year", "Lumo Air will resume flights to Oslo next year.",
     [("2032-01-01", "2032-12-31", rf"^Lumo Air {M}resumes? flights")])
# 11. since
_add("since <year>: the start of a state", "Keel Bank has been listed in Oslo since 2019.",
     [("2019-01-01", "2019-12-31", r"Keel Bank")])
_add("since <year>: a figure since", "Orvane Robotics shares have doubled since 2019.", [])
_add("since <event of a year>", "Profits at Keel Bank have halved since the 2008 financial crisis.",
     [("2008-01-01", "2008-12-31", r"financial crisis")])
_add("since <event of a year>", "Lumo Air has not paid a dividend since the 2020 pandemic.",
     [("2020-01-01", "2020-12-31", r"pandemic")])
_add("since <event of a year>", "Traffic at the port is the lowest since the 2011 tsunami.",
     [("2011-01-01", "2011-12-31", r"tsunami")])
_add("since <event of a year>", "The Brenmoor council has been short of cash since the 2015 floods.",
     [("2015-01-01", "2015-12-31", r"floods")])
# 12. reported speech
for (s, v, lab), (day, iso) in zip(_VERBS_FUTURE[:4], [("Tuesday", "2031-03-11"), ("Monday", "2031-03-10"),
                                                        ("Tuesday", "2031-03-11"), ("Monday", "2031-03-10")]):
    sub = s[0].lower() + s[1:] if s.startswith("The ") else s
    _add("X said on <day> it would ...", f"{s} said on {day} it would {v}.", [(iso, None, r"says")])
_add("X told reporters on <day> that ... on <date>",
     "Marta Quill told reporters on Monday that Orvane would cut 400 jobs on April 1.",
     [("2031-03-10", None, r"Quill (says|tells)"), ("2031-04-01", None, rf"Orvane {M}cuts? 400 jobs")])
_add("X told reporters on <day> that ... on <date>",
     "Keel Bank's chairman told investors on Tuesday that the bank would sell its insurance arm on June 30.",
     [("2031-03-11", None, r"(says|tells)"), ("2031-06-30", None, rf"{M}sells? (its )?insurance arm")])
_add("X announced on <day> that ...", "Lumo Air announced on Monday that it had grounded its fleet.",
     [("2031-03-10", None, r"^Lumo Air announces")])
_add("..., X said on <day>", "Lumo Air will resume flights to Oslo, the airline said on Tuesday.",
     [("2031-03-11", None, r"^Lumo Air (says|will resume|resumes)")])
_add("anonymous sources", "Talks between Keel Bank and Fibrex broke down late on Friday, two people familiar with the matter said.",
     [("2031-03-07", None, r"^Talks .*(break|broke) down")])
_add("anonymous sources", "Orvane Robotics fired its finance chief on Monday, three people familiar with the decision said.",
     [("2031-03-10", None, r"^Orvane Robotics fire(s|d) (its )?finance chief")])
_add("anonymous sources", "Lumo Air grounded its fleet on Tuesday, according to two people with knowledge of the matter.",
     [("2031-03-11", None, r"^Lumo Air ground(s|ed) (its )?fleet")])
_add("anonymous sources", "Keel Bank is weighing a sale of its insurance arm, people familiar with the matter said on Monday.",
     [("2031-03-10", None, r"^(People familiar with the matter say )?Keel Bank (weighs|is weighing)")])
# 13. two dates in one sentence
_add("two dates, two events", "Orvane Robotics cut 400 jobs on Monday and will close its Leeds plant in June.",
     [("2031-03-10", None, r"^Orvane Robotics cuts? 400 jobs"), ("2031-06-01", "2031-06-30", rf"{M}closes? (its )?Leeds plant")])
_add("two dates, two events", "Keel Bank was founded in 1952 and listed in 1998.",
     [("1952-01-01", "1952-12-31", r"^Keel Bank (is |was )?founded$"), ("1998-01-01", "1998-12-31", r"^Keel Bank ((is |was )?listed|lists)$")])
_add("two dates, two events", "Hallgrim Mining opened the mine in 2004 and shut it in 2019.",
     [("2004-01-01", "2004-12-31", r"^Hallgrim Mining open(s|ed) (the )?mine"), ("2019-01-01", "2019-12-31", r"^Hallgrim Mining shut(s)? (it|the mine)$")])
_add("two dates, two events", "The company was founded in 1987 and went public in 2006.",
     [("1987-01-01", "1987-12-31", r"^The company (is |was )?founded$"), ("2006-01-01", "2006-12-31", r"^The company (goes|went) public$")])
_add("two dates, two events", "Pellam Motors unveiled the van on Monday and will start selling it in May.",
     [("2031-03-10", None, r"^Pellam Motors unveil(s|ed) (the )?van"), ("2031-05-01", "2031-05-31", rf"{M}starts? selling")])
_add("two dates, from ... to", "Lumo Air suspended flights from March 3 to March 9.", [("2031-03-03", "2031-03-09", r"^Lumo Air suspend(s|ed) flights$")])
# 14. narrative anchors
_add("narrative anchor, days later",
     "On March 3, Lumo Air grounded its fleet. Two days later, the regulator opened an inquiry.",
     [("2031-03-03", None, r"^Lumo Air ground(s|ed)"), ("2031-03-05", None, r"regulator open(s|ed) (an )?inquiry")])
_add("narrative anchor, the next day",
     "Keel Bank's shares were suspended on Monday. The next day, its chairman resigned.",
     [("2031-03-10", None, r"suspend"), ("2031-03-11", None, r"chairman resign(s|ed)")])
_add("narrative anchor, a week later",
     "Hallgrim Mining shut the Oru mine on February 3. A week later, 200 workers were laid off.",
     [("2031-02-03", None, r"^Hallgrim Mining shut(s)? (the )?Oru mine"), ("2031-02-10", None, r"lay|laid")])
_add("narrative anchor, that evening",
     "The Brenmoor council met on Tuesday. That evening, the mayor resigned.",
     [("2031-03-11", None, r"council (meets|met)"), ("2031-03-11", None, r"mayor resign(s|ed)")])
_add("narrative anchor, the following week",
     "Tessaly Foods recalled its sauces on February 10. The following week, two retailers dropped the brand.",
     [("2031-02-10", None, r"^Tessaly Foods recall(s|ed)"), ("2031-02-17", "2031-02-2[13]", r"retailers drop(s|ped)?")])
# 15. clauses of time
_add("after <event> on <day>", "Keel Bank's shares fell after the vote on Friday.", [("2031-03-07", None, r"vote")])
_add("after <event> on <day>", "Lumo Air cancelled 80 flights after the storm on Sunday.",
     [("2031-03-09", None, r"(storm|Lumo Air cancel(s|led) 80 flights)")])
_add("before <event> on <day>", "Pellam Motors will unveil its van before the show on Thursday.",
     [("2031-03-13", None, r"(show|Pellam)")])
_add("when <clause> on <day>", "Traders panicked when Keel Bank cut its forecast on Monday.",
     [("2031-03-10", None, r"Keel Bank cut(s)? (its )?forecast|panic")])
_add("ahead of <event> on <date>", "Dunhaven Telecom rose ahead of its results on March 20.",
     [("2031-03-20", None, r"results")])
# 16. relative clauses
_add("relative clause dated", "The Leeds plant, which Orvane Robotics opened in 2015, employs 900 people.",
     [("2015-01-01", "2015-12-31", r"^Orvane Robotics open(s|ed) (the )?Leeds plant")])
_add("relative clause dated", "Marta Quill, who joined Orvane in 2021, will step down in June.",
     [("2021-01-01", "2021-12-31", r"join(s|ed) Orvane"), ("2031-06-01", "2031-06-30", rf"Quill {M}steps? down")])
_add("relative clause dated", "Fibrex, which Dunhaven Telecom agreed to buy on Monday, runs 4,000 towers.",
     [("2031-03-10", None, r"Dunhaven Telecom agree(s|d) to buy Fibrex")])
_add("relative clause with that", "The fine that regulators imposed on Tuesday is the largest on record.",
     [("2031-03-11", None, r"[Rr]egulators impose(s|d)?")])
# 17. passives
_add("passive, announced", "The merger was announced in November.", [("2030-11-01", "2030-11-30", r"^(The )?merger (is |was )?announced")])
_add("passive, approved", "The bridge was approved by the Brenmoor council on Tuesday.",
     [("2031-03-11", None, r"(bridge (is |was )?approved|Brenmoor council approv(es|ed) (the )?bridge)")])
_add("passive, fined", "Keel Bank was fined $40 million on Monday.", [("2031-03-10", None, r"^Keel Bank (is |was )?fined")])
_add("passive, arrested", "Two managers of Hallgrim Mining were arrested on Friday.", [("2031-03-07", None, r"arrested")])
_add("passive, founded", "Orvane Robotics was founded in 1952.", [("1952-01-01", "1952-12-31", r"^Orvane Robotics (is |was )?founded")])
_add("passive, will be", "The new bridge will be opened on April 2.", [("2031-04-02", None, rf"bridge ({M}be |is )?opened|opens")])
_add("passive, acquired", "Fibrex was bought by Dunhaven Telecom in 2024.",
     [("2024-01-01", "2024-12-31", r"(Fibrex (is |was )?bought|Dunhaven Telecom (buys|bought) Fibrex)")])
# 18. headlines (a title line, then the body)
_add("headline then body", "Orvane Robotics to cut 400 jobs\n\nOrvane Robotics will cut 400 jobs at its Leeds plant in April, "
     "the company said on Tuesday.",
     # (since round 64 a headline's plan, "X to cut ...", is news of the day its lead makes it known: a row of its own)
     [("2031-03-11", None, r"Orvane Robotics cuts"), ("2031-03-11", None, r"Orvane Robotics to cut 400 jobs"),
      ("2031-04-01", "2031-04-30", rf"Orvane Robotics {M}cuts? 400 jobs")])
_add("headline with a weekday", "Keel Bank chairman quits on Monday\n\nThe chairman of Keel Bank resigned on Monday.",
     [("2031-03-10", None, r"resign(s|ed)|quits")])
# 19. bullet lists of key dates
_add("bullet list of key dates",
     "Key dates in the Keel Bank saga:\n\n- March 3: Keel Bank cuts its forecast.\n\n- March 5: The chairman resigns.\n\n"
     "- April 2: Shareholders vote on the sale.",
     [("2031-03-03", None, r"Keel Bank cuts (its )?forecast"), ("2031-03-05", None, r"chairman resigns"),
      ("2031-04-02", None, r"[Ss]hareholders vote")])
_add("bullet list of key dates",
     "Timeline:\n\n* 1952 - Orvane founded in Leeds\n\n* 1998 - Orvane lists in London\n\n* 2024 - Orvane opens plant in Ohio",
     [("1952-01-01", "1952-12-31", r"founded"), ("1998-01-01", "1998-12-31", r"lists"),
      ("2024-01-01", "2024-12-31", r"opens plant")])
_add("bullet list of key dates, bold dates",
     "What happens next:\n\nMarch 20 — Lumo Air reports results.\n\nApril 15 — Regulators publish their report.",
     [("2031-03-20", None, r"Lumo Air reports results"), ("2031-04-15", None, r"Regulators publish")])
# 20. live blog entries
_add("live blog entries",
     "Live: Keel Bank shares suspended\n\n9.05am GMT\n\nKeel Bank said its chairman had resigned.\n\n10.30am GMT\n\n"
     "Regulators said they would open an inquiry.",
     [("2031-03-12", None, r"Keel Bank says|chairman"), ("2031-03-12", None, r"Regulators")])
# 21. Q&A and transcripts
_add("Q&A, host question", "HOST: What happened today?\n\nQUILL: Orvane Robotics cut 400 jobs at its Leeds plant on Monday.",
     [("2031-03-10", None, r"Orvane Robotics cut(s)? 400 jobs")])
_add("Q&A, host question", "Q: What did the board decide on Tuesday?\n\nA: The board voted to sell the insurance arm.",
     [])
_add("Q&A, host question", "INTERVIEWER: What will happen next week?\n\nQUILL: The board will vote on the sale next week.",
     [("2031-03-17", "2031-03-2[13]", rf"board {M}votes? on (the )?sale")])
# 22. share moves: one label, a figure the text prints
_add("share move, one figure", "Shares of Orvane Robotics closed down 8.4% on Tuesday.",
     [("2031-03-11", None, r"8\.4%")])

# 23. more variants of the constructions that failed on the first run
for text, iso, lab in [
    ("Keel Bank dropped its bid for Fibrex on Monday, a person with direct knowledge of the talks said.", "2031-03-10",
     r"^Keel Bank drop(s|ped) (its )?bid"),
    ("Orvane Robotics hired advisers in February, according to three people familiar with the plan.", "2031-02-(01|28)",
     r"^Orvane Robotics hire(s|d) advisers"),
    ("Lumo Air cancelled its order for 20 jets last week, sources said.", "2031-03-0[37]", r"^Lumo Air cancel(s|led) (its )?order"),
    ("The board of Hallgrim Mining met on Sunday to discuss a sale, two sources told Probe News.", "2031-03-09",
     r"^(The board of )?Hallgrim Mining (meets|met)"),
    ("Pellam Motors paused production at its Ohio plant on Tuesday, people familiar with the matter said.", "2031-03-11",
     r"^Pellam Motors pause(s|d) production"),
    ("Dunhaven Telecom approached Fibrex in January, two people briefed on the talks said.", "2031-01-(01|31)",
     r"^Dunhaven Telecom approach(es|ed) Fibrex"),
]:
    _add("anonymous sources, date in the main clause", text, [(iso, r"2031-0.-..", lab)])
for text, iso, lab in [
    ("Keel Bank plans to sell its insurance arm, people familiar with the matter said on Tuesday.", "2031-03-11",
     r"^(People familiar with the matter say )?Keel Bank plans"),
    ("Lumo Air will cut 300 jobs, the airline said on Monday.", "2031-03-10", r"(Lumo Air|airline).*300 jobs"),
    ("Orvane Robotics expects sales to fall, its chief executive said on Friday.", "2031-03-07",
     r"(Orvane Robotics|chief executive).*(expects|sales)"),
]:
    _add("..., X said on <day>", text, [(iso, None, lab)])
for text in ["Q: What did Keel Bank announce on Monday?\n\nA: I cannot say.",
             "Why did Orvane Robotics sell its Leeds plant in January?",
             "HOST: What happened at the Brenmoor council on Tuesday?\n\nGUEST: I was not there.",
             "Will Lumo Air resume flights to Oslo in May?",
             "Did regulators approve the deal last week?"]:
    _add("a question is no event", text, [])
for text, exp in [
    ("Lumo Air was founded in 1961 and privatised in 1994.",
     [("1961-01-01", "1961-12-31", r"^Lumo Air (is |was )?founded$"), ("1994-01-01", "1994-12-31", r"^Lumo Air (is |was )?privatised$")]),
    ("Marta Quill joined Orvane in 2021 and became chief executive in 2027.",
     [("2021-01-01", "2021-12-31", r"^Marta Quill join(s|ed) Orvane$"), ("2027-01-01", "2027-12-31", r"^Marta Quill bec(omes|ame) chief executive$")]),
    ("Tessaly Foods bought the brand in 2012 and sold it in 2020.",
     [("2012-01-01", "2012-12-31", r"^Tessaly Foods (buys|bought) (the )?brand$"), ("2020-01-01", "2020-12-31", r"^Tessaly Foods (sells|sold) it$")]),
    ("The bridge was built in 1930 and closed in 2028.",
     [("1930-01-01", "1930-12-31", r"^(The )?bridge (is |was )?built$"), ("2028-01-01", "2028-12-31", r"^(The )?bridge ((is |was )?closed|closes)$")]),
]:
    _add("two dates, two events, coordinated verbs", text, exp)
for text, iso, lab in [
    ("The Oru mine, which Hallgrim Mining bought in 2016, employs 900 people.", "2016", r"^Hallgrim Mining (buys|bought) (the )?Oru mine$"),
    ("Keel Bank, which was founded in 1952, will cut 200 jobs in April.", None, None),
    ("Pellam Motors, which opened its first plant in 1988, will build a second one in May.", None, None),
]:
    if iso:
        _add("non-restrictive relative clause", text, [(f"{iso}-01-01", f"{iso}-12-31", lab)])
for text, exp in [
    ("Keel Bank, which was founded in 1952, will cut 200 jobs in April.",
     [("1952-01-01", "1952-12-31", r"^Keel Bank (is |was )?founded$"), ("2031-04-01", "2031-04-30", rf"^Keel Bank {M}cuts? 200 jobs$")]),
    ("Pellam Motors, which opened its first plant in 1988, will build a second one in May.",
     [("1988-01-01", "1988-12-31", r"^Pellam Motors open(s|ed) (its )?first plant$"), ("2031-05-01", "2031-05-31", rf"^Pellam Motors {M}builds? (a )?second one$")]),
]:
    _add("non-restrictive relative clause", text, exp)
for text, iso, lab in [
    ("Keel Bank is set to name a new chairman on Friday.", "2031-03-14", rf"^Keel Bank {M}names? (a )?new chairman"),
    ("Lumo Air is set to resume flights to Oslo in April.", "2031-04-(01|30)", rf"^Lumo Air {M}resumes? flights"),
    ("The Brenmoor council is due to vote on the bridge on Tuesday.", "2031-03-18", rf"^(The )?Brenmoor council {M}votes?"),
]:
    _add("is set to / is due to", text, [(iso, r"2031-0.-..", lab)])
for text, iso, lab in [
    ("Ardwyn Airways filed for bankruptcy on Monday.", "2031-03-10", r"^Ardwyn Airways fil(es|ed) for bankruptcy"),
    ("Shareholders of Keel Bank voted against the deal on Tuesday.", "2031-03-11", r"^Shareholders of Keel Bank vote(s|d)? against (the )?deal"),
    ("Orvane Robotics applied for a licence in January.", "2031-01-(01|31)", r"^Orvane Robotics appl(ies|ied) for (a )?licence"),
    ("The Brenmoor council voted on the budget on Monday.", "2031-03-10", r"Brenmoor council vote(s|d) on (the )?budget"),
]:
    _add("verb with a prepositional object", text, [(iso, r"2031-0.-..", lab)])
for text, iso, lab in [
    ("Fibrex rejected the offer on Sunday, a spokesman for the company said.", "2031-03-09", r"^Fibrex reject(s|ed) (the )?offer"),
    ("Keel Bank sold its Oslo branch last month, according to a filing.", "2031-02-(01|28)", r"^Keel Bank (sells|sold) (its )?Oslo branch"),
    ("Hallgrim Mining shut the Oru mine on Monday, the union told reporters.", "2031-03-10", r"^Hallgrim Mining shut(s)? (the )?Oru mine"),
    ("Lumo Air will cut 300 jobs, chief executive Marta Quill told staff on Monday.", "2031-03-10", r"300 jobs"),
]:
    _add("..., X said / according to X", text, [(iso, r"2031-0.-..", lab)])
for text in ["What did Orvane Robotics tell investors on Tuesday?", "Q: Why did the council vote against the bridge on Monday?",
             "Could Keel Bank sell its insurance arm next month?"]:
    _add("a question is no event", text, [])
for text, exp in [
    ("Orvane Robotics listed in London in 1998 and moved to New York in 2015.",
     [("1998-01-01", "1998-12-31", r"^Orvane Robotics list(s|ed)( in London)?$"), ("2015-01-01", "2015-12-31", r"^Orvane Robotics mov(es|ed) to New York$")]),
    ("Keel Bank raised its dividend in January and cut it in February.",
     [("2031-01-01", "2031-01-31", r"^Keel Bank rais(es|ed) (its )?dividend$"), ("2031-02-01", "2031-02-28", r"^Keel Bank cuts? it$")]),
    ("The plant opened on March 3 and closed on March 10.",
     [("2031-03-03", None, r"^The plant (opened|opens)$"), ("2031-03-10", None, r"^(The )?plant (closed|closes)$")]),
]:
    _add("two dates, two events, coordinated verbs", text, exp)
for text, exp in [
    ("Fibrex, which was listed in 2011, runs 4,000 towers.", [("2011-01-01", "2011-12-31", r"^Fibrex (is |was )?listed$")]),
    ("Orvane Robotics, which Marta Quill founded in 1994, will cut 400 jobs in May.",
     [("1994-01-01", "1994-12-31", r"^Marta Quill (founds|founded) Orvane Robotics$"), ("2031-05-01", "2031-05-31", rf"^Orvane Robotics {M}cuts? 400 jobs$")]),
    ("Lumo Air cut 80 flights on Friday, when a storm hit Oslo.", [("2031-03-07", None, r"(storm|Lumo Air cut)")]),
]:
    _add("non-restrictive relative clause", text, exp)
for text, iso, lab in [
    ("Pellam Motors is set to unveil its new van in June.", "2031-06-(01|30)", rf"^Pellam Motors {M}unveils? (its )?new van"),
    ("Keel Bank shareholders are set to vote on the sale on Thursday.", "2031-03-13", rf"shareholders {M}votes? on (the )?sale"),
]:
    _add("is set to / is due to", text, [(iso, r"2031-0.-..", lab)])
for text, iso, lab in [
    ("Tessaly Foods applied for a new licence last week.", "2031-03-03", r"^Tessaly Foods appl(ies|ied) for (a )?new licence"),
    ("Orvane Robotics sued over the patent on Monday.", "2031-03-10", r"^Orvane Robotics sue(s|d) over (the )?patent"),
    ("Keel Bank fell for a third day on Monday.", "2031-03-10", r"^Keel Bank (falls|fell)$"),
]:
    _add("verb with a prepositional object", text, [(iso, r"2031-0.-..", lab)])
for text, a, b, lab in [
    ("Dunhaven Telecom will open its new towers by the autumn.", r"2031-0[89]-..", r"2031-1[12]-..", rf"^Dunhaven Telecom {M}opens? (its )?new towers"),
    ("Tessaly Foods plans to reopen the plant over the summer.", r"2031-0[56]-..", r"2031-0[89]-..", r"Tessaly Foods"),
    ("The council will decide in the winter.", r"2031-12-..", r"2032-0[23]-..", rf"council {M}decides?"),
]:
    _add("a season in a plan", text, [(a, b, lab)])
