"""The one AppTest opener of the page tests: the app on a corpus folder, opened on a page by a link."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest


def open_app(folder: Path, page: str, link: dict[str, str | list[str]], monkeypatch: pytest.MonkeyPatch,
             timeout: float = 240) -> AppTest:
    """The app on ``folder``, opened on ``pages/<page>.py`` by a link with ``link`` as its query, exactly as given
    (the Overview is the app's first page: no switch). Fails on any exception the run raised."""
    monkeypatch.setenv("STORYTRACE_CORPUS", str(folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in link.items():
        at.query_params[key] = value
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py")
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
