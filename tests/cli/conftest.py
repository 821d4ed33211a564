"""Running the CLI in tests: in-process by default, by subprocess when it matters.

``invoke(argv, env=...)`` runs ``tierslieu.cli.main`` in this process with its own
stdout/stderr (plain UTF-8 text streams that are not terminals, as in a pipe) and the
given environment, and returns a :class:`subprocess.CompletedProcess` like
``subprocess.run(..., text=True)`` would. The parser, the handlers, the messages and the
exit codes are the same code either way; a process costs ~0.7 s of Python start-up,
which ~100 CLI tests cannot afford in the 10-minute CI budget.

``invoke(..., subprocess=True)`` runs ``python -m tierslieu`` for real: the tests that
check the launcher, the console encoding or the GUI flags use it, and
``TIERSLIEU_CLI_SUBPROCESS=1`` forces it for every CLI test (a slower, stricter run).
"""

from __future__ import annotations

import io
import os
import subprocess as sp
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

ALWAYS_SUBPROCESS = os.environ.get("TIERSLIEU_CLI_SUBPROCESS") == "1"


@contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return raw.decode("utf-8").replace("\r\n", "\n")


def invoke(argv: Sequence[str], *, env: Mapping[str, str], timeout: float = 180,
           subprocess: bool = False) -> sp.CompletedProcess[str]:
    args = [str(a) for a in argv]
    if subprocess or ALWAYS_SUBPROCESS:
        return sp.run([sys.executable, "-m", "tierslieu", *args], capture_output=True,
                      text=True, env=dict(env), timeout=timeout, check=False)
    from tierslieu import i18n
    from tierslieu.cli import main

    out, err = _stream(), _stream()
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr, sys.argv = out, err, ["tierslieu", *args]
    try:
        with _environment(env):
            try:
                code = main(args)
            except SystemExit as exc:  # argparse: bad arguments (2), --help (0)
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            finally:
                i18n.set_language(None)
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    return sp.CompletedProcess(["tierslieu", *args], code, _text(out), _text(err))
