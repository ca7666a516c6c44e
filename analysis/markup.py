"""Article text made safe for Streamlit Markdown: every character Markdown, Streamlit's ``:directive[...]``,
emoji codes or LaTeX would read is escaped, so text shows literally and never as markup or HTML."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


def escape_markdown(text: object) -> str:
    """Backslash-escape Markdown syntax in ``text`` (newlines become spaces)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")
