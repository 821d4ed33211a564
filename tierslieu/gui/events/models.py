"""Table models of the events page: events, registrations (with waitlist positions) and
hackathon team members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tierslieu import timeutil
from tierslieu.gui.dashboard.models import event_when
from tierslieu.gui.fmt import fmt_datetime
from tierslieu.gui.models.base import CENTER, DISPLAY, RIGHT, Column, RowTableModel
from tierslieu.i18n import choice_label
from tierslieu.money import format_euros
from tierslieu.services.events import EventRow, RegistrationRow
from tierslieu.services.teams import TeamMemberRow, TeamRow

FOREGROUND = Qt.ItemDataRole.ForegroundRole
_CANCELLED = QBrush(QColor("#9aa5ab"))
_WAIT = QBrush(QColor("#8d6e00"))
_FULL = QBrush(QColor("#b3261e"))


def places_text(e: EventRow) -> str:
    text = f"{e.registered} / {e.capacity}"
    return text + (f" (+{e.waitlisted})" if e.waitlisted else "")


def price_text(cents: int) -> str:
    return format_euros(cents) if cents else QCoreApplication.translate("EventModels", "Free")


class EventsModel(RowTableModel[EventRow]):
    """The events list; cancelled events are greyed, full ones show their count in red."""

    COL_PLACES = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("when", QCoreApplication.translate("EventModels", "When"), event_when,
                   sort_key=lambda e: e.start_at),
            Column("title", QCoreApplication.translate("EventModels", "Event"),
                   lambda e: e.title, tooltip=lambda e: e.description or None),
            Column("kind", QCoreApplication.translate("EventModels", "Kind"),
                   lambda e: choice_label(e.kind)),
            Column("rooms", QCoreApplication.translate("EventModels", "Rooms"),
                   lambda e: ", ".join(e.rooms)),
            Column("places", QCoreApplication.translate("EventModels", "Registered"),
                   places_text, sort_key=lambda e: e.registered, align=RIGHT),
            Column("attended", QCoreApplication.translate("EventModels", "Attended"),
                   lambda e: e.checked_in or "", sort_key=lambda e: e.checked_in, align=RIGHT),
            Column("price", QCoreApplication.translate("EventModels", "Price"),
                   lambda e: price_text(e.price_cents), sort_key=lambda e: e.price_cents,
                   align=RIGHT),
            Column("status", QCoreApplication.translate("EventModels", "Status"),
                   lambda e: choice_label(e.status)),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND:
            e = self.row_at(index.row())
            if e.status == "cancelled":
                return _CANCELLED
            if index.column() == self.COL_PLACES and e.registered >= e.capacity:
                return _FULL
        return super().data(index, role)


def status_text(r: RegistrationRow) -> str:
    if r.status == "waitlisted" and r.position:
        return QCoreApplication.translate("EventModels", "Waitlist #{n}").format(n=r.position)
    return choice_label(r.status)


class RegistrationsModel(RowTableModel[RegistrationRow]):
    COL_STATUS = 3

    def __init__(self, parent: Any = None, *, timezone: str = timeutil.DEFAULT_TZ) -> None:
        zone = timeutil.zone(timezone)
        super().__init__([
            Column("name", QCoreApplication.translate("EventModels", "Name"), lambda r: r.name),
            Column("org", QCoreApplication.translate("EventModels", "Organisation"),
                   lambda r: ", ".join(r.organizations) if r.is_member else
                   QCoreApplication.translate("EventModels", "(outside)")),
            Column("email", QCoreApplication.translate("EventModels", "E-mail"),
                   lambda r: r.email),
            Column("status", QCoreApplication.translate("EventModels", "Status"), status_text,
                   sort_key=lambda r: ({"registered": 0, "waitlisted": 1}.get(r.status, 2),
                                       r.position or 0)),
            Column("registered", QCoreApplication.translate("EventModels", "Registered on"),
                   lambda r: fmt_datetime(r.registered_at, zone),
                   sort_key=lambda r: r.registered_at),
            Column("checked", QCoreApplication.translate("EventModels", "Attended"),
                   lambda r: f"{timeutil.to_local(r.checked_in_at, timezone):%H:%M}"
                   if r.checked_in_at else "", sort_key=lambda r: r.checked_in_at,
                   align=CENTER, tooltip=lambda r: fmt_datetime(r.checked_in_at, zone) or None),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == FOREGROUND:
            r = self.row_at(index.row())
            if r.status == "cancelled":
                return _CANCELLED
            if r.status == "waitlisted" and index.column() == self.COL_STATUS:
                return _WAIT
        return super().data(index, role)


class TeamMembersModel(RowTableModel[tuple[TeamRow, TeamMemberRow]]):
    """One line per member, grouped by team."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("team", QCoreApplication.translate("EventModels", "Team"),
                   lambda x: x[0].name or QCoreApplication.translate(
                       "EventModels", "Team {n}").format(n=x[0].number),
                   sort_key=lambda x: x[0].number),
            Column("name", QCoreApplication.translate("EventModels", "Name"),
                   lambda x: x[1].name),
            Column("org", QCoreApplication.translate("EventModels", "Organisation"),
                   lambda x: ", ".join(x[1].organizations)),
            Column("skills", QCoreApplication.translate("EventModels", "Skills"),
                   lambda x: ", ".join(x[1].skills)),
        ], parent)

    def set_teams(self, teams: list[TeamRow]) -> None:
        self.set_rows([(t, m) for t in teams for m in t.members])


__all__ = ["EventsModel", "RegistrationsModel", "TeamMembersModel", "places_text", "price_text",
           "status_text"]
