"""The Billing page's « Facturation du mois » and « Impayés » tabs on the seed-1 demo:
previews equal to the service's, issuing after a confirmation (or not), the service's
errors shown, role courtesy, the aged debtors, their CSV export, the models, screenshots.
Background tasks run inline (tests/gui/conftest.py)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from tests.gui.conftest import NO, YES
from tierslieu import security, timeutil
from tierslieu.gui.billing.debtors_tab import DebtorsTab
from tierslieu.gui.billing.run_models import (
    D_NAME,
    D_OVER_90,
    D_TOTAL,
    FOREGROUND,
    P_NAME,
    P_WHY,
    DebtorsModel,
    PreviewModel,
    csv_amount,
    fmt_rate,
    last_finished_month,
    month_choices,
)
from tierslieu.gui.billing.run_tab import RunTab
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.services.billing import invoicing, payments, run
from tierslieu.services.billing.dto import AgedReport, AgedRow, BillingPreview, Party

OCTOBER, NOVEMBER = "2026-10", "2026-11"


@pytest.fixture
def as_role() -> Iterator[Any]:
    def sign_in(role: str) -> None:
        security.set_session(security.Principal(role, f"test-{role}"))
    yield sign_in
    security.set_session(None)


@pytest.fixture
def styled(styled_app: Any) -> Any:
    """The application's look even when an earlier test's teardown removed its sheet
    (create_application styles once per process)."""
    from tierslieu.gui import theme

    theme.apply(styled_app)
    return styled_app


@pytest.fixture
def run_tab(on_screen: Any, demo_ctx: Any, qtbot: Any) -> RunTab:
    tab = on_screen(RunTab(demo_ctx))
    return tab


@pytest.fixture
def debtors_tab(on_screen: Any, demo_ctx: Any, qtbot: Any) -> DebtorsTab:
    tab = on_screen(DebtorsTab(demo_ctx))
    return tab


def _preview(tab: RunTab, month: str) -> BillingPreview:
    tab.select_month(month)
    tab.preview_button.click()
    assert tab.preview is not None and tab.preview.month == month
    return tab.preview


def _shape(drafts: Any) -> list[tuple[str, int, int, int, str]]:
    return [(d.customer.name, d.totals.excl_cents, d.totals.vat_cents, d.totals.incl_cents,
             d.skip_reason) for d in drafts]


def _invoice_count(engine: Any) -> int:
    return len(invoicing.list_invoices(engine))


# -- the billing run ------------------------------------------------------------------------

def test_months_default_to_the_last_finished_one(run_tab: RunTab, demo_ctx: Any) -> None:
    today = timeutil.local_today()
    assert run_tab.month() == last_finished_month(today)
    assert last_finished_month(date(2026, 11, 26)).key == OCTOBER
    assert last_finished_month(date(2026, 1, 1)).key == "2025-12"
    assert [m.key for m in month_choices(date(2026, 2, 10), back=3)] == \
        ["2026-02", "2026-01", "2025-12", "2025-11"]
    # nothing is asked of the database before the page calls refresh()
    assert run_tab.preview is None and run_tab.model.rowCount() == 0
    assert run_tab.empty.label.isVisible() and "F5" in run_tab.empty.label.text()
    assert not run_tab.issue_button.isEnabled()


def test_october_preview_equals_the_service_and_says_it_was_billed(
        styled: Any, run_tab: RunTab, demo_ctx: Any, shot: Any) -> None:
    shown = _preview(run_tab, OCTOBER)
    service = run.preview(demo_ctx.engine, OCTOBER)
    assert _shape(run_tab.model.drafts()) == _shape(service.drafts)
    assert shown.already_billed == service.already_billed > 0
    # the demo invoiced October already: nothing left, and the tab says why
    assert run_tab.model.rowCount() == len(service.drafts) == 0
    assert run_tab.billed_label.isVisible()
    assert str(service.already_billed) in run_tab.billed_label.text()
    said = QCoreApplication.translate(      # English, or French after a styled test
        "RunTab", "Nothing left to invoice for {month}: it was invoiced already.")
    assert run_tab.empty.label.isVisible()
    assert run_tab.empty.label.text().startswith(said.split("{month}")[0])
    assert not run_tab.issue_button.isEnabled()
    assert shot(run_tab, "billing-run-october").exists()


def test_november_preview_explains_each_line(styled: Any, run_tab: RunTab, demo_ctx: Any,
                                             qtbot: Any, shot: Any) -> None:
    shown = _preview(run_tab, NOVEMBER)
    service = run.preview(demo_ctx.engine, NOVEMBER)
    model = run_tab.model
    assert _shape(model.drafts()) == _shape(service.drafts)
    assert model.rowCount() == len(service.drafts) > 100
    assert shown.total_incl_cents == service.total_incl_cents
    # children: the lines, with their explanation
    first = service.drafts[0]
    top = model.index(0, P_NAME)
    assert model.rowCount(top) == len(first.lines)
    for row, line in enumerate(first.lines):
        assert model.index(row, P_NAME, top).data() == line.label
        assert model.index(row, P_WHY, top).data() == line.detail
        assert model.index(row, 0, top).data(ROW_ROLE) == line
    assert model.index(0, 1).data() == str(len(first.lines))
    # the €0 customer: greyed, with the reason, and not counted
    skipped = [r for r in range(model.rowCount()) if model.draft_at(r).skip_reason]
    assert len(skipped) == len(service.drafts) - len(service.to_issue) >= 1
    assert model.index(skipped[0], P_WHY).data() == QCoreApplication.translate(
        "PreviewModel", "Nothing to pay: not issued")
    assert model.index(skipped[0], P_NAME).data(FOREGROUND) is not None
    assert model.index(0, P_NAME).data(FOREGROUND) is None
    summary = run_tab.summary_label.text()
    tr = QCoreApplication.translate         # English, or French after a styled test
    assert tr("RunTab", "%n invoice(s) to issue", "", len(service.to_issue)) in summary
    assert tr("RunTab", "%n with nothing to pay, not issued", "", 1) in summary
    from tierslieu.gui.fmt import fmt_money
    assert fmt_money(service.total_incl_cents) in summary
    assert run_tab.issue_button.isEnabled()
    assert not run_tab.warning_label.isVisible()  # the demo's seller is complete

    # sorting by the total (descending) puts the biggest invoice first; expansion follows
    run_tab.view.expand(model.index(0, 0))
    expanded = model.draft_at(0).customer.name
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert model.draft_at(0).totals.incl_cents == max(d.totals.incl_cents
                                                      for d in service.drafts)
    row = next(r for r in range(model.rowCount())
               if model.draft_at(r).customer.name == expanded)
    assert run_tab.view.isExpanded(model.index(row, 0))
    # the filter on names (accents and case ignored)
    qtbot.keyClicks(run_tab.filter_edit, "agnes")
    names = [d.customer.name for d in model.drafts()]
    assert names and all("agnès" in n.lower() for n in names)
    run_tab.filter_edit.clear()
    assert model.rowCount() == len(service.drafts)
    model.sort(P_NAME, Qt.SortOrder.AscendingOrder)
    run_tab.expand_button.click()
    assert run_tab.view.isExpanded(model.index(0, 0))
    run_tab.collapse_button.click()
    assert not run_tab.view.isExpanded(model.index(0, 0))
    # the €0 customer first (sorted on the explanation), then two unfolded invoices
    model.sort(P_WHY, Qt.SortOrder.DescendingOrder)
    assert model.draft_at(0).skip_reason
    for row in range(3):
        run_tab.view.expand(model.index(row, 0))
    styled.processEvents()
    path = shot(run_tab, "billing-run-november")
    assert path.exists()


def test_issuing_november_after_confirming(run_tab: RunTab, demo_ctx: Any, qtbot: Any,
                                           msgbox: Any) -> None:
    engine = demo_ctx.engine
    before = _invoice_count(engine)
    service = run.preview(engine, NOVEMBER)
    _preview(run_tab, NOVEMBER)
    run_tab.set_issue_date(date(2026, 12, 1))
    statuses: list[str] = []
    run_tab.sig_status.connect(statuses.append)
    msgbox.answer = YES
    with qtbot.waitSignal(run_tab.sig_issued) as issued:
        run_tab.issue_button.click()
    kind, _title, text = msgbox.calls[0]
    assert kind == "question"
    assert f"Issue {len(service.to_issue)} invoice(s)" in text
    assert "01/12/2026" in text and "credit note" in text
    numbers: list[str] = issued.args[0]
    assert len(numbers) == len(service.to_issue) == _invoice_count(engine) - before
    serials = [int(n.rsplit("-", 1)[1]) for n in numbers]
    assert serials == list(range(serials[0], serials[0] + len(numbers)))
    made = {r.number: r for r in invoicing.list_invoices(engine, month=NOVEMBER)}
    assert sorted(made[n].customer.name for n in numbers) == \
        sorted(d.customer.name for d in service.to_issue)
    assert {made[n].issued_on for n in numbers} == {date(2026, 12, 1)}
    assert f"{len(numbers)} invoice(s) issued ({numbers[0]} to {numbers[-1]})" == statuses[-1]
    # the preview was refreshed: those customers are billed now
    after = run_tab.preview
    assert after is not None and not after.to_issue
    assert after.already_billed > service.already_billed
    assert not run_tab.issue_button.isEnabled()


def test_declining_the_confirmation_writes_nothing(run_tab: RunTab, demo_ctx: Any,
                                                   qtbot: Any, msgbox: Any) -> None:
    before = _invoice_count(demo_ctx.engine)
    _preview(run_tab, NOVEMBER)
    run_tab.set_issue_date(date(2026, 12, 1))
    msgbox.answer = NO
    with qtbot.assertNotEmitted(run_tab.sig_issued):
        run_tab.issue_button.click()
    assert msgbox.kinds() == ["question"]
    assert _invoice_count(demo_ctx.engine) == before


def test_issuing_a_month_not_over_shows_the_service_error(run_tab: RunTab, demo_ctx: Any,
                                                          qtbot: Any, msgbox: Any) -> None:
    before = _invoice_count(demo_ctx.engine)
    _preview(run_tab, NOVEMBER)
    run_tab.set_issue_date(date(2026, 11, 26))
    msgbox.answer = YES
    with qtbot.assertNotEmitted(run_tab.sig_issued):
        run_tab.issue_button.click()
    assert msgbox.kinds() == ["question", "warning"]
    error = msgbox.texts("warning")[0]
    assert "2026-11" in error and "01/12/2026" in error
    assert _invoice_count(demo_ctx.engine) == before
    assert not run_tab.busy and run_tab.issue_button.isEnabled()


def test_an_incomplete_seller_is_said_with_its_fix(run_tab: RunTab) -> None:
    run_tab.show_preview(BillingPreview(NOVEMBER, "novembre 2026", (),
                                        ("seller_incomplete:name,siret",)))
    text = run_tab.warning_label.text()
    assert run_tab.warning_label.isVisible()
    assert "Settings" in text and "SIRET" in text


def test_only_billing_write_is_offered_the_issue_button(demo_ctx: Any, qtbot: Any,
                                                       as_role: Any) -> None:
    offered = {}
    for role in ("admin", "front_desk", "director"):
        as_role(role)
        run_tab, debtors = RunTab(demo_ctx), DebtorsTab(demo_ctx)
        qtbot.addWidget(run_tab)
        qtbot.addWidget(debtors)
        offered[role] = (not run_tab.issue_button.isHidden(),
                         not run_tab.date_edit.isHidden(),
                         not debtors.export_button.isHidden())
    assert offered == {"admin": (True, True, True), "front_desk": (True, True, True),
                       "director": (False, False, True)}


# -- the debtors ----------------------------------------------------------------------------

def test_debtors_equal_the_service_and_open_the_oldest_invoice(
        styled: Any, debtors_tab: DebtorsTab, demo_ctx: Any, qtbot: Any,
        shot: Any) -> None:
    report = payments.aged_debtors(demo_ctx.engine)
    debtors_tab.refresh()
    model = debtors_tab.model
    assert model.customers() == list(report.rows) and report.rows
    last = model.row_at(model.rowCount() - 1)
    assert last == report.totals and last.customer is None
    for attr in ("not_due_cents", "d0_30_cents", "d31_60_cents", "d61_90_cents",
                 "over_90_cents", "total_cents"):
        assert sum(getattr(r, attr) for r in model.customers()) == getattr(last, attr)
    assert debtors_tab.date_label.text() == QCoreApplication.translate(
        "DebtorsTab", "On {date}").format(date=f"{report.today:%d/%m/%Y}")
    # the totals stay at the bottom whatever the sort
    model.sort(D_TOTAL, Qt.SortOrder.DescendingOrder)
    totals = [r.total_cents for r in model.customers()]
    assert totals == sorted(totals, reverse=True)
    assert model.row_at(model.rowCount() - 1).customer is None
    model.sort(D_NAME, Qt.SortOrder.AscendingOrder)
    assert model.row_at(model.rowCount() - 1).customer is None

    # a double-click opens the customer's oldest unpaid invoice (the service lists them
    # by issue date: check it against the invoices themselves)
    row = model.row_at(0)
    issued = {r.number: r.issued_on for r in invoicing.list_invoices(demo_ctx.engine)}
    oldest = min(row.invoices, key=lambda n: (issued[n], n))
    view = debtors_tab.view
    rect = view.visualRect(model.index(0, D_NAME))
    with qtbot.waitSignal(debtors_tab.sig_open_invoice) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [oldest]
    # Enter on the next customer; nothing on the totals row
    view.setCurrentIndex(model.index(1, D_NAME))
    with qtbot.waitSignal(debtors_tab.sig_open_invoice) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [model.row_at(1).invoices[0]]
    view.setCurrentIndex(model.index(model.rowCount() - 1, D_NAME))
    with qtbot.assertNotEmitted(debtors_tab.sig_open_invoice):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    model.sort(-1)                  # back to the service's order
    view.clearSelection()
    view.scrollToTop()
    styled.processEvents()      # the labels' new sizes reach the layout
    assert shot(debtors_tab, "billing-debtors").exists()


def test_debtors_csv_export(debtors_tab: DebtorsTab, demo_ctx: Any, file_dialog: Any,
                            tmp_path: Path) -> None:
    debtors_tab.refresh()
    rows = debtors_tab.model.rows()
    file_dialog.save_path = str(tmp_path / "impayes")
    debtors_tab.export_button.click()
    out = tmp_path / "impayes.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0][:2] == ["Customer", "Not yet due"]
    assert len(lines) == 1 + len(rows)
    assert [r[0] for r in lines[1:-1]] == [r.customer.name for r in rows[:-1]]
    assert lines[-1][0] == "Total"
    amount = re.compile(r"^-?\d+,\d\d$")
    assert all(amount.match(cell) for line in lines[1:] for cell in line[1:7])
    assert lines[-1][6] == csv_amount(rows[-1].total_cents)
    assert lines[1][7].split() == list(rows[0].invoices)


def test_no_debtor_shows_the_empty_hint(debtors_tab: DebtorsTab) -> None:
    debtors_tab.show_report(AgedReport(date(2026, 11, 26), ()))
    assert debtors_tab.model.rowCount() == 0
    assert debtors_tab.empty.label.isVisible()
    assert "No unpaid invoice" in debtors_tab.empty.label.text()
    assert not debtors_tab.export_button.isEnabled()


# -- the models -----------------------------------------------------------------------------

def test_models_pass_the_model_tester(qtmodeltester: Any, demo_read: Any) -> None:
    service = run.preview(demo_read, NOVEMBER)
    preview = PreviewModel()
    preview.set_drafts([*service.drafts[:6], *(d for d in service.drafts if d.skip_reason)])
    qtmodeltester.check(preview)
    preview.sort(4, Qt.SortOrder.DescendingOrder)
    preview.set_filter("a")
    qtmodeltester.check(preview)
    assert preview.parent(preview.index(0, 0, preview.index(0, 0))) == preview.index(0, 0)
    assert not preview.parent(QModelIndex()).isValid()

    debtors = DebtorsModel()
    debtors.set_report(payments.aged_debtors(demo_read))
    qtmodeltester.check(debtors)
    debtors.sort(D_OVER_90, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(debtors)


def test_more_than_90_days_is_red_and_formats(qtbot: Any) -> None:
    who = Party("person", 1, "Zoé Martin")
    report = AgedReport(date(2026, 11, 26), (AgedRow(who, over_90_cents=1250, invoices=("F1",)),
                                             AgedRow(Party("person", 2, "=cmd"), 100)),
                        AgedRow(None, 100, over_90_cents=1250))
    model = DebtorsModel()
    model.set_report(report)
    assert model.index(0, D_OVER_90).data(FOREGROUND) is not None
    assert model.index(1, D_OVER_90).data(FOREGROUND) is None
    assert model.index(0, D_OVER_90).data(Qt.ItemDataRole.TextAlignmentRole) & \
        Qt.AlignmentFlag.AlignRight
    from tierslieu.gui.billing.run_models import debtors_csv_rows

    assert debtors_csv_rows(model)[2][0] == "'=cmd"   # no formula reaches a spreadsheet
    assert csv_amount(1250) == "12,50" and csv_amount(-5) == "-0,05"
    assert csv_amount(123456) == "1234,56"
    assert fmt_rate(2000).startswith("20") and fmt_rate(550).startswith("5")
