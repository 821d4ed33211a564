"""The « Abonnements » tab's table models and the small formats they share with its dialogs.

Rows are the billing services' DTOs (:class:`~tierslieu.services.billing.dto.SubscriptionRow`,
:class:`~tierslieu.services.billing.dto.PlanRow`); money stays integer cents until printed
(« 1 234,50 € »), meeting-room credits stay minutes until printed (« 4 h 30 »).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tierslieu.gui import theme
from tierslieu.gui.billing.invoice_models import fmt_rate
from tierslieu.gui.fmt import fmt_date, fmt_money
from tierslieu.gui.models.base import CENTER, RIGHT, Column, RowTableModel
from tierslieu.i18n import choice_label
from tierslieu.text import fold

if TYPE_CHECKING:
    # named as strings in the models' bases below
    from tierslieu.services.billing.dto import PlanRow, SubscriptionRow  # noqa: F401

FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
OPEN_END = "—"

# called by this name with literal arguments: lupdate extracts translate("Context", "text")
translate = QCoreApplication.translate

STATES = ("active", "future", "ended")
_STATE_INK = {"active": ("#2e7d32", "#81c784"), "future": ("#1f6f78", "#5cc2cc"),
              "ended": ("#78909c", "#90a4ae")}


# -- formats ------------------------------------------------------------------------------

def state_of(row: SubscriptionRow, today: date) -> str:
    """``active`` today, ``future`` (starts later) or ``ended`` (its last day has passed)."""
    if row.start_on > today:
        return "future"
    if row.end_on is not None and row.end_on < today:
        return "ended"
    return "active"


def state_text(state: str) -> str:
    return {"active": translate("SubscriptionsModel", "Active"),
            "future": translate("SubscriptionsModel", "Future"),
            "ended": translate("SubscriptionsModel", "Ended")}[state]


def fmt_hours(minutes: int) -> str:
    """Meeting-room minutes as « 4 h » or « 4 h 30 »; empty for none."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    return f"{hours}\u00a0h" + (f"\u00a0{rest:02d}" if rest else "")


def fmt_days(days: int) -> str:
    if not days:
        return ""
    # no plural through a module-level translate (lupdate reads "%n" only from tr())
    return translate("PlansModel", "1 day") if days == 1 else \
        translate("PlansModel", "{n} days").format(n=days)


def payer_shown(row: SubscriptionRow) -> str:
    """The payer's name when someone else pays, else empty."""
    own = ("person", row.person_id or 0) if row.person_id else \
        ("organization", row.organization_id or 0)
    return "" if row.payer.key == own else row.payer.name


def includes_text(plan: PlanRow) -> str:
    """What a plan gives: « 8 h de salle par mois · 10 jours · Poste fixe, Espace partagé »."""
    per = translate("PlansModel", "per month") if plan.billing == "monthly" else \
        translate("PlansModel", "in the pack")
    parts = []
    if plan.room_minutes:
        parts.append(translate("PlansModel", "{hours} of meeting room {per}").format(
            hours=fmt_hours(plan.room_minutes), per=per))
    if plan.desk_days:
        parts.append(translate("PlansModel", "{days} of coworking {per}").format(
            days=fmt_days(plan.desk_days), per=per))
    if plan.resource_kinds:
        parts.append(", ".join(choice_label(k) for k in plan.resource_kinds))
    if plan.billing == "once" and plan.validity_days:
        parts.append(translate("PlansModel", "valid {days} days").format(
            days=plan.validity_days))
    return " · ".join(parts)


def plan_price_text(plan: PlanRow) -> str:
    """« 290,00 € HT / mois » or « 160,00 € HT (pack) »."""
    if plan.billing == "monthly":
        return translate("PlansModel", "{price} excl. VAT / month").format(
            price=fmt_money(plan.price_cents))
    return translate("PlansModel", "{price} excl. VAT (pack)").format(
        price=fmt_money(plan.price_cents))


def plan_label(plan: PlanRow) -> str:
    """A plan in a combo box: « Poste fixe — 290,00 € HT / mois »."""
    return f"{plan.name} — {plan_price_text(plan)}"


def subscription_details(row: SubscriptionRow, previous: SubscriptionRow | None = None) -> str:
    """One paragraph about a subscription: who pays, the notes, the plan it follows."""
    parts = [translate("SubscriptionsModel", "No. {id}: {who} on “{plan}” from {start}").format(
        id=row.id, who=row.subscriber_name, plan=row.plan_name, start=fmt_date(row.start_on))
        + (translate("SubscriptionsModel", " to {end}").format(end=fmt_date(row.end_on))
           if row.end_on else "")]
    parts.append(translate("SubscriptionsModel", "paid by {payer}").format(
        payer=row.payer.name) if payer_shown(row) else
        translate("SubscriptionsModel", "paid by the subscriber"))
    if row.previous_id is not None:
        if previous is not None:
            parts.append(translate("SubscriptionsModel",
                                   "plan change: follows “{plan}” (no. {id}, {start} – {end})")
                         .format(plan=previous.plan_name, id=previous.id,
                                 start=fmt_date(previous.start_on),
                                 end=fmt_date(previous.end_on) or OPEN_END))
        else:
            parts.append(translate("SubscriptionsModel", "plan change: follows no. {id}")
                         .format(id=row.previous_id))
    if row.notes:
        parts.append(translate("SubscriptionsModel", "notes: {notes}").format(notes=row.notes))
    return " · ".join(parts)


def matches(row: SubscriptionRow, search: str, plan_id: int | None) -> bool:
    """The tab's own filters: the subscriber's or the payer's name (accents and case do not
    matter), and the plan."""
    if plan_id is not None and row.plan_id != plan_id:
        return False
    key = fold(search.strip())
    return not key or key in fold(row.subscriber_name) or key in fold(row.payer.name)


# -- the subscriptions table --------------------------------------------------------------

class SubscriptionsModel(RowTableModel["SubscriptionRow"]):
    """Subscriptions, newest first (the service's order); a negotiated price is bold, the
    state coloured. ``today`` decides the state; ``list_prices`` (plan id -> cents) the
    price tooltip."""

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        from tierslieu import timeutil

        self.today = today or timeutil.local_today()
        self.list_prices: dict[int, int] = {}
        super().__init__([
            Column("subscriber", translate("SubscriptionsModel", "Subscriber"),
                   lambda r: r.subscriber_name,
                   tooltip=lambda r: subscription_details(r)),
            Column("plan", translate("SubscriptionsModel", "Plan"), lambda r: r.plan_name),
            Column("kind", translate("SubscriptionsModel", "Kind"),
                   lambda r: choice_label(r.plan_kind)),
            Column("payer", translate("SubscriptionsModel", "Paid by"), payer_shown,
                   header_tip=translate("SubscriptionsModel",
                                        "Who receives the invoice, when not the subscriber")),
            Column("start", translate("SubscriptionsModel", "Start"),
                   lambda r: fmt_date(r.start_on), sort_key=lambda r: (r.start_on, r.id)),
            Column("end", translate("SubscriptionsModel", "End"),
                   lambda r: fmt_date(r.end_on) if r.end_on else OPEN_END,
                   sort_key=lambda r: r.end_on or date.max,
                   tooltip=lambda r: None if r.end_on else translate(
                       "SubscriptionsModel", "Open-ended")),
            Column("price", translate("SubscriptionsModel", "Price excl. VAT"), self._price,
                   sort_key=lambda r: r.price_cents, align=RIGHT, tooltip=self._price_tip,
                   header_tip=translate("SubscriptionsModel",
                                        "Monthly price excl. VAT (a pack: paid once); "
                                        "a negotiated price is in bold")),
            Column("state", translate("SubscriptionsModel", "State"),
                   lambda r: state_text(state_of(r, self.today)),
                   sort_key=lambda r: STATES.index(state_of(r, self.today)), align=CENTER),
        ], parent)
        self._price_column = self.column_index("price")
        self._state_column = self.column_index("state")
        self._bold = QFont()
        self._bold.setBold(True)
        dark = theme.is_dark()
        self._brushes = {k: QBrush(QColor(v[1] if dark else v[0]))
                         for k, v in _STATE_INK.items()}

    def _price(self, r: SubscriptionRow) -> str:
        price = fmt_money(r.price_cents)
        return price if r.billing == "monthly" else translate(
            "SubscriptionsModel", "{price} (pack)").format(price=price)

    def _price_tip(self, r: SubscriptionRow) -> str | None:
        if r.price_override_cents is None:
            return None
        listed = self.list_prices.get(r.plan_id)
        if listed is None:
            return translate("SubscriptionsModel", "negotiated price")
        return translate("SubscriptionsModel", "negotiated price, list price {price}").format(
            price=fmt_money(listed))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND:
            if index.column() == self._state_column:
                return self._brushes[state_of(self.row_at(index), self.today)]
            return None
        if role == FONT:
            if index.column() == self._price_column and \
                    self.row_at(index).price_override_cents is not None:
                return self._bold
            return None
        return super().data(index, role)


# -- the plans table ----------------------------------------------------------------------

class PlansModel(RowTableModel["PlanRow"]):
    """Every plan, those withdrawn from sale greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column("name", translate("PlansModel", "Name"), lambda r: r.name,
                   tooltip=lambda r: r.description or None),
            Column("kind", translate("PlansModel", "Kind"), lambda r: choice_label(r.kind)),
            Column("billing", translate("PlansModel", "Billing"),
                   lambda r: translate("PlansModel", "Monthly") if r.billing == "monthly"
                   else translate("PlansModel", "Once (pack)")),
            Column("price", translate("PlansModel", "Price excl. VAT"),
                   lambda r: fmt_money(r.price_cents), sort_key=lambda r: r.price_cents,
                   align=RIGHT),
            Column("vat", translate("PlansModel", "VAT"), lambda r: fmt_rate(r.vat_rate_bp),
                   sort_key=lambda r: r.vat_rate_bp, align=RIGHT),
            Column("room", translate("PlansModel", "Room hours"),
                   lambda r: fmt_hours(r.room_minutes), sort_key=lambda r: r.room_minutes,
                   align=RIGHT, header_tip=translate(
                       "PlansModel", "Meeting-room hours included (per month, or in the pack)")),
            Column("desk", translate("PlansModel", "Desk days"),
                   lambda r: r.desk_days or "", sort_key=lambda r: r.desk_days, align=RIGHT,
                   header_tip=translate(
                       "PlansModel", "Coworking days included (per month, or in the pack)")),
            Column("resources", translate("PlansModel", "Resources included"),
                   lambda r: ", ".join(choice_label(k) for k in r.resource_kinds),
                   tooltip=lambda r: ", ".join(choice_label(k) for k in r.resource_kinds)
                   or None),
            Column("validity", translate("PlansModel", "Validity"),
                   lambda r: translate("PlansModel", "{days} d").format(days=r.validity_days)
                   if r.validity_days else "",
                   sort_key=lambda r: r.validity_days or 0, align=RIGHT,
                   header_tip=translate("PlansModel", "How long a pack's credits last")),
            Column("active", translate("PlansModel", "On sale"),
                   lambda r: translate("PlansModel", "Yes") if r.active
                   else translate("PlansModel", "Withdrawn"), align=CENTER),
        ], parent)
        self._grey = QBrush(QColor("#90a4ae" if theme.is_dark() else "#78909c"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == FOREGROUND:
            return None if self.row_at(index).active else self._grey
        return super().data(index, role)


__all__ = ["OPEN_END", "PlansModel", "SubscriptionsModel", "fmt_hours", "includes_text",
           "matches", "payer_shown", "plan_label", "plan_price_text", "state_of",
           "state_text", "subscription_details"]
