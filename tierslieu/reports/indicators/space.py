"""Space indicators: bookings, booked and open hours, occupancy, check-ins, no-shows."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from tierslieu import timeutil
from tierslieu.reports.fmt import rounded
from tierslieu.reports.indicators.data import DESK_KINDS, BookingRow, PeriodData, ResourceInfo
from tierslieu.reports.indicators.registry import indicator

TOP = 3


def _hours(minutes: int) -> float:
    return rounded(minutes, 60)


def _pct(part: int, whole: int) -> float | None:
    return rounded(part * 100, whole) if whole else None


def _booked_minutes(d: PeriodData) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for b in d.bookings:
        out[b.resource_id] += b.minutes
    return out


def _ended(d: PeriodData) -> list[BookingRow]:
    return [b for b in d.bookings if b.end <= d.now]


def _occupancy(d: PeriodData, resources: list[ResourceInfo]) -> float | None:
    booked = _booked_minutes(d)
    used = sum(booked.get(r.id, 0) for r in resources)
    capacity = sum(d.open_minutes[r.id] * r.seats for r in resources)
    return _pct(used, capacity)


@indicator("opening_days", "days", "space", en="Opening days", fr=(
    "Jours d'ouverture",
    "Jours de la période où au moins un site était ouvert : horaires d'ouverture "
    "de la semaine, hors jours fériés et fermetures."))
def opening_days(d: PeriodData) -> int:
    """Days of the period on which at least one site opened: its weekly opening hours,
    less public holidays and closures."""
    return d.opening_days


@indicator("bookings", "bookings", "space", headline=True, en="Bookings", fr=(
    "Réservations",
    "Réservations non annulées commençant dans la période (honorées, à venir ou non "
    "honorées)."))
def bookings(d: PeriodData) -> int:
    """Bookings not cancelled that start in the period (honoured, upcoming or no-shows)."""
    return len(d.bookings)


@indicator("booked_hours", "hours", "space", headline=True, en="Booked hours", fr=(
    "Heures réservées",
    "Somme des durées des réservations non annulées commençant dans la période ; une "
    "place d'espace partagé compte pour une réservation."))
def booked_hours(d: PeriodData) -> float:
    """Sum of the durations of the bookings not cancelled that start in the period; a
    seat in a hot-desk zone counts as one booking."""
    return _hours(sum(b.minutes for b in d.bookings))


@indicator("occupancy", "percent", "space", headline=True, en="Occupancy", fr=(
    "Taux d'occupation",
    "Heures réservées ÷ heures d'ouverture de toutes les ressources (horaires du site "
    "moins jours fériés et fermetures, multipliées par le nombre de places des espaces "
    "partagés)."))
def occupancy(d: PeriodData) -> float | None:
    """Booked hours ÷ open hours of every resource (the site's opening hours less public
    holidays and closures, times the seats of hot-desk zones)."""
    return _occupancy(d, d.resources)


@indicator("desk_occupancy", "percent", "space", en="Desk occupancy", fr=(
    "Occupation des postes de travail",
    "Taux d'occupation des postes fixes et des espaces partagés (places réservées ÷ "
    "places ouvertes)."))
def desk_occupancy(d: PeriodData) -> float | None:
    """Occupancy of fixed desks and hot-desk zones (seat-hours booked ÷ seat-hours open)."""
    return _occupancy(d, [r for r in d.resources if r.kind in DESK_KINDS])


@indicator("occupancy_by_resource", "percent", "space", shape="breakdown",
           en="Occupancy by resource", fr=(
               "Occupation par ressource",
               "Pour chaque ressource : heures réservées ÷ heures d'ouverture (× places "
               "pour un espace partagé) ; vide si elle n'a pas ouvert."))
def occupancy_by_resource(d: PeriodData) -> dict[str, float | None]:
    """For each resource: booked hours ÷ open hours (× seats for a hot-desk zone); empty
    when it did not open."""
    booked = _booked_minutes(d)
    return {r.name: _pct(booked.get(r.id, 0), d.open_minutes[r.id] * r.seats)
            for r in d.resources}


@indicator("booked_hours_by_resource", "hours", "space", shape="breakdown",
           en="Booked hours by resource", fr=(
               "Heures réservées par ressource",
               "Heures réservées de chaque ressource (réservations non annulées commençant "
               "dans la période)."))
def booked_hours_by_resource(d: PeriodData) -> dict[str, float]:
    """Booked hours of each resource (bookings not cancelled starting in the period)."""
    booked = _booked_minutes(d)
    return {r.name: _hours(booked.get(r.id, 0)) for r in d.resources}


@indicator("open_hours_by_resource", "hours", "space", shape="breakdown",
           en="Open hours by resource", fr=(
               "Heures d'ouverture par ressource",
               "Heures d'ouverture du site de chaque ressource dans la période, moins les "
               "jours fériés et les fermetures du site ou de la ressource."))
def open_hours_by_resource(d: PeriodData) -> dict[str, float]:
    """Opening hours of each resource's site in the period, less public holidays and
    closures of the site or of the resource."""
    return {r.name: _hours(d.open_minutes[r.id]) for r in d.resources}


@indicator("bookings_by_resource", "bookings", "space", shape="breakdown",
           en="Bookings by resource", fr=(
               "Réservations par ressource",
               "Réservations non annulées de chaque ressource commençant dans la période."))
def bookings_by_resource(d: PeriodData) -> dict[str, int]:
    """Bookings not cancelled of each resource that start in the period."""
    counts: dict[int, int] = defaultdict(int)
    for b in d.bookings:
        counts[b.resource_id] += 1
    return {r.name: counts.get(r.id, 0) for r in d.resources}


@indicator("checked_in_share", "percent", "space", en="Checked-in hours", fr=(
    "Heures honorées",
    "Parmi les réservations de la période déjà terminées : heures des réservations "
    "pointées à l'arrivée ÷ heures réservées."))
def checked_in_share(d: PeriodData) -> float | None:
    """Among the period's bookings that have ended: hours of bookings checked in ÷ booked
    hours."""
    ended = _ended(d)
    return _pct(sum(b.minutes for b in ended if b.checked_in), sum(b.minutes for b in ended))


@indicator("no_shows", "bookings", "space", en="No-shows", fr=(
    "Réservations non honorées",
    "Réservations de la période marquées non honorées (pas d'arrivée pointée à temps)."))
def no_shows(d: PeriodData) -> int:
    """Bookings of the period marked as no-shows (no check-in in time)."""
    return sum(1 for b in d.bookings if b.status == "no_show")


@indicator("no_show_rate", "percent", "space", headline=True, en="No-show rate", fr=(
    "Taux de non-présentation",
    "Réservations non honorées ÷ réservations de la période déjà terminées."))
def no_show_rate(d: PeriodData) -> float | None:
    """No-shows ÷ bookings of the period that have ended."""
    ended = _ended(d)
    return _pct(sum(1 for b in ended if b.status == "no_show"), len(ended))


@indicator("no_shows_by_resource", "bookings", "space", shape="breakdown",
           en="No-shows by resource", fr=(
               "Non-présentations par ressource",
               "Réservations non honorées de chaque ressource dans la période."))
def no_shows_by_resource(d: PeriodData) -> dict[str, int]:
    """No-shows of each resource in the period."""
    counts: dict[int, int] = defaultdict(int)
    for b in d.bookings:
        if b.status == "no_show":
            counts[b.resource_id] += 1
    return {r.name: counts.get(r.id, 0) for r in d.resources}


@indicator("booking_heatmap", "hours", "space", shape="grid",
           en="Booked hours by weekday and hour", fr=(
               "Heures réservées par jour et par heure",
               "Heures réservées tombant dans chaque heure locale (lundi à dimanche, 0 h à "
               "23 h) ; une réservation de 9 h 30 à 11 h compte 0,5 h à 9 h et 1 h à 10 h."))
def booking_heatmap(d: PeriodData) -> list[list[float]]:
    """Booked hours falling in each local hour (Monday to Sunday, 0:00 to 23:00); a
    booking from 9:30 to 11:00 counts 0.5 h at 9:00 and 1 h at 10:00."""
    zones = {r.id: d.site_zones.get(r.site_id) for r in d.resources}
    # a month's 11,600 bookings share far fewer (zone, start, end): each is spread once
    same: Counter[tuple[str | None, datetime, datetime]] = Counter(
        (zones.get(b.resource_id), b.start, b.end) for b in d.bookings)
    grid = [[0] * 24 for _ in range(7)]
    for (zone, start, end), times in same.items():
        local = start.astimezone(timeutil.zone(zone))
        day, at = local.weekday(), local.hour * 3600 + local.minute * 60 + local.second
        left = int((end - start).total_seconds())
        while left > 0:  # whole seconds, hour by hour, past midnight if need be
            if at >= 86400:
                day, at = (day + 1) % 7, at - 86400
            hour = at // 3600
            take = min(left, (hour + 1) * 3600 - at)
            grid[day][hour] += take * times
            at, left = at + take, left - take
    return [[rounded(sec, 3600) for sec in row] for row in grid]


def _ranked(d: PeriodData) -> list[dict[str, Any]]:
    shares = occupancy_by_resource(d)
    rows = [{"resource": name, "occupancy": pct} for name, pct in shares.items()
            if pct is not None]
    return sorted(rows, key=lambda r: (-r["occupancy"], r["resource"]))


@indicator("top_resources", "percent", "space", shape="rows", public=False,
           en="Most occupied resources", fr=(
               "Ressources les plus occupées",
               "Les trois ressources au taux d'occupation le plus élevé."))
def top_resources(d: PeriodData) -> list[dict[str, Any]]:
    """The three resources with the highest occupancy."""
    return _ranked(d)[:TOP]


@indicator("bottom_resources", "percent", "space", shape="rows", public=False,
           en="Least occupied resources", fr=(
               "Ressources les moins occupées",
               "Les trois ressources au taux d'occupation le plus bas (parmi celles qui "
               "ont ouvert)."))
def bottom_resources(d: PeriodData) -> list[dict[str, Any]]:
    """The three resources with the lowest occupancy (among those that opened)."""
    return list(reversed(_ranked(d)))[:TOP]
