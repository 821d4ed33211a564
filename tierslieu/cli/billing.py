"""Billing commands: ``plans``, ``subscriptions``, ``billing``, ``invoices``, ``payments``,
``debtors``.

Amounts are typed in euros ("120", "120,50") and stored in cents; dates 25/11/2026 or
ISO; months 2026-11. Exit codes: 0 success; 2 invalid input (nothing written); 3 conflict
(already billed, overpayment, broken invoice chain for ``invoices verify``); 4 not found;
5 permission denied.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from tierslieu.cli.output import emit_json, table
from tierslieu.i18n import choice_label, current_language

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from tierslieu.cli import Context
    from tierslieu.services.billing.dto import (
        BillingPreview,
        InvoiceDetail,
        InvoiceRow,
    )

MESSAGES: dict[str, tuple[str, str]] = {
    "plans": ("{count} formule(s).", "{count} plan(s)."),
    "plan_created": ("Formule créée : {name} (n° {id}).", "Plan created: {name} (#{id})."),
    "subs": ("{count} abonnement(s).", "{count} subscription(s)."),
    "sub_created": ("Abonnement n° {id} : {who} sur « {plan} » du {start}{end}, payé par "
                    "{payer}.", "Subscription #{id}: {who} on \"{plan}\" from {start}{end}, "
                    "paid by {payer}."),
    "until": (" au {date}", " to {date}"),
    "sub_ended": ("Abonnement n° {id} terminé le {date}.", "Subscription #{id} ends on {date}."),
    "sub_changed": ("Changement de formule : n° {old} jusqu'au {before}, n° {id} « {plan} » "
                    "à partir du {date}.", "Plan change: #{old} until {before}, #{id} "
                    "\"{plan}\" from {date}."),
    "preview": ("Aperçu de {month} : {count} facture(s) à émettre, total {total} TTC"
                "{skipped}.", "Preview of {month}: {count} invoice(s) to issue, total {total} "
                "incl. VAT{skipped}."),
    "skipped": (" ; {n} client(s) sans rien à payer (pas de facture à 0 €)",
                "; {n} customer(s) with nothing to pay (no €0 invoice)"),
    "issued": ("{count} facture(s) émise(s) pour {month}{range}, total {total} TTC{skipped}.",
               "{count} invoice(s) issued for {month}{range}, total {total} incl. VAT"
               "{skipped}."),
    "range": (" ({first} à {last})", " ({first} to {last})"),
    "invoices": ("{count} document(s).", "{count} document(s)."),
    "pdf": ("PDF écrit : {path}{fx}", "PDF written: {path}{fx}"),
    "fx": (" (Factur-X, XML EN 16931 intégré)", " (Factur-X, EN 16931 XML embedded)"),
    "chain_ok": ("Chaîne intacte : {count} facture(s) et avoir(s) vérifié(s), numérotation "
                 "sans trou.", "Chain intact: {count} invoice(s) and credit note(s) checked, "
                 "numbering without gaps."),
    "chain_bad": ("{number} : {reason} — {detail}", "{number}: {reason} — {detail}"),
    "credit": ("Avoir {number} émis sur {invoice} : {total} TTC.",
               "Credit note {number} issued against {invoice}: {total} incl. VAT."),
    "paid": ("Paiement n° {id} enregistré : {amount} ({method}) sur {number} ; reste {due}.",
             "Payment #{id} recorded: {amount} ({method}) on {number}; {due} left."),
    "reversed": ("Paiement n° {ref} annulé par l'écriture n° {id} ({amount}).",
                 "Payment #{ref} reversed by entry #{id} ({amount})."),
    "seller_saved": ("Identité du vendeur enregistrée.", "Seller's identity saved."),
    "journal": ("{count} ligne(s) d'écriture écrites dans {path}.",
                "{count} journal line(s) written to {path}."),
    "settled_now": ("Réservation n° {id} réglée : {text}", "Booking #{id} settled: {text}"),
    "altered": ("contenu modifié", "content altered"),
    "broken_link": ("lien rompu", "broken link"), "missing_link": ("maillon manquant",
                                                                   "missing link"),
    "totals": ("totaux incohérents", "inconsistent totals"), "gap": ("trou de numérotation",
                                                                     "numbering gap"),
    "h_number": ("Numéro", "Number"), "h_date": ("Date", "Date"),
    "h_customer": ("Client", "Customer"), "h_excl": ("HT", "Excl. VAT"),
    "h_incl": ("TTC", "Incl. VAT"), "h_due": ("Reste dû", "Due"),
    "h_status": ("Statut", "Status"), "h_name": ("Nom", "Name"), "h_kind": ("Type", "Kind"),
    "h_price": ("Prix HT", "Price excl. VAT"), "h_vat": ("TVA", "VAT"),
    "h_credits": ("Crédits", "Credits"), "h_includes": ("Inclut", "Includes"),
    "h_id": ("N°", "#"), "h_plan": ("Formule", "Plan"), "h_subscriber": ("Abonné·e",
                                                                          "Subscriber"),
    "h_payer": ("Payeur", "Payer"), "h_from": ("Du", "From"), "h_to": ("Au", "To"),
    "h_line": ("Ligne", "Line"), "h_amount": ("Montant HT", "Amount excl. VAT"),
    "h_not_due": ("À échoir", "Not due"), "h_total": ("Total", "Total"),
    "h_method": ("Moyen", "Method"), "h_invoice": ("Facture", "Invoice"),
    "total_row": ("Total", "Total"),
    "draft": ("pas encore facturée", "not billed yet"), "billed": ("facturée", "billed"),
    "settled": ("réglée avec les crédits", "settled with credits"),
    "not_billable": ("rien à facturer", "nothing to bill"),
}

EXITS = ("codes de sortie : 0 succès ; 2 données invalides (rien n'est écrit) ; 3 conflit "
         "(déjà facturé, trop-perçu, chaîne rompue) ; 4 introuvable ; 5 permission refusée.")


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def _date(value: date | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if current_language() == "fr" else value.isoformat()


def _eur(cents: int) -> str:
    from tierslieu.money import format_euros

    return format_euros(cents)


def _cents(value: str | None, field: str) -> int | None:
    from tierslieu.money import parse_euros

    return parse_euros(value, field)


def _day(value: str | None, field: str) -> date | None:
    from tierslieu.services.validation import parse_date

    return parse_date(value, field)


# -- parsers ----------------------------------------------------------------------------------

def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="sortie JSON")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_plans(sub)
    _register_subscriptions(sub)
    _register_billing(sub)
    _register_invoices(sub)
    _register_payments(sub)
    p = sub.add_parser("debtors", epilog=EXITS, help="facturation : balance âgée des clients",
                       description="Ce que chaque client doit, par ancienneté après "
                                   "l'échéance : à échoir, 0-30, 31-60, 61-90, plus de 90 jours.")
    p.add_argument("--today", metavar="DATE", help="date de calcul (défaut : aujourd'hui)")
    _json(p)
    p.set_defaults(handler=cmd_debtors)


def _register_plans(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plans", epilog=EXITS, help="facturation : les formules (coworking, bureaux, packs)",
                       description="Formules : prix mensuel HT (ou pack payé une fois), TVA, "
                                   "crédits inclus (heures de salle, jours de coworking), "
                                   "ressources incluses.")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("list", help="lister les formules")
    q.add_argument("--all", action="store_true", help="avec les formules retirées")
    _json(q)
    q.set_defaults(handler=cmd_plans)
    q = psub.add_parser("add", help="créer une formule")
    q.add_argument("--name", required=True, metavar="NOM")
    q.add_argument("--kind", required=True,
                   help="hot_desk, fixed_desk, private_office, day_pass_pack, domiciliation")
    q.add_argument("--price", required=True, metavar="EUR", help="prix HT (mensuel ou du pack)")
    q.add_argument("--vat", default="20", metavar="TAUX",
                   help="taux de TVA en %% : 20, 10, 5,5, 2,1 ou 0 (défaut 20)")
    q.add_argument("--room-hours", default="0", metavar="H",
                   help="heures de salle de réunion incluses (par mois, ou dans le pack)")
    q.add_argument("--desk-days", type=int, default=0, metavar="N",
                   help="jours de coworking inclus (par mois, ou dans le pack)")
    q.add_argument("--includes", action="append", default=[], metavar="TYPE",
                   help="type de ressource inclus sans limite (hot_desk_zone, desk, office…),"
                        " répétable")
    q.add_argument("--pack", action="store_true", help="payé une fois (pack), pas chaque mois")
    q.add_argument("--validity", type=int, metavar="JOURS",
                   help="pack : validité des crédits en jours (défaut 365)")
    q.add_argument("--description", default="")
    _json(q)
    q.set_defaults(handler=cmd_plan_add)


def _register_subscriptions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("subscriptions", epilog=EXITS, help="facturation : abonnements des membres",
                       description="Un membre (ou une organisation) sur une formule, payé "
                                   "par lui-même ou par un autre (une startup pour ses "
                                   "fondateurs : une seule facture).")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("add", help="abonner un membre ou une organisation")
    who = q.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="EMAIL", help="le membre (e-mail ou n°)")
    who.add_argument("--organization", metavar="NOM", help="ou une organisation (un bureau)")
    q.add_argument("--plan", required=True, metavar="FORMULE", help="nom ou n° de la formule")
    q.add_argument("--start", required=True, metavar="DATE", help="premier jour")
    q.add_argument("--end", metavar="DATE", help="dernier jour (défaut : sans fin)")
    payer = q.add_mutually_exclusive_group()
    payer.add_argument("--payer-member", metavar="EMAIL", help="payé par ce membre")
    payer.add_argument("--payer-organization", metavar="NOM",
                       help="payé par cette organisation")
    q.add_argument("--price", metavar="EUR", help="prix mensuel HT convenu (au lieu du tarif)")
    q.add_argument("--notes", default="")
    _json(q)
    q.set_defaults(handler=cmd_sub_add)
    q = psub.add_parser("list", help="lister les abonnements")
    q.add_argument("--member", metavar="EMAIL")
    q.add_argument("--organization", metavar="NOM")
    q.add_argument("--active-on", metavar="DATE", help="seulement ceux valables ce jour")
    _json(q)
    q.set_defaults(handler=cmd_subs)
    q = psub.add_parser("end", help="fixer le dernier jour d'un abonnement")
    q.add_argument("id", type=int, metavar="N")
    q.add_argument("--on", required=True, metavar="DATE", help="dernier jour inclus")
    q.set_defaults(handler=cmd_sub_end)
    q = psub.add_parser("change", help="changer de formule à partir d'un jour")
    q.add_argument("id", type=int, metavar="N")
    q.add_argument("--plan", required=True, metavar="FORMULE")
    q.add_argument("--on", required=True, metavar="DATE",
                   help="premier jour de la nouvelle formule (l'ancienne finit la veille)")
    q.add_argument("--price", metavar="EUR", help="prix mensuel HT convenu")
    q.set_defaults(handler=cmd_sub_change)


def _register_billing(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("billing", epilog=EXITS, help="facturation : aperçu et émission du mois, vendeur, "
                                       "journal comptable",
                       description="La facturation d'un mois : « preview » explique chaque "
                                   "ligne (prorata, crédits, dépassements) sans rien écrire ; "
                                   "« issue » émet les factures numérotées F2026-00001… en "
                                   "une transaction. Pas de facture à 0 € sauf --include-zero.")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, helptext, handler in (("preview", "aperçu du mois, rien n'est écrit", cmd_preview),
                                    ("issue", "émettre les factures du mois", cmd_issue)):
        q = psub.add_parser(name, help=helptext)
        q.add_argument("--month", required=True, metavar="AAAA-MM")
        q.add_argument("--include-zero", action="store_true",
                       help="émettre aussi les factures à 0 €")
        if name == "issue":
            q.add_argument("--date", metavar="DATE",
                           help="date des factures (défaut : aujourd'hui)")
        _json(q)
        q.set_defaults(handler=handler)
    q = psub.add_parser("seller", help="afficher ou enregistrer l'identité du vendeur")
    for flag, helptext in (("--name", "raison sociale"), ("--legal-form", "forme juridique"),
                           ("--address", "adresse"), ("--postcode", "code postal"),
                           ("--city", "ville"), ("--siret", "SIRET ou SIREN"),
                           ("--vat-number", "n° de TVA intracommunautaire"),
                           ("--email", "e-mail"), ("--phone", "téléphone"), ("--iban", "IBAN"),
                           ("--bic", "BIC"), ("--late-penalty", "taux des pénalités de "
                                                               "retard (texte)")):
        q.add_argument(flag, help=helptext)
    q.add_argument("--payment-days", type=int, help="délai de paiement en jours (défaut 30)")
    vat = q.add_mutually_exclusive_group()
    vat.add_argument("--vat-exempt", action="store_true",
                     help="franchise en base de TVA (art. 293 B du CGI)")
    vat.add_argument("--vat-liable", action="store_true", help="assujetti à la TVA")
    _json(q)
    q.set_defaults(handler=cmd_seller)
    q = psub.add_parser("journal", help="journal comptable (ventes, encaissements) en CSV")
    q.add_argument("--from", dest="start", required=True, metavar="DATE")
    q.add_argument("--to", dest="end", required=True, metavar="DATE")
    q.add_argument("-o", "--output", required=True, metavar="FICHIER.csv")
    q.set_defaults(handler=cmd_journal)
    q = psub.add_parser("consumption", help="ce qu'une réservation a consommé (ou consommera)")
    q.add_argument("booking", type=int, metavar="RÉSERVATION")
    _json(q)
    q.set_defaults(handler=cmd_consumption)
    q = psub.add_parser("settle", help="régler tout de suite une réservation avec les crédits")
    q.add_argument("booking", type=int, metavar="RÉSERVATION")
    _json(q)
    q.set_defaults(handler=cmd_settle)


def _register_invoices(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("invoices", epilog=EXITS, help="facturation : factures et avoirs émis",
                       description="Factures et avoirs émis : immuables, numérotés sans trou, "
                                   "chaînés par empreinte (« verify » le contrôle).")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("list", help="lister les factures et avoirs")
    q.add_argument("--month", metavar="AAAA-MM", help="mois facturé")
    q.add_argument("--status", help="paid, unpaid, overdue, partial, credited, credit_note")
    q.add_argument("--search", default="", metavar="TEXTE", help="numéro ou client")
    _json(q)
    q.set_defaults(handler=cmd_invoices)
    q = psub.add_parser("show", help="une facture : lignes expliquées, TVA, paiements")
    q.add_argument("number", metavar="NUMÉRO")
    _json(q)
    q.set_defaults(handler=cmd_show)
    q = psub.add_parser("pdf", help="PDF de la facture (Factur-X avec --facturx)")
    q.add_argument("number", metavar="NUMÉRO")
    q.add_argument("-o", "--output", required=True, metavar="FICHIER.pdf")
    q.add_argument("--facturx", action="store_true",
                   help="intégrer le XML EN 16931 (Factur-X, PDF/A-3)")
    q.add_argument("--payments", action="store_true",
                   help="ajouter les paiements reçus et le reste à payer (relance)")
    q.set_defaults(handler=cmd_pdf)
    q = psub.add_parser("verify", help="contrôler la chaîne d'empreintes et la numérotation "
                                       "(exit 3 si rompue)")
    _json(q)
    q.set_defaults(handler=cmd_verify)
    q = psub.add_parser("credit", help="émettre un avoir sur une facture")
    q.add_argument("number", metavar="NUMÉRO")
    q.add_argument("--reason", required=True, metavar="MOTIF")
    q.add_argument("--line", dest="lines", type=int, action="append", metavar="N",
                   help="seulement cette ligne (répétable ; défaut : toute la facture)")
    q.add_argument("--date", metavar="DATE")
    q.set_defaults(handler=cmd_credit)
    q = psub.add_parser("run", help="= billing preview/issue : facturer un mois")
    q.add_argument("--month", required=True, metavar="AAAA-MM")
    q.add_argument("--preview", action="store_true", help="aperçu seulement")
    q.add_argument("--include-zero", action="store_true")
    q.add_argument("--date", metavar="DATE")
    _json(q)
    q.set_defaults(handler=cmd_run)
    q = psub.add_parser("pay", help="= payments add : enregistrer un paiement")
    _payment_args(q)
    q.set_defaults(handler=cmd_pay)


def _payment_args(q: argparse.ArgumentParser) -> None:
    q.add_argument("number", metavar="NUMÉRO")
    q.add_argument("--amount", required=True, metavar="EUR", help="montant TTC reçu (120,00)")
    q.add_argument("--method", required=True, help="transfer, cheque, card ou cash")
    q.add_argument("--date", metavar="DATE", help="date du paiement (défaut : aujourd'hui)")
    q.add_argument("--reference", default="", help="référence (n° de chèque, virement…)")
    _json(q)


def _register_payments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("payments", epilog=EXITS, help="facturation : paiements reçus (journal inaltérable)",
                       description="Paiements (virement, chèque, carte, espèces), partiels "
                                   "possibles ; jamais modifiés ni supprimés : une erreur "
                                   "s'annule par une écriture inverse (« reverse »).")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("add", help="enregistrer un paiement")
    _payment_args(q)
    q.set_defaults(handler=cmd_pay)
    q = psub.add_parser("list", help="lister les paiements")
    q.add_argument("--invoice", metavar="NUMÉRO")
    _json(q)
    q.set_defaults(handler=cmd_payments)
    q = psub.add_parser("reverse", help="annuler un paiement par une écriture inverse")
    q.add_argument("id", type=int, metavar="N")
    q.add_argument("--reason", required=True, metavar="MOTIF")
    q.set_defaults(handler=cmd_reverse)


# -- handlers ---------------------------------------------------------------------------------

def _party_ids(engine: Engine, member: str | None, org: str | None
               ) -> tuple[int | None, int | None]:
    from tierslieu.services import members, organizations

    if member:
        return members.find(engine, member).id, None
    if org:
        return None, organizations.find(engine, org).id
    return None, None


def cmd_plans(ctx: Context) -> int:
    from tierslieu.services.billing import plans

    rows = plans.list_plans(ctx.engine(), include_inactive=ctx.args.all)
    if ctx.args.json:
        emit_json(rows)
        return 0
    from tierslieu.services.billing.common import amount_of

    print(table([say("h_id"), say("h_name"), say("h_kind"), say("h_price"), say("h_vat"),
                 say("h_credits"), say("h_includes")],
                [[str(r.id), r.name, choice_label(r.kind), _eur(r.price_cents) + (
                    "" if r.billing == "monthly" else f" ({choice_label('once')})"),
                  f"{r.vat_rate_bp / 100:g} %",
                  " + ".join(amount_of(u, a) for u, a in (("room_minutes", r.room_minutes),
                                                          ("desk_days", r.desk_days)) if a),
                  ", ".join(choice_label(k) for k in r.resource_kinds)] for r in rows]))
    print(say("plans", count=len(rows)))
    return 0


def cmd_plan_add(ctx: Context) -> int:
    from decimal import Decimal, InvalidOperation

    from tierslieu.errors import ValidationError
    from tierslieu.services.billing import plans
    from tierslieu.services.billing.dto import PlanInput

    a = ctx.args
    try:
        vat = Decimal(a.vat.replace(",", ".").rstrip("% "))
        hours = Decimal(a.room_hours.replace(",", "."))
    except InvalidOperation:
        raise ValidationError("number_invalid", "vat_rate_bp", value=a.vat) from None
    row = plans.create(ctx.engine(), PlanInput(
        a.name, a.kind, _cents(a.price, "price_cents") or 0, int(vat * 100),
        int(hours * 60), a.desk_days, tuple(a.includes), "once" if a.pack else "monthly",
        a.validity, a.description))
    if a.json:
        emit_json(row)
    else:
        print(say("plan_created", name=row.name, id=row.id))
    return 0


def cmd_sub_add(ctx: Context) -> int:
    from tierslieu.services.billing import plans, subscriptions
    from tierslieu.services.billing.dto import SubscriptionInput

    a, engine = ctx.args, ctx.engine()
    person, org = _party_ids(engine, a.member, a.organization)
    payer_person, payer_org = _party_ids(engine, a.payer_member, a.payer_organization)
    row = subscriptions.create(engine, SubscriptionInput(
        plans.find(engine, a.plan).id, a.start, person, org, payer_person, payer_org, a.end,
        _cents(a.price, "price_override_cents"), a.notes))
    if a.json:
        emit_json(row)
        return 0
    print(say("sub_created", id=row.id, who=row.subscriber_name, plan=row.plan_name,
              start=_date(row.start_on),
              end=say("until", date=_date(row.end_on)) if row.end_on else "",
              payer=row.payer.name))
    return 0


def cmd_subs(ctx: Context) -> int:
    from tierslieu.services.billing import subscriptions

    a, engine = ctx.args, ctx.engine()
    person, org = _party_ids(engine, a.member, a.organization)
    rows = subscriptions.list_subscriptions(engine, person_id=person, organization_id=org,
                                            active_on=_day(a.active_on, "on_date"))
    if a.json:
        emit_json(rows)
        return 0
    print(table([say("h_id"), say("h_subscriber"), say("h_plan"), say("h_price"),
                 say("h_from"), say("h_to"), say("h_payer")],
                [[str(r.id), r.subscriber_name, r.plan_name, _eur(r.price_cents),
                  _date(r.start_on), _date(r.end_on) or "…",
                  r.payer.name if r.payer.key != ("person", r.person_id or 0) else ""]
                 for r in rows]))
    print(say("subs", count=len(rows)))
    return 0


def cmd_sub_end(ctx: Context) -> int:
    from tierslieu.services.billing import subscriptions

    row = subscriptions.end(ctx.engine(), ctx.args.id, ctx.args.on)
    print(say("sub_ended", id=row.id, date=_date(row.end_on)))
    return 0


def cmd_sub_change(ctx: Context) -> int:
    from datetime import timedelta

    from tierslieu.services.billing import plans, subscriptions

    a, engine = ctx.args, ctx.engine()
    row = subscriptions.change_plan(engine, a.id, plans.find(engine, a.plan).id, a.on,
                                    price_override_cents=_cents(a.price,
                                                                "price_override_cents"))
    print(say("sub_changed", old=a.id, id=row.id, plan=row.plan_name,
              date=_date(row.start_on), before=_date(row.start_on - timedelta(days=1))))
    return 0


def _print_preview(preview: BillingPreview) -> None:
    from tierslieu.services.billing.common import quantity_text

    for draft in preview.to_issue:
        print(f"\n{draft.customer.name} — {_eur(draft.totals.incl_cents)} "
              f"({_eur(draft.totals.excl_cents)} {say('h_excl')})")
        for line in draft.lines:
            print(f"  {line.label} : {quantity_text(line.quantity_milli)} × "
                  f"{_eur(line.unit_price_cents)} = {_eur(line.amount_excl_cents)}")
            if line.detail:
                print(f"      {line.detail}")
    skipped = sum(1 for d in preview.drafts if d.skip_reason)
    print()
    print(say("preview", month=preview.label, count=len(preview.to_issue),
              total=_eur(preview.total_incl_cents),
              skipped=say("skipped", n=skipped) if skipped else ""))
    for warning in preview.warnings:
        from tierslieu.i18n import translate

        key, _, missing = warning.partition(":")
        print(translate(key, missing=missing))


def cmd_preview(ctx: Context) -> int:
    from tierslieu.services.billing import run

    preview = run.preview(ctx.engine(), ctx.args.month, include_zero=ctx.args.include_zero)
    if ctx.args.json:
        emit_json(preview)
        return 0
    _print_preview(preview)
    return 0


def cmd_issue(ctx: Context) -> int:
    from tierslieu.services.billing import run

    a = ctx.args
    report = run.issue(ctx.engine(), a.month, issued_on=_day(a.date, "issued_on"),
                       include_zero=a.include_zero, actor="cli")
    if a.json:
        emit_json(report)
        return 0
    numbers = [r.number for r in report.invoices]
    from tierslieu.services.billing.common import Month

    print(say("issued", count=len(numbers), month=Month.parse(a.month).label,
              range=say("range", first=numbers[0], last=numbers[-1]) if numbers else "",
              total=_eur(sum(r.total_incl_cents for r in report.invoices)),
              skipped=say("skipped", n=report.skipped_zero) if report.skipped_zero else ""))
    return 0


def cmd_run(ctx: Context) -> int:
    return cmd_preview(ctx) if ctx.args.preview else cmd_issue(ctx)


def _status(row: InvoiceRow) -> str:
    return choice_label(row.status)


def cmd_invoices(ctx: Context) -> int:
    from tierslieu.services.billing import invoicing

    a = ctx.args
    rows = invoicing.list_invoices(ctx.engine(), month=a.month, status=a.status,
                                   search=a.search)
    if a.json:
        emit_json(rows)
        return 0
    print(table([say("h_number"), say("h_date"), say("h_customer"), say("h_excl"),
                 say("h_incl"), say("h_due"), say("h_status")],
                [[r.number, _date(r.issued_on), r.customer.name, _eur(r.total_excl_cents),
                  _eur(r.total_incl_cents), _eur(r.balance_cents), _status(r)] for r in rows]))
    print(say("invoices", count=len(rows)))
    return 0


def _detail_json(d: InvoiceDetail) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(d)
    data["number"] = d.number
    return data


def cmd_show(ctx: Context) -> int:
    from tierslieu.services.billing import invoicing
    from tierslieu.services.billing.common import quantity_text

    d = invoicing.get(ctx.engine(), ctx.args.number)
    if ctx.args.json:
        emit_json(_detail_json(d))
        return 0
    r = d.row
    print(f"{choice_label(r.kind)} {r.number} — {_date(r.issued_on)} — {r.customer.name}"
          f" — {_status(r)}")
    print(table([say("h_line"), "", say("h_amount"), say("h_vat")],
                [[str(x.position), f"{x.label} ({quantity_text(x.quantity_milli)} × "
                  f"{_eur(x.unit_price_cents)})", _eur(x.amount_excl_cents),
                  f"{x.vat_rate_bp / 100:g} %"] for x in d.lines]))
    for x in d.lines:
        if x.detail:
            print(f"  {x.position}. {x.detail}")
    print(f"{say('h_excl')} {_eur(r.total_excl_cents)} · {say('h_vat')} "
          f"{_eur(r.total_vat_cents)} · {say('h_incl')} {_eur(r.total_incl_cents)} · "
          f"{say('h_due')} {_eur(r.balance_cents)}")
    for p in d.payments:
        print(f"  {_date(p.paid_on)} {choice_label(p.method)} {_eur(p.amount_cents)}"
              f" {p.reference}")
    for m in d.mentions:
        print(m)
    return 0


def cmd_pdf(ctx: Context) -> int:
    from tierslieu.reports import invoice as report
    from tierslieu.services.billing import invoicing

    a = ctx.args
    d = invoicing.get(ctx.engine(), a.number)
    path = report.write(d, a.output, facturx=a.facturx, payments=a.payments)
    print(say("pdf", path=path, fx=say("fx") if a.facturx else ""))
    return 0


def cmd_verify(ctx: Context) -> int:
    import sys

    from tierslieu.services.billing import chain

    report = chain.verify_chain(ctx.engine())
    if ctx.args.json:
        emit_json({"ok": report.ok, "checked": report.checked,
                   "problems": [p.__dict__ for p in report.problems]})
    elif report.ok:
        print(say("chain_ok", count=report.checked))
    else:
        from tierslieu.i18n import translate

        for p in report.problems:
            print(say("chain_bad", number=p.number, reason=say(p.reason), detail=p.detail),
                  file=sys.stderr)
        first = report.problems[0]
        print(translate("chain_broken", count=len(report.problems), number=first.number,
                        reason=say(first.reason)), file=sys.stderr)
    return 0 if report.ok else 3


def cmd_credit(ctx: Context) -> int:
    from tierslieu.services.billing import invoicing

    a = ctx.args
    d = invoicing.credit_note(ctx.engine(), a.number, reason=a.reason, positions=a.lines,
                              issued_on=_day(a.date, "issued_on"), actor="cli")
    print(say("credit", number=d.number, invoice=d.row.corrects_number,
              total=_eur(d.row.total_incl_cents)))
    return 0


def cmd_pay(ctx: Context) -> int:
    from tierslieu.services.billing import invoicing, payments

    a, engine = ctx.args, ctx.engine()
    row = payments.record(engine, a.number, _cents(a.amount, "amount") or 0, a.method,
                          paid_on=_day(a.date, "paid_on"), reference=a.reference, actor="cli")
    due = invoicing.get(engine, a.number).row.balance_cents
    if a.json:
        emit_json({"payment": row, "balance_cents": due})
        return 0
    print(say("paid", id=row.id, amount=_eur(row.amount_cents),
              method=choice_label(row.method), number=row.invoice_number, due=_eur(due)))
    return 0


def cmd_payments(ctx: Context) -> int:
    from tierslieu.services.billing import payments

    rows = payments.list_payments(ctx.engine(), number=ctx.args.invoice)
    if ctx.args.json:
        emit_json(rows)
        return 0
    print(table([say("h_id"), say("h_date"), say("h_invoice"), say("h_method"),
                 say("h_total")],
                [[str(p.id), _date(p.paid_on), p.invoice_number, choice_label(p.method),
                  _eur(p.amount_cents)] for p in rows]))
    return 0


def cmd_reverse(ctx: Context) -> int:
    from tierslieu.services.billing import payments

    row = payments.reverse(ctx.engine(), ctx.args.id, reason=ctx.args.reason, actor="cli")
    print(say("reversed", ref=ctx.args.id, id=row.id, amount=_eur(row.amount_cents)))
    return 0


def cmd_debtors(ctx: Context) -> int:
    from tierslieu.services.billing import payments

    report = payments.aged_debtors(ctx.engine(), today=_day(ctx.args.today, "on_date"))
    if ctx.args.json:
        emit_json(report)
        return 0
    cols = ("not_due_cents", "d0_30_cents", "d31_60_cents", "d61_90_cents", "over_90_cents")
    rows = [[r.customer.name if r.customer else say("total_row"),
             *(_eur(getattr(r, c)) for c in cols), _eur(r.total_cents)]
            for r in (*report.rows, report.totals)]
    print(table([say("h_customer"), say("h_not_due"), "0-30", "31-60", "61-90", "> 90",
                 say("h_total")], rows))
    return 0


def cmd_seller(ctx: Context) -> int:
    from dataclasses import replace

    from tierslieu.services.billing import seller as sellers

    a, engine = ctx.args, ctx.engine()
    current = sellers.get(engine)
    changes = {k: getattr(a, k) for k in ("name", "legal_form", "address", "postcode", "city",
                                          "siret", "vat_number", "email", "phone", "iban",
                                          "bic", "late_penalty", "payment_days")
               if getattr(a, k) is not None}
    if a.vat_exempt or a.vat_liable:
        changes["vat_exempt"] = bool(a.vat_exempt)
    if changes:
        current = sellers.save(engine, replace(current, **changes))
        if not a.json:
            print(say("seller_saved"))
    if a.json:
        emit_json({**current.__dict__, "missing": current.missing()})
    elif not changes:
        for key, value in current.__dict__.items():
            print(f"{key}: {value}")
    return 0


def cmd_journal(ctx: Context) -> int:
    from tierslieu.errors import ValidationError
    from tierslieu.services.billing import journal

    a = ctx.args
    start, end = _day(a.start, "start"), _day(a.end, "end")
    if start is None or end is None:
        raise ValidationError("required", "start" if start is None else "end")
    count = journal.write(ctx.engine(), a.output, start, end)
    print(say("journal", count=count, path=a.output))
    return 0


def cmd_consumption(ctx: Context) -> int:
    from tierslieu.services.billing import credits

    c = credits.consumption_for_booking(ctx.engine(), ctx.args.booking)
    if ctx.args.json:
        emit_json(c)
        return 0
    print(f"#{c.booking_id} {c.resource_name} {_date(c.day)} {c.person_name} — "
          f"{say(c.state)}{' ' + c.invoice_number if c.invoice_number else ''}")
    print(c.explanation)
    return 0


def cmd_settle(ctx: Context) -> int:
    from tierslieu.services.billing import credits

    c = credits.use_for_booking(ctx.engine(), ctx.args.booking, actor="cli")
    if ctx.args.json:
        emit_json(c)
        return 0
    print(say("settled_now", id=c.booking_id, text=c.explanation))
    return 0


__all__ = ["register"]
