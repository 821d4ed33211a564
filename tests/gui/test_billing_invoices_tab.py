"""The Billing page's Invoices tab on the demo: filters equal the service's answers, the
detail explains each line, payments through the dialog, the PDF preview, the model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.test_accessibility import label_problems, unnamed
from tierslieu import security
from tierslieu.gui.billing.invoice_models import InvoicesModel, detail_html, totals_line
from tierslieu.gui.billing.invoices_tab import InvoicesTab
from tierslieu.gui.billing.payment_dialog import PaymentDialog
from tierslieu.services.billing import invoicing, payments
from tierslieu.text import fold


@pytest.fixture
def tab(on_screen: Any, demo_ctx: Any, qtbot: Any) -> InvoicesTab:
    t = on_screen(InvoicesTab(demo_ctx))
    t.refresh()
    return t


def shown(tab: InvoicesTab) -> list[tuple[str, int]]:
    return [(r.number, r.balance_cents) for r in tab.model.rows()]


def expected(engine: Any, **filters: Any) -> list[tuple[str, int]]:
    return [(r.number, r.balance_cents) for r in invoicing.list_invoices(engine, **filters)]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def choose(combo: Any, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def an_unpaid(engine: Any) -> Any:
    return next(r for r in invoicing.list_invoices(engine, status="unpaid")
                if r.status == "unpaid" and r.balance_cents > 2000)


def test_the_table_is_the_service_answer_for_each_filter(tab: InvoicesTab,
                                                         demo_ctx: Any) -> None:
    engine = demo_ctx.engine
    everything = expected(engine)
    assert len(everything) > 400 and shown(tab) == everything   # newest first, like the service
    combo = tab.month_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All months", "octobre 2026", "septembre 2026", "août 2026"]

    choose(tab.month_combo, "2026-09")
    choose(tab.status_combo, "unpaid")
    assert shown(tab) == expected(engine, month="2026-09", status="unpaid")
    assert 0 < len(shown(tab)) < 175

    choose(tab.month_combo, "")
    choose(tab.status_combo, "overdue")
    choose(tab.kind_combo, "invoice")
    assert shown(tab) == expected(engine, status="overdue", kind="invoice")
    assert {r.status for r in tab.model.rows()} == {"overdue"}

    # a credit note: shown by the kind filter, nothing left to pay on it, no payment
    first = tab.model.rows()[-1].number
    note = invoicing.credit_note(engine, first, reason="Erreur de tarif")
    choose(tab.status_combo, "")
    choose(tab.kind_combo, "credit_note")
    assert shown(tab) == [(note.number, 0)]
    tab.view.selectRow(0)
    assert tab.detail is not None and tab.detail.number == note.number
    assert not tab.pay_button.isEnabled()
    assert first in tab.browser.toPlainText()

    rows = tab.model.rows()
    assert tab.totals_label.text() == totals_line(rows)
    tab.clear_filters()
    assert shown(tab) == expected(engine) and len(shown(tab)) == len(everything) + 1


def test_the_totals_line_and_the_empty_state(tab: InvoicesTab) -> None:
    rows = tab.model.rows()
    incl = sum(r.total_incl_cents for r in rows)
    due = sum(r.balance_cents for r in rows)
    text = tab.totals_label.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert text.startswith(f"Invoices: {len(rows)} · ")   # « Factures : 522 » in French
    assert f"{incl // 100:,}".replace(",", " ") + f",{incl % 100:02d} €" in text
    assert text.endswith(f"balance due {due // 100:,}".replace(",", " ")
                         + f",{due % 100:02d} €")
    tab.search_edit.setText("zzz-nobody")
    tab.reload()
    assert tab.model.rowCount() == 0 and tab.empty.label.isVisibleTo(tab)
    assert "Clear filters" in tab.empty.label.text()


def test_search_ignores_accents_and_case_and_waits_for_the_typing(
        tab: InvoicesTab, demo_ctx: Any, qtbot: Any) -> None:
    name = next(r.customer.name for r in tab.model.rows()
                if r.customer.name != fold(r.customer.name)
                and fold(r.customer.name).isascii())
    typed = fold(name).upper()             # « EMILIE MENARD » for « Émilie Ménard »
    qtbot.keyClicks(tab.search_edit, typed)
    assert tab._timer.isActive()           # not at each key: after a short pause
    qtbot.waitUntil(lambda: not tab._timer.isActive() and tab.model.rowCount() < 50)
    rows = tab.model.rows()
    assert rows and all(r.customer.name == name for r in rows)
    assert shown(tab) == expected(demo_ctx.engine, search=name)


def test_the_unpaid_filter_shows_only_what_is_still_due(tab: InvoicesTab) -> None:
    choose(tab.status_combo, "unpaid")
    rows = tab.model.rows()
    assert rows and all(r.balance_cents > 0 for r in rows)
    assert {r.status for r in rows} == {"unpaid", "overdue", "partial"}


def test_the_detail_explains_every_line(tab: InvoicesTab, demo_ctx: Any) -> None:
    number = next(r.number for r in tab.model.rows() if r.paid_cents)
    tab.show_invoice(number)
    assert tab.current() is not None and tab.current().number == number
    detail = invoicing.get(demo_ctx.engine, number)
    text = plain(tab.browser.toPlainText())       # toPlainText drops no-break spaces
    assert detail.lines and all(x.detail for x in detail.lines)
    for line in detail.lines:
        assert plain(line.label) in text and plain(line.detail.splitlines()[0]) in text
    assert detail.customer.name in text and "Payments" in text
    assert tab.detail_title.text().startswith(f"Facture {number} — ")
    # user text is escaped, never read as markup
    from dataclasses import replace

    odd = replace(detail, note="Dupont & Fils <SARL>")
    assert "Dupont &amp; Fils &lt;SARL&gt;" in detail_html(odd)


def test_show_invoice_clears_only_the_filters_that_hide_it(tab: InvoicesTab,
                                                           demo_ctx: Any) -> None:
    target = next(r for r in invoicing.list_invoices(demo_ctx.engine)
                  if r.month == "2026-10" and r.status == "paid")
    choose(tab.month_combo, "2026-08")
    choose(tab.status_combo, "paid")
    tab.show_invoice(target.number.lower())
    assert tab.month_combo.currentData() == "" and tab.status_combo.currentData() == "paid"
    assert tab.current() is not None and tab.current().number == target.number
    assert tab.detail is not None and tab.detail.number == target.number
    tab.show_invoice("F2099-00001")                       # unknown: said, nothing selected
    assert tab.current().number == target.number


def test_a_partial_payment_typed_in_french(tab: InvoicesTab, demo_ctx: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    row = an_unpaid(demo_ctx.engine)
    tab.show_invoice(row.number)
    assert tab.pay_button.isVisible() and tab.pay_button.isEnabled()
    messages: list[str] = []
    tab.sig_status.connect(messages.append)

    def fake_exec(dialog: PaymentDialog) -> int:
        assert dialog.amount_edit.text() == f"{row.balance_cents // 100},{row.balance_cents % 100:02d}"
        dialog.amount_edit.setText("10,50")
        choose(dialog.method_combo, "cheque")
        dialog.reference_edit.setText("Chèque 1234567")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", fake_exec)
    tab.record_payment()
    after = invoicing.get(demo_ctx.engine, row.number)
    assert after.row.balance_cents == row.balance_cents - 1050
    assert after.row.status == "partial"
    assert [(p.amount_cents, p.method, p.reference) for p in after.payments] == [
        (1050, "cheque", "Chèque 1234567")]
    shown_row = tab.model.rows()[tab.model.find_row(lambda r: r.number == row.number)]
    assert shown_row.balance_cents == row.balance_cents - 1050
    assert tab.current().number == row.number
    assert messages[-1] == f"Payment of 10,50\u00a0€ recorded on {row.number}"
    assert "Chèque 1234567" in tab.browser.toPlainText()


@pytest.mark.parametrize("typed", ["abc", "0", "-5", "", "12,345"])
def test_a_bad_amount_is_shown_under_the_amount_and_writes_nothing(
        demo_ctx: Any, qtbot: Any, typed: str) -> None:
    engine = demo_ctx.engine
    row = an_unpaid(engine)
    dialog = PaymentDialog(engine, row)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText(typed)
    dialog.accept()
    errors = dialog.field_errors.errors()
    assert set(errors) == {"amount"} and "Montant" in errors["amount"]
    assert dialog.amount_edit.property("invalid") is True
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert payments.list_payments(engine, number=row.number) == []


def test_more_than_the_balance_gets_the_service_message(demo_ctx: Any, qtbot: Any) -> None:
    engine = demo_ctx.engine
    row = an_unpaid(engine)
    dialog = PaymentDialog(engine, row)
    qtbot.addWidget(dialog)
    dialog.amount_edit.setText(f"{row.balance_cents // 100 + 1},00")
    assert dialog.summary.text().startswith("More than")
    dialog.accept()
    assert "refusé" in dialog.field_errors.errors()["amount"]
    assert payments.list_payments(engine, number=row.number) == []
    assert dialog.date_edit.maximumDate() == dialog.date_edit.date()   # not in the future


def test_a_read_only_role_is_not_offered_payments(demo_ctx: Any, qtbot: Any) -> None:
    security.set_session(security.Principal("director", "test-director"))
    try:
        t = InvoicesTab(demo_ctx)
        qtbot.addWidget(t)
        t.show()
        t.refresh()
        t.view.selectRow(0)
        assert t.detail is not None
        assert not t.pay_button.isVisible() and t.facturx_button.isVisible()
    finally:
        security.set_session(None)


@pytest.fixture
def preview_tab(tab: InvoicesTab, tmp_path: Path) -> Iterator[InvoicesTab]:
    tab.temp_dir = tmp_path
    yield tab
    if tab.preview is not None:
        tab.preview.close()


def test_enter_opens_the_pdf_preview_and_save_copies_it(preview_tab: InvoicesTab,
                                                        qtbot: Any, tmp_path: Path,
                                                        file_dialog: Any, shot: Any) -> None:
    tab = preview_tab
    tab.view.setFocus()
    tab.view.selectRow(2)
    number = tab.current().number
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.preview is not None and tab.preview.number == number
    assert tab.preview.document.pageCount() >= 1
    assert (tmp_path / f"{number}.pdf").read_bytes().startswith(b"%PDF")
    file_dialog.save_path = str(tmp_path / "copie")
    tab.preview.save_as()
    assert (tmp_path / "copie.pdf").read_bytes() == (tmp_path / f"{number}.pdf").read_bytes()
    qtbot.wait(1000)                      # QPdfView renders pages on its own thread
    shot(tab.preview, "billing-invoice-preview")


def test_factur_x_is_saved_where_chosen(tab: InvoicesTab, tmp_path: Path,
                                        file_dialog: Any) -> None:
    tab.view.selectRow(0)
    file_dialog.save_path = str(tmp_path / "fx")
    tab.save_facturx()
    from tierslieu.io import facturx

    xml = facturx.extract((tmp_path / "fx.pdf").read_bytes(), check_xsd=False)
    assert xml is not None and tab.detail is not None and tab.detail.number.encode() in xml


def test_stale_answers_are_dropped(tab: InvoicesTab) -> None:
    from tierslieu.gui.billing.invoices_tab import _Loaded

    before = shown(tab)
    tab._show_rows(_Loaded(tab._generation - 1, [], None))
    assert shown(tab) == before


def test_the_model(qtmodeltester: Any, demo_ctx: Any) -> None:
    model = InvoicesModel()
    model.set_rows(invoicing.list_invoices(demo_ctx.engine)[:60])
    qtmodeltester.check(model)
    model.sort(model.column_index("balance"), Qt.SortOrder.DescendingOrder)
    balances = [r.balance_cents for r in model.rows()]
    assert balances == sorted(balances, reverse=True)
    qtmodeltester.check(model)


def test_screenshot_with_a_selected_invoice(on_screen: Any, demo_ctx: Any, qtbot: Any,
                                            styled_app: Any, shot: Any) -> None:
    t = on_screen(InvoicesTab(demo_ctx))
    t.refresh()
    number = next(r.number for r in t.model.rows() if r.status == "partial")
    t.show_invoice(number)
    assert t.detail is not None and t.detail.number == number
    assert t.current_number() == number
    shot(t, "billing-invoices")
    # every control named for a screen reader, no mnemonic twice (as on every page)
    assert unnamed(t) == [] and label_problems(t) == []
    dialog = PaymentDialog(demo_ctx.engine, t.detail.row, t)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == [] and label_problems(dialog) == []
    shot(dialog, "billing-payment-dialog")
    dialog.amount_edit.setText("abc")
    dialog.accept()
    assert dialog.isVisible() and "amount" in dialog.field_errors.errors()
    shot(dialog, "billing-payment-error")
    dialog.close()


def test_the_splitter_is_remembered(demo_ctx: Any, qtbot: Any) -> None:
    t = InvoicesTab(demo_ctx)
    qtbot.addWidget(t)
    t.resize(1000, 700)
    t.show()
    t.splitter.setSizes([200, 450])
    sizes = t.splitter.sizes()
    t.hide()
    again = InvoicesTab(demo_ctx)
    qtbot.addWidget(again)
    again.resize(1000, 700)
    again.show()
    assert again.splitter.sizes() == sizes
