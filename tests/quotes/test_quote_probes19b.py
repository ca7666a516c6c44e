"""The second pass of invented CheckList-style probes (:mod:`quote_probes19b`) through the CLI, as a user runs it:
every probe row that passes today keeps passing. The rows that still fail are listed in :data:`KNOWN` with the
layer or the convention behind them; a fixed one is reported so it can be taken off the list."""

from __future__ import annotations

from pathlib import Path

from quote_probes19b import PROBES
from test_quote_probes19 import probe_results

#: (probe id, first words) of rows that fail today, and why
KNOWN = {
    ("d03-02", "The merger would harm"): "convention: a definite description of an unnamed body names no speaker",
    ("d03-05", "misread the statute"): "convention: a definite description of an unnamed body names no speaker",
    ("d03-08", "The bank's controls"): "convention: a definite description of an unnamed body names no speaker",
    ("d03-08", "the seriousness"): "convention: a definite description of an unnamed body names no speaker",
    ("d11-05", "We see no reason"): "convention: a definite description of an unnamed body names no speaker",
    ("d13-04", "It undervalues"): "\"the board\" of a company named by a possessive (\"Fenwrack's board\")",
    ("d03-13", "misread the contract"): "a court named with a place (\"the Court of Appeal in X\") a paragraph before",
    ("d05-01", "A deal could come"): "convention: a plural unnamed group (\"people familiar with the matter\")",
    ("d05-04", "Nothing is agreed"): "convention: \"one of the people\" names no speaker",
    ("d05-06", "We want a new chairman"): "an unnamed source with a relative clause before a colon",
    ("d08-05", "Strong quarter"): "cleaning drops a quotation line with a dash credit as a page footer",
    ("d08-05", "We stay cautious"): "cleaning drops a quotation line with a dash credit as a page footer",
    ("d09-02", "A betrayal"): "a subheading labelled by a common noun (\"Union:\")",
    ("d10-14", "The balance sheet is strong"): "the entity layer gives no mention for the people of this probe",
}


def test_the_second_pass_probe_rows_that_pass_keep_passing(tmp_path: Path) -> None:
    total, failures, extras, fixed = probe_results(tmp_path, PROBES, KNOWN)
    assert total >= 150
    assert not failures, failures
    assert not extras, extras
    assert not fixed, f"fixed, take them off KNOWN: {fixed}"
