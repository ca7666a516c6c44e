"""House rules that keep the code base in shape."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT


def test_analysis_never_imports_streamlit():
    code = (
        "import sys, pkgutil, importlib, analysis\n"
        "for m in pkgutil.walk_packages(analysis.__path__, 'analysis.'):\n"
        "    importlib.import_module(m.name)\n"
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


# ------------------------------------------------------------------------------------------- import graph

LAYERS = {"analysis": 0, "ui": 1, "pages": 2, "app": 3}


def _module_name(path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _project_imports() -> dict[str, list[tuple[str, bool]]]:
    """module -> [(imported project module, imported inside a function)] for analysis/, ui/, pages/ and app.py."""
    files = [*(ROOT / "analysis").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "app.py"]
    modules = {_module_name(f): f for f in files}
    graph: dict[str, list[tuple[str, bool]]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nested = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) for n in ast.walk(f)}
        edges: list[tuple[str, bool]] = []
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges.append((target, id(node) in nested))
        graph[name] = edges
    return graph


def _layer(module: str) -> int:
    return LAYERS[module.split(".")[0]]


def test_import_graph_has_no_cycle_and_points_down():
    graph = _project_imports()
    up = [(a, b) for a, edges in graph.items() for b, _ in edges if _layer(b) > _layer(a)]
    assert up == [], "imports that point up (analysis -> ui/pages, ui -> pages)"
    hidden = [(a, b) for a, edges in graph.items() for b, inner in edges if inner]
    assert hidden == [], "project imports hidden inside functions"
    # a package's __init__ re-exporting its own modules is not a cycle
    plain = {a: {b for b, _ in edges if not a.startswith(b + ".")} for a, edges in graph.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(plain.get(node, ())):
            if state.get(nxt) == 1:
                cycle.extend(path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt])
                return True
            if nxt not in state and visit(nxt, path + [node]):
                return True
        state[node] = 2
        return False

    for node in sorted(plain):
        if node not in state and visit(node, []):
            break
    assert cycle == [], f"import cycle: {' -> '.join(cycle)}"


def test_no_dynamic_imports_in_the_code():
    for path in [*(ROOT / "analysis").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), *(ROOT / "pages").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "importlib" not in text and "__import__" not in text, path


def test_front_ends_do_not_leak_into_the_library():
    for path in (ROOT / "analysis").rglob("*.py"):
        if path.name == "cli.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "argparse" not in text, path
        assert "print(" not in text, path
        assert "-background[" not in text, path  # Streamlit's Markdown dialect lives in ui/
