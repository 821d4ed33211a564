"""``sites …``, ``resources add`` and ``closures add``: set up the spaces from scripts.

Prices are given in euros ("25", "25,50", "1 234,50") and stored as integer cents.
"""

from __future__ import annotations

import argparse
import re
from datetime import time
from typing import TYPE_CHECKING

from tierslieu.cli.output import emit_json, table
from tierslieu.errors import ValidationError
from tierslieu.i18n import current_language

if TYPE_CHECKING:
    from tierslieu.cli import Context

DAYS = {"lun": 0, "mon": 0, "mar": 1, "tue": 1, "mer": 2, "wed": 2, "jeu": 3, "thu": 3,
        "ven": 4, "fri": 4, "sam": 5, "sat": 5, "dim": 6, "sun": 6}


def _say(fr: str, en: str, **params: object) -> str:
    return (en if current_language() == "en" else fr).format(**params)


def cents(value: str | None, field: str) -> int:
    """Euros as typed ("25", "25,50", "1 234,50") -> integer cents; empty means 0."""
    from tierslieu.money import parse_euros

    return parse_euros(value, field) or 0


def parse_hours(specs: list[str]) -> dict[int, list[tuple[time, time]]]:
    """["lun-ven 08:00-20:00", "sam 09:00-13:00"] -> {0: [(08:00, 20:00)], ...}."""
    hours: dict[int, list[tuple[time, time]]] = {}
    for spec in specs:
        m = re.fullmatch(r"\s*(\w{3})(?:-(\w{3}))?\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})\s*",
                         spec.casefold())
        if not m or m.group(1)[:3] not in DAYS or (m.group(2) and m.group(2)[:3] not in DAYS):
            raise ValidationError("hours_invalid", "opening_hours", value=spec)
        first = DAYS[m.group(1)[:3]]
        last = DAYS[m.group(2)[:3]] if m.group(2) else first
        try:
            opens = time(int(m.group(3)), int(m.group(4)))
            closes = time(int(m.group(5)), int(m.group(6)))
        except ValueError:
            raise ValidationError("hours_invalid", "opening_hours", value=spec) from None
        for day in range(first, last + 1):
            hours.setdefault(day, []).append((opens, closes))
    return hours


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("sites", help="sites du réseau : lister, créer, horaires",
                       description="Chaque site a son fuseau horaire et ses horaires.")
    ssub = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ssub.add_parser("list", help="lister les sites")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_sites)
    p = ssub.add_parser("add", help="créer un site")
    p.add_argument("name", metavar="NOM")
    p.add_argument("--city", default="", help="ville")
    p.add_argument("--timezone", default="Europe/Paris", help="fuseau (défaut Europe/Paris)")
    p.set_defaults(handler=cmd_site_add)
    p = ssub.add_parser("hours", help="remplacer les horaires d'ouverture d'un site")
    p.add_argument("site", metavar="SITE", help="nom du site")
    p.add_argument("--set", dest="specs", action="append", required=True, metavar="JOURS HEURES",
                   help="ex. « lun-ven 08:00-20:00 », « sam 09:00-13:00 » (répétable)")
    p.set_defaults(handler=cmd_hours)

    r = sub.choices["resources"]
    rsub = next(a for a in r._actions if isinstance(a, argparse._SubParsersAction))
    p = rsub.add_parser("add", help="créer une ressource réservable")
    p.add_argument("--site", required=True, metavar="SITE", help="nom du site")
    p.add_argument("--name", required=True, metavar="NOM")
    p.add_argument("--kind", default="meeting_room",
                   help="desk, hot_desk_zone, meeting_room, office, event_hall, phone_booth")
    p.add_argument("--capacity", type=int, default=1, help="places (ou postes d'un espace partagé)")
    p.add_argument("--hourly", metavar="EUR", help="tarif horaire HT en euros")
    p.add_argument("--half-day", metavar="EUR", help="tarif demi-journée HT")
    p.add_argument("--daily", metavar="EUR", help="tarif journée HT")
    p.add_argument("--buffer", type=int, default=0, metavar="MIN", help="battement entre réservations")
    p.add_argument("--min", dest="min_minutes", type=int, default=30, metavar="MIN",
                   help="durée minimale")
    p.add_argument("--max", dest="max_minutes", type=int, default=600, metavar="MIN",
                   help="durée maximale")
    p.add_argument("--advance", type=int, default=90, metavar="JOURS",
                   help="réservable jusqu'à N jours à l'avance par les membres")
    p.add_argument("--staff-only", action="store_true", help="réservable par l'équipe seulement")
    p.add_argument("--equipment", default="", help="équipement (écran, visio…)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_resource_add)

    c = sub.add_parser("closures", help="fermetures exceptionnelles (les jours fériés sont "
                                        "calculés)")
    csub = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = csub.add_parser("add", help="fermer un site (ou une ressource) des jours entiers")
    p.add_argument("--site", required=True, metavar="SITE")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="premier jour")
    p.add_argument("--to", dest="end", metavar="DATE", help="dernier jour (défaut : le premier)")
    p.add_argument("--resource", metavar="NOM", help="seulement cette ressource")
    p.add_argument("--reason", default="", help="motif affiché dans le planning")
    p.set_defaults(handler=cmd_closure)


def _site(engine, name: str):  # type: ignore[no-untyped-def]
    from tierslieu.errors import NotFoundError
    from tierslieu.services import sites
    from tierslieu.text import compact

    for s in sites.list_sites(engine):
        if compact(s.name) == compact(name) or str(s.id) == name.strip():
            return s
    raise NotFoundError("site_not_found", ref=name)


def cmd_sites(ctx: Context) -> int:
    from tierslieu.services import sites

    rows = sites.list_sites(ctx.engine())
    if ctx.args.json:
        emit_json([r.__dict__ for r in rows])
        return 0
    print(table(["Site", _say("Ville", "City"), _say("Fuseau", "Time zone")],
                [[r.name, r.city, r.timezone] for r in rows]))
    return 0


def cmd_site_add(ctx: Context) -> int:
    from tierslieu.services import sites

    row = sites.create(ctx.engine(), ctx.args.name, city=ctx.args.city,
                       timezone=ctx.args.timezone)
    print(_say("Site créé : {name} (n° {id}).", "Site created: {name} (#{id}).",
               name=row.name, id=row.id))
    return 0


def cmd_hours(ctx: Context) -> int:
    from tierslieu.services import spaces

    hours = parse_hours(ctx.args.specs)
    engine = ctx.engine()
    site = _site(engine, ctx.args.site)
    spaces.set_opening_hours(engine, site.id, hours)
    print(_say("Horaires de {site} enregistrés.", "Opening hours of {site} saved.",
               site=site.name))
    return 0


def cmd_resource_add(ctx: Context) -> int:
    from tierslieu.services import spaces
    from tierslieu.services.spaces import ResourceInput

    a = ctx.args
    hourly = cents(a.hourly, "hourly_price_cents")
    half_day = cents(a.half_day, "half_day_price_cents")
    daily = cents(a.daily, "daily_price_cents")
    engine = ctx.engine()
    site = _site(engine, a.site)
    row = spaces.create_resource(engine, ResourceInput(
        site.id, a.name, a.kind, capacity=a.capacity, equipment=a.equipment,
        hourly_price_cents=hourly, half_day_price_cents=half_day, daily_price_cents=daily,
        bookable_by="staff" if a.staff_only else "members", buffer_minutes=a.buffer,
        min_minutes=a.min_minutes, max_minutes=a.max_minutes, max_advance_days=a.advance))
    if a.json:
        emit_json(row.__dict__)
    else:
        print(_say("Ressource créée : {name} (n° {id}).", "Resource created: {name} (#{id}).",
                   name=row.name, id=row.id))
    return 0


def cmd_closure(ctx: Context) -> int:
    from tierslieu.services import spaces
    from tierslieu.services.validation import parse_date

    a = ctx.args
    start = parse_date(a.start, "start")
    end = parse_date(a.end, "end") if a.end else start
    engine = ctx.engine()
    site = _site(engine, a.site)
    rid = spaces.find_resource(engine, a.resource).id if a.resource else None
    spaces.add_closure(engine, site.id, start, end, a.reason, resource_id=rid)  # type: ignore[arg-type]
    print(_say("Fermeture enregistrée : {site}, du {a:%d/%m/%Y} au {b:%d/%m/%Y}.",
               "Closure saved: {site}, {a:%d/%m/%Y} to {b:%d/%m/%Y}.", site=site.name,
               a=start, b=end))
    return 0


__all__ = ["cents", "parse_hours", "register"]
