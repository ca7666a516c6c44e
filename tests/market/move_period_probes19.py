"""Round 19c probe set: the session and period of a share move (CheckList-style minimum functionality tests on
invented articles, following the challenge set's date conventions: one session is an ISO day, a span is
``start/end`` ending on the move's last day, "this week" is Monday to publication, "last week" Monday to Friday,
"this year" January 1 to publication, "since March" March 1 to publication, "overnight" in an Asian-session article the
previous New York session). Every company, person and figure is invented.

Each probe is ``(construction, published, text, expected)``; ``expected`` lists ``(company, pct, when)`` with
``when`` an ISO day, ``start/end`` (``start`` empty when the text does not date it), or ``~`` for a span the text
does not date at all. A text whose first line is
followed by a blank line is a headline over its body."""

from __future__ import annotations

from datetime import date, timedelta

MON = date(2025, 4, 7)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _d(i: int) -> str:
    return (MON + timedelta(days=i)).isoformat()


def _pub(i: int) -> date:
    return MON + timedelta(days=i)


PROBES: list[tuple[str, date, str, list[tuple[str, float, str]]]] = []


def _add(construction: str, published: date, text: str, expected: list[tuple[str, float, str]]) -> None:
    PROBES.append((construction, published, text, expected))


# --- Q01 weekday after the figure, publication on each weekday and the weekend
for p in range(7):
    for d in range(min(p, 4) + 1):
        _add("Q01 weekday after figure", _pub(p), f"Vespery Systems fell 4.2% on {DAYS[d]} after the recall.",
             [("Vespery Systems", -4.2, _d(d))])
# --- Q02 weekday before the move ("On Tuesday, X rose")
for p in (2, 4):
    for d in range(p + 1):
        _add("Q02 weekday opening the sentence", _pub(p), f"On {DAYS[d]}, Zephrin Bank rose 3.1% as deposits returned.",
             [("Zephrin Bank", 3.1, _d(d))])
        _add("Q02 weekday before the verb", _pub(p), f"Zephrin Bank on {DAYS[d]} rose 3.1% as deposits returned.",
             [("Zephrin Bank", 3.1, _d(d))])
# --- Q03 weekday in the sentence before
for p in (3, 4):
    for d in range(1, p + 1):
        _add("Q03 weekday in the sentence before", _pub(p),
             f"Trading on {DAYS[d]} was dominated by the recall. Vespery Systems fell 5.5%.",
             [("Vespery Systems", -5.5, _d(d))])
# --- Q04 possessive sessions and closes
for p in (2, 3, 4):
    for d in range(p):
        _add("Q04 'in D's session'", _pub(p), f"Oriel Pharma rose 6% in {DAYS[d]}'s session.", [("Oriel Pharma", 6.0, _d(d))])
        _add("Q04 'at D's close'", _pub(p), f"Oriel Pharma was down 2.5% at {DAYS[d]}'s close.", [("Oriel Pharma", -2.5, _d(d))])
        _add("Q04 'by the close on D'", _pub(p), f"Oriel Pharma ended 2.5% lower at the close on {DAYS[d]}.",
             [("Oriel Pharma", -2.5, _d(d))])
# --- Q05 yesterday / on the day / today / overnight
for p in (1, 2, 3, 4, 0):
    prev = _d(p - 1) if p else _d(-3)
    _add("Q05 yesterday", _pub(p), "Quarrow Foods fell 3.4% yesterday.", [("Quarrow Foods", -3.4, prev)])
    _add("Q05 today", _pub(p), "Quarrow Foods is up 2.2% today.", [("Quarrow Foods", 2.2, _d(p))])
    _add("Q05 overnight", _pub(p), "In Tokyo trading, exporters slipped after Quarrow Foods fell 3% overnight in New York.",
         [("Quarrow Foods", -3.0, prev)])
    _add("Q05 on the day", _pub(p), f"Quarrow Foods cut its outlook on {DAYS[p - 1 if p else 4]}. The shares ended 7% lower on the day.",
         [("Quarrow Foods", -7.0, prev)])
# --- Q06 parts of a session keep their day
for p in (1, 3):
    for d in range(p + 1):
        _add("Q06 premarket", _pub(p), f"Taviston Mining fell 5% in premarket trading on {DAYS[d]}.", [("Taviston Mining", -5.0, _d(d))])
        _add("Q06 after hours", _pub(p), f"Taviston Mining rose 8% in after-hours trading on {DAYS[d]}.", [("Taviston Mining", 8.0, _d(d))])
        _add("Q06 intraday", _pub(p), f"Taviston Mining fell as much as 9% on {DAYS[d]}.", [("Taviston Mining", -9.0, _d(d))])
        _add("Q06 at the open", _pub(p), f"Taviston Mining jumped 4% at the open on {DAYS[d]}.", [("Taviston Mining", 4.0, _d(d))])
# --- Q07 weeks
for p in (2, 4, 5):
    mon = (_pub(p) - timedelta(days=_pub(p).weekday())).isoformat()
    pub = _pub(p).isoformat()
    lmon, lfri = (_pub(p) - timedelta(days=_pub(p).weekday() + 7)).isoformat(), (_pub(p) - timedelta(days=_pub(p).weekday() + 3)).isoformat()
    _add("Q07 this week", _pub(p), "Ulvane Air has fallen 8% this week.", [("Ulvane Air", -8.0, f"{mon}/{pub}")])
    _add("Q07 for the week", _pub(p), "Ulvane Air was down 8% for the week.", [("Ulvane Air", -8.0, f"{mon}/{pub}")])
    _add("Q07 last week", _pub(p), "Ulvane Air fell 8% last week.", [("Ulvane Air", -8.0, f"{lmon}/{lfri}")])
    _add("Q07 so far this week", _pub(p), "Ulvane Air is down 8% so far this week.", [("Ulvane Air", -8.0, f"{mon}/{pub}")])
    _add("Q07 in the week of an event", _pub(p), "Ulvane Air fell 6.1% in the week of the outage.", [("Ulvane Air", -6.1, "~")])
    _add("Q07 in the week after an event", _pub(p), "Ulvane Air lost 6.1% in the week after the outage.", [("Ulvane Air", -6.1, "~")])
    _add("Q07 in the week since an event", _pub(p), "Ulvane Air has lost 6.1% in the week since the outage.",
         [("Ulvane Air", -6.1, f"/{pub}")])
# --- Q08 two weekdays and spans of sessions
for p in (2, 3, 4):
    _add("Q08 over D1 and D2", _pub(p), "Ulvane Air fell 11% over Monday and Tuesday.", [("Ulvane Air", -11.0, f"{_d(0)}/{_d(1)}")])
    _add("Q08 on D1 and D2", _pub(p), "Ulvane Air lost a combined 11% on Monday and Tuesday.", [("Ulvane Air", -11.0, f"{_d(0)}/{_d(1)}")])
    _add("Q08 between D1 and D2", _pub(p), "Ulvane Air fell 11% between Monday and Wednesday.", [("Ulvane Air", -11.0, f"{_d(0)}/{_d(2)}")])
    _add("Q08 from D1 to D2", _pub(p), "Ulvane Air fell 11% from Monday to Wednesday.", [("Ulvane Air", -11.0, f"{_d(0)}/{_d(2)}")])
    _add("Q08 over the past three sessions", _pub(p), "Ulvane Air has fallen 9% over the past three sessions.",
         [("Ulvane Air", -9.0, f"{_d(p - 2)}/{_d(p)}")])
    _add("Q08 in two days", _pub(p), "Ulvane Air has lost 9% in two days.", [("Ulvane Air", -9.0, f"{_d(p - 1)}/{_d(p)}")])
    _add("Q08 in the past two sessions", _pub(p), "Ulvane Air has lost 9% in the past two sessions.", [("Ulvane Air", -9.0, f"{_d(p - 1)}/{_d(p)}")])
    _add("Q08 since D", _pub(p), "Ulvane Air has fallen 9% since Monday.", [("Ulvane Air", -9.0, f"{_d(0)}/{_d(p)}")])
    _add("Q08 from D's close", _pub(p), "Ulvane Air is down 9% from Monday's close.", [("Ulvane Air", -9.0, f"{_d(1)}/{_d(p)}")])
# --- Q09 years, months, marks
for p in (1, 4):
    pub = _pub(p).isoformat()
    _add("Q09 this year", _pub(p), "Hesketh Steel has risen 21% this year.", [("Hesketh Steel", 21.0, f"2025-01-01/{pub}")])
    _add("Q09 year to date", _pub(p), "Hesketh Steel is up 21% year to date.", [("Hesketh Steel", 21.0, f"2025-01-01/{pub}")])
    _add("Q09 for the year", _pub(p), "Hesketh Steel is up 9% for the year.", [("Hesketh Steel", 9.0, f"2025-01-01/{pub}")])
    _add("Q09 so far this year", _pub(p), "Hesketh Steel shares are up 9% so far this year.", [("Hesketh Steel", 9.0, f"2025-01-01/{pub}")])
    _add("Q09 in 2024", _pub(p), "Hesketh Steel fell 30% in 2024.", [("Hesketh Steel", -30.0, "2024-01-01/2024-12-31")])
    _add("Q09 last year", _pub(p), "Hesketh Steel fell 30% last year.", [("Hesketh Steel", -30.0, "2024-01-01/2024-12-31")])
    _add("Q09 since March", _pub(p), "Hesketh Steel has gained 14% since March.", [("Hesketh Steel", 14.0, f"2025-03-01/{pub}")])
    _add("Q09 since March 14", _pub(p), "Hesketh Steel has gained 14% since March 14.", [("Hesketh Steel", 14.0, f"2025-03-14/{pub}")])
    _add("Q09 since its IPO", _pub(p), "Hesketh Steel has fallen 40% since its IPO.", [("Hesketh Steel", -40.0, f"/{pub}")])
    _add("Q09 since the deal on a day", _pub(p), "Hesketh Steel has risen 12% since the deal was announced on March 3.",
         [("Hesketh Steel", 12.0, f"2025-03-03/{pub}")])
    _add("Q09 this month", _pub(p), "Hesketh Steel is down 6% this month.", [("Hesketh Steel", -6.0, f"2025-04-01/{pub}")])
    _add("Q09 last month", _pub(p), "Hesketh Steel fell 6% last month.", [("Hesketh Steel", -6.0, "2025-03-01/2025-03-31")])
    _add("Q09 over the past year", _pub(p), "Hesketh Steel has fallen 33% over the past year.", [("Hesketh Steel", -33.0, f"2024-{pub[5:]}/{pub}")])
    _add("Q09 from a price", _pub(p), "Hesketh Steel listed at $40 in 2021. It now trades 63% below that price.",
         [("Hesketh Steel", -63.0, "~")])
    _add("Q09 down from that price", _pub(p), "Hesketh Steel sold shares at $40 in 2021. The stock is down 63% from that price.",
         [("Hesketh Steel", -63.0, "~")])
# --- Q10 an event's day
for p in (2, 4):
    _add("Q10 on the day of an event", _pub(p), "Hesketh Steel fell 8% on the day of her departure.", [("Hesketh Steel", -8.0, "")])
    _add("Q10 on the day an event", _pub(p), "Hesketh Steel fell 8% on the day the chief executive resigned.", [("Hesketh Steel", -8.0, "")])
# --- Q11 moves carried by a later sentence
for p in (2, 3, 4):
    _add("Q11 both stocks on a new day", _pub(p), "Orrell Tools fell 2% and Pellam Works rose 1% on Monday. Both stocks rose 4% on Tuesday.",
         [("Orrell Tools", -2.0, _d(0)), ("Pellam Works", 1.0, _d(0)), ("Orrell Tools", 4.0, _d(1)), ("Pellam Works", 4.0, _d(1))])
    _add("Q11 the shares keep the day", _pub(p), "Orrell Tools cut its outlook on Tuesday. The shares fell 12%.",
         [("Orrell Tools", -12.0, _d(1))])
    _add("Q11 'it' on a new day", _pub(p), "Orrell Tools fell 5% on Monday. It rose 2% on Tuesday.",
         [("Orrell Tools", -5.0, _d(0)), ("Orrell Tools", 2.0, _d(1))])
    _add("Q11 first figure dated at the end", _pub(p), "Orrell Tools fell 2% and Pellam Works rose 1% on Monday.",
         [("Orrell Tools", -2.0, _d(0)), ("Pellam Works", 1.0, _d(0))])
# --- Q12 headline and body
for p in (1, 3):
    _add("Q12 headline without a day", _pub(p), f"Orrell Tools slides 9% on profit warning\n\nOrrell Tools fell 9% on {DAYS[p]} after it warned on profit.",
         [("Orrell Tools", -9.0, _d(p)), ("Orrell Tools", -9.0, _d(p))])
    _add("Q12 headline, body dates the day before", _pub(p),
         f"Orrell Tools slides 9% on profit warning\n\nOrrell Tools fell 9% on {DAYS[p - 1]} after it warned on profit.",
         [("Orrell Tools", -9.0, _d(p - 1)), ("Orrell Tools", -9.0, _d(p - 1))])
# --- Q13 two moves, two days in one sentence
for p in (2, 4):
    _add("Q13 'after a slump on D'", _pub(p), "Pellam Works rose 9.8% on Tuesday after a 24% slump on Monday.",
         [("Pellam Works", 9.8, _d(1)), ("Pellam Works", -24.0, _d(0))])
    _add("Q13 'after falling N% on D'", _pub(p), "Pellam Works rose 9.8% on Tuesday after falling 24% on Monday.",
         [("Pellam Works", 9.8, _d(1)), ("Pellam Works", -24.0, _d(0))])
    _add("Q13 'extending D's slide'", _pub(p), "Pellam Works fell 3% on Tuesday, extending Monday's 24% slide.",
         [("Pellam Works", -3.0, _d(1)), ("Pellam Works", -24.0, _d(0))])
    _add("Q13 'a day after'", _pub(p), "Pellam Works rose 2% on Wednesday, a day after losing 6%.",
         [("Pellam Works", 2.0, _d(2)), ("Pellam Works", -6.0, _d(1))])
# --- Q14 a compared figure
for p in (2, 4):
    _add("Q14 compared with N% for Y on D", _pub(p), "Pellam Works fell 6% on Tuesday, compared with 8% for Orrell Tools on Monday.",
         [("Pellam Works", -6.0, _d(1)), ("Orrell Tools", -8.0, _d(0))])
    _add("Q14 while Y on D", _pub(p), "Pellam Works fell 6% on Tuesday, while Orrell Tools rose 2%.",
         [("Pellam Works", -6.0, _d(1)), ("Orrell Tools", 2.0, _d(1))])
# --- Q15 weekend and holiday publication
for p in (5, 6):
    _add("Q15 weekend, weekday named", _pub(p), "Vespery Systems fell 4% on Friday.", [("Vespery Systems", -4.0, _d(4))])
    _add("Q15 weekend, no day", _pub(p), "Vespery Systems fell 4% after the recall.", [("Vespery Systems", -4.0, _d(4))])
    _add("Q15 weekend, yesterday", _pub(p), "Vespery Systems fell 4% yesterday.", [("Vespery Systems", -4.0, _d(4))])
# --- Q16 coordinated moves share the day that closes the coordination
for p in (1, 3, 4, 6):
    d = min(p, 4) - 1
    _add("Q16 'A N% and B M% on D'", _pub(p), f"Orrell Tools fell 2% and Pellam Works rose 1.5% on {DAYS[d]}.",
         [("Orrell Tools", -2.0, _d(d)), ("Pellam Works", 1.5, _d(d))])
    _add("Q16 'A N%, B M% and C K% on D'", _pub(p),
         f"Orrell Tools fell 2%, Pellam Works lost 1.5% and Quarrow Foods dropped 3% on {DAYS[d]}.",
         [("Orrell Tools", -2.0, _d(d)), ("Pellam Works", -1.5, _d(d)), ("Quarrow Foods", -3.0, _d(d))])
    _add("Q16 'as much as N% and closed M% on D'", _pub(p), f"Orrell Tools rose as much as 9% and closed up 4% on {DAYS[d]}.",
         [("Orrell Tools", 9.0, _d(d)), ("Orrell Tools", 4.0, _d(d))])
    _add("Q16 'A N% yesterday' coordinated", _pub(p), "Orrell Tools fell 2% and Pellam Works rose 1.5% yesterday.",
         [("Orrell Tools", -2.0, _d(min(p, 5) - 1 if p < 5 else 4)), ("Pellam Works", 1.5, _d(min(p, 5) - 1 if p < 5 else 4))])
    _add("Q16 a period of its own stays", _pub(p), f"Orrell Tools has fallen 12% this year and Pellam Works rose 1.5% on {DAYS[d]}.",
         [("Orrell Tools", -12.0, f"2025-01-01/{_pub(p).isoformat()}"), ("Pellam Works", 1.5, _d(d))])
    _add("Q16 a day of its own stays", _pub(p), f"Orrell Tools fell 2% on Monday and Pellam Works rose 1.5% on {DAYS[d]}.",
         [("Orrell Tools", -2.0, _d(0)), ("Pellam Works", 1.5, _d(d))])
    _add("Q16 coordinated, article names another day", _pub(p),
         f"Orrell Tools fell 2% and Pellam Works rose 1.5% on {DAYS[d]}. Quarrow Foods rose 5% today.",
         [("Orrell Tools", -2.0, _d(d)), ("Pellam Works", 1.5, _d(d)), ("Quarrow Foods", 5.0, _d(min(p, 4)))])
# --- Q17 more session wordings
for p in (1, 2, 4):
    d = p - 1
    _add("Q17 bare weekday", _pub(p), f"Shares of Merrow Labs closed down 4% {DAYS[d]}.", [("Merrow Labs", -4.0, _d(d))])
    _add("Q17 'in D trading'", _pub(p), f"Merrow Labs fell 4% in {DAYS[d]} trading.", [("Merrow Labs", -4.0, _d(d))])
    _add("Q17 'in trading on D'", _pub(p), f"Merrow Labs fell 4% in trading on {DAYS[d]}.", [("Merrow Labs", -4.0, _d(d))])
    _add("Q17 a relative clause's day stays its own", _pub(p),
         f"Merrow Labs, which fell 8% last week, rose 3% on {DAYS[d]}.",
         [("Merrow Labs", -8.0, f"{_d(-7)}/{_d(-3)}"), ("Merrow Labs", 3.0, _d(d))])
    _add("Q17 'bringing its loss this week to'", _pub(p),
         f"Merrow Labs fell 3% on {DAYS[d]}, bringing its loss this week to 9%.",
         [("Merrow Labs", -3.0, _d(d)), ("Merrow Labs", -9.0, f"{_d(0)}/{_d(p)}")])
    _add("Q17 two days, two clauses", _pub(p), f"On {DAYS[0]} Merrow Labs fell 3% and on {DAYS[p]} it rose 2%.",
         [("Merrow Labs", -3.0, _d(0)), ("Merrow Labs", 2.0, _d(p))])
    _add("Q17 a gapped list of days", _pub(p), f"Merrow Labs fell 2% Monday and 3% {DAYS[p]}.",
         [("Merrow Labs", -2.0, _d(0)), ("Merrow Labs", -3.0, _d(p))])
    _add("Q17 the previous session", _pub(p), f"Merrow Labs rose 2% on {DAYS[p]} after losing 3% in the previous session.",
         [("Merrow Labs", 2.0, _d(p)), ("Merrow Labs", -3.0, _d(p - 1) if p else _d(-3))])
    _add("Q17 'since D's close' opening", _pub(p), "Since Monday's close, Merrow Labs has lost 9%.",
         [("Merrow Labs", -9.0, f"{_d(1)}/{_d(p)}" if p > 1 else _d(1))])  # one session since the close is that session
    _add("Q17 over two weeks", _pub(p), "Merrow Labs has fallen 10% over the past two weeks.",
         [("Merrow Labs", -10.0, f"{(_pub(p) - timedelta(days=14)).isoformat()}/{_d(p)}")])
    _add("Q17 ended the week", _pub(4), "Merrow Labs ended the week 5% higher.", [("Merrow Labs", 5.0, f"{_d(0)}/{_d(4)}")])
for p in (0, 1):
    _add("Q17 a later weekday is last week's", _pub(p), "Merrow Labs fell 4% on Thursday.", [("Merrow Labs", -4.0, _d(-4))])
    _add("Q17 'last Friday'", _pub(p), "Merrow Labs fell 4% last Friday.", [("Merrow Labs", -4.0, _d(-3))])
# --- Q18 the day before, told in the next sentence; clock times; "the week to"
for p in (2, 3, 4):
    _add("Q18 'the previous day' in the next sentence", _pub(p), "Sorrel Energy rose 3% on Tuesday. It fell 7% the previous day.",
         [("Sorrel Energy", 3.0, _d(1)), ("Sorrel Energy", -7.0, _d(0))])
    _add("Q18 'A day earlier,' opening", _pub(p), "Sorrel Energy rose 3% on Tuesday. A day earlier, it fell 7%.",
         [("Sorrel Energy", 3.0, _d(1)), ("Sorrel Energy", -7.0, _d(0))])
    _add("Q18 'The day before,' opening", _pub(p), "Sorrel Energy rose 3% on Tuesday. The day before, it fell 7%.",
         [("Sorrel Energy", 3.0, _d(1)), ("Sorrel Energy", -7.0, _d(0))])
    _add("Q18 pluperfect with its day", _pub(p), "Sorrel Energy rose 3% on Tuesday. It had fallen 7% on Monday.",
         [("Sorrel Energy", 3.0, _d(1)), ("Sorrel Energy", -7.0, _d(0))])
    _add("Q18 'On D,' a new sentence", _pub(p), "Sorrel Energy fell 7% on Monday. On Tuesday, the stock rose 3%.",
         [("Sorrel Energy", -7.0, _d(0)), ("Sorrel Energy", 3.0, _d(1))])
    _add("Q18 a clock time and a day", _pub(p), "Sorrel Energy shares were 4% lower at 1130 GMT on Tuesday.",
         [("Sorrel Energy", -4.0, _d(1))])
    _add("Q18 'its biggest fall since'", _pub(p), "Sorrel Energy tumbled 9% on Tuesday, its biggest one-day fall since March.",
         [("Sorrel Energy", -9.0, _d(1))])
    _add("Q18 a move noun with its day", _pub(p), "Sorrel Energy's 9% fall on Tuesday was its worst day since 2020.",
         [("Sorrel Energy", -9.0, _d(1))])
    _add("Q18 'in the week to D'", _pub(p), "Sorrel Energy fell 9% in the week to Tuesday.", [("Sorrel Energy", -9.0, f"{_d(-5)}/{_d(1)}")])
    _add("Q18 'in the week to Friday'", _pub(p + 3), "Sorrel Energy fell 9% in the week to Friday.",
         [("Sorrel Energy", -9.0, f"{_d(0)}/{_d(4)}")])
    _add("Q18 'in the N sessions to D'", _pub(p), "Sorrel Energy fell 9% in the two sessions to Tuesday.",
         [("Sorrel Energy", -9.0, f"{_d(0)}/{_d(1)}")])
# --- Q19 what the coordination and "on the day" must not take
for p in (2, 4):
    _add("Q19 'after yesterday's N%' is not coordinated", _pub(p),
         "Sorrel Energy is up 5.6% at 150p after yesterday's 31% slump.",
         [("Sorrel Energy", 5.6, _d(p)), ("Sorrel Energy", -31.0, _d(p - 1))])
    _add("Q19 'on the day' after a span's start", _pub(p),
         "Merrow Labs has fallen 28% since the breach was disclosed on April 2. It touched a low of 360p, down as much as 6.1% on the day.",
         [("Merrow Labs", -28.0, f"2025-04-02/{_d(p)}"), ("Merrow Labs", -6.1, _d(p))])
    _add("Q19 a one-session span from a close", _pub(p),
         f"Merrow Labs opened down 60% from {DAYS[p - 1]}'s close.", [("Merrow Labs", -60.0, _d(p))])
