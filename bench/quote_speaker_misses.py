"""Speaker-accuracy misses of the quote engine on PolNeAR, one per line with their context, and what changed
between two runs.

usage:
  python bench/quote_speaker_misses.py PRED_JSON [train|dev] [--context N]
      # every gold quotation with a named speaker (source_ner or coref) that a row of ours matches but none of
      # the matching rows names its speaker: the gold speaker, the gold's source span, our speaker and mention,
      # our attribution and the text around the quotation
  python bench/quote_speaker_misses.py --diff OLD_JSON NEW_JSON [train|dev]
      # the gold quotations whose speaker judgement changed (gained or lost), and the speaker-naming rows whose
      # precision judgement changed, with their context
PRED_JSON: the rows ``bench_quotes.py score`` wrote to the system temp folder (qh_pred_<split>_<pid>.json).
Tune on train only; dev is held out (its two summary lines only).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("polnear_score", SHARED / "external" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def _rows(path: Path) -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = {}
    for p in json.loads(path.read_text(encoding="utf-8")):
        by_file.setdefault(p["file"], []).append(p)
    return by_file


def judge(score, gold: dict, by_file: dict[str, list[dict]]) -> tuple[dict, dict]:
    """({(file, gold index): (right?, our rows)} for the named gold quotations a row matches,
    {(file, start, end): (right?, row)} for our speaker-naming rows), as ``score.py quotes`` judges them."""
    acc, prec = {}, {}
    for name, doc in gold.items():
        rows = by_file.get(name, [])
        texts = [(g, max((score.inner(s["text"]) for s in g.get("segments") or [{"text": g["quote"]}]), key=len))
                 for g in doc["quotes"]]
        for i, (g, t) in enumerate(texts):
            if not score.norm(t) or g.get("speaker_resolution") not in ("source_ner", "coref"):
                continue
            hits = [p for p in rows if score.fuzz.partial_ratio(score.norm(t), score.norm(p.get("quote"))) >= 85]
            if hits:
                acc[(name, i)] = (any(score.same_speaker(p.get("speaker"), g) for p in hits), hits)
        for p in rows:
            if not (p.get("speaker") or "").strip():
                continue
            hits = [g for g, t in texts if score.norm(t)
                    and score.fuzz.partial_ratio(score.norm(t), score.norm(p.get("quote"))) >= 85]
            prec[(name, p["start"], p["end"])] = (any(score.same_speaker(p["speaker"], g) for g in hits), p)
    return acc, prec


def _context(text: str, start: int, end: int, n: int) -> str:
    return text[max(0, start - n):end + n // 2].replace("\n", " / ")


def _gold_line(g: dict) -> str:
    return f"gold {g.get('speaker')!r} [{(g.get('speaker_span') or {}).get('text')!r}, {g.get('speaker_resolution')}]"


def _our_line(rows: list[dict]) -> str:
    return "; ".join(f"{p.get('speaker')!r} ({p.get('speaker_mention')!r}, {p.get('attribution')})" for p in rows)


def misses(pred: Path, split: str, context: int) -> None:
    score = _scorer()
    gold = score.gold_docs(SHARED / "external" / f"polnear-{split}")
    acc, _ = judge(score, gold, _rows(pred))
    for (name, i), (right, hits) in acc.items():
        if right:
            continue
        g = gold[name]["quotes"][i]
        print(f"- {name[:45]} | {_gold_line(g)} | ours {_our_line(hits)}")
        print(f"    {_context(gold[name]['text'], g['start'], g['end'], context)}")


def diff(old: Path, new: Path, split: str) -> None:
    score = _scorer()
    gold = score.gold_docs(SHARED / "external" / f"polnear-{split}")
    a_old, p_old = judge(score, gold, _rows(old))
    a_new, p_new = judge(score, gold, _rows(new))
    print("== accuracy (gold quotations with a named speaker)")
    for key in sorted(set(a_old) | set(a_new)):
        o, n = a_old.get(key, (None, [])), a_new.get(key, (None, []))
        if o[0] == n[0] and _our_line(o[1]) == _our_line(n[1]):
            continue
        name, i = key
        g = gold[name]["quotes"][i]
        tag = {(False, True): "GAINED", (True, False): "LOST"}.get((o[0], n[0]), "same")
        print(f"- {tag} {name[:45]} | {_gold_line(g)}\n    old {_our_line(o[1])}\n    new {_our_line(n[1])}")
        print(f"    {_context(gold[name]['text'], g['start'], g['end'], 200)}")
    print("== precision (our speaker-naming rows)")
    for key in sorted(set(p_old) | set(p_new), key=str):
        o, n = p_old.get(key), p_new.get(key)
        if o and n and o[0] == n[0] and o[1].get("speaker") == n[1].get("speaker"):
            continue
        row = (n or o)[1]
        tag = ("right" if n and n[0] else "wrong" if n else "gone") + " <- " + \
              ("right" if o and o[0] else "wrong" if o else "new")
        print(f"- {tag} {key[0][:45]} | old {o[1].get('speaker') if o else '-'!r} new "
              f"{n[1].get('speaker') if n else '-'!r} | {str(row.get('quote'))[:70]!r}")
    right = lambda d: sum(1 for v in d.values() if v[0])  # noqa: E731
    print(f"accuracy {right(a_old)} -> {right(a_new)} (of {len(a_new)}); "
          f"precision {right(p_old)}/{len(p_old)} -> {right(p_new)}/{len(p_new)}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--diff":
        diff(Path(args[1]), Path(args[2]), args[3] if len(args) > 3 else "train")
    else:
        ctx = int(args[args.index("--context") + 1]) if "--context" in args else 300
        rest = [a for a in args if not a.startswith("--") and not a.isdigit()]
        misses(Path(rest[0]), rest[1] if len(rest) > 1 else "train", ctx)
