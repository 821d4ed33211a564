"""``events …``, ``visits …``, ``directory …`` and ``badge``: the front desk from scripts.

Times are local wall times of the site (``2026-12-05T09:00``). ``events add`` exits 3
naming the booking in the way when a room is taken (nothing written); ``events register``
exits 0 with the status (``waitlisted`` past capacity, with the position).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, table
from tierslieu.i18n import choice_label, current_language

if TYPE_CHECKING:
    from tierslieu.cli import Context
    from tierslieu.services.billing.credits import VisitCredit
    from tierslieu.services.directory import DirectoryEntry
    from tierslieu.services.events import EventRow, RegistrationRow
    from tierslieu.services.teams import TeamRow
    from tierslieu.services.visits import VisitRow

MESSAGES: dict[str, tuple[str, str]] = {
    "event_created": ("Événement créé : {label} (n° {id}), salles : {rooms}.",
                      "Event created: {label} (#{id}), rooms: {rooms}."),
    "events": ("{count} événement(s).", "{count} event(s)."),
    "registered": ("{name} : inscrit·e à « {event} » (inscription n° {id}).",
                   "{name}: registered for \"{event}\" (registration #{id})."),
    "waitlisted": ("{name} : en liste d'attente pour « {event} », position {position} "
                   "(inscription n° {id}).",
                   "{name}: waitlisted for \"{event}\", position {position} "
                   "(registration #{id})."),
    "reg_cancelled": ("Inscription annulée : {name}.", "Registration cancelled: {name}."),
    "promoted": ("Place attribuée à {name} (liste d'attente).",
                 "Place given to {name} (waitlist)."),
    "reg_checked_in": ("Présence enregistrée : {name}.", "Attendance recorded: {name}."),
    "certificates": ("{count} attestation(s) écrite(s) dans {path}",
                     "{count} certificate(s) written to {path}"),
    "checked_in": ("Arrivée : {name} à {time}.", "Checked in: {name} at {time}."),
    "checked_out": ("Départ : {name} à {time}.", "Checked out: {name} at {time}."),
    # what the check-in consumed (billing.credits.VisitCredit.status)
    "credit_included": ("Accès aux postes inclus dans « {plan} » : rien n'est décompté.",
                        "Desk access included in \"{plan}\": nothing drawn."),
    "credit_booking": ("{resource} réservé aujourd'hui (réservation n° {booking}) : la "
                       "réservation compte la journée.",
                       "{resource} booked today (booking #{booking}): the booking counts "
                       "the day."),
    "credit_drawn": ("1 journée déduite de « {plan} », reste {left} journée(s).",
                     "1 desk day drawn from \"{plan}\", {left} day(s) left."),
    "credit_already": ("Journée déjà décomptée aujourd'hui, reste {left} journée(s).",
                       "Day already drawn today, {left} day(s) left."),
    "credit_none_left": ("Aucune journée de coworking restante : proposer un pass journée.",
                         "No desk day left: offer a day pass."),
    "credit_no_plan": ("Aucun abonnement valable aujourd'hui : proposer un pass journée.",
                       "No valid subscription today: offer a day pass."),
    "visitor": ("Visite n° {id} : {name}, reçu·e par {host} (prévenu·e). Badge : "
                "tierslieu badge {id} -o badge.pdf",
                "Visit #{id}: {name}, host {host} (notified). Badge: "
                "tierslieu badge {id} -o badge.pdf"),
    "present": ("{count} personne(s) présente(s).", "{count} people in."),
    "purged": ("{visits} visite(s) et {notifications} notification(s) de plus de {days} jours "
               "supprimée(s).",
               "{visits} visit(s) and {notifications} notification(s) older than {days} days "
               "deleted."),
    "entries": ("{count} fiche(s).", "{count} entry(ies)."),
    "badge": ("Badge écrit : {path}", "Badge written: {path}"),
    "directory_pdf": ("Annuaire écrit : {path} ({count} fiche(s))",
                      "Directory written: {path} ({count} entry(ies))"),
    "places_line": ("Inscrits : {registered} / {capacity} ; liste d'attente : {waiting}",
                    "Registered: {registered} / {capacity}; waitlist: {waiting}"),
    "h_id": ("N°", "#"), "h_when": ("Quand", "When"), "h_title": ("Titre", "Title"),
    "h_kind": ("Type", "Kind"), "h_rooms": ("Salles", "Rooms"),
    "h_places": ("Inscrits / places", "Registered / places"),
    "h_waitlist": ("Attente", "Waitlist"), "h_status": ("Statut", "Status"),
    "h_name": ("Nom", "Name"), "h_since": ("Depuis", "Since"), "h_host": ("Hôte", "Host"),
    "h_org": ("Organisation", "Organisation"), "h_skills": ("Compétences", "Skills"),
    "h_contact": ("Contact", "Contact"), "h_sector": ("Secteur", "Sector"),
    "h_position": ("Position", "Position"), "h_checked": ("Présent·e", "Attended"),
    "person": ("personne", "person"), "organization": ("organisation", "organisation"),
    "teams_line": ("{count} équipe(s), {people} personne(s) ; {state}.",
                   "{count} team(s), {people} people; {state}."),
    "teams_draft": ("brouillon, modifiable", "draft, can be changed"),
    "teams_published": ("publiées", "published"),
    "h_team": ("Équipe", "Team"),
}


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="sortie JSON")


def _who(p: argparse.ArgumentParser, *, outsider: bool = True) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="EMAIL", help="un membre (e-mail ou numéro)")
    if outsider:
        who.add_argument("--email", metavar="EMAIL", help="une personne extérieure, par e-mail")
        who.add_argument("--registration", type=int, metavar="N", help="numéro d'inscription")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = sub.add_parser("events", help="événements : lister, créer, inscrire, annuler, présence",
                        description="Hackathons, bootcamps, ateliers, rencontres, formations, "
                                    "portes ouvertes. Heures locales du site.")
    esub = ev.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = esub.add_parser("list", help="lister les événements (à venir par défaut)")
    p.add_argument("--from", dest="from_", metavar="AAAA-MM-JJ",
                   help="à partir de ce jour (défaut : aujourd'hui)")
    p.add_argument("--to", metavar="AAAA-MM-JJ", help="jusqu'à ce jour inclus")
    p.add_argument("--kind", help="hackathon, bootcamp, workshop, meetup, training, open_day")
    p.add_argument("--all", action="store_true", help="inclure les événements annulés")
    _json_flag(p)
    p.set_defaults(handler=cmd_events_list)

    p = esub.add_parser("add", help="créer un événement et réserver ses salles "
                                    "(exit 3 si une salle est prise)")
    p.add_argument("--title", required=True, help="titre")
    p.add_argument("--kind", required=True,
                   help="hackathon, bootcamp, workshop, meetup, training ou open_day")
    p.add_argument("--start", required=True, metavar="AAAA-MM-JJTHH:MM", help="début, heure locale")
    p.add_argument("--end", required=True, metavar="AAAA-MM-JJTHH:MM", help="fin, heure locale")
    p.add_argument("--room", action="append", default=[], metavar="NOM",
                   help="salle à réserver (répétable)")
    p.add_argument("--capacity", type=int, default=20, help="nombre de places (défaut 20)")
    p.add_argument("--price", metavar="EUR", help="prix TTC en euros (défaut : gratuit)")
    p.add_argument("--min", dest="minimum", type=int, default=0,
                   help="minimum d'inscrits ; alerte s'il n'est pas atteint --alert-days avant")
    p.add_argument("--alert-days", type=int, default=7, help="jours avant le début (défaut 7)")
    p.add_argument("--opens", metavar="AAAA-MM-JJTHH:MM", help="ouverture des inscriptions")
    p.add_argument("--closes", metavar="AAAA-MM-JJTHH:MM",
                   help="clôture des inscriptions (défaut : le début)")
    p.add_argument("--description", default="", help="description")
    p.add_argument("--outside-hours", action="store_true",
                   help="réserver hors des heures d'ouverture ou un jour fermé")
    _json_flag(p)
    p.set_defaults(handler=cmd_events_add)

    p = esub.add_parser("register", help="inscrire (liste d'attente au-delà des places)")
    p.add_argument("event", type=int, metavar="EVENT_ID", help="numéro de l'événement")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="EMAIL", help="un membre")
    who.add_argument("--email", metavar="EMAIL", help="une personne extérieure (avec --name)")
    p.add_argument("--name", default="", help="nom de la personne extérieure")
    _json_flag(p)
    p.set_defaults(handler=cmd_events_register)

    for name, helptext, handler in (
            ("cancel", "annuler une inscription (la liste d'attente avance)", cmd_events_cancel),
            ("checkin", "enregistrer la présence", cmd_events_checkin)):
        p = esub.add_parser(name, help=helptext)
        p.add_argument("event", type=int, metavar="EVENT_ID", help="numéro de l'événement")
        _who(p)
        _json_flag(p)
        p.set_defaults(handler=handler)

    p = esub.add_parser(
        "teams", help="équipes d'un hackathon : former, déplacer, publier",
        description="Sans option : les équipes actuelles. --form : équipes équilibrées par "
                    "compétences (pas deux personnes de la même organisation sauf "
                    "--allow-same-org), en brouillon ; --move N --to T : changer quelqu'un "
                    "d'équipe ; --publish : figer. Équipes publiées : exit 3 si on les change.")
    p.add_argument("event", type=int, metavar="EVENT_ID", help="numéro de l'événement")
    acts = p.add_mutually_exclusive_group()
    acts.add_argument("--form", action="store_true", help="former les équipes (brouillon)")
    acts.add_argument("--move", type=int, metavar="N", help="numéro d'inscription à déplacer")
    acts.add_argument("--publish", action="store_true", help="publier (plus de changement)")
    p.add_argument("--size", type=int, default=4, help="taille d'une équipe (défaut 4)")
    p.add_argument("--allow-same-org", action="store_true",
                   help="autoriser deux personnes de la même organisation dans une équipe")
    p.add_argument("--to", type=int, metavar="T", help="avec --move : numéro de l'équipe")
    _json_flag(p)
    p.set_defaults(handler=cmd_events_teams)

    p = esub.add_parser("show", help="un événement et ses inscriptions")
    p.add_argument("event", type=int, metavar="EVENT_ID", help="numéro de l'événement")
    _json_flag(p)
    p.set_defaults(handler=cmd_events_show)

    p = esub.add_parser("certificates", help="attestations de présence (PDF, une page chacune)")
    p.add_argument("event", type=int, metavar="EVENT_ID", help="numéro de l'événement")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf", help="fichier PDF")
    p.set_defaults(handler=cmd_events_certificates)

    vi = sub.add_parser("visits", help="arrivées, départs, visiteurs, présents",
                        description="Le registre des visites (conservé --retention jours).")
    vsub = vi.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = vsub.add_parser("checkin", help="arrivée d'un membre")
    p.add_argument("--member", required=True, metavar="EMAIL", help="le membre")
    _json_flag(p)
    p.set_defaults(handler=cmd_visits_checkin)
    p = vsub.add_parser("checkout", help="départ d'un membre ou d'un visiteur")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="EMAIL", help="le membre")
    who.add_argument("--visit", type=int, metavar="N", help="numéro de la visite")
    _json_flag(p)
    p.set_defaults(handler=cmd_visits_checkout)
    p = vsub.add_parser("visitor", help="enregistrer un visiteur ; son hôte est prévenu")
    p.add_argument("--name", required=True, help="nom du visiteur")
    p.add_argument("--host", required=True, metavar="EMAIL", help="le membre qui le reçoit")
    p.add_argument("--company", default="", help="son organisation")
    p.add_argument("--email", default="", help="son e-mail")
    p.add_argument("--purpose", default="", help="motif de la visite")
    p.add_argument("--guest", action="store_true", help="un invité plutôt qu'un visiteur")
    _json_flag(p)
    p.set_defaults(handler=cmd_visits_visitor)
    p = vsub.add_parser("present", help="qui est là maintenant")
    _json_flag(p)
    p.set_defaults(handler=cmd_visits_present)
    p = vsub.add_parser("purge", help="supprimer les visites plus anciennes que la durée de "
                                      "conservation (365 jours par défaut ; pour cron)")
    p.add_argument("--retention", type=int, metavar="JOURS",
                   help="changer d'abord la durée de conservation")
    _json_flag(p)
    p.set_defaults(handler=cmd_visits_purge)

    di = sub.add_parser("directory", help="annuaire de la communauté (avec consentement)")
    dsub = di.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = dsub.add_parser("search", help="chercher par texte, compétence, secteur ou type")
    p.add_argument("text", nargs="?", default="", metavar="TEXTE", help="mots cherchés")
    p.add_argument("--skill", help="une compétence (tag)")
    p.add_argument("--sector", help="un secteur")
    p.add_argument("--kind", help="un type d'organisation (startup, association…)")
    _json_flag(p)
    p.set_defaults(handler=cmd_directory_search)
    p = dsub.add_parser("pdf", help="l'annuaire imprimable")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf", help="fichier PDF")
    p.set_defaults(handler=cmd_directory_pdf)

    p = sub.add_parser("badge", help="badge visiteur en PDF (avec QR code)")
    p.add_argument("visit", type=int, metavar="VISIT_ID", help="numéro de la visite")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf", help="fichier PDF")
    p.set_defaults(handler=cmd_badge)


# -- JSON ---------------------------------------------------------------------------------

def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def event_json(e: EventRow) -> dict[str, Any]:
    return {"id": e.id, "title": e.title, "kind": e.kind, "status": e.status,
            "site": e.site_name, "start": e.local_start.isoformat(),
            "end": e.local_end.isoformat(), "start_utc": _iso(e.start_at),
            "end_utc": _iso(e.end_at), "capacity": e.capacity, "price_cents": e.price_cents,
            "registered": e.registered, "waitlisted": e.waitlisted, "checked_in": e.checked_in,
            "min_registrations": e.min_registrations, "rooms": list(e.rooms),
            "booking_ids": list(e.booking_ids),
            "registration_opens_utc": _iso(e.registration_opens_at),
            "registration_closes_utc": _iso(e.registration_closes_at)}


def registration_json(r: RegistrationRow) -> dict[str, Any]:
    return {"id": r.id, "event_id": r.event_id, "person_id": r.person_id, "name": r.name,
            "email": r.email, "status": r.status, "position": r.position,
            "registered_at": _iso(r.registered_at), "promoted_at": _iso(r.promoted_at),
            "cancelled_at": _iso(r.cancelled_at), "checked_in_at": _iso(r.checked_in_at),
            "price_cents": r.price_cents}


def visit_json(v: VisitRow) -> dict[str, Any]:
    return {"id": v.id, "kind": v.kind, "person_id": v.person_id, "name": v.name,
            "company": v.company, "host_person_id": v.host_person_id, "host": v.host_name,
            "purpose": v.purpose, "arrived": v.local_arrival.isoformat(),
            "arrived_utc": _iso(v.arrived_at), "left_utc": _iso(v.left_at)}


def entry_json(e: DirectoryEntry) -> dict[str, Any]:
    out = {"kind": e.kind, "id": e.id, "name": e.name, "headline": e.headline,
           "organizations": list(e.organizations), "sector": e.sector, "tags": list(e.tags),
           "email": e.email, "phone": e.phone}
    if e.kind == "organization":
        out.update({"org_kinds": list(e.org_kinds), "city": e.city, "website": e.website,
                    "description": e.description, "members": list(e.members)})
    return out


# -- events -------------------------------------------------------------------------------

def _when(e: EventRow) -> str:
    start, end = e.local_start, e.local_end
    tail = f"{end:%H:%M}" if start.date() == end.date() else f"{end:%d/%m/%Y %H:%M}"
    return f"{start:%d/%m/%Y %H:%M}-{tail}"


def _day_instant(value: str | None, default: datetime | None, end: bool = False
                 ) -> datetime | None:
    from tierslieu import timeutil
    from tierslieu.services.validation import parse_date

    if not value:
        return default
    day = parse_date(value, "end" if end else "start")
    assert day is not None
    if end:
        day += timedelta(days=1)
    return timeutil.to_utc(datetime.combine(day, time(0)), None, fold=0)


def cmd_events_list(ctx: Context) -> int:
    from tierslieu import timeutil
    from tierslieu.services import events

    a = ctx.args
    today = timeutil.to_local(datetime.now(UTC), None).date()
    start = _day_instant(a.from_, timeutil.day_bounds_utc(today, None)[0])
    end = _day_instant(a.to, None, end=True)
    rows = events.list_events(ctx.engine(), start=start, end=end, kind=a.kind,
                              include_cancelled=a.all)
    if a.json:
        emit_json([event_json(e) for e in rows])
        return 0
    if rows:
        print(table([say("h_id"), say("h_when"), say("h_title"), say("h_kind"),
                     say("h_rooms"), say("h_places"), say("h_waitlist"), say("h_status")],
                    [[str(e.id), _when(e), e.title, choice_label(e.kind), ", ".join(e.rooms),
                      f"{e.registered} / {e.capacity}", str(e.waitlisted or ""),
                      choice_label(e.status)] for e in rows]))
    print(say("events", count=len(rows)))
    return 0


def cmd_events_add(ctx: Context) -> int:
    from tierslieu import timeutil
    from tierslieu.money import parse_euros
    from tierslieu.services import events, spaces
    from tierslieu.services.events import EventInput

    a, engine = ctx.args, ctx.engine()
    rooms = tuple(spaces.find_resource(engine, name).id for name in a.room)
    data = EventInput(
        a.title, a.kind, timeutil.parse_local(a.start, "start"),
        timeutil.parse_local(a.end, "end"), rooms, capacity=a.capacity,
        price_cents=parse_euros(a.price, "price") or 0, description=a.description,
        registration_opens=timeutil.parse_local(a.opens, "registration_opens") if a.opens
        else None,
        registration_closes=timeutil.parse_local(a.closes, "registration_closes") if a.closes
        else None,
        min_registrations=a.minimum, alert_days=a.alert_days, outside_hours=a.outside_hours)
    row = events.create_event(engine, data)
    if a.json:
        emit_json(event_json(row))
    else:
        print(say("event_created", label=row.label(), id=row.id,
                  rooms=", ".join(row.rooms) or "—"))
    return 0


def _registration(ctx: Context) -> RegistrationRow:
    from tierslieu.errors import NotFoundError
    from tierslieu.services import events, members

    a, engine = ctx.args, ctx.engine()
    if a.registration is not None:
        rows = [r for r in events.registrations(engine, a.event) if r.id == a.registration]
        if not rows:
            raise NotFoundError("registration_not_found", ref=str(a.registration))
        return rows[0]
    if a.member:
        return events.find_registration(engine, a.event, person_id=members.find(engine,
                                                                                a.member).id)
    return events.find_registration(engine, a.event, email=a.email)


def cmd_events_register(ctx: Context) -> int:
    from tierslieu.services import events, members

    a, engine = ctx.args, ctx.engine()
    ev = events.get_event(engine, a.event)
    if a.member:
        row = events.register(engine, ev.id, person_id=members.find(engine, a.member).id)
    else:
        row = events.register(engine, ev.id, name=a.name, email=a.email)
    if a.json:
        emit_json(registration_json(row))
    elif row.status == "waitlisted":
        print(say("waitlisted", name=row.name, event=ev.title, position=row.position, id=row.id))
    else:
        print(say("registered", name=row.name, event=ev.title, id=row.id))
    return 0


def cmd_events_cancel(ctx: Context) -> int:
    from tierslieu.services import events

    result = events.cancel_registration(ctx.engine(), _registration(ctx).id)
    if ctx.args.json:
        emit_json({"cancelled": registration_json(result.cancelled),
                   "promoted": registration_json(result.promoted) if result.promoted else None})
        return 0
    print(say("reg_cancelled", name=result.cancelled.name))
    if result.promoted is not None:
        print(say("promoted", name=result.promoted.name))
    return 0


def cmd_events_checkin(ctx: Context) -> int:
    from tierslieu.services import events

    row = events.check_in(ctx.engine(), _registration(ctx).id)
    if ctx.args.json:
        emit_json(registration_json(row))
    else:
        print(say("reg_checked_in", name=row.name))
    return 0


def cmd_events_show(ctx: Context) -> int:
    from tierslieu.services import events

    engine = ctx.engine()
    ev = events.get_event(engine, ctx.args.event)
    regs = events.registrations(engine, ev.id)
    if ctx.args.json:
        emit_json({**event_json(ev), "registrations": [registration_json(r) for r in regs]})
        return 0
    print(f"{ev.label()} — {choice_label(ev.kind)} — {_when(ev)} — {', '.join(ev.rooms) or '—'}")
    print(say("places_line", registered=ev.registered, capacity=ev.capacity,
              waiting=ev.waitlisted))
    if regs:
        print(table([say("h_id"), say("h_name"), say("h_status"), say("h_position"),
                     say("h_checked")],
                    [[str(r.id), r.name, choice_label(r.status), str(r.position or ""),
                      f"{r.checked_in_at.astimezone(ev.local_start.tzinfo):%H:%M}"
                      if r.checked_in_at else ""] for r in regs]))
    return 0


def team_json(t: TeamRow) -> dict[str, Any]:
    return {"number": t.number, "name": t.name,
            "members": [{"registration": m.registration_id, "name": m.name,
                         "skills": list(m.skills), "organizations": list(m.organizations)}
                        for m in t.members]}


def cmd_events_teams(ctx: Context) -> int:
    from tierslieu.errors import ValidationError
    from tierslieu.services import events, teams

    engine, a = ctx.engine(), ctx.args
    if a.form:
        found = teams.form_teams(engine, a.event, team_size=a.size,
                                 allow_same_org=a.allow_same_org)
    elif a.move is not None:
        if a.to is None:
            raise ValidationError("required", "team_to")
        found = teams.move_member(engine, a.event, a.move, a.to)
    elif a.publish:
        found = teams.publish(engine, a.event)
    else:
        found = teams.teams(engine, a.event)
    published = events.get_event(engine, a.event).teams_published_at is not None
    if a.json:
        emit_json({"event": a.event, "published": published,
                   "teams": [team_json(t) for t in found]})
        return 0
    print(say("teams_line", count=len(found), people=sum(len(t.members) for t in found),
              state=say("teams_published" if published else "teams_draft")))
    if found:
        print(table([say("h_team"), say("h_id"), say("h_name"), say("h_skills"),
                     say("h_org")],
                    [[str(t.number), str(m.registration_id), m.name, ", ".join(m.skills),
                      ", ".join(m.organizations)] for t in found for m in t.members]))
    return 0


def cmd_events_certificates(ctx: Context) -> int:
    from tierslieu.errors import ValidationError
    from tierslieu.reports import check_output
    from tierslieu.reports.certificate import build_certificates
    from tierslieu.services import events

    path = check_output(ctx.args.output)
    certs = events.certificates(ctx.engine(), ctx.args.event)
    if not certs:
        raise ValidationError("certificates_none", "event")
    build_certificates(certs, path, lang=current_language())
    print(say("certificates", count=len(certs), path=path))
    return 0


# -- visits -------------------------------------------------------------------------------

def _visit_out(ctx: Context, row: VisitRow, key: str, at: datetime | None) -> int:
    if ctx.args.json:
        emit_json(visit_json(row))
    else:
        from tierslieu import timeutil

        print(say(key, name=row.name, time=f"{timeutil.to_local(at, row.timezone):%H:%M}"
                  if at else ""))
    return 0


def credit_json(c: VisitCredit | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"status": c.status, "day": c.day.isoformat(), "plan": c.plan_name,
            "subscription_id": c.subscription_id, "drawn": c.drawn, "remaining": c.remaining,
            "expires_on": c.expires_on.isoformat() if c.expires_on else None,
            "booking_id": c.booking_id, "day_pass_needed": c.day_pass_needed,
            "explanation": c.explanation}


def credit_text(c: VisitCredit) -> str:
    """What the check-in consumed, in the chosen language."""
    return say(f"credit_{c.status}", plan=c.plan_name, resource=c.resource_name,
               booking=c.booking_id, left=c.remaining if c.remaining is not None else 0)


def cmd_visits_checkin(ctx: Context) -> int:
    from tierslieu.services import members, visits

    engine = ctx.engine()
    # check_in draws the desk day itself (billing.credits.use_for_visit)
    row = visits.check_in(engine, members.find(engine, ctx.args.member).id)
    if ctx.args.json:
        emit_json({**visit_json(row), "credit": credit_json(row.credit)})
        return 0
    _visit_out(ctx, row, "checked_in", row.arrived_at)
    if row.credit is not None:
        print(credit_text(row.credit))
    return 0


def cmd_visits_checkout(ctx: Context) -> int:
    from tierslieu.services import members, visits

    a, engine = ctx.args, ctx.engine()
    if a.visit is not None:
        row = visits.check_out(engine, visit_id=a.visit)
    else:
        row = visits.check_out(engine, person_id=members.find(engine, a.member).id)
    return _visit_out(ctx, row, "checked_out", row.left_at)


def cmd_visits_visitor(ctx: Context) -> int:
    from tierslieu.services import members, visits
    from tierslieu.services.visits import VisitorInput

    a, engine = ctx.args, ctx.engine()
    host = members.find(engine, a.host)
    row = visits.register_visitor(engine, VisitorInput(
        a.name, host.id, company=a.company, email=a.email, purpose=a.purpose,
        kind="guest" if a.guest else "visitor"))
    if a.json:
        emit_json(visit_json(row))
    else:
        print(say("visitor", id=row.id, name=row.name, host=row.host_name))
    return 0


def cmd_visits_present(ctx: Context) -> int:
    from tierslieu.services import visits

    rows = visits.present(ctx.engine())
    if ctx.args.json:
        emit_json([visit_json(v) for v in rows])
        return 0
    if rows:
        print(table([say("h_id"), say("h_name"), say("h_kind"), say("h_org"), say("h_host"),
                     say("h_since")],
                    [[str(v.id), v.name, choice_label(v.kind), v.company, v.host_name,
                      f"{v.local_arrival:%H:%M}"] for v in rows]))
    print(say("present", count=len(rows)))
    return 0


def cmd_visits_purge(ctx: Context) -> int:
    from tierslieu import timeutil
    from tierslieu.services import visits

    engine = ctx.engine()
    if ctx.args.retention is not None:
        visits.set_retention_days(engine, ctx.args.retention)
    summary = visits.apply_retention(engine, timeutil.to_local(datetime.now(UTC), None).date())
    if ctx.args.json:
        emit_json({"days": summary.days, "cutoff_utc": _iso(summary.cutoff),
                   "visits": summary.visits, "notifications": summary.notifications,
                   "by_kind": summary.by_kind})
    else:
        print(say("purged", visits=summary.visits, notifications=summary.notifications,
                  days=summary.days))
    return 0


# -- directory and badge ------------------------------------------------------------------

def cmd_directory_search(ctx: Context) -> int:
    from tierslieu.services import directory
    from tierslieu.services.directory import DirectoryQuery

    a = ctx.args
    rows = directory.search(ctx.engine(), DirectoryQuery(text=a.text, skill=a.skill,
                                                         sector=a.sector, kind=a.kind))
    if a.json:
        emit_json([entry_json(e) for e in rows])
        return 0
    if rows:
        print(table([say("h_name"), say("h_kind"), say("h_org"), say("h_sector"),
                     say("h_skills"), say("h_contact")],
                    [[e.name, say(e.kind), ", ".join(e.organizations) if e.kind == "person"
                      else ", ".join(choice_label(k) for k in e.org_kinds), e.sector,
                      ", ".join(e.tags), " ".join(x for x in (e.email, e.phone) if x)]
                     for e in rows]))
    print(say("entries", count=len(rows)))
    return 0


def cmd_directory_pdf(ctx: Context) -> int:
    from tierslieu.reports import check_output
    from tierslieu.reports.common import place
    from tierslieu.reports.directory_pdf import build_directory
    from tierslieu.services import directory

    path = check_output(ctx.args.output)
    engine = ctx.engine()
    rows = directory.search(engine)
    build_directory(rows, path, title=place(engine)[0], lang=current_language())
    print(say("directory_pdf", path=path, count=len(rows)))
    return 0


def cmd_badge(ctx: Context) -> int:
    from tierslieu.reports import check_output
    from tierslieu.reports.badge import build_badge
    from tierslieu.services import visits

    path = check_output(ctx.args.output)
    row = visits.get_visit(ctx.engine(), ctx.args.visit)
    build_badge(row, path, lang=current_language())
    print(say("badge", path=path))
    return 0
