"""``resources …`` and ``bookings …`` commands: the booking service from scripts.

Times are local wall times in the resource's site zone (``2026-12-01T10:00``); a
conflict exits 3 naming the booking in the way; a series with conflicts exits 3 with the
per-occurrence report and books nothing unless ``--skip-conflicts``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, table
from tierslieu.errors import ConflictError
from tierslieu.i18n import choice_label, current_language

if TYPE_CHECKING:
    from tierslieu.cli import Context
    from tierslieu.services.bookings import BookingRow, Occurrence

MESSAGES: dict[str, tuple[str, str]] = {
    "booked": ("Réservé : {label} — {price}", "Booked: {label} — {price}"),
    "series_booked": ("Série réservée : {made} occurrence(s) sur {total}.",
                      "Series booked: {made} of {total} occurrence(s)."),
    "cancelled": ("Annulée : {label}", "Cancelled: {label}"),
    "checked_in": ("Arrivée enregistrée : {label}", "Checked in: {label}"),
    "ics_written": ("{count} réservation(s) exportée(s) vers {path}",
                    "{count} booking(s) exported to {path}"),
    "count": ("{count} réservation(s).", "{count} booking(s)."),
    "ics_imported": ("{booked} événement(s) réservé(s), {conflicts} en conflit.",
                     "{booked} event(s) booked, {conflicts} in conflict."),
    "released": ("{count} réservation(s) libérée(s) faute d'arrivée.",
                 "{count} booking(s) released for lack of check-in."),
    "resources": ("{count} ressource(s).", "{count} resource(s)."),
    "free": ("libre", "free"), "conflict": ("conflit", "conflict"),
    "closed": ("fermé", "closed"), "invalid": ("invalide", "invalid"),
    "skipped": ("ignorée", "skipped"),
    "h_resource": ("Ressource", "Resource"), "h_kind": ("Type", "Kind"),
    "h_capacity": ("Capacité", "Capacity"), "h_site": ("Site", "Site"),
    "h_prices": ("Tarifs (h / ½ j / j)", "Rates (h / ½ d / d)"),
    "h_when": ("Quand", "When"), "h_who": ("Qui", "Who"), "h_status": ("Statut", "Status"),
    "h_id": ("N°", "#"), "h_title": ("Objet", "Title"),
}


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def euros(cents: int) -> str:
    from tierslieu.money import format_euros

    return format_euros(cents)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("resources", help="ressources réservables : lister",
                       description="Bureaux, postes, salles, box, halles.")
    rsub = r.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rsub.add_parser("list", help="lister les ressources")
    p.add_argument("--kind", help="seulement ce type (meeting_room, desk, hot_desk_zone…)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_resources)

    b = sub.add_parser("bookings", help="réservations : ajouter, lister, annuler, arrivée, ICS",
                       description="Heures locales du site (Europe/Paris par défaut).")
    bsub = b.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = bsub.add_parser("add", help="réserver (exit 3 si le créneau est pris)")
    p.add_argument("--resource", required=True, metavar="NOM", help="ressource (nom ou numéro)")
    p.add_argument("--member", metavar="EMAIL", help="membre qui réserve")
    p.add_argument("--start", required=True, metavar="AAAA-MM-JJTHH:MM", help="début, heure locale")
    p.add_argument("--end", required=True, metavar="AAAA-MM-JJTHH:MM", help="fin, heure locale")
    p.add_argument("--repeat", metavar="RRULE", help="répétition, ex. FREQ=WEEKLY;COUNT=10")
    p.add_argument("--skip-conflicts", action="store_true",
                   help="réserver les occurrences libres et ignorer les autres")
    p.add_argument("--attendees", type=int, default=1, help="nombre de participants")
    p.add_argument("--title", default="", help="objet")
    p.add_argument("--as-member", action="store_true",
                   help="appliquer les règles des membres (délais, salles réservées à l'équipe)")
    p.add_argument("--outside-hours", action="store_true",
                   help="(équipe) réserver un jour fermé ou hors des heures d'ouverture")
    p.add_argument("--second", action="store_true",
                   help="heure ambiguë du changement d'heure d'octobre : la seconde (défaut : refus)")
    p.add_argument("--first", action="store_true",
                   help="heure ambiguë du changement d'heure d'octobre : la première")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_add)

    p = bsub.add_parser("list", help="lister les réservations")
    p.add_argument("--from", dest="from_", metavar="AAAA-MM-JJ", help="à partir de ce jour (défaut : aujourd'hui)")
    p.add_argument("--to", metavar="AAAA-MM-JJ", help="jusqu'à ce jour inclus (défaut : +7 jours)")
    p.add_argument("--resource", metavar="NOM", help="seulement cette ressource")
    p.add_argument("--member", metavar="EMAIL", help="seulement ce membre")
    p.add_argument("--all", action="store_true", help="inclure les annulées")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_list)

    for name, helptext, handler in (("cancel", "annuler une réservation", cmd_cancel),
                                    ("checkin", "enregistrer l'arrivée", cmd_checkin)):
        p = bsub.add_parser(name, help=helptext)
        p.add_argument("id", type=int, metavar="ID", help="numéro de la réservation")
        p.add_argument("--json", action="store_true", help="sortie JSON")
        p.set_defaults(handler=handler)

    p = bsub.add_parser("release-no-shows",
                        help="libérer les réservations sans arrivée 30 min après le début "
                             "(à lancer par cron si aucun poste n'est ouvert)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_release)

    p = bsub.add_parser("import-ics", help="réserver sur une ressource les événements d'un .ics "
                                           "(fermetures, événements extérieurs)")
    p.add_argument("file", metavar="FICHIER", help="fichier .ics")
    p.add_argument("--resource", required=True, metavar="NOM", help="ressource à réserver")
    p.add_argument("--json", action="store_true", help="bilan en JSON")
    p.set_defaults(handler=cmd_import_ics)

    p = bsub.add_parser("export-ics", help="exporter en iCalendar (.ics)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="EMAIL", help="les réservations de ce membre")
    who.add_argument("--resource", metavar="NOM", help="les réservations de cette ressource")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier .ics")
    p.set_defaults(handler=cmd_export_ics)


def booking_json(b: BookingRow) -> dict[str, Any]:
    return {"id": b.id, "resource_id": b.resource_id, "resource": b.resource_name,
            "person_id": b.person_id, "person": b.person_name, "title": b.title,
            "start": b.local_start.isoformat(), "end": b.local_end.isoformat(),
            "start_utc": b.start_at.isoformat(), "end_utc": b.end_at.isoformat(),
            "status": b.status, "attendees": b.attendees, "price_cents": b.price_cents,
            "checked_in_at": b.checked_in_at.isoformat() if b.checked_in_at else None,
            "series_id": b.series_id, "sequence": b.sequence}


def occurrence_json(o: Occurrence) -> dict[str, Any]:
    return {"start": o.local_start.isoformat(), "status": o.status, "detail": o.detail}


def cmd_resources(ctx: Context) -> int:
    from tierslieu.services import spaces

    rows = spaces.list_resources(ctx.engine(), kinds=(ctx.args.kind,) if ctx.args.kind else ())
    if ctx.args.json:
        emit_json([r.__dict__ for r in rows])
        return 0
    print(table([say("h_resource"), say("h_kind"), say("h_capacity"), say("h_site"),
                 say("h_prices")],
                [[r.name, choice_label(r.kind), str(r.capacity), r.site_name,
                  " / ".join(euros(c) for c in (r.hourly_price_cents, r.half_day_price_cents,
                                                r.daily_price_cents))] for r in rows]))
    print(say("resources", count=len(rows)))
    return 0


def _report(report: list[Occurrence]) -> None:
    for o in report:
        line = f"  {o.local_start:%d/%m/%Y %H:%M}  {say(o.status)}"
        print(line + (f" — {o.detail}" if o.detail else ""))


def cmd_add(ctx: Context) -> int:
    from tierslieu import timeutil
    from tierslieu.services import bookings, members, spaces
    from tierslieu.services.bookings import BookingRequest

    a = ctx.args
    start = timeutil.parse_local(a.start, "start")
    end = timeutil.parse_local(a.end, "end")
    engine = ctx.engine()
    resource = spaces.find_resource(engine, a.resource)
    person = members.find(engine, a.member) if a.member else None
    req = BookingRequest(resource.id, start, end, person.id if person else None, a.title,
                         a.attendees, as_staff=not a.as_member, outside_hours=a.outside_hours,
                         fold=1 if a.second else (0 if a.first else None))
    if a.repeat:
        try:
            made, report = bookings.create_series(engine, req, a.repeat,
                                                  skip_conflicts=a.skip_conflicts)
        except ConflictError as exc:
            report = getattr(exc, "report", [])
            if a.json:
                emit_json({"error": exc.message(), "booked": [],
                           "occurrences": [occurrence_json(o) for o in report]})
            else:
                _report(report)
            raise
        if a.json:
            emit_json({"booked": [booking_json(b) for b in made],
                       "occurrences": [occurrence_json(o) for o in report]})
        else:
            _report(report)
            print(say("series_booked", made=len(made), total=len(report)))
        return 0
    row = bookings.create(engine, req)
    if a.json:
        emit_json(booking_json(row))
    else:
        print(say("booked", label=row.label(), price=euros(row.price_cents)))
    return 0


def _day(value: str | None, default: date) -> date:
    from tierslieu.services.validation import parse_date

    return parse_date(value, "start") or default if value else default


def cmd_list(ctx: Context) -> int:
    from tierslieu import timeutil
    from tierslieu.services import bookings, members, spaces

    a, engine = ctx.args, ctx.engine()
    today = datetime.now(UTC).astimezone(timeutil.zone(None)).date()
    first = _day(a.from_, today)
    last = _day(a.to, first + timedelta(days=7))
    start = timeutil.to_utc(datetime.combine(first, time(0)), None, fold=0)
    end = timeutil.to_utc(datetime.combine(last + timedelta(days=1), time(0)), None, fold=0)
    rids = [spaces.find_resource(engine, a.resource).id] if a.resource else None
    pid = members.find(engine, a.member).id if a.member else None
    rows = bookings.between(engine, start, end, resource_ids=rids, person_id=pid,
                            include_cancelled=a.all)
    if a.json:
        emit_json([booking_json(b) for b in rows])
        return 0
    if rows:
        print(table([say("h_id"), say("h_when"), say("h_resource"), say("h_who"),
                     say("h_title"), say("h_status")],
                    [[str(b.id), f"{b.local_start:%d/%m/%Y %H:%M}-{b.local_end:%H:%M}",
                      b.resource_name, b.person_name, b.title, choice_label(b.status)] for b in rows]))
    print(say("count", count=len(rows)))
    return 0


def _one(ctx: Context, fn: Any, key: str) -> int:
    row = fn(ctx.engine(), ctx.args.id)
    if ctx.args.json:
        emit_json(booking_json(row))
    else:
        print(say(key, label=row.label()))
    return 0


def cmd_cancel(ctx: Context) -> int:
    from tierslieu.services import bookings

    return _one(ctx, bookings.cancel, "cancelled")


def cmd_checkin(ctx: Context) -> int:
    from tierslieu.services import bookings

    return _one(ctx, bookings.check_in, "checked_in")


def cmd_release(ctx: Context) -> int:
    from tierslieu.services import bookings

    count = bookings.release_no_shows(ctx.engine())
    if ctx.args.json:
        emit_json({"released": count})
    else:
        print(say("released", count=count))
    return 0


def cmd_import_ics(ctx: Context) -> int:
    """Exit 3 when some events collide (the others are booked and listed)."""
    from tierslieu.io.ics import import_ics
    from tierslieu.services import spaces

    engine = ctx.engine()
    resource = spaces.find_resource(engine, ctx.args.resource)
    report = import_ics(engine, ctx.args.file, resource.id)
    if ctx.args.json:
        emit_json({"booked": report.booked,
                   "conflicts": [{"summary": a, "message": b} for a, b in report.conflicts],
                   "skipped": [{"summary": a, "message": b} for a, b in report.skipped]})
    else:
        print(say("ics_imported", booked=len(report.booked), conflicts=len(report.conflicts)))
        for summary, message in report.conflicts + report.skipped:
            print(f"  {summary} — {message}")
    return 3 if report.conflicts else 0


def cmd_export_ics(ctx: Context) -> int:
    from tierslieu.io.ics import write_ics
    from tierslieu.services import bookings, members, spaces

    a, engine = ctx.args, ctx.engine()
    far_past = datetime(2000, 1, 1, tzinfo=UTC)
    far_future = datetime(2100, 1, 1, tzinfo=UTC)
    if a.member:
        person = members.find(engine, a.member)
        rows = bookings.between(engine, far_past, far_future, person_id=person.id,
                                include_cancelled=True)
        name = person.display_name
    else:
        resource = spaces.find_resource(engine, a.resource)
        rows = bookings.between(engine, far_past, far_future, resource_ids=[resource.id],
                                include_cancelled=True)
        name = resource.name
    path = write_ics(rows, a.output, name=name)
    print(say("ics_written", count=len(rows), path=path))
    return 0
