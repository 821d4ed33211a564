"""The command line: the services of the GUI, for scripts, cron jobs and tests.

``tierslieu [--db PATH_OR_URL] [--lang fr|en] COMMAND ...``. Exit codes: 0 success;
2 invalid arguments or input (nothing written); 3 conflict; 4 not found; 5 permission
denied; 1 unexpected error (the traceback goes to the log, whose path is printed).

Nothing here imports Qt: ``tierslieu.gui.app`` is imported only when the GUI or the
smoke check is asked for.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tierslieu import __version__, i18n
from tierslieu.cli import auth as auth_commands
from tierslieu.cli import billing as billing_commands
from tierslieu.cli import bookings, database, frontdesk, incubation, members, mentoring, spaces
from tierslieu.cli import reports as report_commands
from tierslieu.cli.output import prepare_streams
from tierslieu.errors import TiersLieuError
from tierslieu.launcher import add_global_options, run_gui

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

EPILOG = """\
codes de sortie : 0 succès ; 2 arguments ou données invalides (rien n'est écrit) ;
3 conflit avec les données existantes ; 4 introuvable ; 5 permission refusée ;
1 erreur inattendue (détails dans le journal).
Sans commande, tierslieu ouvre l'application graphique.
Les commandes agissent en propriétaire du fichier de base de données (rôle
administrateur) : qui peut ouvrir le fichier peut déjà tout lire ; l'application
graphique, elle, demande un compte et applique les droits de son rôle."""


@dataclass
class Context:
    """What a command handler needs: its arguments and a database opened on demand."""

    args: argparse.Namespace
    db: str | None
    _engine: Engine | None = field(default=None, repr=False)

    def engine(self, *, upgrade: bool = True) -> Engine:
        """The database, migrated to the newest schema (after a backup) unless told not to."""
        if self._engine is None:
            from tierslieu.db.setup import open_database

            self._engine = open_database(self.db, upgrade=upgrade)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tierslieu", description="TiersLieu : gestion d'un tiers-lieu (coworking, incubateur).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"TiersLieu {__version__}")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", title="commandes")
    members.register(sub)
    bookings.register(sub)
    spaces.register(sub)  # after bookings: adds "resources add" to its parser
    incubation.register(sub)
    mentoring.register(sub)
    frontdesk.register(sub)
    report_commands.register(sub)
    billing_commands.register(sub)
    database.register(sub)
    auth_commands.register(sub)  # after members and db: adds to their sub-commands
    return parser


def _log_unexpected(exc: BaseException) -> Path | str:
    """Append the traceback to the log; the user gets the path, not the traceback."""
    import logging
    import traceback

    try:
        from tierslieu.paths import log_dir

        path = log_dir() / "tierslieu.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} tierslieu "
                     f"{' '.join(sys.argv[1:])}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        logging.getLogger(__name__).exception("unexpected error", exc_info=exc)
        return "stderr"


def _resolve_db(args: argparse.Namespace) -> str | None:
    if args.demo and args.command:
        from tierslieu.services.demo import ensure_demo_database

        return str(ensure_demo_database())
    return args.db


def main(argv: Sequence[str] | None = None, *, gui: bool = False,
         t0: float | None = None) -> int:
    """Run one command and return its exit code.

    ``gui``: with no command, open the GUI (``tierslieu``) instead of printing the
    help (``tierslieu-cli``).
    """
    t0 = time.perf_counter() if t0 is None else t0
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on a bad argument, as argparse does
    i18n.set_language(args.lang)
    prepare_streams(bool(getattr(args, "json", False)))
    if args.command is None:
        if gui or args.smoke or args.demo or args.kiosk:
            return run_gui(args, t0)
        parser.print_help(sys.stderr)
        return 2
    ctx: Context | None = None
    try:
        ctx = Context(args, _resolve_db(args))
        return int(args.handler(ctx) or 0)
    except TiersLieuError as exc:
        print(exc.message(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `tierslieu members list | head`: the reader left; not an error (Python's recipe)
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, tell, exit 1
        path = _log_unexpected(exc)
        print(i18n.translate("unexpected", detail=f"{type(exc).__name__}: {exc}", log=path),
              file=sys.stderr)
        return 1
    finally:
        if ctx is not None:
            ctx.close()


__all__ = ["Context", "build_parser", "main"]
