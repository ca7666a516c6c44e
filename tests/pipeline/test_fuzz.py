"""Property tests (hypothesis): any bytes give articles or a named refusal, and every ``python -m analysis``
command on a generated corpus exits with 0 or 2, never a traceback. Bounded to about a minute; the long run
(10,000 corpora) is ``bench/fuzz_corpus.py``."""

from __future__ import annotations

import io
import json
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.corpus.readers import read_article_bytes
from analysis.corpus.uploads import check_upload, expand_upload
from analysis.errors import BadInputFile

SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".htm", ".pdf", "")
FRAGMENTS = (
    "Nvidia", "fell", "17%", "on Monday", "Jan. 27, 2025", "last week", "DeepSeek", "said", "“We are fine,”",
    '"', "'", "«", "»", "\n", "\n\n", " ", ".", ",", "U.S.", "Mr.", "<div>", "</div>", "<p>", "<script>x()</script>",
    "**x**", "![o](http://127.0.0.1:9/x.png)", "[link](http://127.0.0.1:9)", "# ", "> ", "- ", "&amp;", "&#0;",
    "\x00", "\x07", "\u200b", "\ufeff", "\u202e", "é", "日本", "😀", "{", "}", "[", "]", ":", ";", "\t", "\r\n",
    "Shares of Nvidia fell 17% on Monday.", "The S&P 500 slid 1.5% on Jan. 27.", "Jensen Huang said.",
)
SETTINGS = settings(database=None, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def texts(max_parts: int = 40) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=max_parts).map("".join)


def _json_record(text: str, extra: str) -> str:
    return json.dumps({"text": text, "title": extra, "outlet": extra, "published": extra})


@st.composite
def files(draw: st.DrawFn) -> tuple[str, bytes]:
    """One file of any suffix: random bytes, or text shaped like the format of its suffix."""
    suffix = draw(st.sampled_from(SUFFIXES))
    name = draw(st.sampled_from(("a", "b", "README", "entities", ".hidden", "~x", "x.tmp", "manifest"))) + suffix
    text, extra = draw(texts()), draw(texts(6))
    kind = draw(st.sampled_from(("bytes", "text", "shaped", "nested", "encoded")))
    if kind == "bytes":
        return name, draw(st.binary(max_size=300))
    if kind == "nested":
        depth = draw(st.integers(1, 3000))
        return name, ("[" * depth + _json_record(text, extra) + "]" * depth).encode()
    if kind == "encoded":
        return name, text.encode(draw(st.sampled_from(("utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"))), "replace")
    if kind == "shaped" and suffix == ".json":
        body = json.dumps([json.loads(_json_record(text, extra)), {"text": 10 ** draw(st.integers(0, 6000))}])
        return name, body.replace('"x', '"\\ud800').encode()
    if kind == "shaped" and suffix == ".jsonl":
        return name, (_json_record(text, extra) + "\n" + _json_record(extra, text)).encode()
    if kind == "shaped" and suffix == ".csv":
        return name, f'text,outlet,published\n"{text.replace(chr(34), "")}",{extra.replace(",", "")},{extra}\n'.encode()
    if kind == "shaped" and suffix in (".html", ".htm"):
        return name, f"<html><head><title>{extra}</title></head><body><article><p>{text}</p></article></body></html>".encode()
    return name, text.encode("utf-8", "surrogatepass")


def _check_read(name: str, data: bytes) -> None:
    try:
        result = read_article_bytes(name, data)
    except BadInputFile as exc:
        assert exc.reason
        return
    for article in result.articles:
        article.text.encode("utf-8")
        assert "\x00" not in article.text


@SETTINGS
@given(files())
def test_every_reader_is_total(file: tuple[str, bytes]) -> None:
    _check_read(*file)
    try:
        check_upload(*file)
    except BadInputFile:
        pass


@SETTINGS
@given(st.lists(files(), min_size=1, max_size=4))
def test_zip_uploads_are_total(members: list[tuple[str, bytes]]) -> None:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, (name, data) in enumerate(members):
            zf.writestr(f"d{n}/{name}", data)
    raw = bytearray(buf.getvalue())
    if len(raw) > 60:
        raw[40] ^= 0xFF  # sometimes breaks a member, sometimes the archive
    for blob in (buf.getvalue(), bytes(raw)):
        found, problems = expand_upload("up.zip", blob)
        assert all(p.reason for p in problems)
        for name, data in found:
            _check_read(name, data)


COMMANDS = ("docs", "entities", "quotes", "overlap", "spread", "timeline", "moves")


@settings(SETTINGS, max_examples=25)
@given(st.lists(files(), min_size=1, max_size=4), st.sampled_from(COMMANDS), st.sampled_from(("csv", "json")),
       st.lists(st.sampled_from(("--outlet", "a", "--entity", "Nvidia", "--from", "2025-01-27", "--to", "x",
                                 "--threshold", "50", "--pairs")), max_size=3))
def test_every_command_on_any_corpus_exits_0_or_2(
    corpus_files: list[tuple[str, bytes]], command: str, fmt: str, extra: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in corpus_files:
            (Path(tmp) / name).write_bytes(data)
        load_corpus(tmp)  # never raises for a folder that exists
        argv = [command, "--corpus", tmp, "--format", fmt]
        if "--pairs" in extra and command == "overlap":
            argv.append("--pairs")
        if "--threshold" in extra and command in ("overlap", "spread"):
            argv += ["--threshold", "50"]
        for flag in ("--outlet", "--entity", "--from", "--to"):
            if flag in extra:
                argv += [flag, {"--outlet": "a", "--entity": "Nvidia", "--from": "2025-01-27", "--to": "x"}[flag]]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
        assert code in (0, 2), err.getvalue()
        out.getvalue().encode("utf-8")
        if code == 2:
            assert err.getvalue().count("\n") >= 1 and "Traceback" not in err.getvalue()
