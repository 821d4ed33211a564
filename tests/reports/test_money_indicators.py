"""The money indicators of the demo recomputed with plain SQL (sqlite3), then again after
a credit note, a partial credit note, a payment reversal and a typed invoice; checked
against the billing services' own aged debtors and balances; printed in the French and
English reports; and kept out of the open data but for the monthly total invoiced.

The demo bills August to October 2026 (invoices issued on 1/9, 1/10 and 2/11), pays
most of them and leaves some unpaid, so 2026-12 has invoices more than 90 days late.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from tests.conftest import copy_sqlite
from tests.reports.conftest import NOW
from tests.reports.test_report_pdfs import norm, pages
from tierslieu.cli import main
from tierslieu.db.engine import make_engine
from tierslieu.db.models.billing import PLAN_KINDS
from tierslieu.io.opendata import public_keys, rows_of, table_schema
from tierslieu.reports import build, fmt
from tierslieu.reports.indicators import REGISTRY, IndicatorSet, compute
from tierslieu.reports.period import Period, parse_period

PARIS = ZoneInfo("Europe/Paris")
FMT = "%Y-%m-%d %H:%M:%S.%f"
PERIODS = ["2025-10", "2026-09", "2026-10", "2026-11", "2026-12", "2026"]
MONEY = [k for k, ind in REGISTRY.items() if ind.section == "money"]


def r(num: int, den: int, places: int = 1) -> float | None:
    if not den:
        return None
    q = Decimal(num) / Decimal(den)
    return float(q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def expected(con: sqlite3.Connection, key: str) -> dict[str, Any]:
    """Every money figure of ``key`` from the raw tables, one query each."""
    if len(key) == 4:
        start, end = date(int(key), 1, 1), date(int(key) + 1, 1, 1)
    else:
        y, m = map(int, key.split("-"))
        start, end = date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1)
    last = end - timedelta(days=1)
    eu = datetime.combine(end, time(0), PARIS).astimezone(UTC).strftime(FMT)
    p = {"s": start.isoformat(), "e": end.isoformat(), "last": last.isoformat(), "eu": eu}

    def q(sql: str) -> list[tuple[Any, ...]]:
        return con.execute(sql, p).fetchall()

    out: dict[str, Any] = {}
    excl, incl, customers = q("""
        SELECT COALESCE(SUM(CASE WHEN kind = 'credit_note' THEN -total_excl_cents
                                 ELSE total_excl_cents END), 0),
               COALESCE(SUM(CASE WHEN kind = 'credit_note' THEN -total_incl_cents
                                 ELSE total_incl_cents END), 0),
               COUNT(DISTINCT COALESCE('p' || customer_person_id,
                                       'o' || customer_organization_id))
        FROM invoice WHERE issued_on >= :s AND issued_on < :e""")[0]
    out["invoiced_excl_vat"], out["invoiced_incl_vat"] = excl, incl
    out["customers"] = customers
    out["collected"] = q("SELECT COALESCE(SUM(amount_cents), 0) FROM payment "
                         "WHERE paid_on >= :s AND paid_on < :e")[0][0]
    owed_by_end = """i.total_incl_cents
        - COALESCE((SELECT SUM(c.total_incl_cents) FROM invoice c WHERE c.corrects_id = i.id
                    AND c.kind = 'credit_note' AND c.issued_on < :e), 0)"""
    paid_by_end = ("COALESCE((SELECT SUM(pm.amount_cents) FROM payment pm "
                   "WHERE pm.invoice_id = i.id AND pm.paid_on < :e), 0)")
    owed, paid = q(f"""SELECT COALESCE(SUM({owed_by_end}), 0), COALESCE(SUM({paid_by_end}), 0)
                       FROM invoice i WHERE i.kind = 'invoice' AND i.issued_on >= :s
                       AND i.issued_on < :e""")[0]
    out["collection_rate"] = r(paid * 100, owed)
    late = q(f"""SELECT * FROM (
                   SELECT i.number, json_extract(i.customer, '$.kind'),
                          json_extract(i.customer, '$.id'), json_extract(i.customer, '$.name'),
                          i.due_on, {owed_by_end} - {paid_by_end} AS due,
                          CAST(julianday(:last) - julianday(i.due_on) AS INTEGER) AS days
                   FROM invoice i WHERE i.kind = 'invoice' AND i.issued_on < :e
                   AND i.due_on <= :last) WHERE due > 0""")
    out["overdue"] = sum(row[5] for row in late)
    out["overdue_detail"] = {"invoices": len(late),
                             "customers": len({(k, i) for _, k, i, *_ in late})}
    buckets = {"0-30": 0, "31-60": 0, "61-90": 0, "91+": 0}
    for *_, due, days in late:
        bucket = ("0-30" if days <= 30 else "31-60" if days <= 60 else "61-90" if days <= 90
                  else "91+")
        buckets[bucket] += due
    out["aged_debtors"] = buckets
    by_kind = dict.fromkeys((*PLAN_KINDS, "overage", "other"), 0)
    for kind, amount in q("""
            SELECT COALESCE(
                     (SELECT pl.kind FROM subscription s JOIN plan pl ON pl.id = s.plan_id
                      WHERE s.id = l.subscription_id),
                     CASE WHEN COALESCE((SELECT o.kind FROM invoice_line o
                                         WHERE o.id = l.credited_line_id), l.kind) = 'overage'
                          THEN 'overage' ELSE 'other' END),
                   SUM(CASE WHEN i.kind = 'credit_note' THEN -l.amount_excl_cents
                            ELSE l.amount_excl_cents END)
            FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
            WHERE i.issued_on >= :s AND i.issued_on < :e GROUP BY 1"""):
        by_kind[kind] += amount
    out["revenue_by_plan_kind"] = by_kind
    out["active_subscriptions"] = q(
        "SELECT COUNT(*) FROM subscription WHERE start_on <= :last "
        "AND (end_on IS NULL OR end_on >= :last)")[0][0]
    members = q("SELECT COUNT(*) FROM person WHERE joined_on IS NOT NULL AND joined_on < :e "
                "AND (archived_at IS NULL OR archived_at >= :eu)")[0][0]
    out["revenue_per_member"] = (int((Decimal(excl) / members).quantize(
        Decimal(1), rounding=ROUND_HALF_UP)) if members else None)
    over: dict[tuple[str, int], dict[str, Any]] = {}
    for number, kind, cid, name, due_on, due, days in late:
        if days > 90:
            row = over.setdefault((kind, cid), {"customer": name, "invoices": [], "amount": 0,
                                                "oldest_due": due_on})
            row["invoices"].append(number)
            row["amount"] += due
            row["oldest_due"] = min(row["oldest_due"], due_on)
    out["debtors_over_90"] = sorted(over.values(), key=lambda x: (-x["amount"], x["customer"]))
    return out


def assert_same(got: IndicatorSet, want: dict[str, Any]) -> None:
    key = got.period.key
    for name in MONEY:
        if name != "debtors_over_90":
            assert got[name] == want[name], (key, name)
    assert got.values["invoiced_excl_vat"].detail == {"customers": want["customers"]}, key
    assert got.values["overdue"].detail == want["overdue_detail"], key
    rows = [{**row, "invoices": sorted(row["invoices"])} for row in got["debtors_over_90"]]
    assert rows == [{**row, "invoices": sorted(row["invoices"])}
                    for row in want["debtors_over_90"]], key


@pytest.fixture(scope="module")
def con(report_demo: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(report_demo)
    yield c
    c.close()


@pytest.mark.parametrize("key", PERIODS)
def test_money_indicators_match_plain_sql(demo_engine: Engine, con: sqlite3.Connection,
                                          key: str) -> None:
    got = compute(demo_engine, parse_period(key), keys=MONEY, now=NOW)
    assert_same(got, expected(con, key))


def test_the_demo_gives_meaningful_money_figures(demo_engine: Engine) -> None:
    """Guards the comparison above against vacuous zeros."""
    oct_, dec = (compute(demo_engine, Period(2026, m), keys=MONEY, now=NOW) for m in (10, 12))
    assert oct_["invoiced_excl_vat"] > 1_000_000 and oct_["collected"] > 1_000_000
    assert oct_["invoiced_incl_vat"] > oct_["invoiced_excl_vat"]
    assert 0 < oct_["collection_rate"] < 100 and oct_["overdue"] > 0
    assert oct_["revenue_by_plan_kind"]["overage"] > 0 and oct_["active_subscriptions"] > 20
    assert sum(oct_["revenue_by_plan_kind"].values()) == oct_["invoiced_excl_vat"]
    assert sum(oct_["aged_debtors"].values()) == oct_["overdue"]
    assert dec["aged_debtors"]["91+"] > 0 and len(dec["debtors_over_90"]) >= 5
    assert sum(d["amount"] for d in dec["debtors_over_90"]) == dec["aged_debtors"]["91+"]
    before = compute(demo_engine, Period(2025, 10), keys=MONEY, now=NOW)
    assert before["invoiced_excl_vat"] == 0 and before["collection_rate"] is None


def test_aged_debtors_agree_with_the_billing_service(demo_engine: Engine) -> None:
    """At the end of November no payment is dated later: the report's snapshot and the
    billing service's aged debtors and balances of that day must agree."""
    from tierslieu.services.billing import payments

    nov = compute(demo_engine, Period(2026, 11), keys=MONEY, now=NOW)
    service = payments.aged_debtors(demo_engine, today=date(2026, 11, 30)).totals
    assert nov["aged_debtors"] == {"0-30": service.d0_30_cents, "31-60": service.d31_60_cents,
                                   "61-90": service.d61_90_cents, "91+": service.over_90_cents}
    overdue = sum(b.overdue_cents for b in payments.balances(demo_engine,
                                                             today=date(2026, 12, 1)))
    assert nov["overdue"] == overdue > 0


# -- credit notes, reversals, typed invoices -------------------------------------------------

@pytest.fixture(scope="module")
def corrected(report_demo: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[tuple[Engine, sqlite3.Connection, dict[str, Any]]]:
    """A copy of the demo with a whole credit note (an unpaid invoice of 1 October), a
    partial one and a reversed payment (invoices of 2 November) and invoices typed by
    hand (one alone in June 2025)."""
    from tierslieu.services.billing import invoicing, payments
    from tierslieu.services.billing.invoicing import ManualLine

    path = copy_sqlite(report_demo, tmp_path_factory.mktemp("money") / "demo.sqlite")
    engine = make_engine(path)
    invoices = invoicing.list_invoices(engine, kind="invoice")
    unpaid = next(i for i in invoices if i.issued_on == date(2026, 10, 1) and not i.paid_cents)
    whole = invoicing.credit_note(engine, unpaid.number, reason="Erreur de formule",
                                  issued_on=date(2026, 11, 5))
    november = {i.number for i in invoices if i.issued_on == date(2026, 11, 2)}
    detail = next(d for d in (invoicing.get(engine, n) for n in sorted(november))
                  if len(d.lines) > 1 and any(x.kind == "overage" for x in d.lines))
    part = invoicing.credit_note(
        engine, detail.number, reason="Geste commercial", issued_on=date(2026, 11, 6),
        positions=[next(x.position for x in detail.lines if x.kind == "overage")])
    paid = next(p for p in payments.list_payments(engine, start=date(2026, 11, 1))
                if p.invoice_number in november and p.invoice_number != detail.number)
    reversal = payments.reverse(engine, paid.id, reason="Chèque refusé",
                                on=date(2026, 11, 20))
    typed = invoicing.issue_manual(engine, "organization", 1, [
        ManualLine("Location de la grande halle", 45000)], issued_on=date(2026, 11, 10))
    lone = invoicing.issue_manual(engine, "organization", 2, [
        ManualLine("Location de salle", 20000)], issued_on=date(2025, 6, 15))
    con = sqlite3.connect(path)
    yield engine, con, {"whole": whole.row, "part": part.row, "reversal": reversal,
                        "typed": typed.row, "lone": lone.row, "unpaid": unpaid}
    con.close()
    engine.dispose()


@pytest.mark.parametrize("key", ["2025-06", "2026-10", "2026-11", "2026-12", "2026"])
def test_corrections_match_plain_sql(corrected: tuple[Engine, sqlite3.Connection,
                                                      dict[str, Any]], key: str) -> None:
    engine, con, _ = corrected
    assert_same(compute(engine, parse_period(key), keys=MONEY, now=NOW), expected(con, key))


def test_corrections_move_the_right_figures(
        corrected: tuple[Engine, sqlite3.Connection, dict[str, Any]],
        demo_engine: Engine) -> None:
    engine, _, made = corrected
    nov, dec = Period(2026, 11), Period(2026, 12)
    before, after = (compute(e, nov, keys=MONEY, now=NOW) for e in (demo_engine, engine))
    whole, part, typed = made["whole"], made["part"], made["typed"]
    assert after["invoiced_excl_vat"] == (before["invoiced_excl_vat"] + typed.total_excl_cents
                                          - whole.total_excl_cents - part.total_excl_cents)
    assert after["invoiced_incl_vat"] == (before["invoiced_incl_vat"] + typed.total_incl_cents
                                          - whole.total_incl_cents - part.total_incl_cents)
    assert made["reversal"].amount_cents < 0
    assert after["collected"] == before["collected"] + made["reversal"].amount_cents
    assert after["revenue_by_plan_kind"]["other"] == typed.total_excl_cents
    # a credit-note line counts against the kind of the line it credits
    from tierslieu.services.billing import invoicing

    credited_overage = part.total_excl_cents + sum(
        x.amount_excl_cents for x in invoicing.get(engine, whole.corrects_number).lines
        if x.kind == "overage")
    assert after["revenue_by_plan_kind"]["overage"] == (
        before["revenue_by_plan_kind"]["overage"] - credited_overage)
    assert sum(after["revenue_by_plan_kind"].values()) == after["invoiced_excl_vat"]
    # the whole credit note, issued on 5 November, clears the unpaid October invoice
    # (due on 31 October) from the end of November on, not at the end of October
    assert whole.total_incl_cents == made["unpaid"].total_incl_cents
    dec_before, dec_after = (compute(e, dec, keys=["aged_debtors"], now=NOW)["aged_debtors"]
                             for e in (demo_engine, engine))
    assert dec_after["61-90"] == dec_before["61-90"] - whole.total_incl_cents
    oct_before, oct_after = (compute(e, Period(2026, 10), keys=["overdue"], now=NOW)
                             for e in (demo_engine, engine))
    # (the June 2025 invoice typed by hand is unpaid, long overdue by then)
    assert oct_after["overdue"] == oct_before["overdue"] + made["lone"].total_incl_cents


# -- reports, JSON, open data ---------------------------------------------------------------

def _cli(db: Path, *args: str) -> tuple[int, str]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["--db", str(db), "--lang", "fr", *args])
    return code, buf.getvalue()


def test_indicators_json_has_the_money_keys(report_demo: Path) -> None:
    code, out = _cli(report_demo, "report", "indicators", "--month", "2026-10", "--json")
    assert code == 0
    data = json.loads(out)["indicators"]
    assert set(MONEY) <= set(data)
    for key in ("invoiced_excl_vat", "collected"):     # headline: compared
        assert {"previous", "last_year"} <= set(data[key])
        assert isinstance(data[key]["value"], int) and data[key]["unit"] == "cents"
    assert data["invoiced_excl_vat"]["detail"]["customers"] > 100
    assert data["aged_debtors"]["value"].keys() == {"0-30", "31-60", "61-90", "91+"}
    assert data["collection_rate"]["unit"] == "percent"
    code, text = _cli(report_demo, "report", "indicators", "--month", "2026-12")
    assert code == 0 and "Facturé HT" in text and "Dépassements (hors forfait)" in text
    assert "Plus de 90" not in text and "91+" in text
    assert "Lumen Robotique" not in text            # who owes what: in the PDF alerts only


def test_english_monthly_report_prints_the_money_figures(demo_engine: Engine,
                                                         tmp_path: Path) -> None:
    pdf = build("monthly", demo_engine, month="2026-12", lang="en", out=tmp_path / "m.pdf",
                now=NOW)
    text = " ".join(pages(pdf))
    ind = compute(demo_engine, Period(2026, 12), now=NOW, compare=True)
    data = ind.to_json("en")["indicators"]
    for key in MONEY:
        v, shape = data[key], REGISTRY[key].shape
        values = ([v["value"], *[v[k] for k in ("previous", "last_year") if k in v]]
                  if shape == "scalar" else list(v["value"].values()) if shape == "breakdown"
                  else [])
        for value in values:
            assert norm(fmt.value(value, v["unit"], "en")) in text, (key, value)
    for heading in ("Finances", "Financial figures", "Aged debtors", "Revenue by plan kind",
                    "Invoiced incl. VAT and collected, last 12 months", "More than 90 days",
                    "Bookings beyond plans", "Unpaid > 90 days"):
        assert heading in text, heading
    assert "Facturé" not in text and "Balance âgée" not in text
    for row in data["debtors_over_90"]["value"]:      # the alerts name who to chase
        assert row["customer"] in text and row["invoices"][0] in text


def test_annual_report_has_an_economics_section(demo_engine: Engine, tmp_path: Path,
                                                annual_2026: list[str]) -> None:
    texts = annual_2026
    text = " ".join(texts)
    year = compute(demo_engine, Period(2026), keys=MONEY, now=NOW)
    assert "Économie" in texts[1]                       # in the table of contents
    for key in ("invoiced_excl_vat", "invoiced_incl_vat", "collected", "collection_rate",
                "overdue", "active_subscriptions", "revenue_per_member"):
        assert norm(fmt.value(year[key], year.values[key].unit, "fr")) in text, key
    for amount in year["aged_debtors"].values():
        assert norm(fmt.value(amount, "cents", "fr")) in text
    for month in (9, 10, 11):
        m = compute(demo_engine, Period(2026, month), keys=["invoiced_excl_vat"], now=NOW)
        assert norm(fmt.value(m["invoiced_excl_vat"], "cents", "fr")) in text
    assert "Chiffre d'affaires mois par mois" in text and "Balance âgée" in text
    en = " ".join(pages(build("annual", demo_engine, year=2026, lang="en",
                              out=tmp_path / "en.pdf", now=NOW)))
    for heading in ("Economics", "Revenue month by month", "Revenue by plan kind",
                    "Aged debtors", "Collection rate"):
        assert heading in en, heading


def test_open_data_publishes_only_the_total_invoiced(
        corrected: tuple[Engine, sqlite3.Connection, dict[str, Any]]) -> None:
    engine, _, _ = corrected
    money_public = [k for k in public_keys() if REGISTRY[k].section == "money"]
    assert money_public == ["invoiced_excl_vat"]
    enum = next(f for f in table_schema()["fields"] if f["name"] == "indicator")
    assert "invoiced_excl_vat" in enum["constraints"]["enum"]
    assert not {"collected", "overdue", "debtors_over_90"} & set(enum["constraints"]["enum"])
    october = compute(engine, Period(2026, 10), keys=public_keys(), now=NOW)
    rows = [r for r in rows_of(october, provisional=False) if r["unit"] == "cents"
            and r["indicator"] in money_public]
    assert rows == [{"period": "2026-10", "provisional": False,
                     "indicator": "invoiced_excl_vat", "dimension": "all",
                     "value": october["invoiced_excl_vat"], "unit": "cents",
                     "suppressed": False}]
    # one customer invoiced in June 2025: the total would be what that customer owes
    june = compute(engine, Period(2025, 6), keys=public_keys(), now=NOW)
    assert june["invoiced_excl_vat"] == 20000
    row = next(r for r in rows_of(june, provisional=False)
               if r["indicator"] == "invoiced_excl_vat")
    assert row["suppressed"] and row["value"] is None


def test_one_site_shows_whole_tiers_lieu_money(demo_engine: Engine) -> None:
    from reportlab.platypus import Paragraph

    from tierslieu.reports import finances
    from tierslieu.reports.labels import t

    everyone = compute(demo_engine, Period(2026, 10), keys=MONEY, now=NOW)
    site = compute(demo_engine, Period(2026, 10), "la fabrique du lien", keys=MONEY, now=NOW)
    assert site.site == "La Fabrique du Lien"
    assert {k: site[k] for k in MONEY} == {k: everyone[k] for k in MONEY}
    texts = [f.getPlainText() for f in finances.monthly_section(site, [site], "fr")
             if isinstance(f, Paragraph)]
    assert t("money_scope", "fr") in texts
    assert t("money_scope", "fr") not in [
        f.getPlainText() for f in finances.monthly_section(everyone, [everyone], "fr")
        if isinstance(f, Paragraph)]


def test_money_changes_read_in_whole_euros_from_100() -> None:
    nn, nb = "\u202f", "\u00a0"
    assert fmt.change(1878750, 1765760, "cents", "fr") == f"+1{nn}130{nb}€ (+6,4{nb}%)"
    assert fmt.change(1878750, 0, "cents", "en") == "+€18,788"
    assert fmt.change(9993, 9649, "cents", "fr") == f"+3,44{nb}€ (+3,6{nb}%)"
    assert fmt.change(0, 9950, "cents", "fr") == f"-99,50{nb}€ (-100,0{nb}%)"


def test_debtors_are_named_only_to_who_reads_the_billing(demo_engine: Engine) -> None:
    from tierslieu import security
    from tierslieu.reports import finances

    dec = compute(demo_engine, Period(2026, 12), keys=MONEY, now=NOW)
    named = finances.overdue_alerts(dec, "fr")
    assert len(named) == len(dec["debtors_over_90"]) >= 5
    with security.acting_as(security.Principal("director", "dir")):
        assert finances.overdue_alerts(dec, "fr") == named
    with security.acting_as(security.Principal("incubation", "inc")):
        assert finances.overdue_alerts(dec, "fr") == []
