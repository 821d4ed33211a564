"""Table models of the home page: who is in, arrivals, rooms, events, alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tierslieu import timeutil
from tierslieu.gui import theme
from tierslieu.gui.fmt import fmt_count, fmt_date, fmt_money
from tierslieu.gui.models.base import CENTER, DISPLAY, RIGHT, Column, RowTableModel
from tierslieu.i18n import choice_label
from tierslieu.services.dashboard import DashboardAlert, RoomDay
from tierslieu.services.events import EventRow
from tierslieu.services.visits import NotificationRow, VisitRow

FOREGROUND = Qt.ItemDataRole.ForegroundRole
DECORATION = Qt.ItemDataRole.DecorationRole
_BUSY = QBrush(QColor("#b3261e"))
_FREE = QBrush(QColor("#2e7d32"))
_WARN = QBrush(QColor("#8d6e00"))


def kind_text(v: VisitRow) -> str:
    """"Member", "Visitor" or "Guest"."""
    labels = {"member": QCoreApplication.translate("DashboardModels", "Member"),
              "visitor": QCoreApplication.translate("DashboardModels", "Visitor"),
              "guest": QCoreApplication.translate("DashboardModels", "Guest")}
    return labels.get(v.kind, v.kind)


def name_text(v: VisitRow) -> str:
    """The name, with a visitor's organisation: "Jean Dupont (Dupont & Fils)"."""
    return f"{v.name} ({v.company})" if v.company else v.name


def visit_tip(v: VisitRow) -> str | None:
    if v.kind == "member":
        return None
    parts = [QCoreApplication.translate("DashboardModels", "Host: {host}").format(
        host=v.host_name)]
    if v.purpose:
        parts.append(v.purpose)
    return " — ".join(parts)


def _hm(value: datetime | None, tz: str) -> str:
    return f"{timeutil.to_local(value, tz):%H:%M}" if value else ""


class PresentModel(RowTableModel[VisitRow]):
    """Who is in now."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("since", QCoreApplication.translate("DashboardModels", "Since"),
                   lambda v: _hm(v.arrived_at, v.timezone), sort_key=lambda v: v.arrived_at,
                   align=CENTER),
            Column("name", QCoreApplication.translate("DashboardModels", "Name"), name_text,
                   tooltip=visit_tip),
            Column("kind", QCoreApplication.translate("DashboardModels", "Kind"), kind_text),
            Column("host", QCoreApplication.translate("DashboardModels", "Host"),
                   lambda v: v.host_name, tooltip=visit_tip),
        ], parent)


class ArrivalsModel(RowTableModel[VisitRow]):
    """Today's arrivals, present or gone."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("arrived", QCoreApplication.translate("DashboardModels", "Arrived"),
                   lambda v: _hm(v.arrived_at, v.timezone), sort_key=lambda v: v.arrived_at,
                   align=CENTER),
            Column("name", QCoreApplication.translate("DashboardModels", "Name"), name_text,
                   tooltip=visit_tip),
            Column("kind", QCoreApplication.translate("DashboardModels", "Kind"), kind_text),
            Column("left", QCoreApplication.translate("DashboardModels", "Left"),
                   lambda v: _hm(v.left_at, v.timezone), sort_key=lambda v: v.left_at,
                   align=CENTER),
        ], parent)


def _hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d}" if m else f"{h} h"


class RoomsModel(RowTableModel[RoomDay]):
    """Today's bookings per room; the "now" column is red when the room is in use."""

    def __init__(self, parent: Any = None) -> None:
        def now_text(r: RoomDay) -> str:
            if r.busy_now:
                return QCoreApplication.translate("DashboardModels", "In use: {title}").format(
                    title=r.current_title) if r.current_title else \
                    QCoreApplication.translate("DashboardModels", "In use")
            if r.next_start is not None:
                return QCoreApplication.translate("DashboardModels", "Free until {time}").format(
                    time=_hm(r.next_start, r.timezone))
            return QCoreApplication.translate("DashboardModels", "Free")

        super().__init__([
            Column("room", QCoreApplication.translate("DashboardModels", "Resource"),
                   lambda r: r.name, tooltip=lambda r: choice_label(r.kind)),
            Column("bookings", QCoreApplication.translate("DashboardModels", "Bookings"),
                   lambda r: r.bookings or "", sort_key=lambda r: r.bookings, align=RIGHT),
            Column("booked", QCoreApplication.translate("DashboardModels", "Booked"),
                   lambda r: _hours(r.booked_minutes) if r.booked_minutes else "",
                   sort_key=lambda r: r.booked_minutes, align=RIGHT),
            Column("now", QCoreApplication.translate("DashboardModels", "Now"), now_text,
                   tooltip=now_text),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND and index.column() == 3:
            return _BUSY if self.row_at(index.row()).busy_now else _FREE
        return super().data(index, role)


def event_when(e: EventRow) -> str:
    """"25/11/2026 14:00-17:00", or "28/11/2026 09:00 → 29/11/2026" over several days."""
    start, end = e.local_start, e.local_end
    if start.date() == end.date():
        return f"{fmt_date(start.date())} {start:%H:%M}-{end:%H:%M}"
    return f"{fmt_date(start.date())} {start:%H:%M} → {fmt_date(end.date())}"


def _short_when(e: EventRow, today: bool) -> str:
    start, end = e.local_start, e.local_end
    if today:
        return f"{start:%H:%M}-{end:%H:%M}"
    day = f"{start:%d/%m} {start:%H:%M}"
    return day if start.date() == end.date() else f"{day} → {end:%d/%m}"


class DashboardEventsModel(RowTableModel[EventRow]):
    """Today's events (times only) or the coming week's (day and time)."""

    def __init__(self, parent: Any = None, *, today: bool = False) -> None:
        super().__init__([
            Column("when", QCoreApplication.translate("DashboardModels", "When"),
                   lambda e: _short_when(e, today), sort_key=lambda e: e.start_at,
                   tooltip=event_when),
            Column("title", QCoreApplication.translate("DashboardModels", "Event"),
                   lambda e: e.title, tooltip=lambda e: ", ".join(e.rooms) or None),
            Column("places", QCoreApplication.translate("DashboardModels", "Registered"),
                   lambda e: f"{e.registered} / {e.capacity}"
                   + (f" (+{e.waitlisted})" if e.waitlisted else ""),
                   sort_key=lambda e: e.registered, align=RIGHT),
        ], parent)


@dataclass(frozen=True)
class AlertItem:
    """One line of the alerts list: a late milestone, an under-filled event, a
    notification for a host, a subscription ending, an unpaid invoice (or the line that
    counts the other unpaid ones)."""

    # milestone_late | event_underfilled | notification | subscription_ending
    # | invoice_unpaid | invoice_unpaid_more
    kind: str
    title: str
    detail: str
    due: date | None
    ref_id: int                # enrollment, event, notification, subscription or invoice id
    at: datetime | None = None
    person_id: int | None = None           # opened on double-click: the member,
    organization_id: int | None = None     # ... or the organisation (a startup: its file)


# the order of the families in the list (someone waiting at the desk comes first)
ALERT_ORDER = ("notification", "event_underfilled", "subscription_ending", "invoice_unpaid",
               "invoice_unpaid_more", "milestone_late")
# each family's icon (resources/icons)
ALERT_ICONS = {"notification": "members", "event_underfilled": "events",
               "subscription_ending": "planning", "milestone_late": "incubation",
               "invoice_unpaid": "reports", "invoice_unpaid_more": "reports"}


def _ending_text(a: DashboardAlert) -> str:
    """"Pack 10 journées, ends in 5 days" (the date is in its own column)."""
    if a.days < -1:
        text = QCoreApplication.translate("DashboardModels", "{plan}, ended {days} days ago")
    elif a.days == -1:
        text = QCoreApplication.translate("DashboardModels", "{plan}, ended yesterday")
    elif a.days == 0:
        text = QCoreApplication.translate("DashboardModels", "{plan}, ends today")
    elif a.days == 1:
        text = QCoreApplication.translate("DashboardModels", "{plan}, ends tomorrow")
    else:
        text = QCoreApplication.translate("DashboardModels", "{plan}, ends in {days} days")
    return text.format(plan=a.detail, days=abs(a.days))


def _unpaid_text(a: DashboardAlert) -> str:
    """"F2026-00082: 720,00 € due, 55 days late"."""
    amount = fmt_money(a.amount_cents)
    if a.kind == "invoice_unpaid_more":
        return QCoreApplication.translate(
            "DashboardModels", "and {count} more overdue invoices, {amount} in all").format(
                count=fmt_count(a.count), amount=amount)
    if a.days == 1:
        late = QCoreApplication.translate("DashboardModels", "1 day late")
    else:
        late = QCoreApplication.translate("DashboardModels", "{days} days late").format(
            days=fmt_count(a.days))
    return QCoreApplication.translate("DashboardModels", "{number}: {amount} due, {late}").format(
        number=a.detail, amount=amount, late=late)


def alert_items(alerts: tuple[DashboardAlert, ...],
                notes: tuple[NotificationRow, ...]) -> list[AlertItem]:
    """Notifications first (someone is waiting), then events, subscriptions ending,
    unpaid invoices (the most overdue first, as the service gives them), milestones."""
    out = [AlertItem("notification", n.person_name, n.text(), None, n.id, n.created_at)
           for n in notes]
    for a in alerts:
        if a.kind == "event_underfilled":
            detail = QCoreApplication.translate(
                "DashboardModels", "{registered} registered, {minimum} needed").format(
                    registered=a.registered, minimum=a.minimum)
        elif a.kind == "subscription_ending":
            detail = _ending_text(a)
        elif a.kind in ("invoice_unpaid", "invoice_unpaid_more"):
            detail = _unpaid_text(a)
        else:
            detail = a.detail
        out.append(AlertItem(a.kind, a.title, detail, a.due, a.ref_id,
                             person_id=a.person_id, organization_id=a.organization_id))
    rank = {k: i for i, k in enumerate(ALERT_ORDER)}
    return sorted(out, key=lambda x: rank.get(x.kind, len(rank)))   # stable within a kind


def alert_kind(item: AlertItem) -> str:
    labels = {
        "notification": QCoreApplication.translate("DashboardModels", "For a host"),
        "event_underfilled": QCoreApplication.translate("DashboardModels", "Few registrations"),
        "milestone_late": QCoreApplication.translate("DashboardModels", "Milestone late"),
        "subscription_ending": QCoreApplication.translate("DashboardModels",
                                                          "Subscription ending"),
        "invoice_unpaid": QCoreApplication.translate("DashboardModels", "Unpaid invoice"),
        "invoice_unpaid_more": QCoreApplication.translate("DashboardModels",
                                                          "Unpaid invoices"),
    }
    return labels.get(item.kind, item.kind)


def _alert_text(a: AlertItem) -> str:
    return f"{a.title} — {a.detail}" if a.title else a.detail


class AlertsModel(RowTableModel[AlertItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("kind", QCoreApplication.translate("DashboardModels", "Alert"), alert_kind),
            Column("detail", QCoreApplication.translate("DashboardModels", "Detail"),
                   _alert_text, tooltip=lambda a: f"{a.title}\n{a.detail}".strip()),
            Column("due", QCoreApplication.translate("DashboardModels", "Date"),
                   lambda a: fmt_date(a.due) if a.due else (
                       _hm(a.at, timeutil.DEFAULT_TZ) if a.at else ""),
                   sort_key=lambda a: a.due or (a.at.date() if a.at else None)),
        ], parent)

        self._icons: dict[str, Any] = {}     # one QIcon per family, made once

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND and index.column() == 0:
            kind = self.row_at(index.row()).kind
            return _BUSY if kind in ("milestone_late", "invoice_unpaid") else _WARN \
                if kind != "notification" else None
        if role == DECORATION and index.column() == 0:
            kind = self.row_at(index.row()).kind
            found = self._icons.get(kind)
            if found is None and kind in ALERT_ICONS:
                found = self._icons[kind] = theme.icon(ALERT_ICONS[kind])
            return found
        return super().data(index, role)


__all__ = ["ALERT_ICONS", "ALERT_ORDER", "AlertItem", "AlertsModel", "ArrivalsModel", "DashboardEventsModel", "PresentModel",
           "RoomsModel", "alert_items", "event_when", "kind_text", "name_text"]
