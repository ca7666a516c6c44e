"""Uploads: safe names, .zip unpacking, atomic saving, nothing overwritten, files survive a reload."""

from __future__ import annotations

import io
import zipfile

from conftest import SEEDS

from analysis.corpus.load import load_corpus
from analysis.corpus.uploads import expand_upload, safe_filename, target_name
from ui.upload import remove_upload, save_uploads, uploaded_files

GOOD = b"Chipmakers fell on Monday. Nvidia lost 17% as investors reassessed the cost of AI.\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_safe_filename():
    assert safe_filename("../../etc/pass wd.TXT") == "pass-wd.txt"
    assert safe_filename("C:\\Users\\me\\Désolé «news».html") == "Desole-news.html"
    assert safe_filename("<script>.txt") == "script.txt"
    assert safe_filename("....") == "article"


def test_zip_is_flattened_and_bad_members_named():
    data = _zip({"a/one.txt": GOOD, "__MACOSX/._one.txt": b"x", ".hidden.txt": GOOD, "inner.zip": b"PK", "b/two.md": GOOD})
    files, problems = expand_upload("batch.zip", data)
    assert [name for name, _ in files] == ["one.txt", "two.md"]
    assert [(p.file, p.reason) for p in problems] == [
        ("batch.zip/__MACOSX/._one.txt", "macOS metadata, not an article; skipped"),  # skipped, but never silently
        ("batch.zip/.hidden.txt", "hidden file (the name starts with '.'); skipped"),
        ("batch.zip/inner.zip", "archives inside archives are not unpacked"),
    ]
    assert expand_upload("bad.zip", b"not a zip")[1][0].reason == "not a readable .zip archive"


def test_save_uploads_reports_each_file_and_saves_only_good_ones(tmp_path):
    files = [
        ("story.txt", GOOD),
        ("empty.txt", b""),
        ("latin.txt", "caf\xe9".encode("latin-1")),
        ("x.html", b"<html><body><script>alert(1)</script><p>Shares fell 5% on Monday in heavy trading.</p></body></html>"),
        ("bundle.zip", _zip({"more/second.txt": GOOD + b"More.", "broken.json": b"{"})),
    ]
    messages = save_uploads(files, tmp_path)
    summary = [(m.file, m.outcome) for m in messages]
    assert summary == [
        ("story.txt", "saved"),
        ("empty.txt", "refused"),
        ("latin.txt", "refused"),
        ("x.html", "saved"),
        ("x.html", "warning"),
        ("second.txt", "saved"),
        ("broken.json", "refused"),
    ]
    assert [p.name for p in uploaded_files(tmp_path)] == ["second.txt", "story.txt", "x.html"]
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*"))


def test_same_name_never_overwrites_and_same_content_is_unchanged(tmp_path):
    save_uploads([("story.txt", GOOD)], tmp_path)
    again = save_uploads([("story.txt", GOOD)], tmp_path)
    assert [(m.outcome, m.text) for m in again] == [("unchanged", "already in the corpus as story.txt")]
    other = save_uploads([("story.txt", GOOD + b" Updated.")], tmp_path)
    assert [(m.outcome, m.text) for m in other] == [("saved", "saved as story-2.txt (1 article)")]
    assert target_name(tmp_path, "story.txt", GOOD + b" Updated.") == ("story-2.txt", True)


def test_uploads_survive_a_reload_and_can_be_removed(tmp_path):
    save_uploads([("story.txt", GOOD)], tmp_path)
    corpus = load_corpus([SEEDS, tmp_path])  # a fresh load, as after a restart
    assert corpus.docs.loc[corpus.docs["origin"] == "upload", "file"].tolist() == ["story.txt"]
    assert len(corpus.docs) == 6
    assert remove_upload(tmp_path, "story.txt") is True
    assert remove_upload(tmp_path, "../seeds/manifest.csv") is False
    assert len(load_corpus([SEEDS, tmp_path]).docs) == 5


def test_upload_folder_is_never_inside_seeds(monkeypatch, tmp_path):
    from analysis import config
    from ui.corpus import upload_dir

    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(SEEDS / "uploads"))
    assert upload_dir() == config.DEFAULT_UPLOAD_DIR.resolve()
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "mine"))
    assert upload_dir() == (tmp_path / "mine").resolve()
