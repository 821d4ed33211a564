"""pytest's default import mode needs unique test file names across folders."""

from __future__ import annotations

from collections import Counter
from pathlib import Path


def test_test_modules_have_unique_names() -> None:
    names = Counter(p.name for p in Path(__file__).parent.rglob("test_*.py"))
    assert [n for n, c in names.items() if c > 1] == []
