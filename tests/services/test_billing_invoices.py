"""Issued invoices: numbering without gaps (even when an issue fails half-way),
immutability through every service and in the database, the hash chain catching a
tampered row, the PDF with its legal mentions, Factur-X round trip, the journal."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from tests.services.test_billing import book, sub, world
from tierslieu.db.engine import transaction
from tierslieu.db.models import Invoice, InvoiceCounter, Payment
from tierslieu.errors import ConflictError
from tierslieu.io import facturx as fx
from tierslieu.reports import invoice as report
from tierslieu.services.billing import chain, credits, invoicing, journal, payments, run


def _three_customers(engine: Engine):  # type: ignore[no-untyped-def]
    w = world(engine)
    for pid in (w.helene, w.loic, w.zoe):
        sub(w, w.hot, "2026-10-01", person_id=pid)
    return w


def _counter(engine: Engine, series: str) -> int | None:
    with transaction(engine) as s:
        row = s.get(InvoiceCounter, series)
        return row.last_number if row else None


def test_a_failure_half_way_takes_the_numbers_back(engine: Engine,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = _three_customers(engine)
    book(w, w.loic, w.room, date(2026, 10, 5), 9, 6)
    real_digest = chain.digest
    calls = {"n": 0}

    def failing_digest(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:                       # the second invoice of the run
            raise RuntimeError("disk unplugged")
        return real_digest(*args, **kwargs)

    monkeypatch.setattr(chain, "digest", failing_digest)
    with pytest.raises(RuntimeError):
        run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    # and a failure after every invoice was written (while freezing the consumptions)
    monkeypatch.setattr(chain, "digest", real_digest)

    def failing_persist(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("crash after the invoices")

    monkeypatch.setattr(credits, "persist", failing_persist)
    with pytest.raises(RuntimeError):
        run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    assert invoicing.list_invoices(engine) == []
    assert _counter(engine, "F2026") in (None, 0)   # the counter went back with the rest
    monkeypatch.undo()

    report_ = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    assert [r.number for r in report_.invoices] == ["F2026-00001", "F2026-00002",
                                                     "F2026-00003"]
    run.issue(engine, "2026-11", issued_on=date(2026, 12, 1))
    numbers = sorted(r.number for r in invoicing.list_invoices(engine))
    assert numbers == [f"F2026-{n:05d}" for n in range(1, 7)]
    assert _counter(engine, "F2026") == 6
    assert chain.verify_chain(engine).ok
    run.issue(engine, "2026-12", issued_on=date(2027, 1, 4))     # a new year, a new series
    assert [r.number for r in invoicing.list_invoices(engine, month="2026-12")] == [
        "F2027-00003", "F2027-00002", "F2027-00001"]


def test_issued_invoices_cannot_be_changed_by_services_nor_sql(engine: Engine) -> None:
    w = _three_customers(engine)
    run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    payments.record(engine, "F2026-00001", 1000, "cash", paid_on=date(2026, 11, 3))
    for model, change in ((Invoice, {"total_excl_cents": 1}), (Payment, {"amount_cents": 1})):
        with pytest.raises(ConflictError) as err, transaction(engine) as s:
            row = s.scalars(select(model)).first()
            for key, value in change.items():
                setattr(row, key, value)
        assert err.value.key == "billing_immutable"
    with pytest.raises(ConflictError), transaction(engine) as s:
        s.delete(s.scalars(select(Payment)).first())
    for sql in ("UPDATE invoice SET note = 'x'", "UPDATE invoice_line SET label = 'x'",
                "UPDATE payment SET amount_cents = 1", "UPDATE credit_entry SET amount = 1"):
        with pytest.raises(DBAPIError, match="immutable"), engine.begin() as conn:
            conn.execute(text(sql))
    assert chain.verify_chain(engine).ok
    assert w.helene


def _disable_trigger(engine: Engine, table: str) -> str:
    if engine.dialect.name == "postgresql":
        return f"ALTER TABLE {table} DISABLE TRIGGER tr_{table}_immutable"
    return f"DROP TRIGGER tr_{table}_immutable"


def _enable_trigger(engine: Engine, table: str) -> None:
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER tr_{table}_immutable"))


def test_a_tampered_row_breaks_the_chain_and_is_named(engine: Engine) -> None:
    _three_customers(engine)
    run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    try:
        with engine.begin() as conn:     # someone with the database and a grudge
            conn.execute(text(_disable_trigger(engine, "invoice")))
            conn.execute(text("UPDATE invoice SET total_excl_cents = total_excl_cents - 5000, "
                              "total_incl_cents = total_incl_cents - 5000 "
                              "WHERE number = 'F2026-00002'"))
    finally:
        _enable_trigger(engine, "invoice")
    result = chain.verify_chain(engine)
    assert not result.ok
    assert {(p.number, p.reason) for p in result.problems} == {
        ("F2026-00002", "altered"), ("F2026-00002", "totals")}
    # a row deleted outright: the next link and the numbering say so
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM invoice_line WHERE invoice_id = "
                          "(SELECT id FROM invoice WHERE number = 'F2026-00002')"))
        conn.execute(text("DELETE FROM invoice WHERE number = 'F2026-00002'"))
    reasons = {(p.number, p.reason) for p in chain.verify_chain(engine).problems}
    assert ("F2026-00003", "broken_link") in reasons and ("F2026-00003", "gap") in reasons


def test_a_tampered_line_is_detected(engine: Engine) -> None:
    _three_customers(engine)
    run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    try:
        with engine.begin() as conn:
            conn.execute(text(_disable_trigger(engine, "invoice_line")))
            conn.execute(text("UPDATE invoice_line SET label = 'Remise exceptionnelle' "
                              "WHERE invoice_id = (SELECT id FROM invoice "
                              "WHERE number = 'F2026-00003')"))
    finally:
        _enable_trigger(engine, "invoice_line")
    problems = chain.verify_chain(engine).problems
    assert [(p.number, p.reason) for p in problems] == [("F2026-00003", "altered")]


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_facturx_round_trip_and_legal_mentions(engine: Engine, tmp_path: Path) -> None:
    w = world(engine)
    sub(w, w.hot, "2026-10-01", person_id=w.founders[0], payer_organization_id=w.compost)
    book(w, w.founders[0], w.room, date(2026, 10, 9), 9, 5)
    (row,) = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2)).invoices
    detail = invoicing.get(engine, row.number)
    path = report.write(detail, tmp_path / "f.pdf", facturx=True)
    pdf = path.read_bytes()
    xml = fx.extract(pdf, check_xsd=True)     # found, and valid against the library's XSD
    assert xml is not None
    fx.check(xml)
    sums = fx.totals_of(xml)
    assert (sums["TaxBasisTotalAmount"], sums["TaxTotalAmount"], sums["GrandTotalAmount"],
            sums["DuePayableAmount"]) == (row.total_excl_cents, row.total_vat_cents,
                                          row.total_incl_cents, row.total_incl_cents)
    assert sums["LineTotalAmount"] == sum(x.amount_excl_cents for x in detail.lines)
    body = xml.decode("utf-8")
    for piece in ("<ram:ID>F2026-00001</ram:ID>", "urn:cen.eu:en16931:2017",
                  "Compost'Up", 'schemeID="VA">FR44732829320', "20261202",
                  "<ram:TypeCode>380</ram:TypeCode>", "FR7630004000031234567890143"):
        assert piece in body, piece
    words = _pdf_text(pdf)
    for piece in ("FACTURE", "F2026-00001", "SIRET 73282932000017", "FR44732829320",
                  "Compost'Up", "Total TTC", "40 €", "pénalités", "02/12/2026"):
        assert piece in words, piece
    # the credit note: type 381, pointing at the invoice, valid too
    note = invoicing.credit_note(engine, row.number, reason="Geste commercial",
                                 positions=[1], issued_on=date(2026, 11, 9))
    xml = fx.build_xml(note)
    fx.check(xml)
    assert b"<ram:TypeCode>381</ram:TypeCode>" in xml and b"F2026-00001" in xml
    assert fx.extract(report.build(note)) is None      # a plain PDF carries no XML


def test_exempt_association_prints_article_293_b(engine: Engine) -> None:
    from tierslieu.services.billing import seller as sellers

    w = world(engine)
    sellers.save(engine, sellers.Seller(name="Repair Café & Co <asso>", address="2 rue Verte",
                                        postcode="69100", city="Villeurbanne",
                                        siret="732829320", vat_exempt=True))
    sub(w, w.hot, "2026-10-01", person_id=w.helene)
    (row,) = run.issue(engine, "2026-10", issued_on=date(2026, 11, 2)).invoices
    detail = invoicing.get(engine, row.number)
    pdf = report.build(detail)
    words = _pdf_text(pdf)
    assert "TVA non applicable, art. 293 B du CGI" in words
    assert "Repair Café & Co <asso>" in words          # escaped, not swallowed as markup
    assert "pénalités" not in words                     # a private customer
    xml = fx.build_xml(detail)
    fx.check(xml)
    assert b"<ram:CategoryCode>E</ram:CategoryCode>" in xml and b"VATEX-FR-FRANCHISE" in xml
    assert fx.totals_of(fx.extract(fx.embed(pdf, detail)) or b"")["TaxTotalAmount"] == 0


def test_journal_entries_balance(engine: Engine, tmp_path: Path) -> None:
    w = _three_customers(engine)
    book(w, w.loic, w.room, date(2026, 10, 5), 9, 6)
    run.issue(engine, "2026-10", issued_on=date(2026, 11, 2))
    payments.record(engine, "F2026-00001", 5000, "cash", paid_on=date(2026, 11, 4))
    invoicing.credit_note(engine, "F2026-00002", reason="Erreur de destinataire",
                          issued_on=date(2026, 11, 5))
    out = tmp_path / "journal.csv"
    count = journal.write(engine, out, date(2026, 11, 1), date(2026, 11, 30))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == count
    by_piece: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        by_piece[r["Pièce"]][0] += int(r["Débit"].replace(",", ""))
        by_piece[r["Pièce"]][1] += int(r["Crédit"].replace(",", ""))
    assert all(d == c for d, c in by_piece.values())
    assert {r["Journal"] for r in rows} == {"VT", "CA"}
    assert any(r["Compte"] == "445710" for r in rows)
    credit = [r for r in rows if r["Pièce"] == "A2026-00001"]
    assert credit[0]["Compte"] == "411000" and credit[0]["Crédit"] != "0,00"


def test_two_runs_at_once_bill_each_customer_once(engine: Engine) -> None:
    """Two PCs issuing the same month at the same moment: one bills, the other finds
    nothing left (the chain lock is taken before the month is computed)."""
    import threading

    _three_customers(engine)
    results: list[object] = []

    def issue() -> None:
        try:
            results.append(run.issue(engine, "2026-10", issued_on=date(2026, 11, 2)))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=issue) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    counts = sorted(len(r.invoices) for r in results)  # type: ignore[attr-defined]
    assert counts == [0, 3]
    assert sorted(r.number for r in invoicing.list_invoices(engine)) == [
        "F2026-00001", "F2026-00002", "F2026-00003"]
    assert chain.verify_chain(engine).ok
