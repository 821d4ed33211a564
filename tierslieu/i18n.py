"""Messages of the core (errors, CLI output) in French and English, without Qt.

The GUI's own strings go through Qt's translation system (``resources/i18n``); the
core keeps a small catalogue here so the CLI and the services never need Qt.
"""

from __future__ import annotations

import locale
import os
from typing import Any

_current: str | None = None

FIELDS: dict[str, tuple[str, str]] = {
    "first_name": ("Prénom", "First name"),
    "last_name": ("Nom", "Last name"),
    "name": ("Nom", "Name"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Téléphone", "Phone"),
    "public_category": ("Catégorie", "Category"),
    "joined_on": ("Date d'adhésion", "Joined on"),
    "organization": ("Organisation", "Organisation"),
    "role": ("Rôle", "Role"),
    "tags": ("Tags", "Tags"),
    "notes": ("Notes", "Notes"),
    "kind": ("Type", "Kind"),
    "siret": ("SIRET", "SIRET"),
    "vat_number": ("N° de TVA", "VAT number"),
    "website": ("Site web", "Website"),
    "city": ("Ville", "City"),
    "status": ("Statut", "Status"),
    "consent_photo": ("Consentement photo", "Photo consent"),
    "consent_newsletter": ("Consentement newsletter", "Newsletter consent"),
    "file": ("Fichier", "File"),
    "timezone": ("Fuseau horaire", "Time zone"),
    "start": ("Début", "Start"),
    "hourly_price_cents": ("Tarif horaire", "Hourly rate"),
    "half_day_price_cents": ("Tarif demi-journée", "Half-day rate"),
    "daily_price_cents": ("Tarif journée", "Daily rate"),
    "opening_hours": ("Horaires d'ouverture", "Opening hours"),
    "buffer_minutes": ("Battement", "Buffer"),
    "min_minutes": ("Durée minimale", "Minimum duration"),
    "max_minutes": ("Durée maximale", "Maximum duration"),
    "max_advance_days": ("Délai de réservation", "Booking horizon"),
    "bookable_by": ("Réservable par", "Bookable by"),
    "equipment": ("Équipement", "Equipment"),
    "pin": ("Code", "PIN"),
    "badge_code": ("Badge", "Badge"),
    "booking": ("Réservation", "Booking"),
    "end": ("Fin", "End"),
    "resource": ("Ressource", "Resource"),
    "attendees": ("Participants", "Attendees"),
    "repeat": ("Répétition", "Repeat"),
    # incubation
    "program": ("Programme", "Programme"),
    "cohort": ("Promotion", "Cohort"),
    "startup": ("Startup", "Startup"),
    "description": ("Description", "Description"),
    "capacity": ("Capacité", "Capacity"),
    "start_on": ("Début", "Start"),
    "end_on": ("Fin", "End"),
    "milestone": ("Jalon", "Milestone"),
    "offset_months": ("Décalage (mois)", "Offset (months)"),
    "weights": ("Pondérations", "Weights"),
    "mentoring_minutes": ("Budget de mentorat (minutes)", "Mentoring budget (minutes)"),
    "reason": ("Motif", "Reason"),
    "reviewer": ("Évaluateur·rice", "Reviewer"),
    "team": ("Équipe", "Team"),
    "market": ("Marché", "Market"),
    "product": ("Maturité du produit", "Product maturity"),
    "fit": ("Adéquation au programme", "Fit with the programme"),
    "reached_on": ("Atteint le", "Reached on"),
    "due_on": ("Échéance", "Due on"),
    "evidence": ("Justificatif", "Evidence"),
    "validated_by": ("Validé par", "Validated by"),
    "period": ("Période", "Period"),
    "headcount": ("Effectif", "Headcount"),
    "jobs_created": ("Emplois créés (ETP)", "Jobs created (FTE)"),
    "revenue": ("Chiffre d'affaires", "Revenue"),
    "raised": ("Fonds levés", "Funds raised"),
    "raised_kind": ("Type de financement", "Kind of funds"),
    "women_founders": ("Femmes parmi les fondateurs", "Women among founders"),
    "horizon": ("Échéance du suivi (mois)", "Follow-up horizon (months)"),
    "on_date": ("Date", "Date"),
    # mentoring
    "expertise": ("Expertises", "Expertise"),
    "languages": ("Langues", "Languages"),
    "hours_per_month": ("Heures par mois", "Hours per month"),
    "wanted": ("Mentors souhaités", "Mentors wanted"),
    "held_on": ("Date de la séance", "Session date"),
    "duration_minutes": ("Durée (minutes)", "Duration (minutes)"),
    "topics": ("Sujets", "Topics"),
    "rating_mentor": ("Note du mentor", "Mentor's rating"),
    "rating_startup": ("Note de la startup", "Startup's rating"),
    "pins": ("Appariements imposés", "Pinned pairs"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("{field} : champ obligatoire.", "{field}: this field is required."),
    "too_long": ("{field} : {max} caractères au maximum.", "{field}: at most {max} characters."),
    "email_invalid": ("{field} : « {value} » n'est pas une adresse e-mail valide.",
                      "{field}: \"{value}\" is not a valid e-mail address."),
    "email_taken": ("{field} : l'adresse {value} est déjà utilisée par {other}.",
                    "{field}: {value} is already used by {other}."),
    "phone_invalid": ("{field} : « {value} » n'est pas un numéro de téléphone valide.",
                      "{field}: \"{value}\" is not a valid phone number."),
    "siret_invalid": ("{field} : « {value} » n'est pas un SIRET ou SIREN valide.",
                      "{field}: \"{value}\" is not a valid SIRET or SIREN."),
    "vat_invalid": ("{field} : « {value} » n'est pas un numéro de TVA valide.",
                    "{field}: \"{value}\" is not a valid VAT number."),
    "choice_invalid": ("{field} : « {value} » n'est pas une valeur permise ({allowed}).",
                       "{field}: \"{value}\" is not allowed ({allowed})."),
    "date_invalid": ("{field} : « {value} » n'est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ).",
                     "{field}: \"{value}\" is not a date (DD/MM/YYYY or YYYY-MM-DD)."),
    "date_future": ("{field} : la date {value} est dans le futur.",
                    "{field}: the date {value} is in the future."),
    "org_name_taken": ("{field} : une organisation nommée « {value} » existe déjà.",
                       "{field}: an organisation named \"{value}\" already exists."),
    "person_not_found": ("Aucun membre ne correspond à « {ref} ».", "No member matches \"{ref}\"."),
    "org_not_found": ("Aucune organisation ne correspond à « {ref} ».",
                      "No organisation matches \"{ref}\"."),
    "site_not_found": ("Aucun site ne correspond à « {ref} ».", "No site matches \"{ref}\"."),
    "timezone_invalid": ("{field} : fuseau horaire inconnu « {value} ».",
                         "{field}: unknown time zone \"{value}\"."),
    "csv_line": ("Ligne {line} : {message}", "Line {line}: {message}"),
    "csv_empty": ("Le fichier est vide.", "The file is empty."),
    "csv_no_header": ("Colonnes introuvables : il faut au moins « Nom » ou « Prénom ».",
                      "Columns not found: at least \"Last name\" or \"First name\" is needed."),
    "csv_duplicate_header": ("Colonne en double dans l'en-tête : « {value} ».",
                             "Duplicate column in the header: \"{value}\"."),
    "csv_duplicate_email": ("{field} : {value} apparaît aussi à la ligne {other}.",
                            "{field}: {value} also appears on line {other}."),
    "csv_invalid_rows": ("{count} ligne(s) invalide(s) ; rien n'a été importé.",
                         "{count} invalid row(s); nothing was imported."),
    "csv_encoding": ("Fichier lu en Windows-1252 (pas en UTF-8) : vérifiez les accents.",
                     "File read as Windows-1252 (not UTF-8): check the accents."),
    "file_unreadable": ("{field} : impossible de lire « {value} » ({reason}).",
                        "{field}: cannot read \"{value}\" ({reason})."),
    "db_not_empty": ("La base contient déjà {count} personne(s) : ajoutez --force pour la remplacer.",
                     "The database already holds {count} person(s): add --force to replace it."),
    "db_newer": ("La base a été créée par une version plus récente de TiersLieu (révision {rev}).",
                 "The database was made by a newer TiersLieu (revision {rev})."),
    "db_network_path": ("La base SQLite est sur un lecteur réseau ({fstype}) : utilisez PostgreSQL.",
                        "The SQLite database is on a network drive ({fstype}): use PostgreSQL."),
    "db_check_failed": ("Contrôle de la base en échec : {detail}", "Database check failed: {detail}"),
    "time_nonexistent": (
        "{field} : {value} n'existe pas (changement d'heure) ; {suggestion} ?",
        "{field}: {value} does not exist (clocks change); {suggestion}?"),
    "time_ambiguous": (
        "{field} : {value} existe deux fois (changement d'heure) ; précisez la première ou la seconde.",
        "{field}: {value} happens twice (clocks change); say the first or the second."),
    "datetime_invalid": ("{field} : « {value} » n'est pas une date et heure (AAAA-MM-JJTHH:MM).",
                         "{field}: \"{value}\" is not a date and time (YYYY-MM-DDTHH:MM)."),
    "hours_invalid": ("{field} : « {value} » ne se lit pas (ex. « lun-ven 08:00-20:00 »).",
                      "{field}: cannot read \"{value}\" (e.g. \"mon-fri 08:00-20:00\")."),
    "number_invalid": ("{field} : « {value} » n'est pas un nombre entier.",
                       "{field}: \"{value}\" is not a whole number."),
    "number_min": ("{field} : {value} est inférieur au minimum ({min}).",
                   "{field}: {value} is below the minimum ({min})."),
    "hours_order": ("{field} : l'heure de fermeture doit suivre l'ouverture ({value}).",
                    "{field}: closing must come after opening ({value})."),
    "date_order": ("{field} : la fin ({value}) précède le début.",
                   "{field}: the end ({value}) is before the start."),
    "end_before_start": ("{field} : la fin doit être après le début.",
                         "{field}: the end must be after the start."),
    "resource_capacity_zero": ("{field} : « {value} » a une capacité de 0, elle ne peut pas être réservée.",
                               "{field}: \"{value}\" has a capacity of 0 and cannot be booked."),
    "attendees_over_capacity": ("{field} : {value} participants pour une capacité de {capacity}.",
                                "{field}: {value} attendees for a capacity of {capacity}."),
    "staff_only_resource": ("{field} : « {value} » n'est réservable que par l'équipe.",
                            "{field}: \"{value}\" can only be booked by staff."),
    "booking_in_past": ("{field} : ce créneau est déjà passé.", "{field}: this slot is in the past."),
    "booking_too_far": ("{field} : les membres réservent au plus {days} jours à l'avance.",
                        "{field}: members book at most {days} days ahead."),
    "duration_out_of_range": ("{field} : durée entre {min} et {max} minutes.",
                              "{field}: duration between {min} and {max} minutes."),
    "closed_day": ("{field} : le lieu est fermé le {value} {reason}.",
                   "{field}: the place is closed on {value} {reason}."),
    "outside_opening_hours": ("{field} : en dehors des heures d'ouverture ({hours}).",
                              "{field}: outside opening hours ({hours})."),
    "slot_taken": ("Créneau déjà pris par la réservation {booking}.",
                   "Slot already taken by booking {booking}."),
    "booking_not_found": ("Aucune réservation n°{ref}.", "No booking #{ref}."),
    "resource_not_found": ("Aucune ressource ne correspond à « {ref} ».",
                           "No resource matches \"{ref}\"."),
    "booking_not_active": ("La réservation n°{ref} n'est plus active.",
                           "Booking #{ref} is no longer active."),
    "not_your_booking": ("La réservation n°{ref} n'est pas la vôtre.",
                         "Booking #{ref} is not yours."),
    "cancel_cutoff": ("Annulation impossible moins de {hours} h avant le début : contactez l'accueil.",
                      "Cannot cancel less than {hours} h before the start: ask the front desk."),
    "checkin_window": ("Arrivée possible de {before} min avant à {after} min après le début.",
                       "Check-in is open from {before} min before to {after} min after the start."),
    "rrule_invalid": ("{field} : règle de répétition invalide « {value} » ({reason}).",
                      "{field}: invalid repeat rule \"{value}\" ({reason})."),
    "rrule_too_long": ("{field} : au plus {max} occurrences.", "{field}: at most {max} occurrences."),
    "series_move_conflicts": ("{count} occurrence(s) entreraient en conflit, dont {first} : rien n'a été déplacé.",
                              "{count} occurrence(s) would conflict, including {first}: nothing was moved."),
    "series_conflicts": ("{count} occurrence(s) sur {total} en conflit ou à une date fermée : rien n'a été réservé.",
                         "{count} of {total} occurrence(s) conflict or fall on a closed day: nothing was booked."),
    "pin_invalid": ("{field} : le code doit compter de 4 à 8 chiffres.",
                    "{field}: the PIN must have 4 to 8 digits."),
    "badge_taken": ("{field} : le badge {value} est déjà attribué.",
                    "{field}: badge {value} is already assigned."),
    "kiosk_reserved": ("Réservé", "Reserved"),
    "kiosk_bad_credentials": ("Identifiant ou code incorrect.", "Wrong identifier or PIN."),
    "unexpected": ("Erreur inattendue : {detail} (journal : {log})",
                   "Unexpected error: {detail} (log: {log})"),
    # CSV import/export of members (tierslieu/io/csv_members.py)
    "csv_is_spreadsheet": ("« {value} » est un classeur (Excel, LibreOffice), pas un CSV : "
                           "enregistrez-le au format CSV.",
                           "\"{value}\" is a spreadsheet workbook (Excel, LibreOffice), not a CSV: "
                           "save it as CSV."),
    "csv_unknown_column": ("Colonne « {value} » non reconnue : ignorée.",
                           "Column \"{value}\" not recognised: ignored."),
    "csv_too_many_cells": ("{count} valeur(s) de plus que de colonnes : un « {delimiter} » "
                           "sans guillemets dans une cellule ?",
                           "{count} more value(s) than columns: an unquoted \"{delimiter}\" "
                           "inside a cell?"),
    "csv_more_errors": ("… et {count} autre(s) erreur(s).", "… and {count} more error(s)."),
    "csv_mixed_encoding": ("« {value} » mélange UTF-8 et Windows-1252 (ligne {line}) : "
                           "réenregistrez-le en « CSV UTF-8 ».",
                           "\"{value}\" mixes UTF-8 and Windows-1252 (line {line}): "
                           "save it again as \"CSV UTF-8\"."),
    "file_unwritable": ("{field} : impossible d'écrire « {value} » ({reason}).",
                        "{field}: cannot write \"{value}\" ({reason})."),
    # incubation
    "number_max": ("{field} : {value} dépasse le maximum ({max}).",
                   "{field}: {value} is above the maximum ({max})."),
    "program_not_found": ("Aucun programme ne correspond à « {ref} ».",
                          "No programme matches \"{ref}\"."),
    "cohort_not_found": ("Aucune promotion ne correspond à « {ref} ».",
                         "No cohort matches \"{ref}\"."),
    "startup_not_found": ("Aucune startup ne correspond à « {ref} ».",
                          "No startup matches \"{ref}\"."),
    "enrollment_not_found": ("{startup} n'est pas candidate dans la promotion « {cohort} ».",
                             "{startup} has not applied to cohort \"{cohort}\"."),
    "milestone_not_found": ("Aucun jalon n°{ref}.", "No milestone #{ref}."),
    "program_name_taken": ("{field} : un programme nommé « {value} » existe déjà.",
                           "{field}: a programme named \"{value}\" already exists."),
    "cohort_name_taken": ("{field} : une promotion nommée « {value} » existe déjà.",
                          "{field}: a cohort named \"{value}\" already exists."),
    "not_a_startup": ("{field} : « {value} » n'est pas une startup (type : {kind}).",
                      "{field}: \"{value}\" is not a startup (kind: {kind})."),
    "enrollment_exists": ("{startup} est déjà inscrite dans la promotion « {cohort} » ({status}).",
                          "{startup} is already enrolled in cohort \"{cohort}\" ({status})."),
    "transition_illegal": (
        "{field} : impossible de passer de « {from_fr} » à « {to_fr} » "
        "(possible depuis « {from_fr} » : {allowed_fr}).",
        "{field}: cannot go from \"{from_en}\" to \"{to_en}\" "
        "(possible from \"{from_en}\": {allowed_en})."),
    "reason_required": ("{field} : obligatoire pour passer à « {to_fr} ».",
                        "{field}: required to move to \"{to_en}\"."),
    "cohort_full": ("La promotion « {cohort} » est complète ({capacity} place(s) prises) : "
                    "impossible de sélectionner {startup}.",
                    "Cohort \"{cohort}\" is full ({capacity} place(s) taken): "
                    "cannot select {startup}."),
    "score_range": ("{field} : « {value} » n'est pas une note entière de 0 à 5.",
                    "{field}: \"{value}\" is not a whole grade from 0 to 5."),
    "scoring_closed": ("La candidature de {startup} est « {status_fr} » : elle ne se note plus.",
                       "{startup}'s application is \"{status_en}\": it can no longer be scored."),
    "reviewer_is_founder": ("{field} : {value} a fondé {startup} et ne peut pas l'évaluer.",
                            "{field}: {value} founded {startup} and cannot review it."),
    "period_invalid": ("{field} : « {value} » n'est pas une période (AAAA-MM ou AAAA-T1 à T4).",
                       "{field}: \"{value}\" is not a period (YYYY-MM or YYYY-Q1 to Q4)."),
    "period_future": ("{field} : la période {value} n'a pas encore commencé.",
                      "{field}: the period {value} has not started yet."),
    "period_overlap": ("{field} : {value} chevauche la période déjà saisie {other} ; "
                       "gardez des relevés tous mensuels ou tous trimestriels.",
                       "{field}: {value} overlaps the period {other} already recorded; "
                       "keep records all monthly or all quarterly."),
    "amount_invalid": ("{field} : « {value} » n'est pas un montant en euros (ex. 1234,50).",
                       "{field}: \"{value}\" is not an amount in euros (e.g. 1234.50)."),
    "fte_invalid": ("{field} : « {value} » n'est pas un nombre d'ETP (ex. 1,5).",
                    "{field}: \"{value}\" is not a number of FTE (e.g. 1.5)."),
    "raised_kind_missing": ("{field} : précisez le type de financement.",
                            "{field}: say which kind of funds."),
    "follow_up_not_graduated": ("{startup} n'est pas diplômée de « {cohort} » : "
                                "pas de suivi d'alumni.",
                                "{startup} has not graduated from \"{cohort}\": "
                                "no alumni follow-up."),
    # mentoring and matching
    "mentor_not_found": ("Aucun mentor ne correspond à « {ref} ».",
                         "No mentor matches \"{ref}\"."),
    "mentor_level_invalid": ("{field} : « {value} » n'est pas un niveau de 1 à 3.",
                             "{field}: \"{value}\" is not a level from 1 to 3."),
    "mentor_number_invalid": ("{field} : « {value} » doit être un entier de {low} à {high}.",
                              "{field}: \"{value}\" must be a whole number from {low} to {high}."),
    "mentor_language_required": ("{field} : indiquez au moins une langue.",
                                 "{field}: give at least one language."),
    "match_weight_unknown": ("{field} : critère inconnu « {value} ».",
                             "{field}: unknown criterion \"{value}\"."),
    "match_pin_unknown": ("Appariement imposé impossible : startup {startup} ou mentor {mentor} "
                          "absent de l'appariement.",
                          "Pinned pair impossible: startup {startup} or mentor {mentor} is not "
                          "part of the matching."),
    "match_pin_forbidden": ("Appariement imposé interdit (langue, conflit d'intérêts ou "
                            "exclusion) : startup {startup}, mentor {mentor}.",
                            "Pinned pair forbidden (language, conflict of interest or "
                            "exclusion): startup {startup}, mentor {mentor}."),
    "match_pin_full": ("Appariement imposé impossible : capacité du mentor {mentor} ou besoin "
                       "de la startup {startup} déjà rempli.",
                       "Pinned pair impossible: mentor {mentor}'s capacity or startup "
                       "{startup}'s need is already filled."),
    "match_run_not_found": ("Aucun appariement n° {ref}.", "No matching run #{ref}."),
    "match_startup_not_in_run": ("La startup {ref} ne fait pas partie de cet appariement.",
                                 "Startup {ref} is not part of this matching run."),
    "assignment_not_found": ("Aucun binôme mentor-startup n° {ref}.",
                             "No mentor assignment #{ref}."),
}

CHOICES: dict[str, tuple[str, str]] = {
    # organisation kinds
    "startup": ("Startup", "Startup"),
    "association": ("Association", "Association"),
    "company": ("Entreprise", "Company"),
    "institution": ("Collectivité", "Public institution"),
    "research_lab": ("Laboratoire", "Research lab"),
    "school": ("École", "School"),
    "public_service": ("Service public", "Public service"),
    # public categories
    "employee": ("Salarié·e", "Employee"),
    "independent": ("Indépendant·e", "Independent"),
    "student": ("Étudiant·e", "Student"),
    "job_seeker": ("Demandeur·se d'emploi", "Job seeker"),
    "researcher": ("Chercheur·se", "Researcher"),
    "retiree": ("Retraité·e", "Retiree"),
    "entrepreneur": ("Entrepreneur·e", "Entrepreneur"),
    "volunteer": ("Bénévole", "Volunteer"),
    "other": ("Autre", "Other"),
    # statuses
    "active": ("Actif", "Active"),
    "archived": ("Archivé", "Archived"),
    # roles
    "founder": ("Fondateur·rice", "Founder"),
    "member": ("Membre", "Member"),
    "contact": ("Contact", "Contact"),
    "manager": ("Dirigeant·e", "Manager"),
    "intern": ("Stagiaire", "Intern"),
    # resource kinds
    "desk": ("Poste fixe", "Fixed desk"),
    "hot_desk_zone": ("Espace partagé", "Hot-desk zone"),
    "meeting_room": ("Salle de réunion", "Meeting room"),
    "office": ("Bureau privatif", "Private office"),
    "event_hall": ("Salle d'événements", "Event hall"),
    "phone_booth": ("Box téléphonique", "Phone booth"),
    # booking statuses
    "confirmed": ("Confirmée", "Confirmed"),
    "cancelled": ("Annulée", "Cancelled"),
    "no_show": ("Non honorée", "No-show"),
    # programme kinds
    "pre_incubation": ("Pré-incubation", "Pre-incubation"),
    "incubation": ("Incubation", "Incubation"),
    "acceleration": ("Accélération", "Acceleration"),
    "nursery": ("Pépinière", "Business nursery"),
    # enrollment statuses
    "applied": ("Candidate", "Applied"),
    "shortlisted": ("Présélectionnée", "Shortlisted"),
    "selected": ("Sélectionnée", "Selected"),
    "incubated": ("Incubée", "Incubated"),
    "graduated": ("Diplômée", "Graduated"),
    "dropped": ("Sortie en cours de route", "Dropped"),
    "rejected": ("Refusée", "Rejected"),
    # kinds of funds raised
    "honour_loan": ("Prêt d'honneur", "Honour loan"),
    "grant": ("Subvention", "Grant"),
    "equity": ("Fonds propres", "Equity"),
    "bank_loan": ("Prêt bancaire", "Bank loan"),
    # alumni follow-ups
    "alive": ("En activité", "Alive"),
    "closed": ("Fermée", "Closed"),
    "acquired": ("Rachetée", "Acquired"),
}


def system_language() -> str:
    """The language asked by the environment, falling back to French."""
    for var in ("TIERSLIEU_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "fr"


def set_language(lang: str | None) -> str:
    global _current
    _current = lang if lang in ("fr", "en") else system_language()
    return _current


def current_language() -> str:
    return _current or set_language(None)


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if (lang or current_language()) == "en" else pair[0]


def translate(key: str, lang: str | None = None, **params: Any) -> str:
    pair = MESSAGES.get(key)
    if pair is None:
        return key + (" " + repr(params) if params else "")
    text = _pick(pair, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def field_label(field: str | None, lang: str | None = None) -> str:
    if not field:
        return ""
    pair = FIELDS.get(field)
    return _pick(pair, lang) if pair else field


def choice_label(value: str | None, lang: str | None = None) -> str:
    if not value:
        return ""
    pair = CHOICES.get(value)
    return _pick(pair, lang) if pair else value
