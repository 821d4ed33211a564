"""Entry point of the bundled ``TiersLieu`` program (windowed on Windows and macOS).

Same behaviour as the ``tierslieu`` launcher: no command opens the window, ``--smoke``
runs the start-up check, anything else is a CLI command. Kept outside the package so
that PyInstaller does not put ``tierslieu/`` itself on its search path (``tierslieu/io``
would shadow the standard library's ``io``).
"""

import sys
import time

_T0 = time.perf_counter()  # start-up is measured from here, as with ``python -m tierslieu``

from tierslieu.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(gui=True, t0=_T0))
