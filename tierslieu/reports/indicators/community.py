"""Members and organisations: who belongs to the tiers-lieu, who came, who left.

A *member* is a person with a membership date (``joined_on``); archiving a person
(``archived_at``) is leaving. Public categories and communes that were never filled in
are counted under ``not_recorded``, never guessed.
"""

from __future__ import annotations

from tierslieu.reports.indicators.data import PeriodData
from tierslieu.reports.indicators.registry import indicator

NOT_RECORDED = "not_recorded"


@indicator("active_members", "people", "members", headline=True,
           en="Active members at the end of the period", fr=(
               "Membres actifs en fin de période",
               "Personnes ayant une date d'adhésion antérieure à la fin de la période et "
               "non archivées à cette date."))
def active_members(d: PeriodData) -> int:
    """People with a membership date before the end of the period who were not archived
    by then."""
    return sum(active for active, _, _ in d.members.values())


@indicator("new_members", "people", "members", headline=True, en="New members", fr=(
    "Nouveaux membres",
    "Personnes dont la date d'adhésion tombe dans la période."))
def new_members(d: PeriodData) -> int:
    """People whose membership date falls in the period."""
    return sum(new for _, new, _ in d.members.values())


@indicator("left_members", "people", "members", headline=True, en="Members who left", fr=(
    "Départs",
    "Membres archivés pendant la période."))
def left_members(d: PeriodData) -> int:
    """Members archived during the period."""
    return sum(left for _, _, left in d.members.values())


@indicator("unique_users", "people", "members", headline=True, en="Unique users", fr=(
    "Usagers uniques",
    "Personnes différentes ayant réservé (ou pointé leur arrivée sur une réservation) "
    "dans la période, réservations annulées exclues."))
def unique_users(d: PeriodData) -> int:
    """Distinct people who booked (or checked in on a booking) in the period, cancelled
    bookings excluded."""
    return len({b.person_id for b in d.bookings if b.person_id is not None})


@indicator("members_by_category", "people", "members", shape="breakdown",
           en="Active members by public category", fr=(
               "Membres actifs par catégorie de public",
               "Membres actifs en fin de période selon leur catégorie (salarié·e, "
               "étudiant·e, demandeur·se d'emploi…) ; « non renseigné » si elle manque."))
def members_by_category(d: PeriodData) -> dict[str, int]:
    """Active members at the end of the period by public category (employee, student,
    job seeker...); "not recorded" when it is missing."""
    out: dict[str, int] = {}
    for category, (active, _, _) in sorted(d.members.items(), key=lambda kv: kv[0] or "~"):
        if active:
            key = category or NOT_RECORDED
            out[key] = out.get(key, 0) + active
    return out


@indicator("resident_organisations", "organisations", "members",
           en="Resident organisations", fr=(
               "Structures résidentes",
               "Organisations dont au moins une personne a réservé un bureau privatif ou un "
               "poste fixe dans la période."))
def resident_organisations(d: PeriodData) -> int:
    """Organisations at least one of whose people booked a private office or a fixed desk
    in the period."""
    return d.resident_organisations


@indicator("organisations_by_commune", "organisations", "members", shape="breakdown",
           en="Organisations by commune", fr=(
               "Organisations par commune",
               "Organisations non archivées comptant au moins un membre actif en fin de "
               "période, selon la commune de leur adresse."))
def organisations_by_commune(d: PeriodData) -> dict[str, int]:
    """Organisations not archived with at least one active member at the end of the
    period, by the commune of their address."""
    out = {(city or NOT_RECORDED): n for city, n in d.organisations_by_city.items()}
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))
