"""The README's two commands are the contract CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [c.strip() for c in re.findall(r"```\n(python3 -m venv[^\n]*)\n```", text)]


def test_readme_has_the_two_one_line_commands() -> None:
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].endswith("tierslieu --demo")
    assert "pytest" in commands[1]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    last = [line for line in ci.splitlines() if line.strip() and not line.startswith("#")][-1]
    assert last.strip() == _commands()[1]
