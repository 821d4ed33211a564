"""``report`` and ``export`` commands: the indicators, the PDF reports, the open data.

``report indicators --month 2026-10 --json`` prints the stable object the reports are
built from: ``{"period", "start", "end", "site", "indicators": {key: {"value", "unit",
"label", ...}}, "comparisons"}``; money is in integer cents, hours and percentages
have one decimal, a figure TiersLieu does not record is ``null``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, table
from tierslieu.errors import ValidationError
from tierslieu.i18n import current_language

if TYPE_CHECKING:
    from tierslieu.cli import Context

MESSAGES: dict[str, tuple[str, str]] = {
    "written": ("Rapport écrit : {path}", "Report written: {path}"),
    "opendata": ("Données ouvertes écrites dans {path} : {files} fichiers, {periods} "
                 "période(s), {rows} lignes dont {suppressed} masquées (moins de 5).",
                 "Open data written to {path}: {files} files, {periods} period(s), {rows} "
                 "rows of which {suppressed} suppressed (under 5)."),
    "h_indicator": ("Indicateur", "Indicator"), "h_value": ("Valeur", "Value"),
    "h_previous": ("Période précédente", "Previous period"),
    "h_last_year": ("Il y a un an", "A year ago"),
    "title": ("Indicateurs — {period}{site}", "Indicators — {period}{site}"),
}
EPILOG = ("Sorties : 0 succès ; 2 argument invalide (mois 2026-13, dossier absent…), rien "
          "n'est écrit ; 4 startup ou site introuvable.")


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def _lang(ctx: Context) -> str:
    return ctx.args.report_lang or current_language()


def _add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", dest="report_lang", choices=("fr", "en"),
                   help="langue du rapport (défaut : celle des messages, sinon français)")


def _add_site(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", metavar="SITE",
                   help="un seul site (nom ou numéro) ; défaut : tous les sites")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("report", help="rapports PDF et indicateurs (mensuel, annuel, startup)",
                       description="Indicateurs définis dans le code, rapports PDF A4 en "
                                   "français ou en anglais.", epilog=EPILOG)
    rsub = r.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rsub.add_parser("indicators", help="les indicateurs d'un mois ou d'une année",
                        description="Chaque indicateur avec sa valeur, son unité et son "
                                    "libellé ; --json : objet stable (montants en centimes).",
                        epilog=EPILOG)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="AAAA-MM", help="un mois, ex. 2026-10")
    when.add_argument("--year", metavar="AAAA", help="une année civile, ex. 2026")
    _add_site(p)
    p.add_argument("--json", action="store_true", help="sortie JSON (avec les comparaisons)")
    p.set_defaults(handler=cmd_indicators)

    p = rsub.add_parser("monthly", help="rapport d'activité mensuel (PDF)",
                        description="Couverture, chiffres clés comparés au mois précédent et "
                                    "au même mois l'an dernier, espaces, membres, incubation, "
                                    "alertes, définitions.", epilog=EPILOG)
    p.add_argument("--month", required=True, metavar="AAAA-MM", help="le mois, ex. 2026-10")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf",
                   help="fichier PDF à écrire")
    _add_lang(p)
    _add_site(p)
    p.set_defaults(handler=cmd_monthly)

    p = rsub.add_parser("annual", help="rapport annuel aux financeurs (PDF, avec sommaire)",
                        epilog=EPILOG)
    p.add_argument("--year", required=True, metavar="AAAA", help="l'année, ex. 2026")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf",
                   help="fichier PDF à écrire")
    _add_lang(p)
    _add_site(p)
    p.set_defaults(handler=cmd_annual)

    p = rsub.add_parser("startup", help="fiche d'une startup pour un comité (PDF, 1-2 pages)",
                        epilog=EPILOG)
    p.add_argument("name", metavar="NOM", help="nom de la startup (sans casse ni accents)")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf",
                   help="fichier PDF à écrire")
    _add_lang(p)
    p.set_defaults(handler=cmd_startup)

    e = sub.add_parser("export", help="exports : données ouvertes",
                       description="Exports publics de l'activité.", epilog=EPILOG)
    esub = e.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = esub.add_parser("opendata", help="indicateurs agrégés et anonymisés d'une année "
                                         "(CSV + JSON + datapackage.json)",
                        description="Un fichier CSV et un JSON par mois commencé et pour "
                                    "l'année, leurs définitions et un schéma Frictionless ; "
                                    "comptes inférieurs à 5 masqués ; aucune donnée "
                                    "personnelle.", epilog=EPILOG)
    p.add_argument("--year", required=True, metavar="AAAA", help="l'année, ex. 2026")
    p.add_argument("-o", "--output", required=True, metavar="DOSSIER",
                   help="dossier où écrire (créé s'il manque ; son parent doit exister)")
    _add_site(p)
    p.set_defaults(handler=cmd_opendata)


def _scalar_rows(data: dict[str, Any], lang: str) -> list[list[str]]:
    from tierslieu.reports import fmt
    from tierslieu.reports.common import code_label
    from tierslieu.reports.indicators import REGISTRY

    rows = []
    for key, item in data["indicators"].items():
        ind = REGISTRY[key]
        if ind.shape == "scalar":
            rows.append([ind.label(lang), fmt.value(item["value"], item["unit"], lang),
                         fmt.value(item.get("previous"), item["unit"], lang)
                         if "previous" in item else "",
                         fmt.value(item.get("last_year"), item["unit"], lang)
                         if "last_year" in item else ""])
        elif ind.shape == "breakdown":
            rows.append([ind.label(lang), "", "", ""])
            for code, value in (item["value"] or {}).items():
                label = code if key.endswith(("_by_resource", "_by_commune")) else code_label(
                    code, lang)
                rows.append([f"  {label}", fmt.value(value, item["unit"], lang), "", ""])
    return rows


def cmd_indicators(ctx: Context) -> int:
    from tierslieu.reports.indicators import compute
    from tierslieu.reports.period import parse_month, parse_year

    a = ctx.args
    period = parse_month(a.month) if a.month else parse_year(a.year)
    result = compute(ctx.engine(), period, a.site, compare=True)
    lang = current_language()
    data = result.to_json(lang)
    if a.json:
        emit_json(data)
        return 0
    print(say("title", period=period.label(lang),
              site=f" — {result.site}" if result.site else ""))
    print(table([say("h_indicator"), say("h_value"), say("h_previous"), say("h_last_year")],
                _scalar_rows(data, lang)))
    return 0


def _output(ctx: Context) -> str:
    from tierslieu.reports import check_output

    return str(check_output(ctx.args.output))


def _report(ctx: Context, kind: str, **kw: Any) -> int:
    from tierslieu.reports import build

    out = _output(ctx)  # checked before the database is opened: exit 2, nothing written
    path = build(kind, ctx.engine(), lang=_lang(ctx), out=out, **kw)
    print(say("written", path=path))
    return 0


def cmd_monthly(ctx: Context) -> int:
    from tierslieu.reports.period import parse_month

    parse_month(ctx.args.month)
    return _report(ctx, "monthly", month=ctx.args.month, site=ctx.args.site)


def cmd_annual(ctx: Context) -> int:
    from tierslieu.reports.period import parse_year

    parse_year(ctx.args.year)
    return _report(ctx, "annual", year=ctx.args.year, site=ctx.args.site)


def cmd_startup(ctx: Context) -> int:
    return _report(ctx, "startup", startup=ctx.args.name)


def cmd_opendata(ctx: Context) -> int:
    from pathlib import Path

    from tierslieu.io.opendata import export_opendata
    from tierslieu.reports.period import parse_year

    period = parse_year(ctx.args.year)
    folder = Path(ctx.args.output)
    if (folder.exists() and not folder.is_dir()) or not folder.parent.is_dir():
        raise ValidationError("report_output_invalid", "output_dir", value=str(folder))
    summary = export_opendata(ctx.engine(), period, folder, site=ctx.args.site)
    print(say("opendata", path=summary.folder, files=len(summary.files),
              periods=len(summary.periods), rows=summary.rows, suppressed=summary.suppressed))
    return 0
