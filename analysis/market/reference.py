"""Reference closing prices: the file shipped with the seeds (``seeds/reference/closes_2025-01.csv``) and files a
user uploads for another story, either of the same shape (company, ticker, exchange, date, close, pct_change,
corroborated, source) or a plain ``date, ticker, close`` CSV.

Used for the "reported vs actual" overlay of the market-reaction chart.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.corpus.readers import read_csv_table
from analysis.errors import BadInputFile
from analysis.lexicon import move_words

SHIPPED_REFERENCE = config.REFERENCE_DIR / "closes_2025-01.csv"
REFERENCE_SUBDIR = "reference"
REFERENCE_COLUMNS = [
    "company", "ticker", "ticker_alt", "exchange", "region", "date", "close", "pct_change", "pct_basis",
    "corroborated", "source", "file",
]
#: Column names a user file may use for the three it must have.
_ALIASES = {
    "date": ("date", "day", "session", "trade_date"),
    "ticker": ("ticker", "symbol", "code"),
    "close": ("close", "adj close", "adj_close", "adjclose", "closing price", "price", "last"),
    "pct_change": ("pct_change", "pct", "change_pct", "% change", "change %", "pct change"),
    "company": ("company", "name"),
    "exchange": ("exchange", "market", "listing"),
}
#: Two closes further apart than this (calendar days) are not treated as consecutive sessions.
MAX_SESSION_GAP_DAYS = 4


def _exchange_regions() -> dict[str, str]:
    return move_words().exchange_regions


def parse_reference_csv(data: bytes, name: str = "reference.csv") -> pd.DataFrame:
    """Parse one reference file. Returns :data:`REFERENCE_COLUMNS` (``date`` datetime64, ``close`` and
    ``pct_change`` float, NaN when unknown), sorted by ticker and date.

    ``pct_change`` is taken from the file when it has that column (a blank stays blank: the file's author knew
    the previous close was missing); otherwise it is computed close-to-close between consecutive rows of a
    ticker at most :data:`MAX_SESSION_GAP_DAYS` apart. Raises :class:`BadInputFile` for a file that is not
    UTF-8, not a CSV, lacks the date/ticker/close columns, or has no usable row.
    """
    raw = read_csv_table(data, name, "the shipped reference prices stay in use")
    lower = {str(c).strip().lower(): c for c in raw.columns}
    picked: dict[str, str] = {}
    for canon, options in _ALIASES.items():
        for option in options:
            if option in lower:
                picked[canon] = lower[option]
                break
    missing = [c for c in ("date", "ticker") if c not in picked]
    if "close" not in picked and "pct_change" not in picked:
        missing.append("close")
    if missing:
        raise BadInputFile(
            name,
            f"missing column(s) {', '.join(missing)} (need date, ticker, close; found {', '.join(map(str, raw.columns)) or 'none'}); "
            "the shipped reference prices stay in use",
        )
    frame = pd.DataFrame({canon: raw[col].str.strip() for canon, col in picked.items()})
    dates = pd.to_datetime(frame["date"], errors="coerce", format="mixed")
    close = pd.to_numeric(frame["close"].str.replace(",", ""), errors="coerce") if "close" in frame else pd.Series(float("nan"), index=frame.index)
    pct = pd.to_numeric(frame["pct_change"].str.rstrip("%"), errors="coerce") if "pct_change" in frame else None
    tickers = frame["ticker"].str.split().str[0].fillna("")
    alt = frame["ticker"].str.extract(r"\(([^)]+)\)", expand=False).fillna("")
    exchange = frame["exchange"] if "exchange" in frame else pd.Series("", index=frame.index)
    regions = _exchange_regions()
    out = pd.DataFrame(
        {
            "company": frame["company"].where(frame["company"] != "", tickers) if "company" in frame else tickers,
            "ticker": tickers,
            "ticker_alt": alt,
            "exchange": exchange,
            "region": exchange.str.lower().map(regions).fillna(""),
            "date": dates.dt.normalize(),
            "close": close,
            "pct_change": pct if pct is not None else float("nan"),
            "pct_basis": "file" if pct is not None else "computed",
            "corroborated": raw[lower["corroborated"]] if "corroborated" in lower else "",
            "source": raw[lower["source"]] if "source" in lower else "",
            "file": name,
        }
    )
    out = out.loc[out["date"].notna() & (out["ticker"] != "") & (out["close"].notna() | out["pct_change"].notna())]
    if out.empty:
        raise BadInputFile(name, "no row with a valid date, ticker and close; the shipped reference prices stay in use")
    out = out.sort_values(["ticker", "date"]).drop_duplicates(["ticker", "date"], keep="last").reset_index(drop=True)
    if pct is None:
        prev_close = out.groupby("ticker")["close"].shift(1)
        prev_date = out.groupby("ticker")["date"].shift(1)
        consecutive = (out["date"] - prev_date).dt.days <= MAX_SESSION_GAP_DAYS
        computed = ((out["close"] / prev_close - 1.0) * 100.0).round(2)
        out = out.assign(pct_change=computed.where(consecutive))
    return out.loc[:, REFERENCE_COLUMNS]


def upload_root() -> Path:
    """The user upload folder ($STORYTRACE_UPLOAD_DIR, else the per-user default)."""
    return Path(os.environ.get(config.ENV_UPLOAD_DIR) or config.DEFAULT_UPLOAD_DIR).expanduser()


def uploaded_reference_files(root: Path | None = None) -> list[Path]:
    """CSV files saved under ``<upload folder>/reference``, sorted by name."""
    folder = (root if root is not None else upload_root()) / REFERENCE_SUBDIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".csv" and not p.name.startswith("."))


def load_reference(paths: Iterable[Path] | None = None, root: Path | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The shipped reference file plus uploaded ones (uploads win for the same ticker and date).

    Returns ``(frame, problems)``: the frame has :data:`REFERENCE_COLUMNS`; ``problems`` lists one message per
    file that could not be used (the others still load).
    """
    files = list(paths) if paths is not None else [SHIPPED_REFERENCE, *uploaded_reference_files(root)]
    frames: list[pd.DataFrame] = []
    problems: list[str] = []
    for path in files:
        try:
            frames.append(parse_reference_csv(Path(path).read_bytes(), Path(path).name))
        except BadInputFile as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(f"{Path(path).name}: cannot be read ({exc.strerror})")
    if not frames:
        return pd.DataFrame(columns=REFERENCE_COLUMNS), problems
    frame = pd.concat(frames, ignore_index=True)
    frame = frame.drop_duplicates(["ticker", "date"], keep="last")
    return frame.sort_values(["ticker", "date"]).reset_index(drop=True), problems
