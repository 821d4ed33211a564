"""What ``tierslieu`` does before any command module is imported: the GUI's options.

``tierslieu`` with no command opens the application. Its options (``--db``, ``--demo``,
``--lang``, ``--kiosk``, ``--smoke``) are read here by a parser of those options alone,
so the start-up splash is painted without importing the command modules or building
their hundred-odd sub-parsers (about 40 ms). Anything else (a command, ``--help``,
``--version``, a bad or unknown option) goes to the full parser of :mod:`tierslieu.cli`,
which declares the same options through :func:`add_global_options` and gives argparse's
usual messages and exit codes.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Sequence

from tierslieu import i18n

# Start-up makes a few hundred thousand objects that live as long as the program
# (SQLAlchemy, the data model, Qt's wrappers, the pages): the cyclic garbage collector
# ran ~240 times over them while the window opened (70-85 ms of a one-second start on
# the large demo) and found nothing to free. It waits until the first page is up.
_gc_paused = False


def pause_gc() -> None:
    """No cyclic garbage collection until :func:`resume_gc` (reference counting still
    frees everything that is not in a cycle)."""
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def gc_paused() -> bool:
    return _gc_paused


def resume_gc() -> None:
    """Once the first page shows: collect what start-up left, move the survivors to
    the permanent generation (later collections skip them: ``gc.freeze``) and collect
    as usual again. Does nothing unless :func:`pause_gc` paused it."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.collect()
        gc.freeze()
        gc.enable()


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options valid with or without a command (one definition for both parsers)."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="CHEMIN_OU_URL",
                       help="base de données : fichier SQLite ou URL postgresql://… "
                            "(défaut : $TIERSLIEU_DB, sinon le fichier du dossier utilisateur)")
    where.add_argument("--demo", action="store_true",
                       help="utiliser la base de démonstration (créée si elle manque)")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="langue des messages (défaut : celle du système, sinon français)")
    parser.add_argument("--kiosk", action="store_true",
                        help="borne des membres en plein écran : réserver, arriver, annuler "
                             "(Ctrl+Alt+Q pour quitter)")
    parser.add_argument("--smoke", action="store_true",
                        help="ouvrir l'interface hors écran, visiter chaque page, afficher "
                             "startup_ms=N et quitter (contrôle de démarrage)")


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed options when ``argv`` holds only global options (the GUI is wanted);
    None when it names a command, asks for help or the version, or is not valid: the
    full parser then handles it."""
    quick = argparse.ArgumentParser(prog="tierslieu", add_help=False, exit_on_error=False)
    add_global_options(quick)
    try:
        args, rest = quick.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def run_gui(args: argparse.Namespace, t0: float) -> int:
    """Open the kiosk, the smoke check or the application, splash first."""
    pause_gc()       # resumed once the first page is up (tierslieu.gui.app)
    i18n.set_language(args.lang)
    for stream in (sys.stdout, sys.stderr):     # never crash on a character a console lacks
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    if args.kiosk:
        from tierslieu.gui.kiosk.window import run_kiosk

        return run_kiosk(args.db, demo=args.demo, lang=args.lang)
    import os

    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a window on screen first (only Qt loaded), then SQLAlchemy, the model and the pages
    from tierslieu.gui.splash import show_splash  # Qt is loaded only here

    show_splash(args.db)
    splash_ms = (time.perf_counter() - t0) * 1000
    from tierslieu.gui import app

    if args.smoke:
        return app.run_smoke(args.db, demo=args.demo, t0=t0, splash_ms=splash_ms)
    return app.run_gui(args.db, demo=args.demo, lang=args.lang)
