"""``users …``, ``audit …``, ``members gdpr-export|anonymize|retention`` and
``db pg-password``: thin wrappers around the services.

The CLI acts as the owner of the database file (an administrator): whoever can open the
file can read it anyway. Passwords are read from the terminal without echo, or from
standard input with ``--password-stdin`` (scripts); never from the command line, where
``ps`` and the shell history would keep them.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, fmt_date, table
from tierslieu.i18n import choice_label, translate

if TYPE_CHECKING:
    from tierslieu.cli import Context

ROLES = ("admin", "front_desk", "incubation", "director", "kiosk")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    u = sub.add_parser("users", help="comptes : lister, créer, mot de passe, rôle…",
                       description="Les comptes de l'application et leurs rôles.")
    usub = u.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("list", help="lister les comptes")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_users_list)
    p = usub.add_parser("add", help="créer un compte (le mot de passe est demandé)")
    p.add_argument("login", metavar="IDENTIFIANT")
    p.add_argument("--role", required=True, choices=ROLES, help="rôle du compte")
    p.add_argument("--name", default="", help="nom affiché")
    p.add_argument("--password-stdin", action="store_true",
                   help="lire le mot de passe sur l'entrée standard")
    p.set_defaults(handler=cmd_users_add)
    p = usub.add_parser("passwd", help="changer le mot de passe d'un compte")
    p.add_argument("login", metavar="IDENTIFIANT")
    p.add_argument("--password-stdin", action="store_true",
                   help="lire le mot de passe sur l'entrée standard")
    p.set_defaults(handler=cmd_users_passwd)
    p = usub.add_parser("role", help="changer le rôle d'un compte")
    p.add_argument("login", metavar="IDENTIFIANT")
    p.add_argument("role", choices=ROLES, metavar="ROLE", help=", ".join(ROLES))
    p.set_defaults(handler=cmd_users_role)
    for name, helptext in (("disable", "désactiver un compte"), ("enable", "réactiver un compte"),
                           ("unlock", "lever le blocage après trop d'échecs")):
        p = usub.add_parser(name, help=helptext)
        p.add_argument("login", metavar="IDENTIFIANT")
        p.set_defaults(handler=cmd_users_state, state=name)
    p = usub.add_parser("unblock-pin", help="débloquer le code de borne d'un membre")
    p.add_argument("ref", metavar="EMAIL", help="e-mail ou numéro du membre")
    p.set_defaults(handler=cmd_unblock_pin)

    a = sub.add_parser("audit", help="journal d'audit : lister, vérifier, purger",
                       description="Qui a créé, modifié, exporté ou restauré quoi (12 mois).")
    asub = a.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = asub.add_parser("list", help="lister les entrées (les plus récentes d'abord)")
    p.add_argument("--user", metavar="IDENTIFIANT", help="seulement ce compte")
    p.add_argument("--action", dest="what", metavar="ACTION",
                   help="seulement cette action (ou un préfixe finissant par « . »)")
    p.add_argument("--from", dest="start", metavar="DATE", help="à partir du (JJ/MM/AAAA)")
    p.add_argument("--to", dest="end", metavar="DATE", help="jusqu'au (JJ/MM/AAAA)")
    p.add_argument("--limit", type=int, default=200, help="nombre maximal (défaut 200)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_audit_list)
    p = asub.add_parser("verify", help="vérifier la chaîne de hachage (code 1 si altérée)")
    p.set_defaults(handler=cmd_audit_verify)
    p = asub.add_parser("purge", help="supprimer les entrées de plus de 12 mois")
    p.set_defaults(handler=cmd_audit_purge)

    m = sub.choices["members"]
    msub = next(x for x in m._actions if isinstance(x, argparse._SubParsersAction))
    p = msub.add_parser("gdpr-export", help="RGPD : exporter toutes les données d'une personne "
                                            "(JSON et PDF)")
    p.add_argument("ref", metavar="EMAIL", help="e-mail ou numéro de la personne")
    p.add_argument("-o", "--output", metavar="DOSSIER", required=True, help="dossier à écrire")
    p.set_defaults(handler=cmd_gdpr_export)
    p = msub.add_parser("anonymize", help="RGPD : anonymiser un ancien membre (factures et "
                                          "statistiques conservées)")
    p.add_argument("ref", metavar="EMAIL", help="e-mail ou numéro de la personne")
    p.set_defaults(handler=cmd_anonymize)
    p = msub.add_parser("retention", help="RGPD : signaler les comptes inactifs depuis 3 ans")
    p.set_defaults(handler=cmd_retention)

    d = sub.choices.get("db")
    if d is not None:
        dsub = next(x for x in d._actions if isinstance(x, argparse._SubParsersAction))
        p = dsub.add_parser("pg-password", help="enregistrer le mot de passe PostgreSQL dans le "
                                                "trousseau du système")
        p.add_argument("url", metavar="URL", help="postgresql://utilisateur@hôte/base")
        p.add_argument("--password-stdin", action="store_true",
                       help="lire le mot de passe sur l'entrée standard")
        p.set_defaults(handler=cmd_pg_password)


def _password(args: argparse.Namespace) -> str:
    if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass(translate("prompt_password"))
    if getpass.getpass(translate("prompt_password_again")) != first:
        from tierslieu.errors import ValidationError

        raise ValidationError("passwords_differ", "password")
    return first


def _user_json(u: Any) -> dict[str, Any]:
    return {"id": u.id, "login": u.login, "display_name": u.display_name, "role": u.role,
            "active": u.active, "person_id": u.person_id, "failed_count": u.failed_count,
            "locked_until": u.locked_until, "last_login_at": u.last_login_at}


def cmd_users_list(ctx: Context) -> int:
    from tierslieu.services import auth

    rows = auth.list_users(ctx.engine())
    if ctx.args.json:
        emit_json([_user_json(u) for u in rows])
        return 0
    if rows:
        print(table(["Identifiant", "Nom", "Rôle", "Actif", "Dernière connexion"],
                    [[u.login, u.display_name, choice_label(u.role), "oui" if u.active else "non",
                      fmt_date(u.last_login_at) if u.last_login_at else ""] for u in rows]))
    print(translate("users_count", count=len(rows)))
    return 0


def cmd_users_add(ctx: Context) -> int:
    from tierslieu.services import auth

    a = ctx.args
    engine = ctx.engine()
    u = auth.create_user(engine, a.login, _password(a), a.role, display_name=a.name)
    print(translate("user_created", login=u.login, role=choice_label(u.role), id=u.id))
    return 0


def cmd_users_passwd(ctx: Context) -> int:
    from tierslieu.services import auth

    engine = ctx.engine()
    u = auth.find_user(engine, ctx.args.login)
    auth.set_password(engine, u.id, _password(ctx.args))
    print(translate("password_changed", login=u.login))
    return 0


def cmd_users_role(ctx: Context) -> int:
    from tierslieu.services import auth

    engine = ctx.engine()
    u = auth.set_role(engine, auth.find_user(engine, ctx.args.login).id, ctx.args.role)
    print(f"{u.login} : {choice_label(u.role)}")
    return 0


def cmd_users_state(ctx: Context) -> int:
    from tierslieu.services import auth

    engine = ctx.engine()
    u = auth.find_user(engine, ctx.args.login)
    if ctx.args.state == "unlock":
        u = auth.unlock(engine, u.id)
    else:
        u = auth.set_active(engine, u.id, ctx.args.state == "enable")
    print(f"{u.login} : {'actif' if u.active else 'désactivé'}")
    return 0


def cmd_unblock_pin(ctx: Context) -> int:
    from tierslieu.services import kiosk, members

    engine = ctx.engine()
    person = members.find(engine, ctx.args.ref)
    kiosk.unblock_pin(engine, person.id)
    print(translate("pin_unblocked", name=f"{person.first_name} {person.last_name}".strip()))
    return 0


def cmd_audit_list(ctx: Context) -> int:
    from tierslieu.services import audit
    from tierslieu.services.validation import parse_date

    a = ctx.args
    rows = audit.entries(ctx.engine(), audit.AuditQuery(
        login=a.user, action=a.what, start=parse_date(a.start, "start"),
        end=parse_date(a.end, "end"), limit=a.limit))
    if a.json:
        emit_json([{"id": r.id, "at": r.at, "user_id": r.user_id, "login": r.login,
                    "role": r.role, "action": r.action, "entity": r.entity,
                    "entity_id": r.entity_id, "detail": r.detail} for r in rows])
        return 0
    from tierslieu import timeutil

    if rows:
        print(table(["#", "Date", "Compte", "Action", "Objet"],
                    [[str(r.id), f"{timeutil.to_local(r.at, timeutil.DEFAULT_TZ):%d/%m/%Y %H:%M:%S}",
                      r.login, r.action, f"{r.entity} {r.entity_id}".strip()] for r in rows]))
    print(translate("audit_count", count=len(rows)))
    return 0


def cmd_audit_verify(ctx: Context) -> int:
    from tierslieu.services import audit

    report = audit.verify(ctx.engine())
    if report.ok:
        print(translate("audit_ok", count=report.checked))
        return 0
    print(translate("audit_broken", id=report.bad_id, problem=report.problem), file=sys.stderr)
    return 1


def cmd_audit_purge(ctx: Context) -> int:
    from tierslieu.services import audit

    print(translate("audit_purged", count=audit.purge(ctx.engine())))
    return 0


def cmd_gdpr_export(ctx: Context) -> int:
    from tierslieu.i18n import current_language
    from tierslieu.services import gdpr

    r = gdpr.export_person(ctx.engine(), ctx.args.ref, ctx.args.output,
                           lang=current_language())
    print(translate("gdpr_exported", id=r.person_id, json=r.json_path, pdf=r.pdf_path))
    return 0


def cmd_anonymize(ctx: Context) -> int:
    from tierslieu.services import gdpr

    pid = gdpr.anonymize(ctx.engine(), ctx.args.ref)
    print(translate("gdpr_anonymized", id=pid))
    return 0


def cmd_retention(ctx: Context) -> int:
    from tierslieu.services import gdpr

    print(gdpr.apply_retention(ctx.engine()).message())
    return 0


def cmd_pg_password(ctx: Context) -> int:
    from tierslieu import security

    target = security.store_pg_password(ctx.args.url, _password(ctx.args))
    print(translate("pg_password_stored", target=target))
    return 0
