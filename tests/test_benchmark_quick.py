"""The benchmark's quick mode runs and prints its table: regressions then show in CI's output as figures.

Timings depend on the machine and its load, so nothing here asserts on them; only that the instrument works.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
ROWS = ("| **Indexing** |", "articles/s", "re-index / first run", "| **Search** |", "p95 latency",
        "| **Reader** |", "| **Comparison** |")

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_quick_benchmark_prints_its_table(capsys):
    if not CORPORA.exists():
        pytest.skip("../shared/corpora is not here (it is beside the checkout in CI only): no archive to build")
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" / "run.py"), "--quick", "--skip-app"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    with capsys.disabled():  # the figures belong in CI's log
        print("\n" + run.stdout)
    assert "| what | figure | target | met |" in run.stdout
    missing = [row for row in ROWS if row not in run.stdout]
    assert not missing, f"rows missing from the table: {missing}\n{run.stdout}"
