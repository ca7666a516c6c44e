"""House rules that keep the code base in shape."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT


def test_analysis_never_imports_streamlit():
    code = (
        "import sys, pkgutil, importlib, analysis\n"
        "for m in pkgutil.iter_modules(analysis.__path__):\n"
        "    importlib.import_module('analysis.' + m.name)\n"
        "print('streamlit' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
    for path in (ROOT / "analysis").rglob("*.py"):
        assert "import streamlit" not in path.read_text(encoding="utf-8"), path


def test_every_page_is_registered_in_app():
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    registered = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page" and node.args
    }
    on_disk = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert on_disk == registered
