"""Dated expressions for the timeline, read off the timex table (:mod:`analysis.timeline.timexes`).

``expressions`` is the entry (:func:`~analysis.timeline.dated.expressions.timex_expressions`: a document's rows of
the timex table as :class:`~analysis.timeline.dated.model.TemporalExpression`, every DATE or TIME resolved to a
day, a week, a weekend or a month, and every expression anchored on another date or event). Below it, from the
bottom up: ``model`` (the expression, its precision and kind, the words saying how a date was read), ``periods``
(periods counted from a date: sessions, weeks, the first months of a year, stated shifts), ``tense`` (whether the
clause tells a past act, a plan or a target) and ``readings`` (what places an expression or drops it: a date
heading its line, fiscal years, names of indexes and laws, framing years, counterfactuals). Above it: ``spots``
(dated spans the table does not give as one expression: "between <day> and <day>", month ranges, a move's week,
the year to date), ``same_day`` (a day named back: "earlier in the day", "during the session"), ``clock`` (a clock
time told with its day: "at 4 p.m. on 22 June", an hour of that day), ``entries`` (live blogs' time stamps),
``counted`` (a count from the report's news: "The move came a day after X said ...") and ``undated`` (articles with no
publication date: "March 13" placed in the story's year, "on Friday" read against the last full date their text
stated, and what nothing dates).
"""
