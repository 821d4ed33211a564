"""Events and visits: events held by kind, registrations, attendees, fill rate, people
trained; visits to the building by members, visitors and guests.

An event belongs to the period in which it starts (local time of the report) and to its
site; cancelled events are left out. A registration counts when its place is confirmed
(``registered``: not waitlisted, not cancelled); an attendee is a confirmed registration
checked in at the event. The visit log is personal data kept only as long as the
``visits.retention_days`` setting says (365 days by default): older periods count only
what is left of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import case, distinct, func, select

from tierslieu import timeutil
from tierslieu.db.models import Event, Registration, Site, Visit
from tierslieu.db.models.events import EVENT_KINDS
from tierslieu.db.models.visits import VISIT_KINDS
from tierslieu.reports.fmt import rounded
from tierslieu.reports.indicators.data import PeriodData
from tierslieu.reports.indicators.incubation import Detailed
from tierslieu.reports.indicators.registry import indicator
from tierslieu.text import fold

# the kinds of events whose attendees have been trained
TRAINING_KINDS = ("training", "bootcamp", "workshop")


@dataclass(frozen=True)
class EventInfo:
    id: int
    title: str
    kind: str
    start: datetime          # local wall time of its site
    capacity: int
    registered: int          # confirmed places
    waitlisted: int
    attended: int            # confirmed and checked in


class EventData:
    """The events and visits behind one period's figures (one query each, lazily)."""

    def __init__(self, d: PeriodData) -> None:
        self.d = d
        self.s = d.s

    def _events(self) -> Any:
        stmt = select(Event.id).where(Event.start_at >= self.d.start_utc,
                                      Event.start_at < self.d.end_utc,
                                      Event.status != "cancelled")
        if self.d.site_id is not None:
            stmt = stmt.where(Event.site_id == self.d.site_id)
        return stmt

    @cached_property
    def events(self) -> list[EventInfo]:
        """The period's events with their registrations counted, in start order."""
        confirmed = Registration.status == "registered"
        counts = (select(Registration.event_id,
                         func.sum(case((confirmed, 1), else_=0)).label("registered"),
                         func.sum(case((Registration.status == "waitlisted", 1),
                                       else_=0)).label("waitlisted"),
                         func.sum(case((confirmed & Registration.checked_in_at.is_not(None),
                                        1), else_=0)).label("attended"))
                  .where(Registration.event_id.in_(self._events()))
                  .group_by(Registration.event_id).subquery())
        rows = self.s.execute(
            select(Event.id, Event.title, Event.kind, Event.start_at, Event.capacity,
                   Site.timezone, counts.c.registered, counts.c.waitlisted,
                   counts.c.attended)
            .join(Site, Site.id == Event.site_id)
            .outerjoin(counts, counts.c.event_id == Event.id)
            .where(Event.id.in_(self._events()))
            .order_by(Event.start_at, Event.id))
        return [EventInfo(eid, title, kind, timeutil.to_local(start, tz).replace(tzinfo=None),
                          capacity, int(reg or 0), int(wait or 0), int(came or 0))
                for eid, title, kind, start, capacity, tz, reg, wait, came in rows]

    @cached_property
    def trained(self) -> int:
        """Different people checked in at a training, bootcamp or workshop of the period."""
        return int(self.s.scalar(
            select(func.count(distinct(Registration.attendee_key)))
            .join(Event, Event.id == Registration.event_id)
            .where(Registration.event_id.in_(self._events()),
                   Event.kind.in_(TRAINING_KINDS), Registration.status == "registered",
                   Registration.checked_in_at.is_not(None))) or 0)

    def _visits(self) -> list[Any]:
        where = [Visit.arrived_at >= self.d.start_utc, Visit.arrived_at < self.d.end_utc]
        if self.d.site_id is not None:
            where.append(Visit.site_id == self.d.site_id)
        return where

    @cached_property
    def visits_by_kind(self) -> dict[str, int]:
        out = dict.fromkeys(VISIT_KINDS, 0)
        for kind, n in self.s.execute(select(Visit.kind, func.count())
                                      .where(*self._visits()).group_by(Visit.kind)):
            out[kind] = int(n)
        return out

    @cached_property
    def unique_visitors(self) -> int:
        """Members by their record; visitors and guests by e-mail, else name and company
        (accents and case ignored)."""
        members = int(self.s.scalar(
            select(func.count(distinct(Visit.person_id)))
            .where(*self._visits(), Visit.kind == "member")) or 0)
        outsiders = {
            fold(email) if email.strip() else (fold(name), fold(company))
            for email, name, company in self.s.execute(
                select(Visit.visitor_email, Visit.visitor_name, Visit.visitor_company)
                .where(*self._visits(), Visit.kind != "member").distinct())}
        return members + len(outsiders)


def events_data(d: PeriodData) -> EventData:
    """The period's :class:`EventData`, made once per :class:`PeriodData`."""
    cache = vars(d)
    if "_events" not in cache:
        cache["_events"] = EventData(d)
    data: EventData = cache["_events"]
    return data


@indicator("events", "events", "events", en="Events", fr=(
    "Événements",
    "Événements non annulés commençant dans la période (heure locale du site)."))
def events(d: PeriodData) -> int:
    """Events not cancelled that start in the period (the site's local time)."""
    return len(events_data(d).events)


@indicator("events_by_kind", "events", "events", shape="breakdown",
           en="Events by kind", fr=(
               "Événements par type",
               "Événements non annulés commençant dans la période, par type (hackathon, "
               "bootcamp, atelier, rencontre, formation, portes ouvertes)."))
def events_by_kind(d: PeriodData) -> dict[str, int]:
    """Events not cancelled that start in the period, by kind (hackathon, bootcamp,
    workshop, meetup, training, open day)."""
    out = dict.fromkeys(EVENT_KINDS, 0)
    for e in events_data(d).events:
        out[e.kind] += 1
    return out


@indicator("event_registrations", "registrations", "events",
           en="Event registrations", fr=(
               "Inscriptions aux événements",
               "Places confirmées aux événements de la période (hors liste d'attente et "
               "inscriptions annulées)."))
def event_registrations(d: PeriodData) -> int:
    """Confirmed places at the period's events (waitlist and cancelled registrations
    left out)."""
    return sum(e.registered for e in events_data(d).events)


@indicator("event_attendees", "people", "events", en="Event attendees", fr=(
    "Participants aux événements",
    "Inscriptions confirmées pointées présentes aux événements de la période (une "
    "personne venue à deux événements compte deux fois)."))
def event_attendees(d: PeriodData) -> int:
    """Confirmed registrations checked in at the period's events (someone who came to
    two events counts twice)."""
    return sum(e.attended for e in events_data(d).events)


@indicator("event_fill_rate", "percent", "events", en="Event fill rate", fr=(
    "Taux de remplissage des événements",
    "Places confirmées ÷ places offertes (capacité) des événements de la période."))
def event_fill_rate(d: PeriodData) -> Detailed:
    """Confirmed places ÷ places offered (capacity) at the period's events."""
    rows = events_data(d).events
    places, taken = sum(e.capacity for e in rows), sum(e.registered for e in rows)
    return Detailed(rounded(taken * 100, places) if places else None,
                    {"registrations": taken, "places": places})


@indicator("people_trained", "people", "events", en="People trained", fr=(
    "Personnes formées",
    "Personnes différentes pointées présentes à une formation, un bootcamp ou un atelier "
    "de la période."))
def people_trained(d: PeriodData) -> int:
    """Different people checked in at a training, a bootcamp or a workshop of the
    period."""
    return events_data(d).trained


@indicator("event_list", "events", "events", shape="rows", public=False,
           en="Events of the period", fr=(
               "Événements de la période",
               "Pour chaque événement de la période : date, type, places, inscriptions "
               "confirmées, liste d'attente et participants."))
def event_list(d: PeriodData) -> list[dict[str, Any]]:
    """For each event of the period: date, kind, places, confirmed registrations,
    waitlist and attendees."""
    return [{"title": e.title, "kind": e.kind, "start": e.start.isoformat(timespec="minutes"),
             "capacity": e.capacity, "registered": e.registered, "waitlisted": e.waitlisted,
             "attended": e.attended} for e in events_data(d).events]


@indicator("visits", "visits", "events", en="Visits", fr=(
    "Passages",
    "Passages enregistrés à l'accueil dans la période : arrivées des membres, visiteurs "
    "et invités."))
def visits(d: PeriodData) -> int:
    """Stays recorded at the front desk in the period: members' check-ins, visitors and
    guests."""
    return sum(events_data(d).visits_by_kind.values())


@indicator("visits_by_kind", "visits", "events", shape="breakdown",
           en="Visits by kind", fr=(
               "Passages par type",
               "Passages de la période selon qu'il s'agit d'un membre, d'un visiteur ou "
               "d'un invité."))
def visits_by_kind(d: PeriodData) -> dict[str, int]:
    """Stays of the period by whether a member, a visitor or a guest came."""
    return dict(events_data(d).visits_by_kind)


@indicator("unique_visitors", "people", "events", en="Unique visitors", fr=(
    "Visiteurs uniques",
    "Personnes différentes venues dans la période : les membres d'après leur fiche, les "
    "visiteurs et invités d'après leur e-mail, sinon leur nom et leur structure."))
def unique_visitors(d: PeriodData) -> int:
    """Different people who came in the period: members by their record, visitors and
    guests by their e-mail, else their name and organisation."""
    return events_data(d).unique_visitors
