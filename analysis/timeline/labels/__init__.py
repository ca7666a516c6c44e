"""Event labels: a small rule-based summariser that turns a dated sentence into "subject verb object".

``event`` is the entry (:func:`~analysis.timeline.labels.event.event_label`); below it, from the bottom up:
``model`` (the label and its matching key), ``words`` (tokens, tenses, word classes), ``names`` (catalog names,
people, pronouns), ``phrases`` (the subject's and the object's phrases), ``constructions`` (sentence shapes
labelled before the general rule) and ``fallback`` (the trimmed clause when no known verb is found).
"""
