"""``python -m tierslieu`` and the ``tierslieu`` launcher.

``tierslieu`` alone opens the GUI, ``tierslieu --demo`` opens it on the demo database,
``tierslieu --smoke`` runs the start-up check; anything else is a CLI command.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

_T0 = time.perf_counter()  # the smoke check measures start-up from here


def main(argv: Sequence[str] | None = None) -> int:
    # no command: the GUI's own options, without importing the command modules
    from tierslieu.launcher import gui_arguments, run_gui

    args = gui_arguments(sys.argv[1:] if argv is None else argv)
    if args is not None:
        return run_gui(args, _T0)
    from tierslieu.cli import main as cli_main

    return cli_main(argv, gui=True, t0=_T0)


if __name__ == "__main__":
    sys.exit(main())
