"""The wrong speaker-naming rows of the quote engine on PolNeAR, in finer classes than ``bench_quotes.py classes``.

usage:
  python bench/quote_wrong_rows.py PRED_JSON [train|dev] [--examples N] [--class PREFIX]
      # PRED_JSON: the rows ``bench_quotes.py score`` wrote to the system temp folder (qh_pred_<split>_<pid>.json);
      # the corpus folder it read (qh_polnear-<split>) gives each row's text. Tune on train; dev is held out.

A row names a speaker and is judged wrong by ``score.py quotes`` (no gold quotation of its file matches both its
text and its speaker). Each is put in one class, tested in this order:

- *not annotated*: no gold quotation matches its text at all. Split by where it stands: the document's first line
  (a headline), inside the content of an annotated attribution that has no quotation marks (quoted words in a
  paraphrase; the source of that attribution agreeing with ours or not), a term of one to three words, a longer
  quotation no attribution covers (a quotation PolNeAR did not annotate).
- *gold unresolved*: every matching gold quotation has an unannotated source ("source_span": the gold speaker is
  the pronoun or description itself, the scorer's convention, so any name is wrong). Split by whether our mention
  is that same pronoun/description (we resolved the word the gold left as written) or another cue.
- *other speaker*: the gold names someone else. Split by our mention against the gold's source span (the same
  pronoun resolved to another person; our name inside the gold's source description or the gold's name inside our
  mention: an organisation and its person; our name and the gold's sharing a word: a partial form), else another
  cue (another person named near the quotation).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
PRONOUNS = {"he", "she", "it", "they", "his", "her", "him", "i", "we", "you", "who", "which"}


def _scorer():
    spec = importlib.util.spec_from_file_location("polnear_score", SHARED / "external" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def classify(pred_path: Path, split: str = "train") -> list[tuple[tuple[str, str], dict, str]]:
    """(class, row, context) for every wrong speaker-naming row of ``pred_path``."""
    score = _scorer()
    gold = score.gold_docs(SHARED / "external" / f"polnear-{split}")
    folder = Path(tempfile.gettempdir()) / f"qh_polnear-{split}"
    by_file: dict[str, list[dict]] = {}
    for p in json.loads(pred_path.read_text(encoding="utf-8")):
        by_file.setdefault(p["file"], []).append(p)
    out = []
    for name, doc in gold.items():
        text = (folder / name).read_text(encoding="utf-8") if (folder / name).exists() else doc["text"]
        golds = [(g, max((score.inner(s["text"]) for s in g.get("segments") or [{"text": g["quote"]}]), key=len))
                 for g in doc["quotes"]]
        paraphrases = [a for a in doc.get("attributions", []) if not a.get("has_quote_marks")]
        for p in by_file.get(name, []):
            if not (p.get("speaker") or "").strip():
                continue
            hits = [g for g, t in golds if score.norm(t)
                    and score.fuzz.partial_ratio(score.norm(t), score.norm(p.get("quote"))) >= 85]
            if any(score.same_speaker(p["speaker"], g) for g in hits):
                continue
            mention = score.norm(p.get("speaker_mention"))
            ours = score.norm(p["speaker"])
            if not hits:
                words = len(str(p.get("quote")).split())
                quote = score.norm(p.get("quote"))
                inside = [a for a in paraphrases if quote and quote in score.norm(a.get("content"))]
                first_line = "\n" not in text[:int(p.get("start") or 0)].strip()
                if first_line:
                    sub = "the first line (headline)"
                elif inside:
                    agree = any(score.same_speaker(p["speaker"], {"speaker": a.get("source")}) for a in inside)
                    sub = ("quoted words in an annotated paraphrase, "
                           + ("its source ours" if agree else "another source"))
                elif words <= 3:
                    sub = "a term of 1-3 words, no attribution"
                else:
                    sub = "4+ words, no attribution (not annotated)"
                key = ("not annotated", sub)
            elif all(g.get("speaker_resolution") == "source_span" for g in hits):
                span = score.norm((hits[0].get("speaker_span") or {}).get("text"))
                kind = "pronoun" if span in PRONOUNS else "description"
                same = any(mention and mention == score.norm((g.get("speaker_span") or {}).get("text"))
                           for g in hits)
                key = ("gold unresolved " + kind, "our mention is that word: we resolved it" if same
                       else "our mention is another cue")
            else:
                named = [g for g in hits if g.get("speaker_resolution") != "source_span"]
                spans = {score.norm((g.get("speaker_span") or {}).get("text")) for g in named}
                gnames = {score.norm(g.get("speaker")) for g in named}
                if mention and mention in spans:
                    sub = "same cue, resolved to another person" if mention in PRONOUNS or \
                        any(g.get("speaker_resolution") == "coref" for g in named) else "same cue, another name"
                elif any(ours and (ours in s or any(n and n in mention for n in gnames)) for s in spans):
                    sub = "an organisation and its person (one inside the other)"
                elif any(set(ours.split()) & set(n.split()) for n in gnames | spans):
                    sub = "a name sharing a word with the gold's"
                else:
                    sub = "another cue, another person"
                key = ("other speaker (" + "+".join(sorted({g["speaker_resolution"] for g in named})) + ")", sub)
            start, end = int(p.get("start") or 0), int(p.get("end") or 0)
            context = text[max(0, start - 200):end + 120].replace("\n", " / ")
            gold_says = "; ".join(f"{g.get('speaker')!r} [{(g.get('speaker_span') or {}).get('text')!r}]"
                                  for g in hits) or "-"
            out.append((key, p, f"  - {name[:45]} | ours {p['speaker']!r} (mention {p.get('speaker_mention')!r},"
                                f" {p.get('attribution')}) | gold {gold_says}\n      …{context}…"))
    return out


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    pred = Path(sys.argv[1])
    split = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else "train"
    examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0
    only = sys.argv[sys.argv.index("--class") + 1] if "--class" in sys.argv else ""
    rows = classify(pred, split)
    counts = Counter(k for k, _, _ in rows)
    by_attr = Counter((k, p.get("attribution")) for k, p, _ in rows)
    print(f"wrong speaker-naming rows: {len(rows)}")
    for top in sorted({k[0] for k in counts}, key=lambda t: -sum(n for k, n in counts.items() if k[0] == t)):
        print(f"{sum(n for k, n in counts.items() if k[0] == top):5d}  {top}")
        for key, n in counts.most_common():
            if key[0] == top:
                attrs = ", ".join(f"{a} {m}" for (k, a), m in by_attr.most_common() if k == key)
                print(f"{n:9d}  {key[1]}  ({attrs})")
    if examples:
        for key in sorted(counts, key=lambda k: -counts[k]):
            if only and not " / ".join(key).startswith(only):
                continue
            print(f"== {counts[key]}  {' / '.join(key)}")
            for line in [c for k, _, c in rows if k == key][:examples]:
                print(line)


if __name__ == "__main__":
    main()
