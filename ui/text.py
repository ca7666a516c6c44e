"""Showing user and article text safely: never as HTML, and with Markdown syntax neutralised."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=^])")


def md_escape(text: str) -> str:
    """Escape Markdown (and Streamlit's :directive[...] / $math$) so text shows literally in st.markdown."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")
