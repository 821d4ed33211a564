"""``db …`` (upgrade, check, backup, backups, restore) and ``demo`` commands.

``db`` commands open the database *without* migrating it: ``db upgrade`` reports what
it changed, ``db check`` must not repair what it inspects, and a backup is best taken
before anything touches the schema. ``db check``, ``db backup``, ``db backups`` and
``db restore`` work on the SQLite file itself, so they still work on a damaged one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, fmt_date, say, table
from tierslieu.i18n import current_language, translate

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

    d = sub.add_parser("db", help="base de données : migration, contrôle, sauvegarde, "
                                  "restauration")
    dsub = d.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = dsub.add_parser("upgrade", help="migrer vers le dernier schéma (sauvegarde avant)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_upgrade)
    p = dsub.add_parser("check", help="contrôler l'intégrité physique et la cohérence "
                                      "(clés étrangères, réservations qui se chevauchent)",
                        description="Sortie 1 si la base est endommagée (à restaurer) ou "
                                    "incohérente (à réparer avec --repair).")
    p.add_argument("--repair", action="store_true",
                   help="corriger les incohérences en une transaction, après une sauvegarde")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_check)
    p = dsub.add_parser("backup", help="sauvegarder la base dans un fichier SQLite")
    p.add_argument("-o", "--output", metavar="FICHIER",
                   help="fichier à écrire (défaut : le dossier backups/ à côté de la base)")
    p.add_argument("--force", action="store_true", help="remplacer FICHIER s'il existe")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_backup)
    p = dsub.add_parser("backups", help="lister les sauvegardes (date, taille, révision, "
                                        "contrôle)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_backups)
    p = dsub.add_parser("restore", help="remplacer la base par une sauvegarde (contrôlée "
                                        "avant ; l'ancienne base est gardée)")
    p.add_argument("file", metavar="FICHIER", help="la sauvegarde à remettre en place")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_restore)


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


# -- check and repair ----------------------------------------------------------------------

def _sqlite_file(ctx: Context) -> Path | None:
    from tierslieu.db.engine import resolve_url, sqlite_path

    return sqlite_path(resolve_url(ctx.db))


def _engine(ctx: Context) -> Engine:
    """The database as it is: no migration, no quick_check (the caller checks)."""
    if ctx._engine is None:
        from tierslieu.db.setup import open_database

        ctx._engine = open_database(ctx.db, upgrade=False, check=False)
    return ctx._engine


def inspect_database(engine: Engine) -> dict[str, Any]:
    """Integrity, foreign keys, logical consistency and schema revision, changing nothing."""
    from tierslieu.db import integrity, migrate
    from tierslieu.db.engine import transaction

    result: dict[str, Any] = {"backend": engine.dialect.name, "integrity": None,
                              "foreign_key_errors": None, "physical_ok": True,
                              "revision": migrate.current_revision(engine),
                              "head": migrate.head_revision(), "logical": []}
    problems: list[str] = []
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            checked = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            fk_rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.rollback()
        result["integrity"] = checked
        result["foreign_key_errors"] = len(fk_rows)
        damage = integrity.physical_lines(checked)
        if damage:
            result["physical_ok"] = False
            problems.append("integrity_check: " + "; ".join(damage[:5]))
        elif checked != ["ok"]:  # constraints broken by rows written with checks off
            problems.append("; ".join(checked[:5]))
        if fk_rows:
            problems.append(f"foreign_key_check: {len(fk_rows)} "
                            f"({', '.join(sorted({str(r[0]) for r in fk_rows}))})")
    if result["physical_ok"] and result["revision"] == result["head"]:
        with transaction(engine, readonly=True) as s:
            logical = integrity.logical_problems(s)
        result["logical"] = [p.as_dict() for p in logical]
        others = [p for p in logical if p.kind != "orphan" or engine.dialect.name != "sqlite"]
        if others:
            problems.append(f"{len(others)} : " + " ; ".join(p.message() for p in others[:5]))
    if result["revision"] != result["head"]:
        problems.append(f"revision {result['revision']} != {result['head']}")
    result["ok"] = not problems
    result["problems"] = problems
    return result


def _existing(path: Path) -> Path:
    """Checking or backing up a file that is not there must not create an empty one."""
    if not path.exists():
        from tierslieu.errors import NotFoundError

        raise NotFoundError("db_not_found", ref=str(path))
    return path


def _physical(ctx: Context) -> str | None:
    """integrity_check on the SQLite file itself, before any engine touches it."""
    from tierslieu.db.integrity import physical_problem

    path = _sqlite_file(ctx)
    if path is None:
        return None
    return physical_problem(_existing(path), full=True)


def cmd_check(ctx: Context) -> int:
    from tierslieu.errors import DatabaseError

    damage = _physical(ctx)
    if damage is not None:
        if ctx.args.json:
            emit_json({"ok": False, "physical_ok": False, "integrity": [damage],
                       "problems": ["integrity_check: " + damage], "logical": []})
        raise DatabaseError("db_physical_damage", detail=damage)
    engine = _engine(ctx)
    if ctx.args.repair:
        return _repair(ctx, engine)
    result = inspect_database(engine)
    if ctx.args.json:
        emit_json(result)
    if not result["ok"]:
        raise DatabaseError("db_check_logical", detail=" ; ".join(result["problems"]))
    if not ctx.args.json:
        print(say("check_ok", rev=result["revision"]))
    return 0


def _repair(ctx: Context, engine: Engine) -> int:
    from tierslieu.db import backup as backups
    from tierslieu.db import integrity, migrate
    from tierslieu.errors import DatabaseError

    rev, head = migrate.current_revision(engine), migrate.head_revision()
    if rev != head:  # the checks read the newest schema: upgrade first
        raise DatabaseError("db_check_failed", detail=f"revision {rev} != {head} : "
                                                      "tierslieu db upgrade")
    path = _sqlite_file(ctx)
    saved = backups.make_backup(path, "pre-repair") if path is not None else None
    report = integrity.repair(engine)
    report.backup = saved
    after = inspect_database(engine)
    if ctx.args.json:
        emit_json({"fixed": [p.as_dict() for p in report.fixed],
                   "left": [p.as_dict() for p in report.left],
                   "backup": str(saved) if saved else None, "check": after})
    else:
        if report.fixed:
            print(translate("repair_done", count=len(report.fixed), backup=saved or "—"))
        else:
            print(translate("repair_nothing"))
        for p in report.fixed:
            print(f"  - {p.message()}")
        if report.left:
            print(translate("repair_left", count=len(report.left)))
            for p in report.left:
                print(f"  - {p.message()}")
    if not after["ok"]:
        raise DatabaseError("db_check_logical", detail=" ; ".join(after["problems"]))
    return 0


# -- backups and restore -------------------------------------------------------------------

def cmd_backup(ctx: Context) -> int:
    from tierslieu.db import backup as backups
    from tierslieu.errors import ConflictError

    path = _sqlite_file(ctx)
    out = Path(ctx.args.output) if ctx.args.output else None
    if out is not None and out.exists() and not ctx.args.force:
        raise ConflictError("backup_exists", "file", value=str(out))
    if path is not None:  # the file itself: no engine, no migration, no quick_check
        _existing(path)
        if out is None:
            dest = backups.make_backup(path, "manual")
        else:
            if out.resolve() == path.resolve():
                from tierslieu.errors import ValidationError

                raise ValidationError("restore_same_file", "file", value=str(out))
            dest = backups.backup_sqlite_file(path, out)
    else:
        if out is None:
            from tierslieu.paths import data_dir

            engine = _engine(ctx)
            name = f"postgresql-{engine.url.database}-manual-{backups.timestamp()}.sqlite"
            out = data_dir() / "backups" / name
        dest = backups.backup(_engine(ctx), out)
    if ctx.args.json:
        emit_json({"path": str(dest), "size": dest.stat().st_size})
    else:
        print(say("backup_done", path=dest))
    return 0


def _size(n: int) -> str:
    value, unit = float(n), "o" if current_language() == "fr" else "B"
    for prefix in ("", "k", "M", "G"):
        if value < 1024 or prefix == "G":
            text = f"{value:.0f}" if prefix == "" else f"{value:.1f}"
            if current_language() == "fr":
                text = text.replace(".", ",")
            return f"{text} {prefix}{unit}"
        value /= 1024
    return str(n)  # pragma: no cover


def _when(created: Any) -> str:
    local = created.astimezone()
    return f"{fmt_date(local.date())} {local:%H:%M}"


def cmd_backups(ctx: Context) -> int:
    from tierslieu.db import backup as backups

    path = _sqlite_file(ctx)
    if path is None:
        from tierslieu.errors import DatabaseError

        raise DatabaseError("restore_sqlite_only")
    found = backups.list_backups(path)
    folder = path.parent / "backups"
    if ctx.args.json:
        emit_json([b.as_dict() for b in found])
        return 0
    if not found:
        print(translate("backups_none", folder=folder))
        return 0
    kinds = {"daily": "backup_daily", "manual": "backup_manual",
             "pre-migration": "backup_pre_migration", "before-restore": "backup_before_restore",
             "pre-repair": "backup_pre_repair"}
    rows = [[_when(b.created), translate(kinds.get(b.kind, "backup_manual")), _size(b.size),
             b.revision or "—",
             translate("backup_ok") if b.ok else f"{translate('backup_bad')} ({b.problem})",
             b.path.name] for b in found]
    heads = [translate(k) for k in ("h_date", "h_backup_kind", "h_size", "h_revision",
                                    "h_check", "h_file")]
    print(table(heads, rows))
    print(translate("backups_count", count=len(found), folder=folder))
    return 0


def cmd_restore(ctx: Context) -> int:
    from tierslieu.db import backup as backups
    from tierslieu.db import migrate
    from tierslieu.errors import DatabaseError

    path = _sqlite_file(ctx)
    if path is None:
        raise DatabaseError("restore_sqlite_only")
    result = backups.restore(path, Path(ctx.args.file))
    head = migrate.head_revision()
    if ctx.args.json:
        emit_json({"path": str(result.path), "source": str(result.source),
                   "aside": str(result.aside) if result.aside else None,
                   "revision": result.revision, "head": head})
        return 0
    print(translate("restore_done", source=result.source, rev=result.revision))
    if result.aside:
        print(translate("restore_aside", path=result.aside))
    if result.revision != head:
        print(translate("restore_migrate", head=head))
    return 0
