"""Dates in text: every temporal expression found and resolved to a TimeML TIMEX3 value (``timex``), plus the
older date patterns and relative-date resolution the timeline still uses."""
