"""``members …`` and ``organizations …`` commands: thin wrappers around the services."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, fmt_date, say, table
from tierslieu.i18n import choice_label

if TYPE_CHECKING:
    from tierslieu.cli import Context
    from tierslieu.services.dto import ImportReport, PersonDetail, PersonRow

STATUSES = ("active", "archived", "all")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    m = sub.add_parser("members", help="membres : lister, afficher, ajouter, importer…",
                       description="Les personnes connues du tiers-lieu.")
    msub = m.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = msub.add_parser("list", help="lister les membres (tableau, ou JSON avec --json)")
    p.add_argument("--search", metavar="TEXTE", default="",
                   help="recherche sans accents ni casse (nom, e-mail, organisation, tag)")
    p.add_argument("--status", choices=STATUSES, default="active",
                   help="actifs (défaut), archivés ou tous")
    p.add_argument("--organization", metavar="NOM", help="seulement les membres de cette organisation")
    p.add_argument("--tag", metavar="TAG", help="seulement les membres qui ont ce tag")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_list)

    p = msub.add_parser("show", help="afficher un membre (liens, tags, consentements)")
    p.add_argument("ref", metavar="EMAIL", help="e-mail (sans casse) ou numéro du membre")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_show)

    p = msub.add_parser("add", help="ajouter un membre")
    p.add_argument("--first-name", default="", help="prénom")
    p.add_argument("--last-name", default="", help="nom")
    p.add_argument("--email", help="e-mail (unique)")
    p.add_argument("--phone", default="", help="téléphone (06 12 34 56 78 ou +33…)")
    p.add_argument("--organization", metavar="NOM", help="organisation existante")
    p.add_argument("--role", help="rôle dans l'organisation (founder, employee, member…)")
    p.add_argument("--tags", default="", help="tags séparés par des virgules")
    p.add_argument("--category", help="catégorie (employee, student, Salarié·e…)")
    p.add_argument("--joined-on", metavar="DATE", help="date d'adhésion (JJ/MM/AAAA ou AAAA-MM-JJ)")
    p.add_argument("--notes", default="", help="notes libres")
    p.add_argument("--photo-consent", action=argparse.BooleanOptionalAction,
                   help="consentement au droit à l'image")
    p.add_argument("--newsletter-consent", action=argparse.BooleanOptionalAction,
                   help="consentement à la lettre d'information")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_add)

    for name, helptext, handler in (("archive", "archiver un membre (rien n'est supprimé)",
                                     cmd_archive),
                                    ("restore", "réactiver un membre archivé", cmd_restore)):
        p = msub.add_parser(name, help=helptext)
        p.add_argument("ref", metavar="EMAIL", help="e-mail ou numéro du membre")
        p.set_defaults(handler=handler)

    p = msub.add_parser("import", help="importer un fichier CSV (UTF-8 ou Windows-1252, , ou ;)")
    p.add_argument("file", metavar="FICHIER", help="fichier CSV à importer")
    p.add_argument("--dry-run", action="store_true",
                   help="tout vérifier et afficher le bilan sans rien écrire")
    p.add_argument("--skip-invalid", action="store_true",
                   help="importer les lignes valides et ignorer les autres")
    p.add_argument("--json", action="store_true", help="bilan en JSON")
    p.set_defaults(handler=cmd_import)

    p = msub.add_parser("export", help="exporter les membres en CSV")
    p.add_argument("-o", "--output", metavar="FICHIER", required=True, help="fichier à écrire")
    p.add_argument("--status", choices=STATUSES, default="active",
                   help="actifs (défaut), archivés ou tous")
    p.set_defaults(handler=cmd_export)

    o = sub.add_parser("organizations", help="organisations : lister",
                       description="Startups, associations, entreprises, laboratoires…")
    osub = o.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = osub.add_parser("list", help="lister les organisations")
    p.add_argument("--search", metavar="TEXTE", default="", help="recherche (nom, ville)")
    p.add_argument("--status", choices=STATUSES, default="active",
                   help="actives (défaut), archivées ou toutes")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_org_list)


# -- members ------------------------------------------------------------------------------

def _row_json(r: PersonRow) -> dict[str, Any]:
    from tierslieu.services import validation as v

    return {"id": r.id, "first_name": r.first_name, "last_name": r.last_name,
            "email": r.email, "phone": v.phone(r.phone) if r.phone else "",
            "public_category": r.public_category, "joined_on": r.joined_on,
            "status": r.status, "organizations": list(r.organizations), "tags": list(r.tags)}


def cmd_list(ctx: Context) -> int:
    from tierslieu.services import members, organizations
    from tierslieu.services.dto import MemberQuery

    a, engine = ctx.args, ctx.engine()
    org_id = organizations.find(engine, a.organization).id if a.organization else None
    rows = members.search(engine, MemberQuery(text=a.search, status=a.status,
                                              organization_id=org_id, tag=a.tag))
    if a.json:
        emit_json([_row_json(r) for r in rows])
        return 0
    if rows:
        print(table([say("h_name"), say("h_email"), say("h_phone"), say("h_orgs")],
                    [[r.display_name, r.email, r.phone, ", ".join(r.organizations)]
                     for r in rows]))
    print(say("members_count", count=len(rows)))
    return 0


def _detail_json(d: PersonDetail) -> dict[str, Any]:
    return {
        "id": d.id, "first_name": d.first_name, "last_name": d.last_name, "email": d.email,
        "phone": d.phone, "phone_display": d.phone_display, "public_category": d.public_category,
        "joined_on": d.joined_on, "status": d.status, "notes": d.notes, "site_id": d.site_id,
        "organizations": [{"id": lk.organization_id, "name": lk.organization_name,
                           "role": lk.role} for lk in d.links],
        "tags": list(d.tags),
        "consents": {kind: d.consent(kind) for kind in ("photo", "newsletter")},
        "consent_history": [{"kind": c.kind, "granted": c.granted, "at": c.at}
                            for c in d.consents],
        "created_at": d.created_at, "updated_at": d.updated_at,
    }


def _print_detail(d: PersonDetail) -> None:
    def consent(kind: str) -> str:
        current = [c for c in d.consents if c.kind == kind]
        if not current:
            return say("no")
        last = current[-1]
        return f"{say('yes' if last.granted else 'no')} ({say('since', date=fmt_date(last.at))})"

    links = ", ".join(f"{lk.organization_name} ({choice_label(lk.role)})" for lk in d.links)
    print(f"{d.display_name} (n° {d.id})")
    for label, value in (("h_email", d.email), ("h_phone", d.phone_display),
                         ("h_category", choice_label(d.public_category)),
                         ("h_joined", fmt_date(d.joined_on)),
                         ("h_status", choice_label(d.status)),
                         ("h_orgs", links or say("none")),
                         ("h_tags", ", ".join(d.tags) or say("none")),
                         ("h_consent_photo", consent("photo")),
                         ("h_consent_newsletter", consent("newsletter"))):
        print(f"  {say(label)} : {value or '—'}")
    if d.notes:
        print(f"  {say('h_notes')} :")
        for line in d.notes.splitlines():
            print(f"    {line}")


def cmd_show(ctx: Context) -> int:
    from tierslieu.services import members

    detail = members.find(ctx.engine(), ctx.args.ref)
    if ctx.args.json:
        emit_json(_detail_json(detail))
    else:
        _print_detail(detail)
    return 0


def cmd_add(ctx: Context) -> int:
    from tierslieu.services import members
    from tierslieu.services.dto import PersonInput

    a = ctx.args
    data = PersonInput(first_name=a.first_name, last_name=a.last_name, email=a.email,
                       phone=a.phone, public_category=a.category, joined_on=a.joined_on,
                       notes=a.notes, tags=a.tags, organization=a.organization, role=a.role,
                       consent_photo=a.photo_consent, consent_newsletter=a.newsletter_consent)
    # validate before opening (and perhaps migrating) the database: bad input writes nothing
    members.validate(data)
    detail = members.create(ctx.engine(), data)
    if a.json:
        emit_json(_detail_json(detail))
    else:
        print(say("member_created", name=detail.display_name, id=detail.id))
    return 0


def _set_status(ctx: Context, status: str) -> int:
    from tierslieu.services import members

    engine = ctx.engine()
    person = members.find(engine, ctx.args.ref)
    members.set_status(engine, [person.id], status)
    key = "member_archived" if status == "archived" else "member_restored"
    print(say(key, name=person.display_name))
    return 0


def cmd_archive(ctx: Context) -> int:
    return _set_status(ctx, "archived")


def cmd_restore(ctx: Context) -> int:
    return _set_status(ctx, "active")


# -- CSV ----------------------------------------------------------------------------------

def _report_json(report: ImportReport) -> dict[str, Any]:
    return {"created": report.created, "updated": report.updated,
            "organizations_created": list(report.organizations_created),
            "errors": [{"line": line, "field": fld, "message": msg}
                       for line, fld, msg in report.errors],
            "warnings": list(report.warnings), "dry_run": report.dry_run,
            "written": report.written, "encoding": report.encoding,
            "delimiter": report.delimiter}


def _print_errors(report: ImportReport) -> None:
    from tierslieu.i18n import translate

    for line, _field, message in report.errors:
        print(translate("csv_line", line=line, message=message), file=sys.stderr)


def cmd_import(ctx: Context) -> int:
    from tierslieu.errors import ValidationError
    from tierslieu.services.member_import import import_file

    a = ctx.args
    try:
        report = import_file(ctx.engine(), a.file, dry_run=a.dry_run,
                             skip_invalid=a.skip_invalid)
    except ValidationError as exc:
        rejected: ImportReport | None = getattr(exc, "report", None)
        if rejected is None:
            raise
        if a.json:
            emit_json(_report_json(rejected))
        raise  # its message lists the bad rows ("Ligne 4 : E-mail : …")
    if a.json:
        emit_json(_report_json(report))
        return 0
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    if report.errors:
        print(say("import_skipped", count=len(report.errors)), file=sys.stderr)
        _print_errors(report)
    key = "import_dry_run" if report.dry_run else "import_done"
    print(say(key, created=report.created, updated=report.updated))
    if report.organizations_created:
        print(say("import_orgs_dry" if report.dry_run else "import_orgs",
                  names=", ".join(report.organizations_created)))
    return 0


def cmd_export(ctx: Context) -> int:
    from tierslieu.services.dto import MemberQuery
    from tierslieu.services.member_import import export_file

    count = export_file(ctx.engine(), ctx.args.output, MemberQuery(status=ctx.args.status))
    print(say("export_done", count=count, path=ctx.args.output))
    return 0


# -- organisations ------------------------------------------------------------------------

def cmd_org_list(ctx: Context) -> int:
    from tierslieu.services import organizations
    from tierslieu.services.dto import OrganizationQuery

    a = ctx.args
    rows = organizations.search(ctx.engine(), OrganizationQuery(text=a.search, status=a.status))
    if a.json:
        emit_json(rows)
        return 0
    if rows:
        print(table([say("h_name"), say("h_kind"), say("h_city"), say("h_members")],
                    [[r.name, choice_label(r.kind), r.city, str(r.member_count)]
                     for r in rows]))
    print(say("orgs_count", count=len(rows)))
    return 0
