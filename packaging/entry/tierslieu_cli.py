"""Entry point of the bundled ``tierslieu-cli`` program (a console executable).

On Windows a windowed program has no console, so scripts, cron jobs and the bundle
check use this one; with no command it prints the help (exit 2) instead of opening the
window, like the ``tierslieu-cli`` of a pip install.
"""

import sys

from tierslieu.cli import main

if __name__ == "__main__":
    sys.exit(main())
