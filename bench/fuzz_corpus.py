"""Fuzzing the loader and the command line with generated corpora (issue 18).

    python bench/fuzz_corpus.py                      # 10,000 corpora
    python bench/fuzz_corpus.py --n 500 --seed 3     # a shorter run
    python bench/fuzz_corpus.py --minutes 30         # stop after 30 minutes, whatever the count

Each corpus is a fresh folder of 1-5 files: random bytes, mutated article text in every accepted format (and
some refused ones), deep JSON nesting, huge integers, lone surrogates, control characters and NULs, UTF-16/32
and Latin-1 encodings, manifests with extreme dates, alias catalogs, hidden/README/temp files and symbolic
links. Every corpus goes through ``load_corpus``; every fifth one also through one ``python -m analysis``
command (in-process ``analysis.cli.main``, rotating over every command and format).

Counted, and printed at the end (and every 1,000 corpora):
- crashes: any exception out of ``load_corpus``, or a CLI exit code other than 0 and 2;
- stalls: one corpus (load + command) over 10 s;
- silent losses: a file in the folder that is neither loaded (``docs.file``) nor named in ``problems``.
Each failure is printed with the seed that rebuilds it (``--seed S --n 1 --start I``).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import config  # noqa: E402
from analysis.cli import main  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402

STALL_S = 10.0
WORDS = (
    "Nvidia fell 17% on Monday after DeepSeek released R1 , the S&P 500 slid 1.5% Jan. 27, 2025 last week "
    "“We are fine,” Jensen Huang said . U.S. Mr. Sam Altman OpenAI Microsoft shares investors market chip "
    "<div> </div> <p> <script>x()</script> **x** ![o](http://127.0.0.1:9/x.png) [link](http://127.0.0.1:9) "
    "# > - &amp; &#0; é 日本 😀 { } [ ] : ; \u200b \ufeff \u202e \x07 \x1b"
).split(" ")
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".pdf", ".docx", "")
NAMES = ("story", "wire", "README", "LICENSE", "CHANGELOG", "entities", ".hidden", "~backup", "draft.tmp", "manifest")
COMMANDS = ("docs", "entities", "quotes", "overlap", "spread", "timeline", "moves")


def _text(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(rng.choice(WORDS))
        if rng.random() < 0.15:
            out.append(rng.choice((".", "\n", "\n\n", '"', "'", "\r\n", "\t")))
    return " ".join(out)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    """Flip, insert or delete a few bytes (the classic mutation fuzzer)."""
    buf = bytearray(data)
    for _ in range(rng.randint(0, 4)):
        if not buf:
            break
        i = rng.randrange(len(buf))
        op = rng.random()
        if op < 0.4:
            buf[i] = rng.randrange(256)
        elif op < 0.7:
            buf.insert(i, rng.randrange(256))
        else:
            del buf[i]
    return bytes(buf)


def _file(rng: random.Random) -> tuple[str, bytes]:
    suffix = rng.choice(SUFFIXES)
    name = rng.choice(NAMES)
    name = name if "." in name[1:] else name + (".csv" if name in ("entities", "manifest") else suffix)
    text, extra = _text(rng, rng.randint(0, 120)), _text(rng, rng.randint(0, 4))
    kind = rng.random()
    if kind < 0.1:
        data = rng.randbytes(rng.randint(0, 400))
    elif kind < 0.15:
        depth = rng.randint(1, 200_000)
        data = ("[" * depth + json.dumps({"text": text}) + "]" * depth).encode()
    elif kind < 0.25:
        data = text.encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252")), "replace")
    elif name.startswith("manifest"):
        when = rng.choice(("0001-01-01", "9999-12-31", "2025-01-27", "2025-13-40", "", extra))
        data = f"file,outlet,published,published_earliest,title\nstory{suffix},{extra},{when},{when},{extra}\n".encode()
    elif name.startswith("entities"):
        data = rng.choice((b"name,type,aliases\nHigh-Flyer,ORG,High Flyer\n", f"text,outlet\n{text},x\n".encode(),
                           b'name,type\n"unclosed,ORG\n', f"name,type,aliases\n{extra},BAD,{text}\n".encode()))
    elif suffix == ".json":
        records = [{"text": text, "title": extra, "outlet": extra, "published": rng.choice(("2025-01-27", extra))}]
        body = json.dumps(records if rng.random() < 0.5 else records[0])
        body = body.replace('"text": "', '"text": "\\ud800 ' if rng.random() < 0.3 else '"text": "', 1)
        if rng.random() < 0.2:
            body = body.replace('"title"', f'"n": {"9" * rng.randint(1, 6000)}, "title"', 1)
        data = body.encode()
    elif suffix == ".jsonl":
        data = "\n".join(json.dumps({"text": _text(rng, 30), "outlet": extra}) for _ in range(rng.randint(1, 4))).encode()
    elif suffix == ".csv":
        data = f'text,outlet,published\n"{text.replace(chr(34), "")}",{extra.replace(",", " ")},2025-01-2{rng.randint(0, 9)}\n'.encode()
    elif suffix in (".html", ".htm"):
        depth = rng.choice((0, 1, 50, 5000))
        data = (f"<html><head><title>{extra}</title><meta property='og:site_name' content='{extra}'></head><body>"
                + "<div>" * depth + f"<article><p>{text}</p></article>" + "</div>" * depth + "</body></html>").encode()
    else:
        data = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.1:
            data += b"\x00" + data
    if rng.random() < 0.3:
        data = _mutate(rng, data)
    return name, data


def build(rng: random.Random, folder: Path) -> None:
    """Write one generated corpus into ``folder``."""
    for _ in range(rng.randint(1, 5)):
        name, data = _file(rng)
        (folder / name).write_bytes(data)
    roll = rng.random()
    if roll < 0.05:
        (folder / "link-out.txt").symlink_to(Path(tempfile.gettempdir()))
    elif roll < 0.1:
        (folder / "broken.txt").symlink_to(folder / "missing.txt")


def silent_losses(folder: Path, corpus) -> list[str]:
    """Files of ``folder`` neither loaded nor named in the corpus's problems (the manifest is never lost)."""
    loaded = {str(f).split("#", 1)[0] for f in corpus.docs["file"]}
    named = set(corpus.problems["file"])
    return sorted(
        p.name for p in folder.iterdir()
        if p.name not in loaded and p.name not in named and p.name != config.MANIFEST_NAME
    )


def one(seed: int, index: int, run_cli: bool) -> tuple[str | None, float, list[str]]:
    """Build corpus ``index`` of ``seed`` and run it; returns (crash description or None, seconds, lost files)."""
    rng = random.Random(f"{seed}-{index}")
    with tempfile.TemporaryDirectory(prefix="storytrace-fuzz-") as tmp:
        folder = Path(tmp)
        build(rng, folder)
        started = time.perf_counter()
        try:
            corpus = load_corpus(folder)
        except Exception:  # noqa: BLE001 - counting crashes is the point
            return f"load_corpus: {traceback.format_exc(limit=-3)}", time.perf_counter() - started, []
        lost = silent_losses(folder, corpus)
        if run_cli:
            command = COMMANDS[index // 5 % len(COMMANDS)]
            argv = [command, "--corpus", str(folder), "--format", ("csv", "json")[index // 35 % 2]]
            out, err = io.StringIO(), io.StringIO()
            try:
                with redirect_stdout(out), redirect_stderr(err):
                    code = main(argv)
                out.getvalue().encode("utf-8")
            except BaseException:  # noqa: BLE001
                return f"cli {command}: {traceback.format_exc(limit=-3)}", time.perf_counter() - started, lost
            if code not in (0, 2):
                return f"cli {command}: exit {code}", time.perf_counter() - started, lost
        return None, time.perf_counter() - started, lost


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--minutes", type=float, default=None, help="stop after this long, whatever the count")
    args = parser.parse_args()
    crashes = stalls = losses = cli_runs = done = 0
    slowest = 0.0
    began = time.perf_counter()
    for index in range(args.start, args.start + args.n):
        run_cli = index % 5 == 0
        crash, seconds, lost = one(args.seed, index, run_cli)
        done += 1
        cli_runs += run_cli
        slowest = max(slowest, seconds)
        if crash:
            crashes += 1
            print(f"CRASH seed={args.seed} index={index}: {crash}", flush=True)
        if seconds > STALL_S:
            stalls += 1
            print(f"STALL seed={args.seed} index={index}: {seconds:.1f} s", flush=True)
        if lost:
            losses += 1
            print(f"SILENT LOSS seed={args.seed} index={index}: {lost}", flush=True)
        if done % 1000 == 0:
            print(f"... {done} corpora, {cli_runs} CLI runs, {time.perf_counter() - began:.0f} s: "
                  f"{crashes} crashes, {stalls} stalls, {losses} silent losses", flush=True)
        if args.minutes is not None and time.perf_counter() - began > args.minutes * 60:
            break
    print(f"corpora: {done} (CLI runs: {cli_runs}) in {time.perf_counter() - began:.0f} s; slowest {slowest:.1f} s")
    print(f"crashes: {crashes}; stalls over {STALL_S:g} s: {stalls}; silent losses: {losses}")


if __name__ == "__main__":
    main_bench()
