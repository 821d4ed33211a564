"""``programs``, ``cohorts`` and ``startups`` commands: the incubation services from scripts.

``--json`` prints the same figures as the Incubation page (statuses, milestones reached
and late, latest KPIs, mentoring used/budget, history). Amounts are given in euros
("1234,50") and printed as integer cents in JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, fmt_date, table
from tierslieu.i18n import choice_label, current_language

if TYPE_CHECKING:
    from tierslieu.cli import Context
    from tierslieu.services.incubation_dto import EnrollmentDetail, StartupDetail

MESSAGES: dict[str, tuple[str, str]] = {
    "programs": ("{count} programme(s).", "{count} programme(s)."),
    "cohorts": ("{count} promotion(s).", "{count} cohort(s)."),
    "startups": ("{count} startup(s).", "{count} startup(s)."),
    "kpi_saved": ("Indicateurs de {name} enregistrés pour {period}.",
                  "KPIs of {name} saved for {period}."),
    "moved": ("{name} : {from_} → {to} ({cohort}).", "{name}: {from_} → {to} ({cohort})."),
    "h_name": ("Nom", "Name"), "h_kind": ("Type", "Kind"), "h_cohorts": ("Promotions", "Cohorts"),
    "h_milestones": ("Jalons", "Milestones"), "h_program": ("Programme", "Programme"),
    "h_dates": ("Dates", "Dates"), "h_places": ("Places", "Places"),
    "h_statuses": ("Statuts", "Statuses"), "h_late": ("En retard", "Late"),
    "h_cohort": ("Promotion", "Cohort"), "h_status": ("Statut", "Status"),
    "h_founders": ("Fondateurs", "Founders"), "h_headcount": ("Effectif", "Headcount"),
    "h_mentoring": ("Mentorat (h)", "Mentoring (h)"), "h_period": ("Période", "Period"),
    "h_revenue": ("CA", "Revenue"), "h_raised": ("Levées", "Raised"),
    "h_jobs": ("Emplois (ETP)", "Jobs (FTE)"),
    "founders": ("Fondateurs : {names}", "Founders: {names}"),
    "enrollment": ("{cohort} ({program}) : {status}", "{cohort} ({program}): {status}"),
    "history": ("  Historique :", "  History:"),
    "milestones": ("  Jalons ({reached}/{total} atteints, {late} en retard) :",
                   "  Milestones ({reached}/{total} reached, {late} late):"),
    "mentoring": ("  Mentorat : {used} h utilisées sur {budget} h",
                  "  Mentoring: {used} h used of {budget} h"),
    "late": ("EN RETARD", "LATE"), "reached": ("atteint le {date}", "reached on {date}"),
    "due": ("échéance {date}", "due {date}"),
    "kpis": ("Indicateurs :", "KPIs:"),
    "survival": ("survie {h} mois : {rate}", "survival {h} months: {rate}"),
}


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("programs", help="incubation : programmes",
                       description="Programmes d'accompagnement et leurs jalons types.")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("list", help="lister les programmes et leurs jalons types")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_programs)

    c = sub.add_parser("cohorts", help="incubation : promotions",
                       description="Promotions avec statuts, jalons, indicateurs et survie.")
    csub = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = csub.add_parser("list", help="lister les promotions et leurs chiffres")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_cohorts)

    s = sub.add_parser("startups", help="incubation : startups, indicateurs, statuts",
                       description="Les startups (organisations de type startup) accompagnées.")
    ssub = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = ssub.add_parser("list", help="lister les startups")
    q.add_argument("--cohort", metavar="PROMOTION", help="seulement celles de cette promotion")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_list)

    q = ssub.add_parser("show", help="afficher une startup : parcours, jalons, indicateurs")
    q.add_argument("name", metavar="NOM", help="nom de la startup (sans casse ni accents)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_show)

    k = ssub.add_parser("kpi", help="indicateurs d'une startup")
    ksub = k.add_subparsers(dest="kpi_action", metavar="ACTION", required=True)
    q = ksub.add_parser("add", help="saisir les indicateurs d'une période (exit 2 si invalides)")
    q.add_argument("name", metavar="NOM", help="nom de la startup")
    q.add_argument("--period", required=True, metavar="PÉRIODE",
                   help="mois AAAA-MM (2026-10) ou trimestre AAAA-T4 / AAAA-Q4")
    q.add_argument("--headcount", metavar="N", help="effectif en fin de période")
    q.add_argument("--jobs", metavar="ETP", help="emplois créés depuis l'entrée (ETP, ex. 1,5)")
    q.add_argument("--women-founders", metavar="N", help="nombre de femmes parmi les fondateurs")
    q.add_argument("--revenue", metavar="EUR", help="chiffre d'affaires de la période, en euros")
    q.add_argument("--raised", metavar="EUR", help="fonds levés pendant la période, en euros")
    q.add_argument("--raised-kind", metavar="TYPE",
                   help="type des fonds levés : honour_loan (prêt d'honneur), grant "
                        "(subvention), equity, bank_loan (prêt bancaire)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_kpi_add)

    q = ssub.add_parser("status", help="changer le statut d'une startup dans une promotion")
    q.add_argument("name", metavar="NOM", help="nom de la startup")
    q.add_argument("--cohort", required=True, metavar="PROMOTION", help="promotion concernée")
    q.add_argument("--to", required=True, metavar="STATUT",
                   help="shortlisted, selected, incubated, graduated, dropped, rejected "
                        "(ou leur nom français)")
    q.add_argument("--reason", default="", metavar="TEXTE",
                   help="motif (obligatoire pour dropped et rejected)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_status)


def plain(value: Any) -> Any:
    """A DTO as JSON-ready data, with the derived figures a screen shows."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for prop in ("rate_percent", "remaining_minutes"):
            if hasattr(value, prop):
                out[prop] = getattr(value, prop)
        return out
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _hours(minutes: int) -> str:
    text = f"{minutes / 60:.1f}".rstrip("0").rstrip(".")  # display only
    return text.replace(".", ",") if current_language() == "fr" else text


def _fte(hundredths: int | None) -> str:
    if hundredths is None:
        return ""
    units, rest = divmod(hundredths, 100)
    sep = "," if current_language() == "fr" else "."
    return f"{units}{sep}{rest:02d}".removesuffix(f"{sep}00")


def _euros(cents: int | None) -> str:
    from tierslieu.cli.bookings import euros

    return "" if cents is None else euros(cents)


def cmd_programs(ctx: Context) -> int:
    from tierslieu.services import incubation

    rows = incubation.list_programs(ctx.engine())
    if ctx.args.json:
        emit_json(plain(rows))
        return 0
    print(table([say("h_name"), say("h_kind"), say("h_cohorts"), say("h_milestones")],
                [[r.name, choice_label(r.kind), str(r.cohorts),
                  " ; ".join(m.name + (f" (M+{m.offset_months})" if m.offset_months is not None
                                       else "") for m in r.milestones)] for r in rows]))
    print(say("programs", count=len(rows)))
    return 0


def cmd_cohorts(ctx: Context) -> int:
    from tierslieu.services import incubation

    rows = incubation.list_cohorts(ctx.engine())
    if ctx.args.json:
        emit_json(plain(rows))
        return 0
    print(table([say("h_name"), say("h_program"), say("h_dates"), say("h_places"),
                 say("h_statuses"), say("h_milestones"), say("h_late")],
                [[r.name, r.program_name, f"{fmt_date(r.start_on)} – {fmt_date(r.end_on)}",
                  f"{r.seats_taken}/{r.capacity}",
                  ", ".join(f"{choice_label(k)} {n}" for k, n in r.counts.items() if n),
                  f"{r.milestones_reached}/{r.milestones_total}", str(r.milestones_late)]
                 for r in rows]))
    print(say("cohorts", count=len(rows)))
    return 0


def cmd_list(ctx: Context) -> int:
    from tierslieu.services import incubation

    engine = ctx.engine()
    cohort = incubation.cohort_id_by_name(engine, ctx.args.cohort) if ctx.args.cohort else None
    rows = incubation.list_startups(engine, cohort_id=cohort)
    if ctx.args.json:
        emit_json(plain(rows))
        return 0
    lines = []
    for r in rows:
        e = r.enrollment
        lines.append([r.name, e.cohort_name if e else "", choice_label(e.status) if e else "",
                      ", ".join(r.founders),
                      f"{e.milestones_reached}/{e.milestones_total}" if e else "",
                      str(e.milestones_late) if e else "",
                      "" if r.latest.headcount is None else str(r.latest.headcount)])
    print(table([say("h_name"), say("h_cohort"), say("h_status"), say("h_founders"),
                 say("h_milestones"), say("h_late"), say("h_headcount")], lines))
    print(say("startups", count=len(rows)))
    return 0


def cmd_show(ctx: Context) -> int:
    from tierslieu.services import incubation

    engine = ctx.engine()
    detail = incubation.startup_detail(engine,
                                       incubation.startup_id_by_name(engine, ctx.args.name))
    if ctx.args.json:
        emit_json(plain(detail))
        return 0
    _print_detail(detail)
    return 0


def _print_detail(d: StartupDetail) -> None:
    print(d.name + (f" — {d.city}" if d.city else ""))
    print(say("founders", names=", ".join(f.name for f in d.founders) or "—"))
    for e in d.enrollments:
        _print_enrollment(e)
    if d.kpis:
        print(say("kpis"))
        print(table([say("h_period"), say("h_headcount"), say("h_jobs"), say("h_revenue"),
                     say("h_raised")],
                    [[k.period, "" if k.headcount is None else str(k.headcount),
                      _fte(k.jobs_created_fte100),
                      _euros(k.revenue_cents),
                      ", ".join(f"{choice_label(kind)} {_euros(c)}"
                                for kind, c in k.raised_cents.items() if c)]
                     for k in d.kpis]))


def _print_enrollment(e: EnrollmentDetail) -> None:
    print(say("enrollment", cohort=e.cohort_name, program=e.program_name,
              status=choice_label(e.status)))
    print(say("history"))
    for ev in e.history:
        arrow = f"{choice_label(ev.from_status)} → " if ev.from_status else ""
        extra = f" — {ev.reason}" if ev.reason else ""
        print(f"    {fmt_date(ev.at)}  {arrow}{choice_label(ev.to_status)}{extra}")
    if e.milestones:
        print(say("milestones", reached=e.milestones_reached, total=e.milestones_total,
                  late=e.milestones_late))
        for m in e.milestones:
            state = (say("reached", date=fmt_date(m.reached_on)) if m.reached_on else
                     say("late") if m.late else
                     say("due", date=fmt_date(m.due_on)) if m.due_on else "")
            print(f"    {m.position}. {m.name}  {state}")
    print(say("mentoring", used=_hours(e.mentoring.used_minutes),
              budget=_hours(e.mentoring.budget_minutes)))


def cmd_kpi_add(ctx: Context) -> int:
    from tierslieu.errors import ValidationError
    from tierslieu.services import incubation

    a, engine = ctx.args, ctx.engine()
    if (a.raised is None) != (a.raised_kind is None):
        raise ValidationError("raised_kind_missing",
                              "raised_kind" if a.raised is not None else "raised")
    org_id = incubation.startup_id_by_name(engine, a.name)
    row = incubation.record_kpis(engine, org_id, incubation.KpiInput(
        a.period, headcount=a.headcount, jobs_created=a.jobs, revenue=a.revenue,
        raised=((a.raised_kind, a.raised),) if a.raised is not None else (),
        women_founders=a.women_founders))
    if a.json:
        emit_json(plain(row))
    else:
        print(say("kpi_saved", name=a.name, period=row.period))
    return 0


def cmd_status(ctx: Context) -> int:
    from tierslieu.services import incubation

    a, engine = ctx.args, ctx.engine()
    org_id = incubation.startup_id_by_name(engine, a.name)
    cohort_id = incubation.cohort_id_by_name(engine, a.cohort)
    before = incubation.find_enrollment(engine, org_id, cohort_id)
    after = incubation.transition(engine, before.id, a.to, reason=a.reason, actor="cli")
    if a.json:
        emit_json(plain(after))
    else:
        print(say("moved", name=after.startup_name, from_=choice_label(before.status),
                  to=choice_label(after.status), cohort=after.cohort_name))
    return 0
