"""``python -m analysis``: see :mod:`analysis.cli`."""

from __future__ import annotations

from analysis.cli import run

if __name__ == "__main__":
    run()
