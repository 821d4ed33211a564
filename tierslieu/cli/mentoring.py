"""``mentors`` and ``match`` commands: mentor profiles and the matching engine.

``match --cohort NAME`` solves, stores the run and prints the pairs with their score
breakdown and the startups left without a mentor, with the reason; ``--apply`` also
accepts the run (its pairs become the cohort's assignments). ``match why-not --cohort
NAME --startup S --mentor M`` solves again with that pair forced and prints the loss.
argparse cannot give ``match`` both a default action and sub-commands, so ``why-not`` is
an optional positional word of ``match`` itself (``--startup``/``--mentor`` go with it).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, table
from tierslieu.i18n import current_language

if TYPE_CHECKING:
    from tierslieu.cli import Context
    from tierslieu.services.matching import MatchResult, WhyNot

MESSAGES: dict[str, tuple[str, str]] = {
    "mentors": ("{count} mentor(s).", "{count} mentor(s)."),
    "h_name": ("Nom", "Name"), "h_languages": ("Langues", "Languages"),
    "h_expertise": ("Expertises", "Expertise"), "h_capacity": ("Capacité", "Capacity"),
    "h_load": ("Startups suivies", "Startups followed"), "h_sessions": ("Séances", "Sessions"),
    "h_hours": ("Heures", "Hours"), "h_startup": ("Startup", "Startup"),
    "h_mentor": ("Mentor", "Mentor"), "h_score": ("Score", "Score"),
    "h_breakdown": ("Détail", "Breakdown"),
    "run": ("Appariement n° {id} ({cohort}) : {matched} binôme(s), score total {total}{fair}.",
            "Matching run #{id} ({cohort}): {matched} pair(s), total score {total}{fair}."),
    "fair": (", équité (pire binôme {worst})", ", fairness (worst pair {worst})"),
    "applied": ("Appariement accepté : {count} binôme(s) actif(s).",
                "Run accepted: {count} active pair(s)."),
    "not_applied": ("Non appliqué (ajoutez --apply pour créer les binômes).",
                    "Not applied (add --apply to create the pairs)."),
    "unmatched": ("Sans mentor ({missing} manquant(s)) : {name} — {reason}",
                  "Without a mentor ({missing} missing): {name} — {reason}"),
    "pinned": (" (imposé)", " (pinned)"),
    "why_chosen": ("{mentor} est déjà le mentor choisi pour {startup} (score {score}).",
                   "{mentor} is already the mentor chosen for {startup} (score {score})."),
    "why_impossible": ("{mentor} ne peut pas suivre {startup} : {reason}.",
                       "{mentor} cannot mentor {startup}: {reason}."),
    "why_loss": ("Imposer {mentor} pour {startup} (score {score}) coûterait {loss} point(s) "
                 "au score total{lost}.",
                 "Forcing {mentor} for {startup} (score {score}) would cost {loss} point(s) "
                 "of total score{lost}."),
    "why_lost": (" et laisserait {n} place(s) de mentor vide(s)",
                 " and leave {n} mentor slot(s) empty"),
    "displaced": ("  Binômes déplacés : {pairs}", "  Displaced pairs: {pairs}"),
    "added": ("  À la place : {pairs}", "  Instead: {pairs}"),
    "need_pair": ("why-not demande --startup et --mentor.",
                  "why-not needs --startup and --mentor."),
    # criteria and reasons
    "needs": ("besoins", "needs"), "sector": ("secteur", "sector"), "stage": ("stade", "stage"),
    "language": ("langue", "language"), "load": ("charge", "load"),
    "rating": ("notes", "ratings"), "novelty": ("nouveauté", "novelty"),
    "no_language": ("aucun mentor ne parle sa langue", "no mentor speaks its language"),
    "conflict": ("conflit d'intérêts ou exclusion", "conflict of interest or exclusion"),
    "full": ("les mentors compatibles sont complets", "the suitable mentors are full"),
    "excluded": ("binôme exclu par l'équipe", "pair ruled out by the staff"),
    "match_pin_full": ("capacité du mentor ou besoin de la startup déjà rempli",
                       "the mentor's capacity or the startup's need is already filled"),
}


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("mentors", help="mentorat : les mentors",
                       description="Les mentors : expertises, langues, capacité et charge.")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("list", help="lister les mentors avec leur capacité et leur charge")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_mentors)

    m = sub.add_parser(
        "match", help="mentorat : apparier mentors et startups d'une promotion",
        description="Calcule l'appariement optimal mentors-startups d'une promotion (contraintes "
                    "de capacité, de langue, de conflits d'intérêts), l'enregistre et "
                    "l'affiche avec le détail des scores. « match why-not » explique pourquoi "
                    "un mentor n'a pas été choisi pour une startup.")
    m.add_argument("action", nargs="?", choices=["why-not"], metavar="why-not",
                   help="expliquer pourquoi --mentor n'a pas été choisi pour --startup")
    m.add_argument("--cohort", required=True, metavar="PROMOTION", help="promotion à apparier")
    m.add_argument("--fair", action="store_true",
                   help="équité : maximiser d'abord le score du binôme le plus faible")
    m.add_argument("--keep", action="store_true",
                   help="garder les binômes actifs de la promotion")
    m.add_argument("--apply", action="store_true",
                   help="accepter l'appariement : créer les binômes (sinon simple proposition)")
    m.add_argument("--startup", metavar="NOM", help="why-not : la startup")
    m.add_argument("--mentor", metavar="MENTOR", help="why-not : le mentor (nom, e-mail ou n°)")
    m.add_argument("--json", action="store_true", help="sortie JSON")
    m.set_defaults(handler=cmd_match)


def _score(points: int) -> str:
    sep = "," if current_language() == "fr" else "."
    return f"{points // 10}{sep}{points % 10}"   # per mille shown as a percentage


def cmd_mentors(ctx: Context) -> int:
    from tierslieu.cli.incubation import plain
    from tierslieu.services import mentoring

    rows = mentoring.list_mentors(ctx.engine())
    if ctx.args.json:
        emit_json(plain(rows))
        return 0
    print(table([say("h_name"), say("h_languages"), say("h_expertise"), say("h_capacity"),
                 say("h_load"), say("h_sessions"), say("h_hours")],
                [[r.name, ", ".join(r.languages),
                  ", ".join(f"{t} ({lvl})" for t, lvl in r.expertise), str(r.capacity),
                  str(r.load), str(r.sessions), f"{r.minutes // 60}"] for r in rows]))
    print(say("mentors", count=len(rows)))
    return 0


def cmd_match(ctx: Context) -> int:
    from tierslieu.services import incubation, mentoring

    a, engine = ctx.args, ctx.engine()
    cohort_id = incubation.cohort_id_by_name(engine, a.cohort)
    if a.action == "why-not":
        return _why_not(ctx, cohort_id)
    run = mentoring.run_matching(engine, cohort_id, fair=a.fair, keep_existing=a.keep,
                                 actor="cli")
    applied = mentoring.accept_run(engine, run.id, actor="cli") if a.apply else None
    if a.json:
        emit_json({"run_id": run.id, "cohort": a.cohort, "fair": run.fair,
                   "accepted": applied is not None, "solver": run.solver,
                   "solver_version": run.solver_version, "weights": run.weights,
                   **_result_json(run.result, run.startup_names, run.mentor_names)})
        return 0
    _print_result(run.result, run.startup_names, run.mentor_names)
    fair = say("fair", worst=_score(run.result.min_score or 0)) if run.fair else ""
    print(say("run", id=run.id, cohort=a.cohort, matched=run.result.matched,
              total=_score(run.result.total), fair=fair))
    print(say("applied", count=len(applied)) if applied is not None else say("not_applied"))
    return 0


def _result_json(result: MatchResult, startups: dict[int, str], mentors: dict[int, str]
                 ) -> dict[str, Any]:
    return {
        "total": result.total, "matched": result.matched, "min_score": result.min_score,
        "pairs": [{"startup_id": p.startup_id, "startup": startups[p.startup_id],
                   "mentor_id": p.mentor_id, "mentor": mentors[p.mentor_id], "score": p.score,
                   "pinned": p.pinned,
                   "breakdown": {k: {"value": val, "contribution": c}
                                 for k, val, c in p.breakdown}} for p in result.pairs],
        "unmatched": [{"startup_id": u.startup_id, "startup": startups[u.startup_id],
                       "missing": u.missing, "reason": u.reason, "reason_text": say(u.reason)}
                      for u in result.unmatched],
        "regrets": [{"startup_id": r.startup_id, "startup": startups[r.startup_id],
                     "best": r.best, "assigned": r.assigned, "regret": r.regret}
                    for r in result.regrets],
    }


def _print_result(result: MatchResult, startups: dict[int, str], mentors: dict[int, str]
                  ) -> None:
    print(table([say("h_startup"), say("h_mentor"), say("h_score"), say("h_breakdown")],
                [[startups[p.startup_id], mentors[p.mentor_id] + (say("pinned") if p.pinned
                                                                   else ""),
                  _score(p.score),
                  " · ".join(f"{say(k)} {_score(c)}" for k, _, c in p.breakdown if c)]
                 for p in result.pairs]))
    for u in result.unmatched:
        print(say("unmatched", missing=u.missing, name=startups[u.startup_id],
                  reason=say(u.reason)))


def _why_not(ctx: Context, cohort_id: int) -> int:
    from tierslieu.errors import ValidationError
    from tierslieu.services import incubation, mentoring

    a, engine = ctx.args, ctx.engine()
    if not a.startup or not a.mentor:
        raise ValidationError("required", "startup" if not a.startup else "mentor")
    org_id = incubation.startup_id_by_name(engine, a.startup)
    enrollment = incubation.find_enrollment(engine, org_id, cohort_id)
    mentor_id = mentoring.mentor_id_by_ref(engine, a.mentor)
    answer = mentoring.explain(engine, cohort_id, enrollment.id, mentor_id, fair=a.fair,
                               keep_existing=a.keep)
    names = {row.person_id: row.name for row in mentoring.list_mentors(engine)}
    startups = {n.enrollment_id: n.startup_name for n in mentoring.list_needs(engine, cohort_id)}
    if a.json:
        emit_json(_why_json(answer, startups, names))
        return 0
    _print_why(answer, startups, names)
    return 0


def _pair_names(pairs: tuple[tuple[int, int], ...], startups: dict[int, str],
                mentors: dict[int, str]) -> list[dict[str, Any]]:
    return [{"startup_id": s, "startup": startups.get(s, str(s)), "mentor_id": m,
             "mentor": mentors.get(m, str(m))} for s, m in pairs]


def _why_json(w: WhyNot, startups: dict[int, str], mentors: dict[int, str]) -> dict[str, Any]:
    return {"startup_id": w.startup_id, "startup": startups.get(w.startup_id),
            "mentor_id": w.mentor_id, "mentor": mentors.get(w.mentor_id),
            "feasible": w.feasible, "reason": w.reason,
            "reason_text": say(w.reason) if w.reason in MESSAGES else w.reason,
            "score": w.score, "loss": w.loss, "lost_matches": w.lost_matches,
            "displaced": _pair_names(w.displaced, startups, mentors),
            "added": _pair_names(w.added, startups, mentors)}


def _print_why(w: WhyNot, startups: dict[int, str], mentors: dict[int, str]) -> None:
    names = {"startup": startups.get(w.startup_id, ""), "mentor": mentors.get(w.mentor_id, "")}
    if not w.feasible:
        reason = say(w.reason) if w.reason in MESSAGES else str(w.reason)
        print(say("why_impossible", reason=reason, **names))
    elif w.loss == 0 and w.lost_matches == 0 and not w.displaced:
        print(say("why_chosen", score=_score(w.score), **names))
    else:
        lost = say("why_lost", n=w.lost_matches) if w.lost_matches else ""
        print(say("why_loss", score=_score(w.score), loss=_score(w.loss), lost=lost, **names))
        fmt = ", ".join
        print(say("displaced", pairs=fmt(f"{startups.get(s, s)} – {mentors.get(m, m)}"
                                         for s, m in w.displaced) or "—"))
        print(say("added", pairs=fmt(f"{startups.get(s, s)} – {mentors.get(m, m)}"
                                     for s, m in w.added) or "—"))
