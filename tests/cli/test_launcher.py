"""The launcher: ``tierslieu`` with only the GUI's options opens the GUI without the
command parser; anything else (a command, help, the version, a bad option) goes to the
full parser, which shares the options' definition."""

from __future__ import annotations

import pytest

from tierslieu import launcher
from tierslieu.cli import build_parser


@pytest.mark.parametrize("argv", [[], ["--smoke"], ["--db", "/tmp/a.sqlite", "--lang", "en"],
                                  ["--demo", "--kiosk"], ["--db=/tmp/b.sqlite"]])
def test_gui_options_are_read_without_the_command_parser(argv: list[str]) -> None:
    quick = launcher.gui_arguments(argv)
    full = build_parser().parse_args(argv)
    assert quick is not None and quick.command is None
    assert {k: getattr(full, k) for k in vars(quick)} == vars(quick)


@pytest.mark.parametrize("argv", [["members", "list"], ["--db", "x", "members", "list"],
                                  ["-h"], ["--help"], ["--version"], ["--lang", "xx"],
                                  ["--db"], ["--db", "x", "--demo"], ["--bogus"]])
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert launcher.gui_arguments(argv) is None
