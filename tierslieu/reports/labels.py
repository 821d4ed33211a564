"""The fixed text of the PDF reports, French and English side by side.

Indicator labels and definitions live with the indicators (:mod:`.indicators.registry`);
statuses, categories and kinds come from :func:`tierslieu.i18n.choice_label`.
"""

from __future__ import annotations

from typing import Any

TEXT: dict[str, tuple[str, str]] = {
    # documents
    "monthly_title": ("Rapport d'activité", "Activity report"),
    "annual_title": ("Rapport annuel aux financeurs", "Annual report to funders"),
    "startup_title": ("Fiche startup", "Startup sheet"),
    "generated_on": ("Édité le {date}", "Generated on {date}"),
    "all_sites": ("Tous les sites", "All sites"),
    "site": ("Site : {name}", "Site: {name}"),
    "contents": ("Sommaire", "Contents"),
    "page": ("Page", "Page"),
    # sections
    "headline": ("Chiffres clés", "Key figures"),
    "space": ("Espaces", "Spaces"),
    "members": ("Membres", "Members"),
    "incubation": ("Incubation", "Incubation"),
    "alerts": ("Alertes", "Alerts"),
    "appendix": ("Annexe : définitions des indicateurs", "Appendix: definitions of the indicators"),
    "activity": ("Activité", "Activity"),
    "publics": ("Publics", "Publics"),
    "outcomes": ("Résultats de l'incubation", "Incubation outcomes"),
    "occupancy_chart": ("Occupation par ressource", "Occupancy by resource"),
    "heatmap": ("Heures réservées par jour et par heure",
                "Booked hours by weekday and hour"),
    "resources_table": ("Détail par ressource", "Resources in detail"),
    "top_bottom": ("Les plus et les moins occupées", "Most and least occupied"),
    "attendance": ("Présence et non-présentations", "Attendance and no-shows"),
    "by_category": ("Membres actifs par catégorie de public",
                    "Active members by public category"),
    "by_commune": ("Organisations par commune", "Organisations by commune"),
    "pipeline": ("Startups par statut", "Startups by status"),
    "startups_table": ("Startups des promotions en cours", "Startups of the current cohorts"),
    "incubation_figures": ("Indicateurs de l'incubation", "Incubation figures"),
    "funds": ("Fonds levés par type", "Funds raised by kind"),
    "cohorts": ("Promotions", "Cohorts"),
    "by_month": ("Mois par mois", "Month by month"),
    "bookings_chart": ("Réservations par mois", "Bookings by month"),
    "users_chart": ("Usagers uniques par mois", "Unique users by month"),
    "survival": ("Survie des startups diplômées", "Survival of graduated startups"),
    "founders": ("Fondateurs", "Founders"),
    "history": ("Parcours", "History"),
    "milestones": ("Jalons", "Milestones"),
    "kpis": ("Indicateurs", "KPIs"),
    "revenue_chart": ("Chiffre d'affaires par période", "Revenue by period"),
    "headcount_chart": ("Effectif par période", "Headcount by period"),
    "mentoring": ("Mentorat", "Mentoring"),
    # column headers
    "h_indicator": ("Indicateur", "Indicator"),
    "h_change": ("Évolution", "Change"),
    "h_definition": ("Définition", "Definition"),
    "h_resource": ("Ressource", "Resource"),
    "h_kind": ("Type", "Kind"),
    "h_bookings": ("Réservations", "Bookings"),
    "h_booked": ("Heures réservées", "Booked hours"),
    "h_open": ("Heures d'ouverture", "Open hours"),
    "h_occupancy": ("Occupation", "Occupancy"),
    "h_no_shows": ("Non honorées", "No-shows"),
    "h_category": ("Catégorie", "Category"),
    "h_commune": ("Commune", "Commune"),
    "h_count": ("Nombre", "Count"),
    "h_share": ("Part", "Share"),
    "h_status": ("Statut", "Status"),
    "h_startup": ("Startup", "Startup"),
    "h_cohort": ("Promotion", "Cohort"),
    "h_reached": ("Jalons atteints", "Milestones reached"),
    "h_late": ("En retard", "Late"),
    "h_mentoring_month": ("Mentorat de la période", "Mentoring this period"),
    "h_mentoring_used": ("Mentorat à date / budget", "Mentoring to date / budget"),
    "h_alert": ("Alerte", "Alert"),
    "h_detail": ("Détail", "Detail"),
    "h_due": ("Échéance", "Due"),
    "h_month": ("Mois", "Month"),
    "h_users": ("Usagers uniques", "Unique users"),
    "h_kind_funds": ("Type de financement", "Kind of funds"),
    "h_amount": ("Montant", "Amount"),
    "h_applications": ("Candidatures", "Applications"),
    "h_incubated": ("Incubées", "Incubated"),
    "h_graduated": ("Diplômées", "Graduated"),
    "h_revenue": ("Chiffre d'affaires", "Revenue"),
    "h_revenue_total": ("Chiffre d'affaires cumulé", "Revenue to date"),
    "h_raised_total": ("Fonds levés cumulés", "Funds raised to date"),
    "h_raised": ("Fonds levés", "Funds raised"),
    "h_horizon": ("Horizon", "Horizon"),
    "h_rate": ("Taux", "Rate"),
    "h_basis": ("Base", "Basis"),
    "h_date": ("Date", "Date"),
    "h_move": ("Changement", "Change"),
    "h_reason": ("Motif", "Reason"),
    "h_milestone": ("Jalon", "Milestone"),
    "h_reached_on": ("Atteint le", "Reached on"),
    "h_state": ("État", "State"),
    "h_period": ("Période", "Period"),
    "h_headcount": ("Effectif", "Headcount"),
    "h_jobs": ("Emplois créés", "Jobs created"),
    "h_mentor": ("Mentor", "Mentor"),
    "h_duration": ("Durée", "Length"),
    "h_topics": ("Sujets", "Topics"),
    "h_value": ("Valeur", "Value"),
    # phrases
    "space_summary": ("{bookings} réservations pour {hours} réservées ; taux d'occupation "
                      "{occupancy} sur {days} jours d'ouverture.",
                      "{bookings} bookings for {hours} booked; occupancy {occupancy} over "
                      "{days} opening days."),
    "attendance_text": ("Heures honorées (arrivée pointée) : {checked}. Réservations non "
                        "honorées : {no_shows}, soit un taux de non-présentation de {rate}. "
                        "Occupation des postes de travail : {desks}.",
                        "Hours checked in: {checked}. No-shows: {no_shows}, a no-show rate "
                        "of {rate}. Desk occupancy: {desks}."),
    "members_summary": ("{active} membres actifs à la fin de la période ; {new} nouveaux, "
                        "{left} départs ; {users} usagers uniques ; {resident} structures "
                        "résidentes.",
                        "{active} active members at the end of the period; {new} new, "
                        "{left} left; {users} unique users; {resident} resident "
                        "organisations."),
    "mentoring_text": ("{sessions} séances de mentorat pour {hours} dans la période ; "
                       "{used} consommées à date sur un budget de {budget} ({share}).",
                       "{sessions} mentoring sessions for {hours} in the period; {used} "
                       "used to date of a {budget} budget ({share})."),
    "survival_basis": ("{survivors} sur {known}", "{survivors} of {known}"),
    "women_basis": ("{women} femmes sur {founders} fondateurs, {startups} startups",
                    "{women} women of {founders} founders, {startups} startups"),
    "no_data": ("Aucune donnée pour cette période.", "No data for this period."),
    "no_alerts": ("Aucune alerte.", "No alerts."),
    "top": ("Les plus occupées : {names}.", "Most occupied: {names}."),
    "bottom": ("Les moins occupées : {names}.", "Least occupied: {names}."),
    "people_trained": ("Personnes formées", "People trained"),
    "companies_created": ("Entreprises créées", "Companies created"),
    "not_tracked": ("non renseigné (pas encore suivi dans TiersLieu)",
                    "not recorded (not tracked in TiersLieu yet)"),
    "member_communes": ("Les communes de résidence des personnes ne sont pas enregistrées : "
                        "seules celles des organisations sont présentées.",
                        "People's home communes are not recorded: only the organisations' "
                        "are shown."),
    "vs": ("vs {period}", "vs {period}"),
    # alerts
    "alert_milestone_late": ("Jalon en retard", "Milestone late"),
    "alert_kpi_due": ("Indicateurs à saisir", "KPIs due"),
    "alert_follow_up_due": ("Suivi d'alumni à faire", "Alumni follow-up due"),
    "alert_low_occupancy": ("Ressource peu occupée", "Resource rarely used"),
    "alert_no_shows": ("Non-présentations fréquentes", "Frequent no-shows"),
    # startup sheet
    "status_now": ("Statut : {status} ({cohort})", "Status: {status} ({cohort})"),
    "no_enrollment": ("Aucune candidature.", "No application."),
    "reached": ("atteint", "reached"),
    "late": ("en retard", "late"),
    "upcoming": ("à venir", "upcoming"),
    "applied": ("candidature", "application"),
    "mentoring_budget": ("{cohort} : {used} consommées sur {budget} ({sessions} séances).",
                         "{cohort}: {used} used of {budget} ({sessions} sessions)."),
    "latest_sessions": ("Dernières séances", "Latest sessions"),
    "no_kpis": ("Aucun indicateur déclaré.", "No KPIs reported."),
    "no_founders": ("Aucun fondateur enregistré.", "No founder recorded."),
    "no_sessions": ("Aucune séance de mentorat.", "No mentoring session."),
    "total": ("Total", "Total"),
    "weekdays": ("lun.,mar.,mer.,jeu.,ven.,sam.,dim.", "Mon,Tue,Wed,Thu,Fri,Sat,Sun"),
    # money (monthly « Finances », annual « Économie »)
    "finances": ("Finances", "Finances"),
    "economy": ("Économie", "Economics"),
    "money_summary": ("Facturé dans la période : {excl} HT ({incl} TTC) ; encaissé : "
                      "{collected}. Impayés échus à la fin de la période : {overdue}.",
                      "Invoiced in the period: {excl} excl. VAT ({incl} incl. VAT); "
                      "collected: {collected}. Overdue at the end of the period: {overdue}."),
    "money_scope": ("Les chiffres financiers couvrent tout le tiers-lieu : les factures ne "
                    "sont pas rattachées à un site.",
                    "Financial figures cover the whole tiers-lieu: invoices are not tied to "
                    "a site."),
    "money_figures": ("Indicateurs financiers", "Financial figures"),
    "money_chart": ("Facturé TTC et encaissé, 12 derniers mois",
                    "Invoiced incl. VAT and collected, last 12 months"),
    "money_chart_year": ("Facturé TTC et encaissé par mois",
                         "Invoiced incl. VAT and collected by month"),
    "aged": ("Balance âgée des impayés échus", "Aged debtors"),
    "aged_basis": ("{invoices} factures, {customers} clients",
                   "{invoices} invoices, {customers} customers"),
    "collection_basis": ("{paid} réglés sur {owed}", "{paid} paid of {owed}"),
    "by_plan_kind": ("Chiffre d'affaires HT par type de formule", "Revenue by plan kind"),
    "revenue_by_month": ("Chiffre d'affaires mois par mois", "Revenue month by month"),
    "legend_invoiced": ("Facturé TTC", "Invoiced incl. VAT"),
    "legend_collected": ("Encaissé", "Collected"),
    "h_days_late": ("Jours de retard", "Days late"),
    "h_plan_kind": ("Type de formule", "Plan kind"),
    "h_invoiced_excl": ("Facturé HT", "Invoiced excl. VAT"),
    "h_invoiced_incl": ("Facturé TTC", "Invoiced incl. VAT"),
    "h_collected": ("Encaissé", "Collected"),
    "h_customer": ("Client", "Customer"),
    "age_0-30": ("0 à 30 jours", "0 to 30 days"),
    "age_31-60": ("31 à 60 jours", "31 to 60 days"),
    "age_61-90": ("61 à 90 jours", "61 to 90 days"),
    "age_91+": ("Plus de 90 jours", "More than 90 days"),
    "kind_overage": ("Dépassements (réservations hors forfait)", "Bookings beyond plans"),
    "kind_other": ("Autres (factures saisies)", "Other (typed invoices)"),
    "alert_overdue_90": ("Impayé > 90 jours", "Unpaid > 90 days"),
    "overdue_detail": ("{amount} dû ({numbers})", "{amount} due ({numbers})"),
    "collection_rate_text": ("Part des factures de la période réglée à sa fin : {rate}.",
                             "Share of the period's invoices paid by its end: {rate}."),
    "overdue_text": ("Impayés échus à la fin de la période : {overdue}.",
                     "Overdue at the end of the period: {overdue}."),
    # events and visits (monthly « Événements », annual activity)
    "events_title": ("Événements", "Events"),
    "events_visits": ("Événements et accueil", "Events and visits"),
    "events_summary": ("{events} événements ; {registrations} inscriptions confirmées pour "
                       "{places} places (taux de remplissage {rate}) ; {attendees} "
                       "participants pointés présents, dont {trained} personnes formées "
                       "(formations, bootcamps, ateliers).",
                       "{events} events; {registrations} confirmed registrations for "
                       "{places} places (fill rate {rate}); {attendees} attendees checked "
                       "in, {trained} people trained (trainings, bootcamps, workshops)."),
    "visits_summary": ("{visits} passages à l'accueil ({members} arrivées de membres, "
                       "{visitors} visiteurs, {guests} invités) ; {unique} visiteurs uniques.",
                       "{visits} visits at the front desk ({members} members' check-ins, "
                       "{visitors} visitors, {guests} guests); {unique} unique visitors."),
    "visits_retention": ("Le journal de l'accueil est conservé {days} jours : les passages "
                         "plus anciens ne sont plus comptés.",
                         "The front-desk log is kept {days} days: older visits are no longer "
                         "counted."),
    "events_table": ("Événements du mois", "Events of the month"),
    "events_by_kind": ("Événements par type", "Events by kind"),
    "events_chart": ("Événements par mois", "Events by month"),
    "front_desk": ("Accueil", "Front desk"),
    "h_event": ("Événement", "Event"),
    "h_places": ("Places", "Places"),
    "h_registered": ("Inscrits", "Registered"),
    "h_waitlisted": ("En attente", "Waitlist"),
    "h_attended": ("Présents", "Attended"),
    "h_visit_kind": ("Type de passage", "Kind of visit"),
}


def t(key: str, lang: str = "fr", **params: Any) -> str:
    fr, en = TEXT[key]
    text = en if lang == "en" else fr
    return text.format(**params) if params else text
