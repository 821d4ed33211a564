"""``db …`` (upgrade, check, backup) and ``demo`` commands.

``db`` commands open the database *without* migrating it: ``db upgrade`` reports what
it changed, ``db check`` must not repair what it inspects, and a backup is best taken
before anything touches the schema.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, say

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from tierslieu.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="remplir la base avec le tiers-lieu de démonstration",
                       description="Crée « La Fabrique du Lien » : ~200 personnes, 25 "
                                   "organisations, tags et consentements, reproductibles "
                                   "pour une graine donnée.")
    p.add_argument("--scale", choices=("small", "large"), default="small",
                   help="small : ~200 personnes (défaut) ; large : 10 000 personnes "
                        "(réservé aux mesures de performance)")
    p.add_argument("--seed", type=int, default=1, help="graine du hasard (défaut : 1)")
    p.add_argument("--force", action="store_true",
                   help="remplacer les personnes, organisations, tags et sites existants")
    p.add_argument("--json", action="store_true", help="bilan en JSON")
    p.set_defaults(handler=cmd_demo)

    d = sub.add_parser("db", help="base de données : migration, contrôle, sauvegarde")
    dsub = d.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = dsub.add_parser("upgrade", help="migrer vers le dernier schéma (sauvegarde avant)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_upgrade)
    p = dsub.add_parser("check", help="contrôler l'intégrité, les clés étrangères et la révision")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_check)
    p = dsub.add_parser("backup", help="sauvegarder la base dans un fichier SQLite")
    p.add_argument("-o", "--output", metavar="FICHIER", required=True,
                   help="fichier de sauvegarde à écrire")
    p.set_defaults(handler=cmd_backup)


def cmd_demo(ctx: Context) -> int:
    from tierslieu.services import demo

    a = ctx.args

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    show = progress if sys.stderr.isatty() and not a.json else None
    summary = demo.generate(ctx.engine(), seed=a.seed, scale=a.scale, progress=show,
                            replace=a.force)
    if a.json:
        emit_json(summary)
    else:
        print(say("demo_done", site=summary.site, seed=summary.seed, people=summary.people,
                  organizations=summary.organizations, tags=summary.tags,
                  resources=summary.resources, bookings=summary.bookings))
    return 0


def cmd_upgrade(ctx: Context) -> int:
    from tierslieu.db import migrate

    engine = ctx.engine(upgrade=False)
    old = migrate.current_revision(engine)
    backup = migrate.upgrade(engine)
    new = migrate.current_revision(engine)
    if ctx.args.json:
        emit_json({"from": old, "to": new, "changed": old != new,
                   "backup": str(backup) if backup else None})
    elif old == new:
        print(say("upgrade_none", rev=new))
    else:
        print(say("upgrade_done", old=old or "∅", new=new))
        if backup:
            print(say("upgrade_backup", path=backup))
    return 0


def inspect_database(engine: Engine) -> dict[str, Any]:
    """Integrity (SQLite), foreign keys (SQLite) and schema revision, without changing a thing."""
    from tierslieu.db import migrate

    result: dict[str, Any] = {"backend": engine.dialect.name, "integrity": None,
                              "foreign_key_errors": None,
                              "revision": migrate.current_revision(engine),
                              "head": migrate.head_revision()}
    problems: list[str] = []
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            fk_rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        result["integrity"] = integrity
        result["foreign_key_errors"] = len(fk_rows)
        if integrity != ["ok"]:
            problems.append("integrity_check: " + "; ".join(integrity[:5]))
        if fk_rows:
            problems.append(f"foreign_key_check: {len(fk_rows)} "
                            f"({', '.join(sorted({str(r[0]) for r in fk_rows}))})")
    if result["revision"] != result["head"]:
        problems.append(f"revision {result['revision']} != {result['head']}")
    result["ok"] = not problems
    result["problems"] = problems
    return result


def cmd_check(ctx: Context) -> int:
    from tierslieu.errors import DatabaseError

    result = inspect_database(ctx.engine(upgrade=False))
    if ctx.args.json:
        emit_json(result)
    if not result["ok"]:
        raise DatabaseError("db_check_failed", detail=" ; ".join(result["problems"]))
    if not ctx.args.json:
        print(say("check_ok", rev=result["revision"]))
    return 0


def cmd_backup(ctx: Context) -> int:
    from tierslieu.db.backup import backup

    dest = backup(ctx.engine(upgrade=False), Path(ctx.args.output))
    print(say("backup_done", path=dest))
    return 0
