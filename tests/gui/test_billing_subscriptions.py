"""The Billing page's Subscriptions tab on the demo: the table is the service's answer,
subscribing / ending / changing plan through the dialogs writes exactly what was typed (or
shows the service's refusal under the field and writes nothing), the plans dialog, roles,
the models, screenshots."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from tierslieu import security
from tierslieu.gui.billing.plan_dialog import PlanDialog, PlansDialog, parse_hours
from tierslieu.gui.billing.subscription_dialog import (
    ChangePlanDialog,
    EndDialog,
    SubscriptionDialog,
)
from tierslieu.gui.billing.subscription_models import PlansModel, SubscriptionsModel
from tierslieu.gui.billing.subscriptions_tab import SubscriptionsTab
from tierslieu.services import members
from tierslieu.services.billing import plans, subscriptions
from tierslieu.services.dto import MemberQuery
from tierslieu.text import fold

TODAY = date(2026, 11, 26)


@pytest.fixture
def tab(on_screen: Any, demo_ctx: Any, qtbot: Any) -> SubscriptionsTab:
    t = on_screen(SubscriptionsTab(demo_ctx))
    t.refresh()
    return t


def ids(tab: SubscriptionsTab) -> list[int]:
    return [r.id for r in tab.model.rows()]


def service_ids(engine: Any, **filters: Any) -> list[int]:
    return [r.id for r in subscriptions.list_subscriptions(engine, **filters)]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def qd(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def plan_id(engine: Any, name: str) -> int:
    return plans.find(engine, name).id


def billed_monthly(engine: Any) -> Any:
    """An open-ended monthly subscription invoiced up to 31/10/2026, paid by someone else."""
    return next(r for r in subscriptions.list_subscriptions(engine, active_on=TODAY)
                if r.billing == "monthly" and r.end_on is None and r.start_on.year == 2025
                and r.payer.name != r.subscriber_name)


def unsubscribed_member(engine: Any) -> Any:
    """A member with no subscription whose full name finds only them."""
    taken = {r.person_id for r in subscriptions.list_subscriptions(engine)}
    for p in members.search(engine, MemberQuery(limit=200)):
        name = f"{p.first_name} {p.last_name}"
        if p.id not in taken and len(members.search(engine, MemberQuery(text=name))) == 1:
            return p
    raise AssertionError("no free member in the demo")


def run_dialog(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Any) -> None:
    """Instead of blocking, ``exec()`` fills the dialog and presses OK (once)."""
    def fake_exec(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(cls, "exec", fake_exec)


# -- the table ----------------------------------------------------------------------------

def test_the_table_is_the_service_answer_active_today_and_all(tab: SubscriptionsTab,
                                                            demo_ctx: Any) -> None:
    engine = demo_ctx.engine
    assert tab.active_check.isChecked()                       # active today by default
    active = service_ids(engine, active_on=TODAY)
    assert ids(tab) == active and len(active) > 30            # newest first, like the service
    assert {tab.model.index(i, 7).data() for i in range(tab.model.rowCount())} == {"Active"}
    assert tab.count_label.text().startswith(f"{len(active)} subscription(s) · ")

    tab.active_check.setChecked(False)
    everything = service_ids(engine)
    assert ids(tab) == everything and len(everything) > len(active)
    states = {tab.model.index(i, 7).data() for i in range(tab.model.rowCount())}
    assert states == {"Active", "Ended"} | ({"Future"} & states)

    # the plan filter, then back
    nomade = plan_id(engine, "Coworking nomade")
    tab.plan_combo.setCurrentIndex(tab.plan_combo.findData(nomade))
    assert ids(tab) == [r.id for r in subscriptions.list_subscriptions(engine)
                        if r.plan_id == nomade]
    assert tab.count_label.text().startswith(
        f"{len(ids(tab))} subscription(s) of {len(everything)}")
    tab.plan_combo.setCurrentIndex(0)
    assert ids(tab) == everything


def test_cells_payer_open_end_and_sorting(tab: SubscriptionsTab, demo_ctx: Any) -> None:
    row = billed_monthly(demo_ctx.engine)          # e.g. Hélène Le Clerc, paid by Compost'Up
    n = tab.model.find_row(lambda r: r.id == row.id)
    cells = [tab.model.index(n, c).data() for c in range(tab.model.columnCount())]
    assert cells[0] == row.subscriber_name and cells[1] == row.plan_name
    assert cells[3] == row.payer.name and cells[5] == "—"
    assert plain(cells[6]) == plain(f"{row.price_cents // 100},00 €")
    own = next(i for i, r in enumerate(tab.model.rows()) if r.payer.name == r.subscriber_name)
    assert tab.model.index(own, 3).data() == ""   # the payer only when someone else pays
    # sorting by start, oldest first
    tab.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    starts = [r.start_on for r in tab.model.rows()]
    assert starts == sorted(starts)


def test_search_finds_a_subscriber_typed_without_accents(tab: SubscriptionsTab,
                                                       qtbot: Any) -> None:
    name = next(r.subscriber_name for r in tab.model.rows()
                if r.subscriber_name != fold(r.subscriber_name)
                and fold(r.subscriber_name).isascii())
    qtbot.keyClicks(tab.search_edit, fold(name).upper())      # « HELENE LE CLERC »
    rows = tab.model.rows()
    assert rows and all(fold(name) in fold(r.subscriber_name) or fold(name) in
                        fold(r.payer.name) for r in rows)
    assert name in [r.subscriber_name for r in rows]
    # a payer's name finds those it pays for
    tab.search_edit.setText("datagora")
    assert len(tab.model.rows()) == 3 and {r.payer.name for r in tab.model.rows()} == {
        "Datagora"}
    tab.search_edit.setText("zzz-nobody")
    assert tab.model.rowCount() == 0 and tab.empty.label.isVisibleTo(tab)
    assert "filters" in tab.empty.label.text()


def test_details_show_the_payer_notes_and_previous_plan(tab: SubscriptionsTab,
                                                       demo_ctx: Any, qtbot: Any) -> None:
    changed = next(r for r in tab.model.rows() if r.previous_id is not None)
    previous = subscriptions.get(demo_ctx.engine, changed.previous_id)
    assert previous.id not in ids(tab)             # ended: not in the active-today table
    tab.select(changed.id)
    index = tab.model.index(tab.model.find_row(lambda r: r.id == changed.id), 0)
    tab.view.doubleClicked.emit(index)
    text = plain(tab.detail_label.text())
    assert f"follows “{previous.plan_name}” (no. {previous.id}" in text
    assert "paid by the subscriber" in text
    row = billed_monthly(demo_ctx.engine)
    tab.select(row.id)
    assert f"paid by {row.payer.name}" in tab.detail_label.text()


# -- subscribing --------------------------------------------------------------------------

def test_a_new_subscription_with_a_negotiated_price(tab: SubscriptionsTab, demo_ctx: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    person = unsubscribed_member(engine)
    name = f"{person.first_name} {person.last_name}"
    fixe = plan_id(engine, "Poste fixe")

    def fill(d: SubscriptionDialog) -> None:
        assert d.start_edit.date() == qd(TODAY) and not d.end_check.isChecked()
        d.subject.member_edit.setText(name)
        d.plan_combo.setCurrentIndex(d.plan_combo.findData(fixe))
        assert "8\u00a0h" in d.plan_info.text()          # what the plan includes
        assert plain(d.price_edit.placeholderText()) == "list price 290,00 €"
        d.price_edit.setText("250,00")
        d.notes_edit.setText("Tarif association")

    run_dialog(monkeypatch, SubscriptionDialog, fill)
    messages: list[str] = []
    tab.sig_status.connect(messages.append)
    tab.new_subscription()
    mine = subscriptions.list_subscriptions(engine, person_id=person.id)
    assert [(r.plan_id, r.start_on, r.end_on, r.price_override_cents, r.price_cents,
             r.payer.key, r.notes) for r in mine] == [
        (fixe, TODAY, None, 25000, 25000, ("person", person.id), "Tarif association")]
    assert any(m.startswith(f"{name} subscribed to “Poste fixe” from 26/11/2026")
               for m in messages)
    # in the table, selected, the negotiated price in bold with the list price in its tip
    assert tab.current() is not None and tab.current().id == mine[0].id
    n = tab.model.find_row(lambda r: r.id == mine[0].id)
    price = tab.model.index(n, 6)
    assert plain(price.data()) == "250,00 €"
    assert price.data(Qt.ItemDataRole.FontRole).bold()
    assert plain(price.data(Qt.ItemDataRole.ToolTipRole)) == \
        "negotiated price, list price 290,00 €"
    assert ids(tab) == service_ids(engine, active_on=TODAY)


def test_an_organisation_paid_by_another(demo_ctx: Any, qtbot: Any) -> None:
    from tierslieu.services import organizations

    engine = demo_ctx.engine
    taken = {r.organization_id for r in subscriptions.list_subscriptions(engine)}
    org_id, org_name = next((i, n) for i, n in organizations.names(engine) if i not in taken)
    payer_id, payer_name = next((i, n) for i, n in organizations.names(engine)
                                if i != org_id and fold(n) != n)
    dialog = SubscriptionDialog(engine)
    qtbot.addWidget(dialog)
    dialog.subject.org_radio.setChecked(True)
    dialog.subject.org_edit.setText(org_name)
    dialog.payer.org_radio.setChecked(True)
    dialog.payer.org_edit.setText(fold(payer_name))       # typed without accents
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData(
        plan_id(engine, "Bureau privatif")))
    dialog.end_check.setChecked(True)
    dialog.end_edit.setDate(QDate(2027, 6, 30))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.field_errors.errors()
    row = subscriptions.list_subscriptions(engine, organization_id=org_id)[0]
    assert (row.payer.key, row.end_on, row.price_override_cents) == (
        ("organization", payer_id), date(2027, 6, 30), None)


def test_start_after_end_and_overlap_are_refused_under_the_field(demo_ctx: Any,
                                                                  qtbot: Any) -> None:
    engine = demo_ctx.engine
    before = service_ids(engine)
    row = billed_monthly(engine)
    dialog = SubscriptionDialog(engine)
    qtbot.addWidget(dialog)
    dialog.subject.member_edit.pick(row.person_id, row.subscriber_name)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData(row.plan_id))
    dialog.start_edit.setDate(QDate(2027, 3, 1))
    dialog.end_check.setChecked(True)
    dialog.end_edit.setDate(QDate(2027, 2, 1))
    dialog.accept()
    errors = dialog.field_errors.errors()
    assert set(errors) == {"end_on"} and "précède le début" in errors["end_on"]
    assert dialog.end_edit.property("invalid") is True
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None

    dialog.end_check.setChecked(False)                   # the same plan again: overlap
    dialog.accept()
    errors = dialog.field_errors.errors()
    assert set(errors) == {"start_on"} and row.plan_name in errors["start_on"]
    assert f"{row.id}" in errors["start_on"]
    assert service_ids(engine) == before                  # nothing written

    dialog.subject.member_edit.clear_choice()            # nobody chosen: said, not sent
    dialog.accept()
    assert set(dialog.field_errors.errors()) == {"person"}
    dialog.subject.member_edit.setText("zzz nobody")
    dialog.price_edit.setText("12,345")
    dialog.accept()
    assert set(dialog.field_errors.errors()) == {"person", "price_override_cents"}
    assert service_ids(engine) == before


# -- ending and changing plan -------------------------------------------------------------

def test_ending_before_what_is_invoiced_is_refused_then_after_works(
        tab: SubscriptionsTab, demo_ctx: Any, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    row = billed_monthly(engine)
    assert tab.select(row.id) and tab.end_button.isEnabled()
    seen: dict[str, Any] = {}

    def fill(d: EndDialog) -> None:
        assert d.date_edit.date() == QDate(2026, 11, 30)     # end of the current month
        d.date_edit.setDate(QDate(2026, 10, 15))
        d.accept()                                           # refused: already invoiced
        seen["errors"] = d.field_errors.errors()
        seen["accepted"] = d.result() == QDialog.DialogCode.Accepted
        d.date_edit.setDate(QDate(2026, 11, 30))
        assert "30/11/2026" in d.summary.text()

    run_dialog(monkeypatch, EndDialog, fill)
    messages: list[str] = []
    tab.sig_status.connect(messages.append)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)           # Del: « Terminer… »
    assert isinstance(tab.dialog, EndDialog)
    assert set(seen["errors"]) == {"end_on"} and not seen["accepted"]
    assert "31/10/2026" in seen["errors"]["end_on"]          # the service's refusal
    assert subscriptions.get(engine, row.id).end_on == date(2026, 11, 30)
    assert f"Subscription “{row.plan_name}” of {row.subscriber_name} ended on 30/11/2026" \
        in messages
    n = tab.model.find_row(lambda r: r.id == row.id)
    assert n >= 0 and tab.model.index(n, 5).data() == "30/11/2026"
    assert tab.current().id == row.id


def test_changing_plan_writes_the_new_subscription_with_previous_id(
        tab: SubscriptionsTab, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    row = billed_monthly(engine)
    fixe = plan_id(engine, "Poste fixe")
    assert row.plan_id != fixe
    tab.select(row.id)

    def fill(d: ChangePlanDialog) -> None:
        assert row.plan_id not in [p.id for p in d.plans]
        assert d.date_edit.date() == QDate(2026, 12, 1)
        d.plan_combo.setCurrentIndex(d.plan_combo.findData(fixe))
        assert d.summary.text() == (f"“{row.plan_name}” ends on 30/11/2026; "
                                    "“Poste fixe” starts on 01/12/2026.")

    run_dialog(monkeypatch, ChangePlanDialog, fill)
    tab.change_plan()
    old = subscriptions.get(engine, row.id)
    new = next(r for r in subscriptions.list_subscriptions(engine, person_id=row.person_id)
               if r.previous_id == row.id)
    assert old.end_on == date(2026, 11, 30)
    assert (new.plan_id, new.start_on, new.end_on, new.payer.key) == (
        fixe, date(2026, 12, 1), None, row.payer.key)
    # a future subscription: the tab switched to all and selected it
    assert not tab.active_check.isChecked() and tab.current().id == new.id
    assert tab.model.index(tab.model.find_row(lambda r: r.id == new.id), 7).data() == "Future"


def test_a_change_on_the_start_day_is_refused_under_the_date(demo_ctx: Any,
                                                             qtbot: Any) -> None:
    engine = demo_ctx.engine
    row = billed_monthly(engine)
    dialog = ChangePlanDialog(engine, row)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(qd(row.start_on))
    dialog.accept()
    assert set(dialog.field_errors.errors()) == {"start_on"}
    assert subscriptions.get(engine, row.id).end_on is None


# -- plans --------------------------------------------------------------------------------

def test_parse_hours() -> None:
    assert [parse_hours(t) for t in ("", "4", "4,5", "4.25", "0,5 h")] == [0, 240, 270, 255, 30]
    for bad in ("abc", "-1", "0,001", "nan"):
        with pytest.raises(ValueError):
            parse_hours(bad)


@pytest.mark.parametrize("typed", ["12,345", "abc", ""])
def test_a_plan_with_a_bad_price_shows_it_under_the_price(demo_ctx: Any, qtbot: Any,
                                                          typed: str) -> None:
    engine = demo_ctx.engine
    dialog = PlanDialog(engine)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Formule test")
    dialog.price_edit.setText(typed)
    dialog.room_edit.setText("4,5")
    dialog.accept()
    errors = dialog.field_errors.errors()
    assert set(errors) == {"price_cents"} and "Prix HT" in errors["price_cents"]
    assert dialog.price_edit.property("invalid") is True and dialog.saved is None
    assert "Formule test" not in [p.name for p in plans.list_plans(engine,
                                                                     include_inactive=True)]


def test_a_new_plan_and_withdrawing_one(demo_ctx: Any, qtbot: Any,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    dialog = PlansDialog(engine)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5 and not dialog.new_button.isHidden()

    def fill(d: PlanDialog) -> None:
        d.name_edit.setText("Pack 5 demi-journées")
        d.kind_combo.setCurrentIndex(d.kind_combo.findData("day_pass_pack"))
        d.billing_combo.setCurrentIndex(d.billing_combo.findData("once"))
        d.price_edit.setText("75,50")
        d.vat_combo.setCurrentIndex(d.vat_combo.findData(1000))
        d.room_edit.setText("2,5")
        d.desk_spin.setValue(5)
        d.kind_boxes["hot_desk_zone"].setChecked(True)
        d.validity_spin.setValue(90)

    run_dialog(monkeypatch, PlanDialog, fill)
    dialog.new_plan()
    made = plans.find(engine, "Pack 5 demi-journées")
    assert (made.kind, made.billing, made.price_cents, made.vat_rate_bp, made.room_minutes,
            made.desk_days, made.resource_kinds, made.validity_days, made.active) == (
        "day_pass_pack", "once", 7550, 1000, 150, 5, ("hot_desk_zone",), 90, True)
    assert dialog.changed and dialog.current().id == made.id and dialog.model.rowCount() == 6

    # withdraw « Domiciliation »: no longer offered to new subscriptions
    domi = plan_id(engine, "Domiciliation")
    dialog.view.selectRow(dialog.model.find_row(lambda r: r.id == domi))
    assert dialog.active_button.text() == "&Withdraw"
    dialog.toggle_active()
    assert not plans.get(engine, domi).active
    assert dialog.active_button.text() == "&Offer again"
    assert dialog.model.index(dialog.model.find_row(lambda r: r.id == domi), 9).data() == \
        "Withdrawn"
    offered = SubscriptionDialog(engine)
    qtbot.addWidget(offered)
    assert "Domiciliation" not in offered.plan_names()
    assert "Pack 5 demi-journées" in offered.plan_names()
    dialog.toggle_active()
    assert plans.get(engine, domi).active


def test_the_tab_reloads_its_plans_after_the_plans_dialog(tab: SubscriptionsTab,
                                                          demo_ctx: Any,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    domi = plan_id(demo_ctx.engine, "Domiciliation")

    def fake_exec(d: PlansDialog) -> int:
        d.view.selectRow(d.model.find_row(lambda r: r.id == domi))
        d.toggle_active()
        return 0

    monkeypatch.setattr(PlansDialog, "exec", fake_exec)
    tab.open_plans()
    combo = tab.plan_combo
    assert combo.itemText(combo.findData(domi)) == "Domiciliation (withdrawn)"


# -- roles, models, screenshots -----------------------------------------------------------

def test_a_director_sees_no_write_buttons(demo_ctx: Any, qtbot: Any) -> None:
    security.set_session(security.Principal("director", "test-director"))
    try:
        t = SubscriptionsTab(demo_ctx)
        qtbot.addWidget(t)
        t.show()
        t.refresh()
        assert ids(t) == service_ids(demo_ctx.engine, active_on=TODAY)
        t.view.selectRow(0)
        assert not any(b.isVisible() for b in (t.new_button, t.end_button, t.change_button))
        assert not t.act_end.isVisible() and t.plans_button.isVisible()
        t.new_subscription()                          # Ctrl+N on the page: nothing opens
        assert t.dialog is None
        plans_dialog = PlansDialog(demo_ctx.engine)
        qtbot.addWidget(plans_dialog)
        plans_dialog.show()
        assert plans_dialog.model.rowCount() == 5
        assert not plans_dialog.new_button.isVisible()
        assert not plans_dialog.active_button.isVisible()
    finally:
        security.set_session(None)


def test_controls_are_named_and_mnemonics_distinct(tab: SubscriptionsTab, demo_ctx: Any,
                                                   qtbot: Any) -> None:
    from tests.gui.test_accessibility import label_problems, unnamed

    assert unnamed(tab) == [] and label_problems(tab) == []
    row = billed_monthly(demo_ctx.engine)
    for dialog in (SubscriptionDialog(demo_ctx.engine), PlanDialog(demo_ctx.engine),
                   PlansDialog(demo_ctx.engine), EndDialog(demo_ctx.engine, row),
                   ChangePlanDialog(demo_ctx.engine, row)):
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        assert (name, unnamed(dialog), label_problems(dialog)) == (name, [], [])


def test_the_models(qtmodeltester: Any, demo_ctx: Any) -> None:
    model = SubscriptionsModel(today=TODAY)
    model.set_rows(subscriptions.list_subscriptions(demo_ctx.engine))
    qtmodeltester.check(model)
    model.sort(6, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    plans_model = PlansModel()
    plans_model.set_rows(plans.list_plans(demo_ctx.engine, include_inactive=True))
    qtmodeltester.check(plans_model)


def test_screenshots(on_screen: Any, demo_ctx: Any, qtbot: Any, styled_app: Any, shot: Any,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    engine = demo_ctx.engine
    row = billed_monthly(engine)
    subscriptions.end(engine, row.id, date(2026, 12, 31))
    t = on_screen(SubscriptionsTab(demo_ctx))
    t.refresh()
    t.select(row.id)
    shot(t, "billing-subscriptions")

    dialog = SubscriptionDialog(engine, t)
    qtbot.addWidget(dialog)
    dialog.subject.member_edit.pick(row.person_id, row.subscriber_name)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData(row.plan_id))
    dialog.price_edit.setText("120,00")
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "billing-subscription-dialog")
    dialog.accept()                                   # overlaps: the message under the date
    assert set(dialog.field_errors.errors()) == {"start_on"}
    shot(dialog, "billing-subscription-error")

    plans_dialog = PlansDialog(engine, t)
    qtbot.addWidget(plans_dialog)
    plans_dialog.show()
    qtbot.waitExposed(plans_dialog)
    shot(plans_dialog, "billing-plans")
    plan_dialog = PlanDialog(engine, plans_dialog)
    qtbot.addWidget(plan_dialog)
    plan_dialog.show()
    qtbot.waitExposed(plan_dialog)
    shot(plan_dialog, "billing-plan-dialog")
