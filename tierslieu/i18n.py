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
    "mentor": ("Mentor", "Mentor"),
    "sectors": ("Secteurs", "Sectors"),
    "stages": ("Stades", "Stages"),
    "sector": ("Secteur", "Sector"),
    "stage": ("Stade", "Stage"),
    "assignment": ("Binôme", "Pair"),
    # reports and open data
    "month": ("Mois", "Month"),
    "year": ("Année", "Year"),
    "output": ("Fichier de sortie", "Output file"),
    "output_dir": ("Dossier de sortie", "Output folder"),
    "site": ("Site", "Site"),
    # billing
    "seller_name": ("Nom du vendeur", "Seller's name"),
    "seller_legal_form": ("Forme juridique", "Legal form"),
    "seller_address": ("Adresse du vendeur", "Seller's address"),
    "seller_postcode": ("Code postal du vendeur", "Seller's postcode"),
    "seller_city": ("Ville du vendeur", "Seller's city"),
    "seller_siret": ("SIRET du vendeur", "Seller's SIRET"),
    "seller_vat_number": ("N° de TVA du vendeur", "Seller's VAT number"),
    "seller_email": ("E-mail du vendeur", "Seller's e-mail"),
    "seller_phone": ("Téléphone du vendeur", "Seller's phone"),
    "seller_iban": ("IBAN", "IBAN"),
    "seller_bic": ("BIC", "BIC"),
    "seller_late_penalty": ("Taux des pénalités de retard", "Late-payment penalty rate"),
    "payment_days": ("Délai de paiement (jours)", "Payment term (days)"),
    "plan": ("Formule", "Plan"),
    "plan_kind": ("Type de formule", "Kind of plan"),
    "billing": ("Facturation", "Billing"),
    "price_cents": ("Prix HT", "Price excl. VAT"),
    "vat_rate_bp": ("Taux de TVA", "VAT rate"),
    "room_minutes": ("Heures de salle incluses", "Meeting-room hours included"),
    "desk_days": ("Jours de coworking inclus", "Desk days included"),
    "resource_kinds": ("Ressources incluses", "Resources included"),
    "validity_days": ("Validité (jours)", "Validity (days)"),
    "person": ("Membre", "Member"),
    "payer": ("Payeur", "Payer"),
    "price_override_cents": ("Prix convenu", "Agreed price"),
    "issued_on": ("Date de facture", "Invoice date"),
    "number": ("Numéro", "Number"),
    "amount": ("Montant", "Amount"),
    "method": ("Moyen de paiement", "Payment method"),
    "paid_on": ("Date du paiement", "Payment date"),
    "reference": ("Référence", "Reference"),
    "payment": ("Paiement", "Payment"),
    "label": ("Désignation", "Description"),
    "quantity": ("Quantité", "Quantity"),
    "lines": ("Lignes", "Lines"),
    "unit": ("Unité", "Unit"),
    # front desk, events and the directory
    "title": ("Titre", "Title"),
    "rooms": ("Salles", "Rooms"),
    "price": ("Prix", "Price"),
    "event": ("Événement", "Event"),
    "registration": ("Inscription", "Registration"),
    "registration_opens": ("Ouverture des inscriptions", "Registration opens"),
    "registration_closes": ("Clôture des inscriptions", "Registration closes"),
    "min_registrations": ("Minimum d'inscrits", "Minimum registrations"),
    "alert_days": ("Alerte (jours avant)", "Alert (days before)"),
    "host": ("Hôte", "Host"),
    "purpose": ("Motif de la visite", "Purpose of the visit"),
    "retention_days": ("Conservation (jours)", "Retention (days)"),
    "headline": ("Accroche", "Headline"),
    "organizations": ("Organisations", "Organisations"),
    "fields": ("Champs affichés", "Fields shown"),
    "team_size": ("Taille des équipes", "Team size"),
    "team_to": ("Équipe de destination (--to)", "Target team (--to)"),
    "teams": ("Équipes", "Teams"),
    "allow_same_org": ("Collègues dans la même équipe", "Colleagues in the same team"),
    # users, audit, GDPR
    "login": ("Identifiant", "Login"),
    "password": ("Mot de passe", "Password"),
    "display_name": ("Nom affiché", "Display name"),
    "user": ("Utilisateur", "User"),
    # first-run set-up and settings
    "address": ("Adresse", "Address"),
    "postcode": ("Code postal", "Postcode"),
    "logo": ("Logo", "Logo"),
    "resources": ("Ressources", "Resources"),
    "admin": ("Compte administrateur", "Administrator account"),
    "checkin_before_minutes": ("Arrivée possible avant le début (min)",
                               "Check-in before the start (min)"),
    "checkin_after_minutes": ("Arrivée possible après le début (min)",
                              "Check-in after the start (min)"),
    "cancel_cutoff_hours": ("Délai d'annulation (heures)", "Cancellation cut-off (hours)"),
    "keep_daily": ("Sauvegardes quotidiennes gardées (jours)", "Daily backups kept (days)"),
    "keep_monthly": ("Sauvegardes mensuelles gardées (mois)", "Monthly backups kept (months)"),
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
    # backups, restore, integrity (issue 10)
    "db_damaged": ("La base {path} est endommagée ({detail}). Elle a été mise de côté, intacte, "
                   "sous {aside}. Restaurez la dernière bonne sauvegarde : "
                   "tierslieu db restore \"{backup}\"",
                   "The database {path} is damaged ({detail}). It was moved aside, untouched, "
                   "to {aside}. Restore the newest good backup: "
                   "tierslieu db restore \"{backup}\""),
    "db_damaged_no_backup": ("La base {path} est endommagée ({detail}). Elle a été mise de côté, "
                             "intacte, sous {aside}. Aucune sauvegarde valide n'a été trouvée.",
                             "The database {path} is damaged ({detail}). It was moved aside, "
                             "untouched, to {aside}. No valid backup was found."),
    "db_damaged_pending": ("mise de côté lors d'une ouverture précédente, pas encore restaurée",
                           "set aside when last opened, not restored yet"),
    "db_physical_damage": ("La base est physiquement endommagée ({detail}) : cela ne se répare "
                           "pas. « tierslieu db backups » liste les sauvegardes, « tierslieu db "
                           "restore FICHIER » remet la meilleure en place.",
                           "The database is physically damaged ({detail}): this cannot be "
                           "repaired. \"tierslieu db backups\" lists the backups, \"tierslieu "
                           "db restore FILE\" puts the best one back."),
    "db_check_logical": ("Contrôle de la base en échec : {detail}. Corrigez avec « tierslieu db "
                         "check --repair » (une sauvegarde est faite avant).",
                         "Database check failed: {detail}. Fix it with \"tierslieu db check "
                         "--repair\" (a backup is taken first)."),
    "db_write_failed": ("Écriture impossible dans la base (disque plein ou erreur du disque) : "
                        "rien de cette opération n'a été enregistré, les données déjà "
                        "enregistrées sont intactes. Libérez de la place puis recommencez. "
                        "({detail})",
                        "Cannot write to the database (disk full or disk error): nothing of "
                        "this operation was saved; data saved before is intact. Free some space "
                        "and try again. ({detail})"),
    "db_busy": ("La base est occupée par un autre programme depuis trop longtemps ({detail}) : "
                "réessayez dans un instant.",
                "The database has been busy in another program for too long ({detail}): "
                "try again in a moment."),
    "db_synced_path": ("La base SQLite est dans un dossier synchronisé ({folder}) : la "
                       "synchronisation peut la corrompre. Placez-la dans un dossier local ; "
                       "pour plusieurs postes, utilisez PostgreSQL.",
                       "The SQLite database is in a synced folder ({folder}): syncing can "
                       "corrupt it. Keep it in a local folder; for several PCs, use PostgreSQL."),
    "db_in_use": ("La base {path} est en cours d'utilisation ({sidecar} présent) : fermez "
                  "TiersLieu partout où il l'ouvre, puis réessayez.",
                  "The database {path} is in use ({sidecar} present): close TiersLieu wherever "
                  "it has it open, then try again."),
    "backup_exists": ("{field} : {value} existe déjà ; ajoutez --force pour le remplacer.",
                      "{field}: {value} already exists; add --force to replace it."),
    "backup_not_found": ("Sauvegarde introuvable : {ref}.", "Backup not found: {ref}."),
    "db_not_found": ("Base introuvable : {ref}.", "Database not found: {ref}."),
    "restore_not_sqlite": ("{field} : {value} n'est pas une base SQLite.",
                           "{field}: {value} is not a SQLite database."),
    "restore_damaged": ("{field} : la sauvegarde {value} est endommagée ({detail}).",
                        "{field}: the backup {value} is damaged ({detail})."),
    "restore_not_tierslieu": ("{field} : {value} n'est pas une base TiersLieu.",
                              "{field}: {value} is not a TiersLieu database."),
    "restore_newer": ("{field} : la sauvegarde {value} vient d'une version plus récente de "
                      "TiersLieu (révision {rev}).",
                      "{field}: the backup {value} comes from a newer TiersLieu (revision {rev})."),
    "restore_same_file": ("{field} : {value} est la base elle-même.",
                          "{field}: {value} is the database itself."),
    "restore_sqlite_only": ("La restauration remplace un fichier SQLite ; pour PostgreSQL, "
                            "utilisez les outils du serveur (pg_restore).",
                            "Restore replaces a SQLite file; for PostgreSQL use the server's "
                            "tools (pg_restore)."),
    "restore_done": ("Base restaurée depuis {source} (révision {rev}).",
                     "Database restored from {source} (revision {rev})."),
    "restore_aside": ("L'ancienne base est gardée : {path}", "The previous database is kept: {path}"),
    "restore_migrate": ("Elle sera mise à jour (révision {head}) à la prochaine ouverture, après "
                        "une sauvegarde.",
                        "It will be upgraded (revision {head}) when next opened, after a backup."),
    "backups_none": ("Aucune sauvegarde dans {folder}.", "No backup in {folder}."),
    "backups_count": ("{count} sauvegarde(s) dans {folder}.", "{count} backup(s) in {folder}."),
    "backup_ok": ("valide", "valid"),
    "backup_bad": ("ENDOMMAGÉE", "DAMAGED"),
    "h_date": ("Date", "Date"),
    "h_size": ("Taille", "Size"),
    "h_revision": ("Révision", "Revision"),
    "h_check": ("Contrôle", "Check"),
    "h_backup_kind": ("Type", "Kind"),
    "h_file": ("Fichier", "File"),
    "backup_daily": ("quotidienne", "daily"),
    "backup_manual": ("manuelle", "manual"),
    "backup_pre_migration": ("avant migration", "before migration"),
    "backup_before_restore": ("avant restauration", "before restore"),
    "backup_pre_repair": ("avant réparation", "before repair"),
    "repair_done": ("{count} problème(s) corrigé(s) en une transaction ; sauvegarde avant "
                    "réparation : {backup}",
                    "{count} problem(s) fixed in one transaction; backup before repair: {backup}"),
    "repair_nothing": ("Rien à réparer : aucune incohérence trouvée.",
                       "Nothing to repair: no inconsistency found."),
    "repair_left": ("{count} problème(s) non corrigé(s) (d'autres données en dépendent) : "
                    "à traiter à la main.",
                    "{count} problem(s) left unfixed (other data depends on them): "
                    "to be handled by hand."),
    "problem_orphan": ("{table} {row} : {column} renvoie à {references} n° {value}, "
                       "qui n'existe pas",
                       "{table} {row}: {column} points to {references} #{value}, "
                       "which does not exist"),
    "problem_overlap": ("réservation n° {id} ({resource}) chevauche la réservation n° {other}",
                        "booking #{id} ({resource}) overlaps booking #{other}"),
    "problem_bad_interval": ("réservation n° {id} : la fin n'est pas après le début",
                             "booking #{id}: the end is not after the start"),
    "fix_delete": ("supprimé", "deleted"),
    "fix_set_null": ("lien effacé", "link cleared"),
    "fix_cancel": ("annulée", "cancelled"),
    "fix_none": ("non corrigé", "not fixed"),
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
    # reports and open data
    "report_month_invalid": ("{field} : « {value} » n'est pas un mois (AAAA-MM, ex. 2026-10).",
                             "{field}: \"{value}\" is not a month (YYYY-MM, e.g. 2026-10)."),
    "report_year_invalid": ("{field} : « {value} » n'est pas une année (AAAA, de 2000 à 2100).",
                            "{field}: \"{value}\" is not a year (YYYY, from 2000 to 2100)."),
    "report_output_invalid": ("{field} : impossible d'écrire « {value} » (dossier absent, ou "
                              "c'est un dossier).",
                              "{field}: cannot write \"{value}\" (no such folder, or it is a "
                              "folder)."),
    # billing (issue 7)
    "month_invalid": ("{field} : « {value} » n'est pas un mois (AAAA-MM, ex. 2026-11).",
                      "{field}: \"{value}\" is not a month (YYYY-MM, e.g. 2026-11)."),
    "seller_incomplete": ("Identité du vendeur incomplète ({missing}) : renseignez-la avec "
                          "« tierslieu billing seller » avant d'émettre des factures.",
                          "The seller's identity is incomplete ({missing}): fill it in with "
                          "\"tierslieu billing seller\" before issuing invoices."),
    "iban_invalid": ("{field} : « {value} » n'est pas un IBAN valide.",
                     "{field}: \"{value}\" is not a valid IBAN."),
    "vat_rate_invalid": ("{field} : {value} % n'est pas un taux de TVA français ({allowed}).",
                         "{field}: {value} % is not a French VAT rate ({allowed})."),
    "plan_name_taken": ("{field} : une formule nommée « {value} » existe déjà.",
                        "{field}: a plan named \"{value}\" already exists."),
    "plan_not_found": ("Aucune formule ne correspond à « {ref} ».", "No plan matches \"{ref}\"."),
    "plan_inactive": ("{field} : la formule « {value} » n'est plus proposée.",
                      "{field}: the plan \"{value}\" is no longer offered."),
    "subscription_subject": ("{field} : indiquez un membre ou une organisation (un seul).",
                             "{field}: give a member or an organisation (only one)."),
    "subscription_one_payer": ("{field} : un seul payeur, personne ou organisation.",
                               "{field}: one payer only, a person or an organisation."),
    "subscription_overlap": ("{field} : déjà abonné·e à « {plan} » sur ces dates (abonnement "
                             "n° {ref}, du {start} au {end}).",
                             "{field}: already subscribed to \"{plan}\" on these dates "
                             "(subscription #{ref}, {start} to {end})."),
    "subscription_not_found": ("Aucun abonnement n° {ref}.", "No subscription #{ref}."),
    "subscription_already_billed": ("{field} : déjà facturé jusqu'au {until} ; émettez "
                                    "d'abord un avoir.",
                                    "{field}: already invoiced until {until}; issue a credit "
                                    "note first."),
    "plan_change_date": ("{field} : le changement de formule doit tomber après le début "
                         "({start}) et au plus tard à la fin ({end}), pas le {value}.",
                         "{field}: the plan change must fall after the start ({start}) and "
                         "no later than the end ({end}), not on {value}."),
    "credits_outside_subscription": ("{field} : le {day} est après la fin de l'abonnement "
                                     "« {plan} » ({end}) : ses crédits ne sont plus "
                                     "utilisables.",
                                     "{field}: {day} is after the end of the \"{plan}\" "
                                     "subscription ({end}): its credits can no longer be "
                                     "used."),
    "credits_none": ("{field} : aucun abonnement avec des crédits valables le {day}.",
                     "{field}: no subscription with credits valid on {day}."),
    "credits_not_applicable": ("{field} : « {resource} » ne se paie pas en crédits.",
                               "{field}: \"{resource}\" is not paid with credits."),
    "credits_insufficient": ("Crédits insuffisants : {needed} nécessaires, {available} "
                             "disponibles.",
                             "Not enough credits: {needed} needed, {available} available."),
    "booking_already_settled": ("La réservation n° {ref} est déjà réglée ou facturée.",
                                "Booking #{ref} is already settled or invoiced."),
    "booking_not_billable": ("{field} : la réservation n° {ref} ne consomme rien (annulée, "
                             "non honorée, sans membre ou gratuite).",
                             "{field}: booking #{ref} consumes nothing (cancelled, no-show, "
                             "no member or free)."),
    "billing_immutable": ("Une facture émise, un paiement ou une écriture de crédits ne se "
                          "modifie pas ({table}) : émettez un avoir ou une écriture "
                          "inverse.",
                          "An issued invoice, a payment or a credit entry cannot be changed "
                          "({table}): issue a credit note or a reversing entry."),
    "billing_month_not_over": ("{field} : {month} n'est pas terminé ; sa facturation est "
                               "possible à partir du {first}.",
                               "{field}: {month} is not over; it can be invoiced from "
                               "{first}."),
    "invoice_date_before_last": ("{field} : le {value} précède la dernière facture de la "
                                 "série ({last}) : les numéros suivent les dates.",
                                 "{field}: {value} is before the series' last invoice "
                                 "({last}): numbers follow dates."),
    "invoice_not_found": ("Aucune facture n° {ref}.", "No invoice #{ref}."),
    "invoice_line_not_found": ("La facture {number} n'a pas de ligne {ref}.",
                               "Invoice {number} has no line {ref}."),
    "credit_note_of_credit_note": ("{field} : {value} est un avoir, pas une facture.",
                                   "{field}: {value} is a credit note, not an invoice."),
    "line_already_credited": ("La ligne {position} de la facture {number} a déjà fait "
                              "l'objet d'un avoir.",
                              "Line {position} of invoice {number} was already credited."),
    "nothing_to_credit": ("La facture {number} n'a plus rien à créditer.",
                          "Invoice {number} has nothing left to credit."),
    "payment_on_credit_note": ("{field} : {value} est un avoir ; un paiement se rattache à "
                               "une facture.",
                               "{field}: {value} is a credit note; a payment belongs to an "
                               "invoice."),
    "payment_exceeds_balance": ("Paiement de {amount} refusé : il reste {due} à payer sur la "
                                "facture {number}.",
                                "Payment of {amount} refused: {due} is left to pay on "
                                "invoice {number}."),
    "payment_not_found": ("Aucun paiement n° {ref}.", "No payment #{ref}."),
    "payment_is_reversal": ("{field} : le paiement n° {ref} est déjà une écriture "
                            "d'annulation.",
                            "{field}: payment #{ref} is itself a reversing entry."),
    "payment_already_reversed": ("Le paiement n° {ref} est déjà annulé.",
                                 "Payment #{ref} is already reversed."),
    "chain_broken": ("Chaîne des factures rompue : {count} anomalie(s), dont {number} "
                     "({reason}).",
                     "Invoice chain broken: {count} problem(s), including {number} "
                     "({reason})."),
    # front desk, events and the directory
    "event_not_found": ("Aucun événement « {ref} ».", "No event \"{ref}\"."),
    "registration_not_found": ("Aucune inscription « {ref} ».", "No registration \"{ref}\"."),
    "visit_not_found": ("Aucune visite n° {ref}.", "No visit #{ref}."),
    "team_not_found": ("Aucune équipe n° {ref}.", "No team #{ref}."),
    "registration_window_order": ("{field} : la clôture doit suivre l'ouverture des "
                                  "inscriptions.",
                                  "{field}: registration must close after it opens."),
    "registration_closes_after_end": ("{field} : les inscriptions doivent fermer avant la fin "
                                      "de l'événement.",
                                      "{field}: registration must close before the event "
                                      "ends."),
    "event_rooms_two_sites": ("{field} : les salles d'un événement doivent être sur le même "
                              "site.", "{field}: an event's rooms must be on one site."),
    "event_capacity_over_rooms": ("{field} : {value} places, mais les salles n'en comptent que "
                                  "{seats}.",
                                  "{field}: {value} places, but the rooms only hold {seats}."),
    "capacity_below_registered": ("{field} : {value} places, mais {registered} personnes sont "
                                  "déjà inscrites.",
                                  "{field}: {value} places, but {registered} people are "
                                  "already registered."),
    "event_cancelled": ("L'événement « {ref} » est annulé.", "The event \"{ref}\" is cancelled."),
    "already_registered": ("{name} est déjà inscrit·e à « {event} » ({status}).",
                           "{name} is already registered for \"{event}\" ({status})."),
    "registration_not_open": ("Les inscriptions ouvrent le {date}.",
                              "Registration opens on {date}."),
    "registration_closed": ("Les inscriptions sont closes depuis le {date}.",
                            "Registration closed on {date}."),
    "registration_not_confirmed": ("{name} n'a pas de place confirmée ({status}).",
                                   "{name} has no confirmed place ({status})."),
    "event_checkin_window": ("Arrivée possible d'une heure avant le début ({start}) jusqu'à la "
                             "fin ({end}).",
                             "Check-in is possible from an hour before the start ({start}) "
                             "until the end ({end})."),
    "not_checked_in": ("{name} n'a pas été pointé·e présent·e : pas d'attestation.",
                       "{name} was not checked in: no certificate."),
    "person_archived": ("{field} : {name} est archivé·e.", "{field}: {name} is archived."),
    "already_checked_in": ("{name} est déjà là (arrivée à {since}).",
                           "{name} is already in (arrived at {since})."),
    "not_checked_in_today": ("{name} n'est pas arrivé·e aujourd'hui.",
                             "{name} has not checked in today."),
    "teams_published": ("Les équipes de « {event} » sont publiées : elles ne changent plus.",
                        "The teams of \"{event}\" are published: they no longer change."),
    "teams_no_participants": ("Personne n'est inscrit à « {event} ».",
                              "Nobody is registered for \"{event}\"."),
    "teams_infeasible": ("{field} : {count} personnes de {org} pour {teams} équipes ; "
                         "autorisez les collègues dans la même équipe ou formez des équipes "
                         "plus petites.",
                         "{field}: {count} people from {org} for {teams} teams; allow "
                         "colleagues in the same team or make the teams smaller."),
    "team_same_org": ("{field} : l'équipe {team} compte déjà un·e collègue de la même "
                      "organisation.",
                      "{field}: team {team} already has a colleague from the same "
                      "organisation."),
    "teams_none": ("Aucune équipe à publier pour « {event} ».",
                   "No teams to publish for \"{event}\"."),
    "notif_visitor_arrived": ("Visite pour vous : {who}", "Visitor for you: {who}"),
    "notif_event_promoted": ("Une place s'est libérée : vous êtes inscrit·e à « {event} ».",
                             "A place opened up: you are registered for \"{event}\"."),
    "certificates_none": ("{field} : personne n'a été pointé·e présent·e, aucune attestation "
                          "à éditer.",
                          "{field}: nobody was checked in, no certificate to print."),
    "notif_event_underfilled": ("« {event} » manque d'inscrits.",
                                "\"{event}\" is short of registrations."),
    # users, permissions, audit, GDPR
    "permission_denied": ("Action refusée : le rôle « {role} » ne permet pas « {action} ».",
                          "Permission denied: the {role} role may not do \"{action}\"."),
    "login_failed": ("Identifiant ou mot de passe incorrect. Après plusieurs échecs, "
                     "patientez un moment avant de réessayer.",
                     "Wrong login or password. After several failures, wait a moment "
                     "before trying again."),
    "password_too_short": ("{field} : {min} caractères au minimum.",
                           "{field}: at least {min} characters."),
    "login_invalid": ("{field} : lettres, chiffres, point, tiret ou _ (1 à 80 caractères).",
                      "{field}: letters, digits, dot, dash or _ (1 to 80 characters)."),
    "login_taken": ("{field} : l'identifiant « {value} » existe déjà.",
                    "{field}: the login \"{value}\" already exists."),
    "user_not_found": ("Utilisateur introuvable : {ref}.", "User not found: {ref}."),
    "last_admin": ("Il doit rester au moins un administrateur actif.",
                   "At least one active administrator must remain."),
    "kiosk_pin_blocked": ("Code bloqué après 3 essais : demandez à l'accueil de le débloquer.",
                          "PIN blocked after 3 attempts: ask the front desk to unblock it."),
    "user_created": ("Utilisateur créé : {login} ({role}, n° {id}).",
                     "User created: {login} ({role}, #{id})."),
    "password_changed": ("Mot de passe changé pour {login}.", "Password changed for {login}."),
    "pin_unblocked": ("Code de la borne débloqué pour {name}.", "Kiosk PIN unblocked for {name}."),
    "users_count": ("{count} utilisateur(s).", "{count} user(s)."),
    "audit_count": ("{count} entrée(s) du journal.", "{count} audit entr(y/ies)."),
    "audit_ok": ("Journal d'audit intact : {count} entrée(s) vérifiée(s), chaîne continue.",
                 "Audit log intact: {count} entr(y/ies) checked, unbroken chain."),
    "audit_broken": ("Journal d'audit altéré à l'entrée n° {id} : {problem}",
                     "Audit log altered at entry #{id}: {problem}"),
    "audit_purged": ("{count} entrée(s) de plus de 12 mois supprimée(s) du journal.",
                     "{count} audit entr(y/ies) older than 12 months purged."),
    "gdpr_exported": ("Données de la personne n° {id} exportées : {json} et {pdf}",
                      "Data of person #{id} exported: {json} and {pdf}"),
    "gdpr_anonymized": ("Personne n° {id} anonymisée ; réservations, factures et statistiques "
                        "conservées.",
                        "Person #{id} anonymised; bookings, invoices and statistics kept."),
    "retention_summary": ("Conservation : {flagged} compte(s) inactif(s) depuis 3 ans signalé(s) "
                          "({new} nouveau(x)).",
                          "Retention: {flagged} account(s) inactive for 3 years flagged "
                          "({new} new)."),
    "pg_password_stored": ("Mot de passe PostgreSQL enregistré dans le trousseau du système "
                           "pour {target}.",
                           "PostgreSQL password stored in the system keyring for {target}."),
    "prompt_password": ("Mot de passe : ", "Password: "),
    "prompt_password_again": ("Mot de passe (encore) : ", "Password (again): "),
    "passwords_differ": ("{field} : les deux saisies diffèrent.",
                         "{field}: the two entries differ."),
    "keyring_missing": ("Le paquet « keyring » n'est pas installé (pip install "
                        "'tierslieu[pg]').",
                        "The \"keyring\" package is not installed (pip install "
                        "'tierslieu[pg]')."),
    # first-run set-up and settings
    "logo_invalid": ("{field} : « {value} » n'est pas une image PNG, JPEG ou GIF lisible "
                     "(5 Mo au plus).",
                     "{field}: \"{value}\" is not a readable PNG, JPEG or GIF image (5 MB at "
                     "most)."),
    "hours_overlap": ("{field} : deux plages se chevauchent (à {value}).",
                      "{field}: two time ranges overlap (at {value})."),
    "setup_resource": ("{field}, ligne {row} : {detail}", "{field}, row {row}: {detail}"),
    "setup_resource_twice": ("{field}, ligne {row} : « {value} » figure deux fois.",
                             "{field}, row {row}: \"{value}\" appears twice."),
    "setup_done": ("Cette base est déjà configurée : modifiez-la depuis les Paramètres.",
                   "This database is already set up: change it from the Settings."),
    "password_mismatch": ("{field} : les deux saisies sont différentes.",
                          "{field}: the two entries differ."),
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
    # plans, billing, payments
    "hot_desk": ("Coworking nomade", "Hot desk"),
    "fixed_desk": ("Poste fixe", "Fixed desk"),
    "private_office": ("Bureau privatif", "Private office"),
    "day_pass_pack": ("Pack de journées", "Day-pass pack"),
    "domiciliation": ("Domiciliation", "Registered address"),
    "monthly": ("Mensuel", "Monthly"),
    "once": ("Pack (une fois)", "Pack (once)"),
    "transfer": ("Virement", "Transfer"),
    "cheque": ("Chèque", "Cheque"),
    "card": ("Carte bancaire", "Card"),
    "cash": ("Espèces", "Cash"),
    "invoice": ("Facture", "Invoice"),
    "credit_note": ("Avoir", "Credit note"),
    "paid": ("Payée", "Paid"),
    "partial": ("Partiellement payée", "Partly paid"),
    "unpaid": ("À payer", "Unpaid"),
    "overdue": ("En retard", "Overdue"),
    "credited": ("Annulée par avoir", "Credited"),
    "allowance": ("Allocation mensuelle", "Monthly allowance"),
    "pack": ("Pack", "Pack"),
    "room_minutes": ("Salles de réunion", "Meeting rooms"),
    "desk_days": ("Jours de coworking", "Desk days"),
    # events, registrations, visits
    "hackathon": ("Hackathon", "Hackathon"),
    "bootcamp": ("Bootcamp", "Bootcamp"),
    "workshop": ("Atelier", "Workshop"),
    "meetup": ("Rencontre", "Meetup"),
    "training": ("Formation", "Training"),
    "open_day": ("Portes ouvertes", "Open day"),
    "planned": ("Prévu", "Planned"),
    "registered": ("Inscrit·e", "Registered"),
    "waitlisted": ("En liste d'attente", "Waitlisted"),
    "visitor": ("Visiteur·se", "Visitor"),
    "guest": ("Invité·e", "Guest"),
    # user roles ("incubation" is above)
    "admin": ("Administration", "Administrator"),
    "front_desk": ("Accueil", "Front desk"),
    "director": ("Direction", "Director"),
    "kiosk": ("Borne", "Kiosk"),
    # revenue by plan kind (reports): invoice lines for bookings beyond a plan
    "overage": ("Dépassements (hors forfait)", "Bookings beyond plans"),
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
