"""Corrections from the Invoices tab on the demo: credit notes (whole, some lines) through
the credit-note dialog, payment reversals, their confirmations, errors and role courtesy."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import NO
from tests.gui.test_accessibility import label_problems, unnamed
from tierslieu import security
from tierslieu.gui.billing.credit_note_dialog import (
    CreditLinesModel,
    CreditNoteDialog,
    ReversePaymentDialog,
    credit_totals,
)
from tierslieu.gui.billing.invoices_tab import InvoicesTab
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.i18n import choice_label
from tierslieu.services.billing import invoicing, payments


@pytest.fixture
def tab(on_screen: Any, demo_ctx: Any, qtbot: Any) -> InvoicesTab:
    t = on_screen(InvoicesTab(demo_ctx))
    t.refresh()
    return t


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def credit_notes(engine: Any) -> list[Any]:
    return invoicing.list_invoices(engine, kind="credit_note")


def an_unpaid(engine: Any) -> Any:
    return next(r for r in invoicing.list_invoices(engine, status="unpaid")
                if r.status == "unpaid" and r.balance_cents > 2000)


def with_lines(engine: Any, count: int = 3) -> Any:
    """An invoice of at least ``count`` lines with an amount (the demo's overage invoices)."""
    for row in invoicing.list_invoices(engine, kind="invoice"):
        detail = invoicing.get(engine, row.number)
        if sum(1 for x in detail.lines if x.amount_excl_cents) >= count:
            return detail
    raise AssertionError("no invoice with several lines in the demo")


def row_of(tab: InvoicesTab, number: str) -> Any:
    position = tab.model.find_row(lambda r: r.number == number)
    assert position >= 0, number
    return tab.model.rows()[position]


def fill_and_accept(prepare: Any) -> Any:
    """A fake ``exec`` for the dialogs: runs ``prepare(dialog)``, then OK."""
    def fake_exec(dialog: QDialog) -> int:
        prepare(dialog)
        dialog.accept()
        return dialog.result()
    return fake_exec


def test_a_whole_credit_note_through_the_dialog(tab: InvoicesTab, demo_ctx: Any, msgbox: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    row = an_unpaid(engine)
    tab.show_invoice(row.number)
    assert tab.credit_button.isVisible() and tab.credit_button.isEnabled()
    messages: list[str] = []
    tab.sig_status.connect(messages.append)

    def prepare(dialog: CreditNoteDialog) -> None:
        # every line checked: the whole invoice, its total incl. VAT
        assert dialog.positions() is None
        assert dialog.credit_total().incl_cents == row.total_incl_cents
        assert fmt_money(row.total_incl_cents) in dialog.total_label.text()
        assert dialog.date_edit.date() == dialog.date_edit.maximumDate()     # today
        dialog.reason_edit.setPlainText("Abonnement résilié\nau 1er du mois")

    monkeypatch.setattr(CreditNoteDialog, "exec", fill_and_accept(prepare))
    tab.issue_credit_note()
    assert msgbox.texts("question") == [
        f"Issue the credit note of {fmt_money(row.total_incl_cents)} incl. VAT on "
        f"{row.number}? A credit note once issued can no longer be changed."]
    [note] = credit_notes(engine)
    assert note.number.startswith("A2026-") and note.corrects_number == row.number
    assert note.total_incl_cents == row.total_incl_cents
    assert "Abonnement résilié au 1er du mois" in invoicing.get(engine, note.number).note
    # the invoice's row is credited, nothing left due; the credit note selected and shown
    invoice = row_of(tab, row.number)
    assert invoice.status == "credited" and invoice.balance_cents == 0
    assert tab.current_number() == note.number
    assert tab.detail is not None and tab.detail.number == note.number
    assert row.number in tab.browser.toPlainText()
    assert messages[-1] == (f"Credit note {note.number} issued on {row.number}: "
                            f"{fmt_money(row.total_incl_cents)} incl. VAT")
    # a credit note itself cannot be credited, nor take a payment
    assert not tab.credit_button.isEnabled() and not tab.reverse_button.isEnabled()
    assert tab.credit_button.toolTip() == "A credit note cannot itself be credited"
    tab.show_invoice(row.number)
    assert not tab.credit_button.isEnabled()
    assert tab.credit_button.toolTip() == "This invoice is already wholly credited"


def test_a_partial_credit_note_credits_exactly_the_lines_checked(
        tab: InvoicesTab, demo_ctx: Any, qtbot: Any, msgbox: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    detail = with_lines(engine)
    lines = [x for x in detail.lines if x.amount_excl_cents]
    kept, others = lines[1], [x for x in lines if x is not lines[1]]
    tab.show_invoice(detail.number)

    def prepare(dialog: CreditNoteDialog) -> None:
        # Space on the line (any of its cells) unchecks it, and checks it again
        model, view = dialog.model, dialog.view
        view.setFocus()
        view.setCurrentIndex(model.index(model.find_row(lambda x: x.id == kept.id), 3))
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert dialog.positions() == [x.position for x in others]
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert dialog.positions() is None
        assert model.set_checked(kept.position, False)
        assert dialog.positions() == [x.position for x in others]
        total = credit_totals(others)
        assert total.incl_cents < detail.row.total_incl_cents
        assert fmt_money(total.incl_cents) in dialog.total_label.text()
        dialog.reason_edit.setPlainText("Réservations facturées deux fois")

    monkeypatch.setattr(CreditNoteDialog, "exec", fill_and_accept(prepare))
    tab.issue_credit_note()
    [row] = credit_notes(engine)
    note = invoicing.get(engine, row.number)
    assert [x.credited_line_id for x in note.lines] == [x.id for x in others]
    assert note.totals.incl_cents == credit_totals(others).incl_cents
    invoice = row_of(tab, detail.number)
    assert invoice.credited_cents == note.totals.incl_cents and invoice.status != "credited"
    assert tab.current_number() == note.number

    # again on the same invoice: the lines credited cannot be checked, the one left is
    tab.show_invoice(detail.number)
    assert tab.credit_button.isEnabled()

    def second(dialog: CreditNoteDialog) -> None:
        model = dialog.model
        assert [x.id for x in model.checked()] == [kept.id]
        assert dialog.positions() is None             # everything that is left
        index = model.index(model.find_row(lambda x: x.id == others[0].id), 0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
        assert index.data(Qt.ItemDataRole.ToolTipRole) == f"Already credited by {note.number}"
        dialog.reason_edit.setPlainText("Le reste aussi")

    monkeypatch.setattr(CreditNoteDialog, "exec", fill_and_accept(second))
    tab.issue_credit_note()
    assert len(credit_notes(engine)) == 2
    assert row_of(tab, detail.number).status == "credited"


@pytest.mark.parametrize("reason", ["", "   \n ", "x" * 501])
def test_a_missing_or_long_reason_is_shown_under_the_reason(
        demo_ctx: Any, qtbot: Any, msgbox: Any, reason: str) -> None:
    engine = demo_ctx.engine
    detail = invoicing.get(engine, an_unpaid(engine).number)
    dialog = CreditNoteDialog(engine, detail)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText(reason)
    dialog.accept()
    errors = dialog.field_errors.errors()
    assert set(errors) == {"reason"} and "Motif" in errors["reason"]
    assert dialog.reason_edit.property("invalid") is True
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.issued is None
    assert msgbox.calls == [] and credit_notes(engine) == []
    dialog.reason_edit.setPlainText("ok")                 # typing clears the error
    assert dialog.field_errors.errors() == {}


def test_no_line_checked_and_a_declined_confirmation_write_nothing(
        demo_ctx: Any, qtbot: Any, msgbox: Any) -> None:
    engine = demo_ctx.engine
    detail = invoicing.get(engine, an_unpaid(engine).number)
    dialog = CreditNoteDialog(engine, detail)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText("Erreur de tarif")
    dialog.none_button.click()
    assert not dialog.ok_button.isEnabled() and dialog.credit_total().incl_cents == 0
    dialog.accept()
    assert set(dialog.field_errors.errors()) == {"lines"} and msgbox.calls == []
    dialog.all_button.click()
    msgbox.answer = NO
    dialog.accept()
    assert msgbox.kinds() == ["question"]
    assert fmt_money(detail.row.total_incl_cents) in msgbox.last[2]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.issued is None
    assert credit_notes(engine) == []


def test_a_line_credited_meanwhile_is_refused_under_the_lines(demo_ctx: Any, qtbot: Any,
                                                               msgbox: Any) -> None:
    engine = demo_ctx.engine
    detail = with_lines(engine)
    lines = [x for x in detail.lines if x.amount_excl_cents]
    dialog = CreditNoteDialog(engine, detail)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.minimumDate().toPython() == detail.row.issued_on
    # someone else credits the first line while the dialog is open
    invoicing.credit_note(engine, detail.number, reason="Autre poste",
                          positions=[lines[0].position])
    dialog.model.set_checked(lines[-1].position, False)
    dialog.reason_edit.setPlainText("Erreur de tarif")
    dialog.accept()
    errors = dialog.field_errors.errors()
    assert set(errors) == {"lines"} and f"{lines[0].position}" in errors["lines"]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.issued is None
    assert len(credit_notes(engine)) == 1 and dialog.buttons.isEnabled()


def test_reversing_a_payment_restores_the_balance(tab: InvoicesTab, demo_ctx: Any,
                                                  msgbox: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    row = an_unpaid(engine)
    tab.show_invoice(row.number)
    assert not tab.reverse_button.isEnabled()
    assert tab.reverse_button.toolTip() == "No payment to cancel on this invoice"
    paid = payments.record(engine, row.number, 1050, "cheque", reference="Chèque 1234567")
    tab.refresh_invoice(row.number)
    assert row_of(tab, row.number).balance_cents == row.balance_cents - 1050
    assert tab.reverse_button.isEnabled()
    messages: list[str] = []
    tab.sig_status.connect(messages.append)
    cheque = choice_label("cheque").lower()     # the core's language: « chèque »

    def prepare(dialog: ReversePaymentDialog) -> None:
        assert dialog.payment_combo.count() == 1
        assert plain(dialog.payment_combo.currentText()) == (
            f"10,50 € by {cheque} on {fmt_date(paid.paid_on)} — Chèque 1234567")
        dialog.accept()                                   # no reason: said, not written
        assert set(dialog.field_errors.errors()) == {"reason"} and msgbox.calls == []
        dialog.reason_edit.setText("Chèque sans provision")

    monkeypatch.setattr(ReversePaymentDialog, "exec", fill_and_accept(prepare))
    tab.reverse_payment()
    assert plain(msgbox.texts("question")[-1]).startswith(
        f"Cancel the payment of 10,50 € by {cheque} on {fmt_date(paid.paid_on)} on {row.number}?")
    after = invoicing.get(engine, row.number)
    assert after.row.balance_cents == row.balance_cents and after.row.status == "unpaid"
    assert [(p.amount_cents, p.reverses_id, p.reversed) for p in after.payments] == [
        (1050, None, True), (-1050, paid.id, False)]
    assert row_of(tab, row.number).balance_cents == row.balance_cents
    assert messages[-1] == f"Payment cancelled: 10,50\u00a0€ on {row.number}"
    text = tab.browser.toPlainText()
    assert "(reversed)" in text and f"Reversal of payment no. {paid.id}" in text
    assert not tab.reverse_button.isEnabled()
    assert tab.reverse_button.toolTip() == "Every payment of this invoice is already cancelled"


def test_a_declined_reversal_writes_nothing(demo_ctx: Any, qtbot: Any, msgbox: Any) -> None:
    engine = demo_ctx.engine
    row = an_unpaid(engine)
    payments.record(engine, row.number, 500, "cash")
    dialog = ReversePaymentDialog(engine, invoicing.get(engine, row.number))
    qtbot.addWidget(dialog)
    dialog.reason_edit.setText("Erreur de saisie")
    msgbox.answer = NO
    dialog.accept()
    assert msgbox.kinds() == ["question"] and dialog.reversal is None
    assert [p.reversed for p in payments.list_payments(engine, number=row.number)] == [False]


def test_a_director_sees_neither_correction(demo_ctx: Any, qtbot: Any) -> None:
    security.set_session(security.Principal("director", "test-director"))
    try:
        t = InvoicesTab(demo_ctx)
        qtbot.addWidget(t)
        t.show()
        t.refresh()
        t.view.selectRow(0)
        assert t.detail is not None
        assert not t.credit_button.isVisible() and not t.reverse_button.isVisible()
        assert t.pdf_button.isVisible()
    finally:
        security.set_session(None)


def test_the_lines_model(qtmodeltester: Any, demo_ctx: Any) -> None:
    detail = with_lines(demo_ctx.engine)
    first = detail.lines[0]
    model = CreditLinesModel(detail.lines, {first.id: "A2026-00001"})
    qtmodeltester.check(model)
    assert first not in model.checked() and not model.set_checked(first.position, True)
    assert [x.position for x in model.checked()] == [
        x.position for x in detail.lines[1:] if x.amount_excl_cents]
    model.sort(model.column_index("excl"), Qt.SortOrder.DescendingOrder)
    amounts = [x.amount_excl_cents for x in model.rows()]
    assert amounts == sorted(amounts, reverse=True)
    # checks follow their lines through a sort
    assert [x.position for x in model.checked()] == [
        x.position for x in detail.lines[1:] if x.amount_excl_cents]
    qtmodeltester.check(model)


def test_screenshots(on_screen: Any, demo_ctx: Any, qtbot: Any, styled_app: Any, shot: Any,
                     msgbox: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    detail = with_lines(engine, 4)
    t = on_screen(InvoicesTab(demo_ctx))
    t.refresh()
    t.show_invoice(detail.number)
    dialog = CreditNoteDialog(engine, detail, parent=t)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.model.set_checked(detail.lines[1].position, False)
    dialog.reason_edit.setPlainText("Deux réservations annulées la veille, facturées par "
                                    "erreur")
    assert unnamed(dialog) == [] and label_problems(dialog) == []
    shot(dialog, "billing-credit-note-dialog")
    dialog.close()

    row = an_unpaid(engine)
    payments.record(engine, row.number, 1050, "cheque", reference="Chèque 1234567")
    payments.record(engine, row.number, 2000, "transfer")
    t.show_invoice(row.number)
    assert t.detail is not None and t.detail.number == row.number
    reverse = ReversePaymentDialog(engine, t.detail, t)
    qtbot.addWidget(reverse)
    reverse.show()
    assert unnamed(reverse) == [] and label_problems(reverse) == []
    shot(reverse, "billing-reverse-payment-dialog")
    reverse.reason_edit.setText("Chèque sans provision")
    reverse.accept()
    t.refresh_invoice(row.number)
    assert "(annulé)" in t.browser.toPlainText() or "(reversed)" in t.browser.toPlainText()
    assert t.reverse_button.isEnabled() and t.credit_button.isEnabled()   # the transfer is left
    for child in (dialog, reverse):                 # their labels are not the tab's
        child.setParent(None)
    assert unnamed(t) == [] and label_problems(t) == []
    t.browser.verticalScrollBar().setValue(t.browser.verticalScrollBar().maximum())
    shot(t, "billing-invoice-reversed-payment")
