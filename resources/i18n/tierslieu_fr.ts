<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../tierslieu/gui/billing/account_box.py" line="+29"/>
        <source>Billing:</source>
        <translation>Facturation :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no invoice yet.</source>
        <translation>aucune facture pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invoice(s), the last %1 of %2</source>
        <translation>
            <numerusform>%n facture, la dernière %1 du %2</numerusform>
            <numerusform>%n factures, la dernière %1 du %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing due</source>
        <translation>rien à payer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still due %1</source>
        <translation>reste dû %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 overdue)</source>
        <translation>(dont %1 en retard)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoiced in all: %1. The Billing page (Ctrl+8) shows the invoices and records payments.</source>
        <translation>Facturé au total : %1. La page Facturation (Ctrl+8) montre les factures et enregistre les paiements.</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="+516"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startups</source>
        <translation>Startups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startups of the cohort followed now</source>
        <translation>Startups de la promotion suivies actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean of the startups&apos; ratings (1-5)</source>
        <translation>Moyenne des notes données par les startups (1-5)</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../tierslieu/gui/auth/session.py" line="+230"/>
        <source>&amp;Administration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock the session</source>
        <translation>&amp;Verrouiller la session</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="+217"/>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first account, with every right; it creates the others. Left empty, it is asked at the first sign-in.</source>
        <translation>Le premier compte, avec tous les droits ; c&apos;est lui qui crée les autres. Laissé vide, il sera demandé à la première connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, dot, dash or _</source>
        <translation>Lettres, chiffres, point, tiret ou _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters</source>
        <translation>8 caractères au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm the password:</source>
        <translation>Con&amp;firmer le mot de passe :</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/models.py" line="+239"/>
        <source>Late milestone</source>
        <translation>Jalon en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs to report</source>
        <translation>Indicateurs à transmettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alumni follow-up due</source>
        <translation>Suivi d&apos;alumni à faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{horizon} months after graduation</source>
        <translation>Diplômée depuis {horizon} mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period {period}</source>
        <translation>Période {period}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../tierslieu/gui/auth/audit_view.py" line="+73"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Integrity checked: {count} entries, unbroken chain.</source>
        <translation>Intégrité vérifiée : {count} entrées, chaîne intacte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log was altered at entry #{id}: {problem}</source>
        <translation>Le journal a été modifié à l&apos;entrée n° {id} : {problem}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-111"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../tierslieu/gui/billing/page.py" line="+54"/>
        <source>Monthly &amp;billing</source>
        <translation>Fa&amp;cturation du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>Fact&amp;ures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debtors</source>
        <translation>&amp;Impayés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview a month&apos;s invoices, each line explained, then issue them</source>
        <translation>Prévisualiser les factures d&apos;un mois, chaque ligne expliquée, puis les émettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every invoice and credit note: detail, PDF, Factur-X and payments</source>
        <translation>Toutes les factures et tous les avoirs : détail, PDF, Factur-X et paiements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each customer still owes, by age</source>
        <translation>Ce que chaque client doit encore, par ancienneté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is subscribed to which plan; new subscriptions, ends, plan changes and the plans</source>
        <translation>Qui est abonné à quelle formule ; nouveaux abonnements, fins, changements de formule et les formules</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your role does not give access to billing.
An administrator or a front-desk manager can bill.</source>
        <translation>Votre rôle ne donne pas accès à la facturation.
Un administrateur ou un responsable de l&apos;accueil peut facturer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../tierslieu/gui/main_window.py" line="+70"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/booking_dialog.ui" line="+20"/>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The room, desk or zone to book</source>
        <translation>La salle, le poste ou l&apos;espace à réserver</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type part of a name or e-mail and pick the member; leave empty for an internal booking</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un e-mail et choisissez le membre ; laissez vide pour une réservation interne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or e-mail… (empty: internal booking)</source>
        <translation>Nom ou e-mail… (vide : réservation interne)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>T&amp;itle</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Team meeting (optional)</source>
        <translation>ex. : Réunion d&apos;équipe (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+257"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>&amp;From</source>
        <translation>D&amp;e</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start time (↑ ↓ or the mouse wheel move by 15 minutes)</source>
        <translation>Heure de début (↑ ↓ ou molette de la souris : par pas de 15 minutes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;to</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End time (↑ ↓ or the mouse wheel move by 15 minutes)</source>
        <translation>Heure de fin (↑ ↓ ou molette de la souris : par pas de 15 minutes)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Staff only: book on a closed day or outside the opening hours (an evening event, a set-up before opening)</source>
        <translation>Réservé à l&apos;équipe : réserver un jour de fermeture ou en dehors des horaires d&apos;ouverture (un événement en soirée, une installation avant l&apos;ouverture)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow a closed day or &amp;outside opening hours</source>
        <translation>Autoriser un jour de fermeture ou &amp;hors des horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>R&amp;epeat</source>
        <translation>R&amp;épéter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat until</source>
        <translation>Répéter jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of occurrences</source>
        <translation>Nombre d&apos;occurrences</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computed from the resource&apos;s hourly, half-day and day rates</source>
        <translation>Calculé d&apos;après les tarifs horaire, demi-journée et journée de la ressource</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List every occurrence: free, taken (by whom) or on a closed day</source>
        <translation>Liste de chaque occurrence : libre, prise (par qui) ou un jour de fermeture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;availability</source>
        <translation>&amp;Vérifier la disponibilité</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Occurrences and their conflicts</source>
        <translation>Occurrences et leurs conflits</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Otherwise a single taken or closed occurrence refuses the whole series</source>
        <translation>Sinon, une seule occurrence prise ou fermée fait refuser toute la série</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book the free occurrences and &amp;skip the others</source>
        <translation>Réserver les occurrences libres et &amp;ignorer les autres</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/dialogs/booking_dialog.py" line="+99"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Jour de fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Billing: computing…</source>
        <translation>Facturation : calcul…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Billing: not available (%1)</source>
        <translation>Facturation : indisponible (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not invoiced yet: the month&apos;s billing will include it</source>
        <translation>pas encore facturé : la facturation du mois le comprendra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoiced on %1</source>
        <translation>facturé sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn at the front desk</source>
        <translation>déduit à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing: %1</source>
        <translation>Facturation : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 2 weeks</source>
        <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Booking #%1 — %2</source>
        <translation>Réservation n° %1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fixed once booked: cancel and book again to change it</source>
        <translation>Non modifiable après réservation : annulez puis réservez à nouveau pour changer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>arrived at %1</source>
        <translation>arrivé·e à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of a repeating series</source>
        <translation>fait partie d&apos;une série récurrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking #%1</source>
        <translation>Réservation n° %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel booking…</source>
        <translation>Annuler la réservation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this booking (frees the slot)</source>
        <translation>Annuler cette réservation (libère le créneau)</translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>shared zone of %n seat(s)</source>
        <translation>
            <numerusform>espace partagé de %n place</numerusform>
            <numerusform>espace partagé de %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at most %n</source>
        <translation>
            <numerusform>%n au maximum</numerusform>
            <numerusform>%n au maximum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per occurrence</source>
        <translation>%1 par occurrence</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n libre</numerusform>
            <numerusform>%n libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n taken</source>
        <translation>
            <numerusform>%n prise</numerusform>
            <numerusform>%n prises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on a closed day</source>
        <translation>
            <numerusform>%n jour de fermeture</numerusform>
            <numerusform>%n jours de fermeture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not possible</source>
        <translation>
            <numerusform>%n impossible</numerusform>
            <numerusform>%n impossibles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a member from the list, or leave the field empty for an internal booking.</source>
        <translation>Choisissez un membre dans la liste, ou laissez le champ vide pour une réservation interne.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel booking %1?</source>
        <translation>Annuler la réservation %1 ?</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/widgets.py" line="+138"/>
        <source>Select a pair to see its score by criterion.</source>
        <translation>Sélectionnez un binôme pour voir son score par critère.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{criterion}: {value} % met
{tip}</source>
        <translation>{criterion} : satisfait à {value} %
{tip}</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="-47"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{hours} over</source>
        <translation>{hours} en trop</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscription_dialog.py" line="+455"/>
        <location line="+36"/>
        <source>Change plan</source>
        <translation>Changer de formule</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&lt;b&gt;{who}&lt;/b&gt;: “{plan}” since {start}</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; : « {plan} » depuis le {start}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first day of the new plan; the old one ends the day before</source>
        <translation>Le premier jour de la nouvelle formule ; l&apos;ancienne se termine la veille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed price</source>
        <translation>Prix convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A negotiated monthly price excl. VAT for the new plan, e.g. 250,00; empty: its list price</source>
        <translation>Un prix mensuel HT négocié pour la nouvelle formule, par exemple 250,00 ; vide : son tarif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;plan</source>
        <translation>&amp;Nouvelle formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>À &amp;partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed p&amp;rice (€)</source>
        <translation>P&amp;rix convenu (€)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No other plan on sale.</source>
        <translation>Aucune autre formule en vente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list price {price}</source>
        <translation>tarif {price}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{old}” ends on {before}; “{new}” starts on {day}.</source>
        <translation>« {old} » se termine le {before} ; « {new} » commence le {day}.</translation>
    </message>
</context>
<context>
    <name>CohortBoard</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/board.py" line="+315"/>
        <source>No startup</source>
        <translation>Aucune startup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Open details</source>
        <translation>Ouvrir le détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
</context>
<context>
    <name>CohortTab</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/common.py" line="+121"/>
        <source>No cohort yet: mentoring pairs the startups selected or incubated in a cohort (see the Incubation page). To try it: tierslieu --demo.</source>
        <translation>Aucune promotion pour l&apos;instant : le mentorat associe des mentors aux startups sélectionnées ou incubées d&apos;une promotion (voir la page Incubation). Pour essayer : tierslieu --demo.</translation>
    </message>
</context>
<context>
    <name>CohortTreeModel</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/models.py" line="+16"/>
        <source>Programme / cohort</source>
        <translation>Programme / promotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{start} – {end}, {seats} of {capacity} places taken</source>
        <translation>{start} – {end}, {seats} places prises sur {capacity}</translation>
    </message>
</context>
<context>
    <name>CreditLinesModel</name>
    <message>
        <location filename="../../tierslieu/gui/billing/credit_note_dialog.py" line="+106"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already credited by {number}</source>
        <translation>Déjà créditée par {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line of {amount}: nothing to credit</source>
        <translation>Une ligne de {amount} : rien à créditer</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location line="+86"/>
        <source>Credit note on {number}</source>
        <translation>Avoir sur {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{customer} — invoice {number} of {date}, total {total} incl. VAT</source>
        <translation>{customer} — facture {number} du {date}, total {total} TTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already credited: {amount}</source>
        <translation>Déjà crédité : {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already paid: {amount} (a credit note refunds nothing by itself)</source>
        <translation>Déjà payé : {amount} (un avoir ne rembourse rien à lui seul)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines to credit</source>
        <translation>Lignes à créditer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked lines are credited; all of them: the whole invoice (Space checks or unchecks a line)</source>
        <translation>Les lignes cochées sont créditées ; toutes : la facture entière (Espace coche ou décoche une ligne)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Whole invoice</source>
        <translation>&amp;Toute la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every line that can still be credited</source>
        <translation>Cocher toutes les lignes encore créditables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k none</source>
        <translation>Tout déco&amp;cher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncheck every line, to check a few</source>
        <translation>Décocher toutes les lignes, pour en cocher quelques-unes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total of the credit note</source>
        <translation>Total de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this credit note: wrong price, booking cancelled…</source>
        <translation>Pourquoi cet avoir : prix erroné, réservation annulée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required; printed on the credit note ({max} characters at most)</source>
        <translation>Obligatoire ; imprimé sur l&apos;avoir ({max} caractères au plus)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date printed on the credit note: not before the invoice, not in the future</source>
        <translation>La date imprimée sur l&apos;avoir : pas avant la facture, pas dans le futur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;eason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue &amp;date</source>
        <translation>&amp;Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Issue the credit note</source>
        <translation>Émettre l&apos;a&amp;voir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Lines to credit</source>
        <translation>&amp;Lignes à créditer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} / {max} characters</source>
        <translation>{n} / {max} caractères</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credit note: &lt;b&gt;{incl}&lt;/b&gt; incl. VAT ({excl} excl. VAT)</source>
        <translation>Avoir : &lt;b&gt;{incl}&lt;/b&gt; TTC ({excl} HT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every line of this invoice is already credited: nothing is left to credit.</source>
        <translation>Toutes les lignes de cette facture sont déjà créditées : il ne reste rien à créditer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check at least one line to credit.</source>
        <translation>Cochez au moins une ligne à créditer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issue a credit note</source>
        <translation>Émettre un avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the credit note of {amount} incl. VAT on {number}? A credit note once issued can no longer be changed.</source>
        <translation>Émettre l&apos;avoir de {amount} TTC sur {number} ? Un avoir émis ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Issuing the credit note…</source>
        <translation>Émission de l&apos;avoir…</translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <location filename="../../tierslieu/gui/dashboard/models.py" line="+30"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Visiteur·se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Host: {host}</source>
        <translation>Hôte : {host}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In use: {title}</source>
        <translation>Occupée : {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use</source>
        <translation>Occupée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free until {time}</source>
        <translation>Libre jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{plan}, ended {days} days ago</source>
        <translation>{plan}, terminé il y a {days} jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan}, ended yesterday</source>
        <translation>{plan}, terminé hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan}, ends today</source>
        <translation>{plan}, se termine aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan}, ends tomorrow</source>
        <translation>{plan}, se termine demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{plan}, ends in {days} days</source>
        <translation>{plan}, se termine dans {days} jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {count} more overdue invoices, {amount} in all</source>
        <translation>et {count} autres factures en retard, {amount} au total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days late</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {amount} due, {late}</source>
        <translation>{number} : {amount} à régler, {late}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{registered} registered, {minimum} needed</source>
        <translation>{registered} inscrits, {minimum} nécessaires</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For a host</source>
        <translation>Pour un hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few registrations</source>
        <translation>Peu d&apos;inscrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone late</source>
        <translation>Jalon en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription ending</source>
        <translation>Fin d&apos;abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoice</source>
        <translation>Facture impayée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../tierslieu/gui/dashboard/page.py" line="+96"/>
        <source>in now</source>
        <translation>présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrivals today</source>
        <translation>arrivées aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the seats taken</source>
        <translation>des places occupées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rooms in use</source>
        <translation>salles occupées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events today</source>
        <translation>événements aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member arriving: type a name…</source>
        <translation>Arrivée d&apos;un membre : tapez un nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a member in (Ctrl+F to come here)</source>
        <translation>Enregistrer l&apos;arrivée d&apos;un membre (Ctrl+F pour venir ici)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a visitor…</source>
        <translation>Enregistrer un visiteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor or a guest for a member (Ctrl+N)</source>
        <translation>Un visiteur ou un invité d&apos;un membre (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New booking…</source>
        <translation>Nouvelle réservation…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In now</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has checked in yet today.</source>
        <translation>Personne n&apos;est encore arrivé aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check out</source>
        <translation>Enregistrer le départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected person leaves</source>
        <translation>La personne sélectionnée s&apos;en va</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge…</source>
        <translation>Badge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected visitor&apos;s badge (PDF)</source>
        <translation>Imprimer le badge du visiteur sélectionné (PDF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrivals today</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No arrival today.</source>
        <translation>Aucune arrivée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms today</source>
        <translation>Les salles aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No room is set up yet.</source>
        <translation>Aucune salle n&apos;est encore créée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events today</source>
        <translation>Événements du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event today.</source>
        <translation>Aucun événement aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming up this week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event in the next seven days.</source>
        <translation>Aucun événement dans les sept prochains jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs your attention.</source>
        <translation>Rien ne demande votre attention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected notification was passed on</source>
        <translation>La notification sélectionnée a été transmise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click or Enter opens what the alert is about: the event, the startup&apos;s file, the member or the organisation</source>
        <translation>Double-clic ou Entrée ouvre ce dont parle l&apos;alerte : l&apos;événement, le dossier de la startup, le membre ou l&apos;organisation</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../tierslieu/gui/main_window.py" line="-8"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>of {seats} seats taken</source>
        <translation>des {seats} places occupées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day}, updated at {time}</source>
        <translation>{day}, mis à jour à {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s) in</source>
        <translation>
            <numerusform>%n personne présente</numerusform>
            <numerusform>%n personnes présentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a member in the suggestions first.</source>
        <translation>Choisissez d&apos;abord un membre dans les suggestions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} checked in at {time}</source>
        <translation>{name} est arrivé·e à {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>desk access included in “{plan}”</source>
        <translation>accès aux postes inclus dans « {plan} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{resource} booked today: the booking counts the day</source>
        <translation>{resource} réservé aujourd&apos;hui : la réservation compte la journée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 day drawn, {left} left</source>
        <translation>1 journée déduite, reste {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day already counted today, {left} left</source>
        <translation>journée déjà décomptée aujourd&apos;hui, reste {left}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no credit left: offer a day pass</source>
        <translation>aucun crédit : proposer un pass journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subscription: offer a day pass</source>
        <translation>aucun abonnement : proposer un pass journée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} checked out</source>
        <translation>{name} est parti·e</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} registered; {host} is notified</source>
        <translation>{name} enregistré·e ; {host} est prévenu·e</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the badge</source>
        <translation>Enregistrer le badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Badge saved: {path}</source>
        <translation>Badge enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>DebtorsModel</name>
    <message>
        <location filename="../../tierslieu/gui/billing/run_models.py" line="+310"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpaid, oldest first: {numbers}
Double-click or Enter opens the oldest</source>
        <translation>Impayées, la plus ancienne d&apos;abord : {numbers}
Double-clic ou Entrée ouvre la plus ancienne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date not reached</source>
        <translation>Échéance non atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–30 days</source>
        <translation>0–30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 30 days past the due date</source>
        <translation>Jusqu&apos;à 30 jours après l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31 to 60 days past the due date</source>
        <translation>31 à 60 jours après l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61 to 90 days past the due date</source>
        <translation>61 à 90 jours après l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 90 days</source>
        <translation>&gt; 90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 90 days past the due date</source>
        <translation>Plus de 90 jours après l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total due</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest unpaid</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The oldest unpaid invoice (and how many more)</source>
        <translation>La facture impayée la plus ancienne (et combien d&apos;autres)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
</context>
<context>
    <name>DebtorsTab</name>
    <message>
        <location filename="../../tierslieu/gui/billing/debtors_tab.py" line="+69"/>
        <source>Export &amp;CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table for a spreadsheet (CSV, semicolons, amounts like 12,50)</source>
        <translation>Enregistrer ce tableau pour un tableur (CSV, points-virgules, montants comme 12,50)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What each customer owes, by days past the due date; double-click or Enter opens their oldest unpaid invoice</source>
        <translation>Ce que doit chaque client, par jours de retard après l&apos;échéance ; double-clic ou Entrée ouvre sa plus ancienne facture impayée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the debtors…</source>
        <translation>Chargement des impayés…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date}</source>
        <translation>Au {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) owe {total}, {late} of it past due</source>
        <translation>
            <numerusform>%n client doit {total}, dont {late} échus</numerusform>
            <numerusform>%n clients doivent {total}, dont {late} échus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No unpaid invoice: every customer is up to date.</source>
        <translation>Aucune facture impayée : tous les clients sont à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unpaid invoice</source>
        <translation>Aucun impayé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>debtors</source>
        <translation>impayes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export the debtors</source>
        <translation>Exporter les impayés</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n ligne exportée dans {path}</numerusform>
            <numerusform>%n lignes exportées dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoAccountsModel</name>
    <message>
        <location filename="../../tierslieu/gui/auth/login_dialog.py" line="+30"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="+24"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finish creates the database:
{path}</source>
        <translation>Terminer crée la base de données :
{path}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n day(s) open a week</source>
        <translation>
            <numerusform>%n jour d&apos;ouverture par semaine</numerusform>
            <numerusform>%n jours d&apos;ouverture par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscription_dialog.py" line="-134"/>
        <source>End a subscription</source>
        <translation>Terminer un abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{plan}” of &lt;b&gt;{who}&lt;/b&gt;, since {start}</source>
        <translation>« {plan} » de &lt;b&gt;{who}&lt;/b&gt;, depuis le {start}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last day billed (included)</source>
        <translation>Le dernier jour facturé (inclus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the subscription</source>
        <translation>Terminer l&apos;abonnement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The subscription ends on {date} (the last day billed); nothing is billed after it.</source>
        <translation>L&apos;abonnement se termine le {date} (dernier jour facturé) ; rien n&apos;est facturé après.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../tierslieu/gui/events/dialogs.py" line="+87"/>
        <source>{room} ({seats} seats)</source>
        <translation>{room} ({seats} places)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Event #{id}</source>
        <translation>Événement n° {id}</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="+14"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Climate hackathon, bike repair workshop…</source>
        <translation>Hackathon climat, atelier de réparation de vélos…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;ends</source>
        <translation>&amp;fin</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Salles</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tick the rooms to book for the event; they show in the planning</source>
        <translation>Cochez les salles à réserver pour l&apos;événement ; elles apparaissent dans le planning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book outside opening hours or on a closed day</source>
        <translation>Réserver hors des horaires d&apos;ouverture ou un jour de fermeture</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>P&amp;rice (€, VAT incl.)</source>
        <translation>P&amp;rix (€ TTC)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Registration</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>opens on</source>
        <translation>ouvertes le</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>closes on</source>
        <translation>closes le</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Without dates, registration is open now and closes when the event starts.</source>
        <translation>Sans dates, les inscriptions sont ouvertes dès maintenant et closes au début de l&apos;événement.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Minimum</source>
        <translation>&amp;Minimum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>registrations; warn &amp;days before:</source>
        <translation>inscrits ; alerter &amp;jours avant :</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Description</source>
        <translation>D&amp;escription</translation>
    </message>
</context>
<context>
    <name>EventModels</name>
    <message>
        <location filename="../../tierslieu/gui/events/models.py" line="+32"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Waitlist #{n}</source>
        <translation>Liste d&apos;attente n° {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>(outside)</source>
        <translation>(extérieur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team {n}</source>
        <translation>Équipe {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../tierslieu/gui/events/page.py" line="+102"/>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search events…</source>
        <translation>Rechercher des événements…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only one kind of event</source>
        <translation>N&apos;afficher qu&apos;un type d&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upcoming, past or all events</source>
        <translation>Événements à venir, passés ou tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an event and book its rooms (Ctrl+N)</source>
        <translation>Créer un événement et réserver ses salles (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel event</source>
        <translation>Annuler l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the event and free its rooms</source>
        <translation>Annuler l&apos;événement et libérer ses salles</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+77"/>
        <location filename="../../tierslieu/gui/main_window.py" line="+5"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Register…</source>
        <translation>Inscrire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected person is here</source>
        <translation>La personne sélectionnée est présente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first person on the waitlist gets the place at once</source>
        <translation>La première personne de la liste d&apos;attente obtient aussitôt la place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates…</source>
        <translation>Attestations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance certificates of everyone checked in (PDF)</source>
        <translation>Attestations de présence de toutes les personnes pointées (PDF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams…</source>
        <translation>Équipes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form balanced hackathon teams</source>
        <translation>Former des équipes de hackathon équilibrées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Event created: {title}</source>
        <translation>Événement créé : {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No event matches these filters.</source>
        <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event planned. Create one with “New event” (Ctrl+N): its rooms are booked in the planning.</source>
        <translation>Aucun événement prévu. Créez-en un avec « Nouvel événement » (Ctrl+N) : ses salles sont réservées dans le planning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an event to see its registrations.</source>
        <translation>Sélectionnez un événement pour voir ses inscriptions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — {day} — {places} registered, {waiting} on the waitlist</source>
        <translation>{title} — {day} — {places} inscrits, {waiting} en liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody registered yet.</source>
        <translation>Personne n&apos;est encore inscrit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Event saved: {title}</source>
        <translation>Événement enregistré : {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the event</source>
        <translation>Annuler l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel “{title}” and free its rooms? The {count} registrations are kept.</source>
        <translation>Annuler « {title} » et libérer ses salles ? Les {count} inscriptions sont conservées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event cancelled: {title}</source>
        <translation>Événement annulé : {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is on the waitlist (#{n})</source>
        <translation>{name} est en liste d&apos;attente (n° {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is registered</source>
        <translation>{name} est inscrit·e</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is here</source>
        <translation>{name} est présent·e</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registration of {name} cancelled</source>
        <translation>Inscription de {name} annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {name} gets the place</source>
        <translation> ; {name} obtient la place</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the certificates</source>
        <translation>Enregistrer les attestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n certificate(s) saved</source>
        <translation>
            <numerusform>%n attestation enregistrée</numerusform>
            <numerusform>%n attestations enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="+11"/>
        <source>TiersLieu — first start</source>
        <translation>TiersLieu — premier démarrage</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/models.py" line="-121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../tierslieu/gui/setup/widgets.py" line="+191"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens again</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open on {day}</source>
        <translation>Ouvert le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closes</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: closed for a break, then open again</source>
        <translation>{day} : fermé pour une pause, puis rouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: break</source>
        <translation>{day} : pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opens again</source>
        <translation>réouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closes again</source>
        <translation>fermeture après la pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y Monday to the other weekdays</source>
        <translation>Copier le l&amp;undi sur les autres jours de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give Tuesday to Friday Monday&apos;s hours</source>
        <translation>Donner au mardi, mercredi, jeudi et vendredi les horaires du lundi</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="-103"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members book inside these hours; French public holidays are closed automatically.</source>
        <translation>Les membres réservent pendant ces horaires ; les jours fériés sont fermés automatiquement.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location line="-71"/>
        <source>Your tiers-lieu</source>
        <translation>Votre tiers-lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its name appears in the window and on the reports; the legal identity is printed on the invoices.</source>
        <translation>Son nom s&apos;affiche dans la fenêtre et sur les rapports ; l&apos;identité légale est imprimée sur les factures.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoices show VAT; give the VAT number</source>
        <translation>Les factures portent la TVA : indiquez le numéro de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices say « TVA non applicable, art. 293 B du CGI »</source>
        <translation>Les factures portent « TVA non applicable, art. 293 B du CGI »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The tiers-lieu&apos;s name (required)</source>
        <translation>Le nom du tiers-lieu (obligatoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sub&amp;ject to VAT</source>
        <translation>Assu&amp;jetti à la TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xempt (franchise en base, art. 293 B du CGI)</source>
        <translation>E&amp;xonéré (franchise en base, art. 293 B du CGI)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 digits (or the 9 of the SIREN)</source>
        <translation>14 chiffres (ou les 9 du SIREN)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VAT status:</source>
        <translation>Régime de TVA :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT n&amp;umber:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-EU VAT number, e.g. FR40303265045</source>
        <translation>Numéro de TVA intracommunautaire, ex. : FR40303265045</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tierslieu/gui/dialogs/import_wizard.py" line="+145"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/import_wizard.ui" line="+36"/>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>semicolon ( ; )</source>
        <translation>point-virgule ( ; )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+173"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+37"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Press “Dry run” to check every row before importing.</source>
        <translation>Cliquez sur « Simuler » pour vérifier chaque ligne avant d&apos;importer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n organisation(s) to create</source>
        <translation>
            <numerusform>%n organisation à créer</numerusform>
            <numerusform>%n organisations à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As it stands nothing will be imported: fix the file, or tick “skip the invalid ones”.</source>
        <translation>En l&apos;état, rien ne sera importé : corrigez le fichier, ou cochez « ignorer les lignes invalides ».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Importing members…</source>
        <translation>Import des membres…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) created</source>
        <translation>
            <numerusform>%n membre créé</numerusform>
            <numerusform>%n membres créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations created: %1</source>
        <translation>Organisations créées : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid row(s) skipped (below).</source>
        <translation>
            <numerusform>%n ligne invalide ignorée (ci-dessous).</numerusform>
            <numerusform>%n lignes invalides ignorées (ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The members are now in the list. Importing the same file again updates the people it matches by e-mail address instead of duplicating them.</source>
        <translation>Les membres sont maintenant dans la liste. Importer à nouveau le même fichier met à jour les personnes reconnues par leur adresse e-mail, sans créer de doublons.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is unchanged. Correct the file and import it again, or go back and tick “skip the invalid ones”.</source>
        <translation>La base n&apos;a pas été modifiée. Corrigez le fichier et importez-le à nouveau, ou revenez en arrière et cochez « ignorer les lignes invalides ».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="-16"/>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A list exported from a spreadsheet: one person per line, the column names on the first line.</source>
        <translation>Une liste exportée d&apos;un tableur : une personne par ligne, les noms de colonnes sur la première ligne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Path of the CSV file</source>
        <translation>Chemin du fichier CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the file in a dialog</source>
        <translation>Choisir le fichier dans une boîte de dialogue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+20"/>
        <location line="+20"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tip: in Excel or LibreOffice, use “Save as” and choose “CSV”. French or English column names are recognised (Nom, Prénom, E-mail, Téléphone, Organisation, Tags…); you can check them on the next page.</source>
        <translation>Astuce : dans Excel ou LibreOffice, utilisez « Enregistrer sous » et choisissez « CSV ». Les noms de colonnes français ou anglais sont reconnus (Nom, Prénom, E-mail, Téléphone, Organisation, Tags…) ; vous pourrez les vérifier à l&apos;étape suivante.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column of the file feeds one field; “(ignore)” leaves it out. A dry run tells what the import would do without writing anything.</source>
        <translation>Chaque colonne du fichier alimente un champ ; « (ignorer) » la laisse de côté. Une simulation indique ce que ferait l&apos;import sans rien écrire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every row and count what would change, without writing</source>
        <translation>Vérifier chaque ligne et compter ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import the valid rows and &amp;skip the invalid ones</source>
        <translation>Importer les lignes valides et &amp;ignorer les lignes invalides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unticked, a single invalid row stops the import and nothing is written</source>
        <translation>Décoché, une seule ligne invalide arrête l&apos;import et rien n&apos;est écrit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the import did.</source>
        <translation>Ce que l&apos;import a fait.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Back to the columns</source>
        <translation>&amp;Retour aux colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the column choices or skip the invalid rows, then import again</source>
        <translation>Modifiez le choix des colonnes ou ignorez les lignes invalides, puis importez à nouveau</translation>
    </message>
</context>
<context>
    <name>IncubationPage</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/page.py" line="+111"/>
        <source>Choose a cohort to see its board</source>
        <translation>Choisissez une promotion pour afficher son tableau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search a startup</source>
        <translation>Rechercher une startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a startup or a founder (Ctrl+F)</source>
        <translation>Startup ou fondateur·rice (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a startup to another column to change its status</source>
        <translation>Faites glisser une startup dans une autre colonne pour changer son statut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications ranked by the reviewers&apos; weighted average; rows in amber: reviewers disagree by 1,5 points or more. Double-click or Enter to score an application.</source>
        <translation>Candidatures classées par moyenne pondérée des évaluateur·rices ; lignes sur fond ambre : les évaluateur·rices divergent de 1,5 point ou plus. Double-clic ou Entrée pour noter une candidature.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Score…</source>
        <translation>&amp;Noter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open the startup</source>
        <translation>&amp;Ouvrir la startup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Review grid</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+105"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No programme yet. Programmes and cohorts are created from the command line (tierslieu programs, tierslieu cohorts), or try the demo: tierslieu --demo.</source>
        <translation>Aucun programme pour l&apos;instant. Les programmes et les promotions se créent en ligne de commande (tierslieu programs, tierslieu cohorts) ; vous pouvez aussi essayer la démo : tierslieu --demo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../tierslieu/gui/main_window.py" line="+1"/>
        <source>Incubation</source>
        <translation>Incubation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the incubation…</source>
        <translation>Chargement de l&apos;incubation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a cohort first</source>
        <translation>Choisissez d&apos;abord une promotion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every startup has already applied to this cohort</source>
        <translation>Toutes les startups sont déjà candidates dans cette promotion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startup applying to {cohort}:</source>
        <translation>Startup candidate dans la promotion « {cohort} » :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{startup} applied to {cohort}</source>
        <translation>{startup} est candidate dans la promotion « {cohort} »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts ({count})</source>
        <translation>Alertes ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late milestones, KPI reports and alumni follow-ups due. Double-click to open the startup.</source>
        <translation>Jalons en retard, indicateurs à transmettre et suivis d&apos;alumni à faire. Double-cliquez pour ouvrir la startup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: no late milestone, every KPI is up to date.</source>
        <translation>Rien à faire : aucun jalon en retard, tous les indicateurs sont à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cohort yet</source>
        <translation>Aucune promotion pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>, %n milestone(s) late</source>
        <translation>
            <numerusform>, %n jalon en retard</numerusform>
            <numerusform>, %n jalons en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{start} – {end} · {seats} of {capacity} places taken · milestones {reached}/{total} reached{late}</source>
        <translation>{start} – {end} · {seats} places prises sur {capacity} · jalons atteints : {reached}/{total}{late}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n startup(s) in this cohort</source>
        <translation>
            <numerusform>%n startup dans cette promotion</numerusform>
            <numerusform>%n startups dans cette promotion</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No startup matches “{text}”. Clear the search</source>
        <translation>Aucune startup ne correspond à « {text} ». Effacez la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n startup(s) match</source>
        <translation>
            <numerusform>%n startup correspond</numerusform>
            <numerusform>%n startups correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{startup} moved to “{status}”</source>
        <translation>{startup} est passée à « {status} »</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+46"/>
        <source>Choose an application in the grid to score it</source>
        <translation>Choisissez une candidature dans la grille pour la noter</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Enter your grades of {startup} (Enter)</source>
        <translation>Saisir vos notes de {startup} (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+52"/>
        <source>{startup} is “{status}”: scoring is closed</source>
        <translation>{startup} est « {status} » : la notation est close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score of {reviewer} for {startup} saved: {total} / 5</source>
        <translation>Note de {reviewer} pour {startup} enregistrée : {total} / 5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KPIs of {startup} recorded for {period}</source>
        <translation>Indicateurs de {startup} enregistrés pour {period}</translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <location filename="../../tierslieu/gui/billing/invoice_models.py" line="+74"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reversal of payment no. {id}</source>
        <translation>Annulation du paiement n° {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(reversed)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SIRET {siret}</source>
        <translation>SIRET {siret}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on {date}</source>
        <translation>Émise le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due on {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period {start} – {end}</source>
        <translation>période du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credit note on {number}</source>
        <translation>avoir sur {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT not applicable</source>
        <translation>TVA non applicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT {rate} on {base}</source>
        <translation>TVA {rate} sur {base}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credited</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payment recorded yet.</source>
        <translation>Aucun paiement enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit notes: {numbers}</source>
        <translation>Avoirs : {numbers}</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location line="-168"/>
        <source>Invoices: {n}</source>
        <translation>Factures : {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} incl. VAT</source>
        <translation>{amount} TTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credit notes: {n}</source>
        <translation>avoirs : {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} credited</source>
        <translation>{amount} en avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance due {amount}</source>
        <translation>reste dû {amount}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note on {number}</source>
        <translation>Avoir sur {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month the invoice bills</source>
        <translation>Le mois que la facture facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credited: {amount}</source>
        <translation>Avoirs : {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still due: the total less payments and credit notes</source>
        <translation>Ce qui reste dû : le total moins les paiements et les avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../tierslieu/gui/billing/invoices_tab.py" line="+126"/>
        <source>Search an invoice</source>
        <translation>Rechercher une facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number or customer… (Ctrl+F)</source>
        <translation>Numéro ou client… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice number or part of a customer&apos;s name; accents and case do not matter</source>
        <translation>Un numéro de facture ou une partie du nom du client ; accents et majuscules indifférents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the invoices of one billed month</source>
        <translation>Seulement les factures d&apos;un mois facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All months</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid includes partly paid and overdue invoices</source>
        <translation>« À payer » comprend les factures partiellement payées et en retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpaid</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credited</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices, credit notes or both</source>
        <translation>Factures, avoirs ou les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every invoice again</source>
        <translation>Afficher de nouveau toutes les factures</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Totals of the invoices shown</source>
        <translation>Totaux des factures affichées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter or double-click: preview the PDF</source>
        <translation>Entrée ou double-clic : aperçu du PDF</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview the PDF</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF &amp;preview</source>
        <translation>A&amp;perçu PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the invoice as printed (Enter)</source>
        <translation>Afficher la facture telle qu&apos;imprimée (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factur-&amp;X…</source>
        <translation>Factur-&amp;X…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF with its Factur-X XML (EN 16931), for a customer&apos;s accounting software</source>
        <translation>Enregistrer le PDF avec son XML Factur-X (EN 16931), pour le logiciel comptable du client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a pa&amp;yment…</source>
        <translation>Enregistrer un paiemen&amp;t…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+195"/>
        <source>Record a payment received for this invoice</source>
        <translation>Enregistrer un paiement reçu pour cette facture</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Issue a &amp;credit note…</source>
        <translation>Émettre un a&amp;voir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel a pay&amp;ment…</source>
        <translation>Ann&amp;uler un paiement…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invoice detail</source>
        <translation>Détail de la facture</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Loading the invoices…</source>
        <translation>Chargement des factures…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No invoice matches these filters. “Clear filters” shows them all.</source>
        <translation>Aucune facture ne correspond à ces filtres. « Effacer les filtres » les affiche toutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No invoice yet.</source>
        <translation>Aucune facture pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No invoice yet: the month&apos;s invoices are issued from the “Monthly billing” tab.</source>
        <translation>Aucune facture pour l&apos;instant : les factures du mois s&apos;émettent depuis l&apos;onglet « Facturation du mois ».</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No invoice selected</source>
        <translation>Aucune facture sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an invoice in the list to see its lines, payments and balance.</source>
        <translation>Choisissez une facture dans la liste pour voir ses lignes, ses paiements et son reste dû.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <source>A credit note takes no payment</source>
        <translation>Un avoir ne reçoit pas de paiement</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Nothing is left to pay on this invoice</source>
        <translation>Il ne reste rien à payer sur cette facture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel this invoice, whole or some of its lines, by a credit note</source>
        <translation>Annuler cette facture, entière ou certaines lignes, par un avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A credit note cannot itself be credited</source>
        <translation>Un avoir ne peut pas lui-même être crédité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This invoice is already wholly credited</source>
        <translation>Cette facture est déjà entièrement créditée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to credit on an invoice of {amount}</source>
        <translation>Rien à créditer sur une facture de {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a payment recorded by mistake, by a reversing entry</source>
        <translation>Annuler un paiement enregistré par erreur, par une écriture d&apos;annulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every payment of this invoice is already cancelled</source>
        <translation>Tous les paiements de cette facture sont déjà annulés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payment to cancel on this invoice</source>
        <translation>Aucun paiement à annuler sur cette facture</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose an invoice in the list first</source>
        <translation>Choisissez d&apos;abord une facture dans la liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rendering {number}…</source>
        <translation>Mise en page de {number}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} saved: {path}</source>
        <translation>{number} enregistrée : {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rendering the invoice…</source>
        <translation>Mise en page de la facture…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the Factur-X invoice</source>
        <translation>Enregistrer la facture Factur-X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Factur-X invoice saved: {path}</source>
        <translation>Facture Factur-X enregistrée : {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the Factur-X invoice…</source>
        <translation>Écriture de la facture Factur-X…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payment of {amount} recorded on {number}</source>
        <translation>Paiement de {amount} enregistré sur {number}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Credit note {number} issued on {invoice}: {amount} incl. VAT</source>
        <translation>Avoir {number} émis sur {invoice} : {amount} TTC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Payment cancelled: {amount} on {number}</source>
        <translation>Paiement annulé : {amount} sur {number}</translation>
    </message>
</context>
<context>
    <name>KioskDirectoryModel</name>
    <message>
        <location filename="../../tierslieu/gui/kiosk/cards.py" line="+110"/>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
</context>
<context>
    <name>KioskDirectoryScreen</name>
    <message>
        <location filename="../../tierslieu/gui/kiosk/directory.py" line="+205"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the home screen</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community directory</source>
        <translation>Annuaire de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search a name, a skill, an organisation…</source>
        <translation>Rechercher un nom, une compétence, une structure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the directory</source>
        <translation>Rechercher dans l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the members who chose to appear are listed, with what they chose to show.</source>
        <translation>Seuls les membres qui l&apos;ont choisi figurent ici, avec ce qu&apos;ils ont choisi de montrer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tap a card to see it whole</source>
        <translation>Touchez une carte pour la voir en entier</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+5"/>
        <source>All skills</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The directory is not available right now.</source>
        <translation>L&apos;annuaire n&apos;est pas disponible pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please ask the front desk.</source>
        <translation>Adressez-vous à l&apos;accueil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No member matches your search.</source>
        <translation>Aucun membre ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another name or skill, or clear the search.</source>
        <translation>Essayez un autre nom ou une autre compétence, ou effacez la recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is listed in the directory yet.</source>
        <translation>Personne ne figure encore dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>KioskEntryDetail</name>
    <message>
        <location line="-337"/>
        <source>← All members</source>
        <translation>← Tous les membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of members</source>
        <translation>Retour à la liste des membres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tap a skill to see everyone who shows it.</source>
        <translation>Touchez une compétence pour voir tous ceux qui l&apos;affichent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Everyone who shows this skill</source>
        <translation>Tous ceux qui affichent cette compétence</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../tierslieu/gui/kiosk/window.py" line="+142"/>
        <location line="+245"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+239"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>TiersLieu — Kiosk</source>
        <translation>TiersLieu — Borne</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identify yourself to book a room or check in.</source>
        <translation>Identifiez-vous pour réserver une salle ou signaler votre arrivée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>E-mail or badge</source>
        <translation>E-mail ou badge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the members of the community</source>
        <translation>Trouver les membres de la communauté</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rooms today</source>
        <translation>Les salles aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Touch a room to book it. You are signed out after a minute without activity.</source>
        <translation>Touchez une salle pour la réserver. Vous êtes déconnecté·e après une minute sans activité.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Book a room</source>
        <translation>Réserver une salle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No booking coming up.</source>
        <translation>Aucune réservation à venir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m here</source>
        <translation>Je suis là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in: from 10 minutes before the start</source>
        <translation>Signaler votre arrivée : possible dès 10 minutes avant le début</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+252"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Hello %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Closed now</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Busy until %1</source>
        <translation>Occupé jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free until %1</source>
        <translation>Libre jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free all day</source>
        <translation>Libre toute la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seats free</source>
        <translation>Places libres : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time left</source>
        <translation>Trop tard</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>included</source>
        <translation>inclus</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Booked: %1, %2 %3–%4.</source>
        <translation>Réservation confirmée : %1, %2 de %3 à %4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Welcome! Your arrival in %1 is recorded.</source>
        <translation>Bienvenue ! Votre arrivée est enregistrée : %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel this booking?</source>
        <translation>Annuler cette réservation ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your booking is cancelled.</source>
        <translation>Votre réservation est annulée.</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/charts.py" line="+181"/>
        <source>No KPI recorded yet</source>
        <translation>Aucun indicateur saisi pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revenue (€)</source>
        <translation>Chiffre d&apos;affaires (€)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headcount (right axis)</source>
        <translation>Effectif (axe de droite)</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/dialogs.py" line="+84"/>
        <source>Figures of &lt;b&gt;{startup}&lt;/b&gt; for one month or quarter.</source>
        <translation>Chiffres de &lt;b&gt;{startup}&lt;/b&gt; pour un mois ou un trimestre.</translation>
    </message>
    <message>
        <location filename="../../ui/kpi_dialog.ui" line="+14"/>
        <source>Record KPIs</source>
        <translation>Saisir les indicateurs</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A month (YYYY-MM) or a quarter (YYYY-Qn)</source>
        <translation>Un mois (AAAA-MM) ou un trimestre (AAAA-Tn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2026-10 or 2026-Q4</source>
        <translation>2026-10 ou 2026-T4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Headcount</source>
        <translation>&amp;Effectif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People working in the startup at the end of the period</source>
        <translation>Personnes travaillant dans la startup à la fin de la période</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Jobs created (FTE)</source>
        <translation>Emp&amp;lois créés (ETP)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Full-time equivalents created since the start of support</source>
        <translation>Équivalents temps plein créés depuis le début de l&apos;accompagnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,5</source>
        <translation>1,5</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;venue (€)</source>
        <translation>&amp;Chiffre d&apos;affaires (€)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revenue of the period, excluding VAT, in euros</source>
        <translation>Chiffre d&apos;affaires de la période, hors taxes, en euros</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Funds raised (€)</source>
        <translation>&amp;Fonds levés (€)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amount raised during the period, in euros</source>
        <translation>Montant levé pendant la période, en euros</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of funds</source>
        <translation>Type de financement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Women founders</source>
        <translation>Fe&amp;mmes parmi les fondateurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number of women among the founders</source>
        <translation>Nombre de femmes parmi les fondateurs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Empty fields keep the figures already recorded for the period.</source>
        <translation>Les champs laissés vides conservent les chiffres déjà enregistrés pour la période.</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/models.py" line="-33"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs created (FTE)</source>
        <translation>Emplois créés (ETP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-time equivalents created since the start of support</source>
        <translation>Équivalents temps plein créés depuis le début de l&apos;accompagnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funds raised</source>
        <translation>Fonds levés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women founders</source>
        <translation>Femmes parmi les fondateurs</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../tierslieu/gui/auth/session.py" line="-125"/>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {login}. Enter your password to go on.</source>
        <translation>Connecté·e en tant que {login}. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../tierslieu/gui/auth/login_dialog.py" line="+24"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First start — TiersLieu</source>
        <translation>Premier démarrage — TiersLieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the administrator account</source>
        <translation>Créer le compte administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no account yet. The administrator manages the other accounts and their roles. Choose a password of at least 8 characters.</source>
        <translation>Cette base n&apos;a encore aucun compte. L&apos;administrateur gère les autres comptes et leurs rôles. Choisissez un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {db}</source>
        <translation>Base de données : {db}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/login_dialog.ui" line="+35"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="-21"/>
        <source>Sign in — TiersLieu</source>
        <translation>Connexion — TiersLieu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Camille Martin</source>
        <translation>ex. : Camille Martin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try each role: double-click an account to sign in with it.</source>
        <translation>Essayez chaque rôle : double-cliquez sur un compte pour vous connecter avec.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../tierslieu/gui/setup/widgets.py" line="-93"/>
        <source>PNG, JPEG or GIF image (optional)</source>
        <translation>Image PNG, JPEG ou GIF (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the logo printed on the reports</source>
        <translation>Choisir le logo imprimé sur les rapports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="+68"/>
        <source>Pages (Ctrl+1 to Ctrl+9, then Ctrl+0)</source>
        <translation>Pages (Ctrl+1 à Ctrl+9, puis Ctrl+0)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>TiersLieu — {db}</source>
        <translation>TiersLieu — {db}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rows from a CSV file into the current list</source>
        <translation>Importer les lignes d&apos;un fichier CSV dans la liste affichée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current list to a CSV file</source>
        <translation>Exporter la liste affichée dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close TiersLieu</source>
        <translation>Fermer TiersLieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new entry in the current list</source>
        <translation>Créer une fiche dans la liste affichée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tiers-lieu&apos;s settings and this computer&apos;s</source>
        <translation>Les paramètres du tiers-lieu et de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the current list</source>
        <translation>Recharger la liste affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TiersLieu</source>
        <translation>À &amp;propos de TiersLieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time TiersLieu starts.</source>
        <translation>La nouvelle langue sera appliquée au prochain démarrage de TiersLieu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;TiersLieu {version}&lt;/h3&gt;&lt;p&gt;Members, organisations and activity of a tiers-lieu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; {licence}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TiersLieu {version}&lt;/h3&gt;&lt;p&gt;Membres, organisations et activité d&apos;un tiers-lieu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données :&lt;/b&gt; {location}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence :&lt;/b&gt; {licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About TiersLieu</source>
        <translation>À propos de TiersLieu</translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/matching_tab.py" line="+116"/>
        <source>Weights of the criteria</source>
        <translation>Poids des critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much each criterion counts in a pair&apos;s score (0: ignored)</source>
        <translation>Ce que compte chaque critère dans le score d&apos;un binôme (0 : ignoré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the default weights</source>
        <translation>Revenir aux poids par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fairness (maximise the worst score)</source>
        <translation>Équité (maximiser le pire score)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First raise the weakest pair&apos;s score as high as possible, then the total</source>
        <translation>Relever d&apos;abord le plus possible le score du binôme le plus faible, puis le total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the existing pairs</source>
        <translation>Garder les paires existantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cohort&apos;s current pairs stay, as long as they are still allowed; only free places are matched</source>
        <translation>Les binômes actuels de la promotion restent, s&apos;ils sont toujours permis ; seules les places libres sont attribuées</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>For the next run</source>
        <translation>Pour le prochain appariement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pin or exclude pairs from the results.</source>
        <translation>Épinglez ou excluez des binômes depuis les résultats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected pin or exclusion</source>
        <translation>Oublier l&apos;épinglage ou l&apos;exclusion sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+403"/>
        <source>Run the matching</source>
        <translation>Lancer l&apos;appariement</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>Compute the best pairs with these weights; the run is kept, nothing changes until it is accepted</source>
        <translation>Calculer les meilleurs binômes avec ces poids ; l&apos;appariement est conservé, rien ne change tant qu&apos;il n&apos;est pas accepté</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Runs of the cohort</source>
        <translation>Appariements de la promotion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a run to show it again</source>
        <translation>Double-cliquez sur un appariement pour le réafficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected run&apos;s results and weights</source>
        <translation>Afficher les résultats et les poids de l&apos;appariement sélectionné</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+256"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Impose this pair on the next run</source>
        <translation>Imposer ce binôme au prochain appariement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+255"/>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>Forbid this pair on the next run</source>
        <translation>Interdire ce binôme au prochain appariement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why not?…</source>
        <translation>Pourquoi pas ?…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected startup&apos;s mentor with another one: what forcing it would cost</source>
        <translation>Comparer le mentor de la startup sélectionnée avec un autre : ce que coûterait de l&apos;imposer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this run&apos;s pairs the cohort&apos;s mentors</source>
        <translation>Faire des binômes de cet appariement les mentors de la promotion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairs of the run</source>
        <translation>Binômes du calcul</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Per startup</source>
        <translation>Par startup</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score by criterion</source>
        <translation>Score par critère</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each bar is as long as the points the criterion can give with these weights; the coloured part is what the pair earns. Hover for details.</source>
        <translation>Chaque barre a la longueur des points que le critère peut apporter avec ces poids ; la partie colorée est ce que le binôme obtient. Survolez pour le détail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why not another mentor?</source>
        <translation>Pourquoi pas un autre mentor ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a startup, then “Why not?” to see what forcing another mentor would cost the cohort.</source>
        <translation>Sélectionnez une startup, puis « Pourquoi pas ? » pour voir ce que coûterait à la promotion d&apos;imposer un autre mentor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+198"/>
        <source>&amp;Pin for the next run</source>
        <translation>É&amp;pingler pour le prochain appariement</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+198"/>
        <source>&amp;Exclude from the next run</source>
        <translation>&amp;Exclure du prochain appariement</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>&amp;Why not another mentor?…</source>
        <translation>Pourquoi pas un autre &amp;mentor ?…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the run…</source>
        <translation>&amp;Accepter l&apos;appariement…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Run #{id} shown</source>
        <translation>Appariement n° {id} affiché</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No run yet</source>
        <translation>Aucun appariement pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the weights, then “Run the matching”: the best assignment of mentors to the cohort&apos;s startups is computed and kept, to accept or not.</source>
        <translation>Réglez les poids, puis « Lancer l&apos;appariement » : la meilleure répartition des mentors entre les startups de la promotion est calculée et conservée, à accepter ou non.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run #{id} of {date}</source>
        <translation>Appariement n° {id} du {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total score {total}</source>
        <translation>score total {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weakest pair {score}</source>
        <translation>binôme le plus faible {score}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n startup(s) short of mentors</source>
        <translation>
            <numerusform>%n startup sans tous ses mentors</numerusform>
            <numerusform>%n startups sans tous leurs mentors</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fairness</source>
        <translation>équité</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept pair(s) no longer allowed</source>
        <translation>
            <numerusform>%n binôme gardé qui n&apos;est plus permis</numerusform>
            <numerusform>%n binômes gardés qui ne sont plus permis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pair: no mentor can follow these startups (languages, conflicts, capacity).</source>
        <translation>Aucun binôme : aucun mentor ne peut suivre ces startups (langues, conflits, capacité).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{startup} with {mentor}</source>
        <translation>{startup} avec {mentor}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow again</source>
        <translation>Réautoriser</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Un&amp;pin</source>
        <translation>Dé&amp;sépingler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow &amp;again</source>
        <translation>&amp;Réautoriser</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{startup} – {mentor} will no longer be pinned</source>
        <translation>{startup} – {mentor} ne sera plus imposé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{startup} – {mentor} will be pinned on the next run</source>
        <translation>{startup} – {mentor} sera imposé au prochain appariement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{startup} – {mentor} is allowed again</source>
        <translation>{startup} – {mentor} est de nouveau permis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{startup} – {mentor} will be excluded from the next run</source>
        <translation>{startup} – {mentor} sera exclu du prochain appariement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Run #{id}: %n pair(s), total score {total}</source>
        <translation>
            <numerusform>Appariement n° {id} : %n binôme, score total {total}</numerusform>
            <numerusform>Appariement n° {id} : %n binômes, score total {total}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching mentors and startups…</source>
        <translation>Appariement des mentors et des startups…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Solving again with this mentor forced…</source>
        <translation>Nouveau calcul avec ce mentor imposé…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{mentor} cannot mentor {startup}: {reason}.</source>
        <translation>{mentor} ne peut pas accompagner {startup} : {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mentor} is already the best choice for {startup} (pair score {score}).</source>
        <translation>{mentor} est déjà le meilleur choix pour {startup} (score du binôme {score}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forcing {mentor} for {startup} (pair score {score}) would cost &lt;b&gt;{loss}&lt;/b&gt; point(s) of total score.</source>
        <translation>Imposer {mentor} à {startup} (score du binôme {score}) coûterait &lt;b&gt;{loss}&lt;/b&gt; point(s) de score total.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It would also leave %n mentor place(s) empty.</source>
        <translation>
            <numerusform>Cela laisserait aussi %n place de mentor vide.</numerusform>
            <numerusform>Cela laisserait aussi %n places de mentor vides.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs that would go:</source>
        <translation>Binômes qui disparaîtraient :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs that would replace them:</source>
        <translation>Binômes qui les remplaceraient :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why not {mentor}?</source>
        <translation>Pourquoi pas {mentor} ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept the run</source>
        <translation>Accepter l&apos;appariement</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Accept run #{id}? Its %n pair(s) become the cohort&apos;s mentors; pairs it does not keep end (their sessions stay in the log).</source>
        <translation>
            <numerusform>Accepter l&apos;appariement n° {id} ? Son binôme (%n) devient le binôme actif de la promotion ; les binômes qu&apos;il ne garde pas prennent fin (leurs séances restent dans le journal).</numerusform>
            <numerusform>Accepter l&apos;appariement n° {id} ? Ses %n binômes deviennent les binômes actifs de la promotion ; les binômes qu&apos;il ne garde pas prennent fin (leurs séances restent dans le journal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Run #{id} accepted: %n active pair(s)</source>
        <translation>
            <numerusform>Appariement n° {id} accepté : %n binôme actif</numerusform>
            <numerusform>Appariement n° {id} accepté : %n binômes actifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.ui" line="+20"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name@example.org</source>
        <translation>prenom.nom@exemple.fr</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>French numbers are enough; other countries start with +</source>
        <translation>Un numéro français suffit ; pour l&apos;étranger, commencez par +</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Public category, used in the activity statistics</source>
        <translation>Catégorie de public, utilisée dans les statistiques d&apos;activité</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Joined on</source>
        <translation>&amp;Adhésion le</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick when the joining date is not known</source>
        <translation>Décochez si la date d&apos;adhésion n&apos;est pas connue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Con&amp;sents</source>
        <translation>Consente&amp;ments</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Anything useful to the team (not shown to the member)</source>
        <translation>Toute information utile à l&apos;équipe (non visible par le membre)</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/dialogs/member_dialog.py" line="+84"/>
        <source>Edit — %1</source>
        <translation>Modifier — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../ui/member_dialog.ui" line="-282"/>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Adhésion le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Also linked to (kept): %1</source>
        <translation>Également rattaché·e à (conservé) : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>granted on %1</source>
        <translation>accordé le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn on %1</source>
        <translation>retiré le %1</translation>
    </message>
    <message>
        <location filename="../../ui/member_dialog.ui" line="+37"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The organisation this person works for or represents</source>
        <translation>L&apos;organisation pour laquelle cette personne travaille ou qu&apos;elle représente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role in that organisation</source>
        <translation>Rôle dans cette organisation</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Tags</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. design, mentor, python</source>
        <translation>ex. : design, mentorat, python</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills and interests, separated by commas</source>
        <translation>Compétences et centres d&apos;intérêt, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>P&amp;hoto consent</source>
        <translation>Consentement p&amp;hoto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May appear in photos published by the tiers-lieu</source>
        <translation>Peut apparaître sur les photos publiées par le tiers-lieu</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ne&amp;wsletter consent</source>
        <translation>Consentement ne&amp;wsletter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agrees to receive the newsletter by e-mail</source>
        <translation>Accepte de recevoir la newsletter par e-mail</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Notes</source>
        <translation>Note&amp;s</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../tierslieu/gui/models/members.py" line="+70"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorted by last name, then first name</source>
        <translation>Trié par nom, puis prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation(s)</source>
        <translation>Organisation(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../tierslieu/gui/pages/members.py" line="+100"/>
        <source>Search name, e-mail, organisation, tag…</source>
        <translation>Rechercher un nom, un e-mail, une organisation, un tag…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a name, e-mail, organisation or tag; accents and case do not matter (Ctrl+F)</source>
        <translation>Tapez une partie d&apos;un nom, d&apos;un e-mail, d&apos;une organisation ou d&apos;un tag ; accents et majuscules sont ignorés (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show active, archived or all members</source>
        <translation>Afficher les membres actifs, archivés ou tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the members of one organisation</source>
        <translation>Seulement les membres d&apos;une organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the members with one tag</source>
        <translation>Seulement les membres ayant un tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one public category</source>
        <translation>Une seule catégorie de public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a member (Ctrl+N)</source>
        <translation>Créer un membre (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import members from a CSV file (Ctrl+I)</source>
        <translation>Importer des membres depuis un fichier CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the members shown to a CSV file for Excel (Ctrl+E)</source>
        <translation>Exporter les membres affichés dans un fichier CSV pour Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy e-mail addresses</source>
        <translation>&amp;Copier les adresses e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected member (Enter or double-click)</source>
        <translation>Ouvrir le membre sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="-375"/>
        <location filename="../../tierslieu/gui/pages/members.py" line="-83"/>
        <location line="+93"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/pages/members.py" line="+38"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tags</source>
        <translation>Tous les tags</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Searching members…</source>
        <translation>Recherche des membres…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n member(s) match</source>
        <translation>
            <numerusform>%1 membre sur %n correspond</numerusform>
            <numerusform>%1 membres sur %n correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No member matches “%1”.</source>
        <translation>Aucun membre ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member matches these filters.</source>
        <translation>Aucun membre ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No archived members.</source>
        <translation>Aucun membre archivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No members yet. &lt;a href=&apos;import&apos;&gt;Import a CSV file&lt;/a&gt; or &lt;a href=&apos;new&apos;&gt;create one&lt;/a&gt; with Ctrl+N.</source>
        <translation>Aucun membre pour l&apos;instant. &lt;a href=&apos;import&apos;&gt;Importez un fichier CSV&lt;/a&gt; ou &lt;a href=&apos;new&apos;&gt;créez-en un&lt;/a&gt; avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Archive %1?</source>
        <translation>Archiver %1 ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Archive %n member(s)?</source>
        <translation>
            <numerusform>Archiver %n membre ?</numerusform>
            <numerusform>Archiver %n membres ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived members are hidden from the lists but kept, with their history; they can be restored at any time.</source>
        <translation>Les membres archivés n&apos;apparaissent plus dans les listes mais sont conservés avec leur historique ; ils peuvent être restaurés à tout moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive members</source>
        <translation>Archiver des membres</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n member(s) archived</source>
        <translation>
            <numerusform>%n membre archivé</numerusform>
            <numerusform>%n membres archivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s) restored</source>
        <translation>
            <numerusform>%n membre restauré</numerusform>
            <numerusform>%n membres restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n e-mail address(es) copied</source>
        <translation>
            <numerusform>%n adresse e-mail copiée</numerusform>
            <numerusform>%n adresses e-mail copiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s) exported to %1</source>
        <translation>
            <numerusform>%n membre exporté vers %1</numerusform>
            <numerusform>%n membres exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting members…</source>
        <translation>Export des membres…</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/dialogs.py" line="+153"/>
        <source>New mentor</source>
        <translation>Nouveau mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any member can mentor: choose who, then what they know and how much time they offer.</source>
        <translation>Tout membre peut être mentor : choisissez qui, puis ce qu&apos;il ou elle sait et le temps offert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mentor profile of {name}</source>
        <translation>Profil de mentor de {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; follows {load} startup(s) now, {sessions} session(s) so far.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; suit {load} startup(s) actuellement, {sessions} séance(s) à ce jour.</translation>
    </message>
    <message>
        <location filename="../../ui/mentor_dialog.ui" line="+14"/>
        <source>Mentor profile</source>
        <translation>Profil de mentor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The member who mentors: type a name to find them</source>
        <translation>Le membre qui accompagne : tapez un nom pour le trouver</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Expertise</source>
        <translation>&amp;Expertises</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tags with a level from 1 (some knowledge) to 3 (expert), separated by commas</source>
        <translation>Domaines avec un niveau de 1 (notions) à 3 (expert), séparés par des virgules</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Sectors</source>
        <translation>&amp;Secteurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sectors the mentor knows, separated by commas</source>
        <translation>Secteurs que connaît le mentor, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>S&amp;tages</source>
        <translation>S&amp;tades</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stages of startups the mentor follows, separated by commas</source>
        <translation>Stades des startups que suit le mentor, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language codes, separated by commas</source>
        <translation>Codes de langue, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacité</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many startups the mentor can follow at once (0 to 50)</source>
        <translation>Nombre de startups que le mentor peut suivre à la fois (0 à 50)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Hours per month</source>
        <translation>&amp;Heures par mois</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time the mentor offers each month (0 to 300 hours)</source>
        <translation>Temps offert par le mentor chaque mois (0 à 300 heures)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Active: can be proposed by the matching</source>
        <translation>&amp;Actif : peut être proposé par l&apos;appariement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;onflicts of interest</source>
        <translation>C&amp;onflits d&apos;intérêts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Startups this mentor must never be paired with (tick them)</source>
        <translation>Startups avec lesquelles ce mentor ne doit jamais être associé (cochez-les)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Levels: 1 some knowledge, 2 experienced, 3 expert; a tag without a level counts as 2.</source>
        <translation>Niveaux : 1 notions, 2 expérimenté, 3 expert ; un domaine sans niveau compte pour 2.</translation>
    </message>
</context>
<context>
    <name>MentoringCriteria</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="-412"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>Nouveauté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How well the mentor&apos;s expertise levels cover the startup&apos;s needs, by priority</source>
        <translation>À quel point les expertises du mentor couvrent les besoins de la startup, selon leur priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mentor knows the startup&apos;s sector</source>
        <translation>Le mentor connaît le secteur de la startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mentor follows startups at this stage</source>
        <translation>Le mentor suit des startups à ce stade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full points for the startup&apos;s first language, half for another shared one</source>
        <translation>Tous les points pour la première langue de la startup, la moitié pour une autre langue commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentors who follow fewer startups in other cohorts score higher</source>
        <translation>Les mentors qui suivent moins de startups dans d&apos;autres promotions marquent plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean rating given by the startups the mentor followed (neutral without any)</source>
        <translation>Note moyenne donnée par les startups déjà suivies (neutre sans notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mentor has not followed this startup before</source>
        <translation>Le mentor n&apos;a encore jamais suivi cette startup</translation>
    </message>
</context>
<context>
    <name>MentoringDialogs</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/dialogs.py" line="+232"/>
        <source>Why not this mentor?</source>
        <translation>Pourquoi pas ce mentor ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor to compare for {startup}:</source>
        <translation>Mentor à comparer pour {startup} :</translation>
    </message>
</context>
<context>
    <name>MentoringModels</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="+29"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/page.py" line="+87"/>
        <source>The cohort whose needs, matching and sessions are shown</source>
        <translation>La promotion dont les besoins, l&apos;appariement et les séances sont affichés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every mentor, whatever the cohort</source>
        <translation>Tous les mentors, quelle que soit la promotion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute, compare and accept mentor assignments</source>
        <translation>Calculer, comparer et accepter les binômes mentor-startup</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="+6"/>
        <location filename="../../tierslieu/gui/mentoring/page.py" line="+35"/>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/mentoring/page.py" line="+27"/>
        <source>Loading the mentoring…</source>
        <translation>Chargement du mentorat…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{mentors} mentor(s), {active} active</source>
        <translation>{mentors} mentor(s), dont {active} actif(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cohort yet</source>
        <translation>Aucune promotion pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{startups} startup(s) to match · {pairs} active pair(s) · {runs} run(s)</source>
        <translation>{startups} startup(s) à apparier · {pairs} binôme(s) actif(s) · {runs} appariement(s)</translation>
    </message>
</context>
<context>
    <name>MentoringReasons</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="-22"/>
        <source>no mentor speaks its language</source>
        <translation>aucun mentor ne parle sa langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflicts of interest or exclusions rule out every mentor</source>
        <translation>les conflits d&apos;intérêts ou les exclusions écartent tous les mentors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the suitable mentors are full</source>
        <translation>les mentors compatibles sont complets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>they share no language</source>
        <translation>ils n&apos;ont aucune langue en commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a conflict of interest</source>
        <translation>un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pair was excluded from this run</source>
        <translation>le binôme a été exclu de cet appariement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mentor&apos;s places or the startup&apos;s are taken by pinned pairs</source>
        <translation>les places du mentor ou de la startup sont prises par des binômes imposés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the pair is not allowed</source>
        <translation>le binôme n&apos;est pas permis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mentor or the startup is not part of the run</source>
        <translation>le mentor ou la startup ne fait pas partie de l&apos;appariement</translation>
    </message>
</context>
<context>
    <name>MentorsModel</name>
    <message>
        <location line="+137"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expertise (level 1-3)</source>
        <translation>Expertises (niveau 1-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages</source>
        <translation>Stades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startups followed now / how many the mentor can follow at once (capacity)</source>
        <translation>Startups suivies actuellement / nombre que le mentor peut suivre à la fois (capacité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>h/month</source>
        <translation>h/mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours the mentor offers each month</source>
        <translation>Heures offertes par le mentor chaque mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean rating given by the startups (1-5)</source>
        <translation>Note moyenne donnée par les startups (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/mentors_tab.py" line="+59"/>
        <source>Search a mentor</source>
        <translation>Rechercher un mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a mentor, an expertise, a sector, a language… (Ctrl+F)</source>
        <translation>Rechercher un mentor, une expertise, un secteur, une langue… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New mentor</source>
        <translation>Nouveau mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a member a mentor (Ctrl+N)</source>
        <translation>Faire d&apos;un membre un mentor (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected mentor&apos;s profile (Enter)</source>
        <translation>Modifier le profil du mentor sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit the profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No mentor yet. Any member can become one: “New mentor” (Ctrl+N) opens the profile.</source>
        <translation>Aucun mentor pour l&apos;instant. Tout membre peut le devenir : « Nouveau mentor » (Ctrl+N) ouvre le profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mentor matches “{text}”.</source>
        <translation>Aucun mentor ne correspond à « {text} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} mentors, {active} active</source>
        <translation>{shown} mentors sur {total}, {active} actifs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a mentor in the list first</source>
        <translation>Choisissez d&apos;abord un mentor dans la liste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile of {name} saved</source>
        <translation>Profil de {name} enregistré</translation>
    </message>
</context>
<context>
    <name>MilestoneTimeline</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/charts.py" line="-167"/>
        <source>No dated milestone yet: they appear when incubation starts.</source>
        <translation>Aucun jalon daté pour l&apos;instant : ils apparaissent au début de l&apos;incubation.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Due: {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached: {date}</source>
        <translation>Atteint le {date}</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/models.py" line="-61"/>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/dialogs.py" line="-130"/>
        <source>Needs of {startup}</source>
        <translation>Besoins de {startup}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &lt;b&gt;{startup}&lt;/b&gt; needs from its mentors; the matching scores each mentor against it.</source>
        <translation>Ce que &lt;b&gt;{startup}&lt;/b&gt; attend de ses mentors ; l&apos;appariement note chaque mentor au regard de ces besoins.</translation>
    </message>
    <message>
        <location filename="../../ui/need_dialog.ui" line="+14"/>
        <source>Mentoring needs</source>
        <translation>Besoins de mentorat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Topics with a priority from 1 (nice to have) to 3 (essential), separated by commas</source>
        <translation>Sujets avec une priorité de 1 (souhaitable) à 3 (indispensable), séparés par des virgules</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The startup&apos;s sector</source>
        <translation>Le secteur de la startup</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>S&amp;tage</source>
        <translation>S&amp;tade</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The startup&apos;s stage</source>
        <translation>Le stade de la startup</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language codes, the preferred one first</source>
        <translation>Codes de langue, la langue préférée en premier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Mentors wanted</source>
        <translation>&amp;Mentors souhaités</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many mentors the startup should get (1 to 10)</source>
        <translation>Nombre de mentors que la startup devrait avoir (1 à 10)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Priorities: 1 nice to have, 2 important, 3 essential; a topic without a priority counts as 2.</source>
        <translation>Priorités : 1 souhaitable, 2 important, 3 indispensable ; un sujet sans priorité compte pour 2.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="+15"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs (priority 1-3)</source>
        <translation>Besoins (priorité 1-3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first one is preferred</source>
        <translation>La première est préférée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentors wanted</source>
        <translation>Mentors souhaités</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/needs_tab.py" line="+27"/>
        <source>The startups selected or incubated in the cohort. Needs are topics with a priority (1 nice to have, 3 essential); the matching looks for mentors who know them, speak the startup&apos;s language, its sector and stage. Double-click to edit.</source>
        <translation>Les startups sélectionnées ou incubées de la promotion. Les besoins sont des sujets avec une priorité (1 souhaitable, 3 indispensable) ; l&apos;appariement cherche des mentors qui les connaissent, parlent la langue de la startup, connaissent son secteur et son stade. Double-cliquez pour modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the needs…</source>
        <translation>Modifier les besoins…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected startup&apos;s needs (Enter)</source>
        <translation>Modifier les besoins de la startup sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit the needs…</source>
        <translation>&amp;Modifier les besoins…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No startup of this cohort is selected or incubated yet: there is nobody to match.</source>
        <translation>Aucune startup de cette promotion n&apos;est encore sélectionnée ou incubée : personne à apparier.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a startup in the list first</source>
        <translation>Choisissez d&apos;abord une startup dans la liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Needs of {startup} saved</source>
        <translation>Besoins de {startup} enregistrés</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../tierslieu/gui/auth/users_dialog.py" line="+55"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../tierslieu/gui/dialogs/organization_dialog.py" line="+58"/>
        <source>Save the organisation (Enter)</source>
        <translation>Enregistrer l&apos;organisation (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit organisation — {name}</source>
        <translation>Modifier l&apos;organisation — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/organization_dialog.ui" line="+20"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The organisation&apos;s name; it must be unique</source>
        <translation>Nom de l&apos;organisation ; il doit être unique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal or usual name</source>
        <translation>Raison sociale ou nom d&apos;usage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What kind of organisation this is</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>French company number (SIRET or SIREN), checked with the Luhn key</source>
        <translation>Numéro SIRET ou SIREN, vérifié avec sa clé de contrôle (Luhn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>14 digits, or the 9-digit SIREN</source>
        <translation>14 chiffres, ou le SIREN à 9 chiffres</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;VAT number</source>
        <translation>N° de TV&amp;A</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Intra-community VAT number</source>
        <translation>Numéro de TVA intracommunautaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FR12345678901</source>
        <translation>FR12345678901</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>General contact address</source>
        <translation>Adresse de contact générale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact@example.org</source>
        <translation>contact@exemple.fr</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>French or international number</source>
        <translation>Numéro français ou international</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>04 72 00 00 00</source>
        <translation>04 72 00 00 00</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../tierslieu/gui/models/organizations.py" line="+46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People linked to the organisation</source>
        <translation>Personnes rattachées à l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../tierslieu/gui/pages/organizations.py" line="+84"/>
        <source>Search by name or city…</source>
        <translation>Rechercher par nom ou ville…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list (Ctrl+F)</source>
        <translation>Tapez pour filtrer la liste (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only one kind of organisation</source>
        <translation>N&apos;afficher qu&apos;un type d&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active, archived or all organisations</source>
        <translation>Organisations actives, archivées ou toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an organisation (Ctrl+N)</source>
        <translation>Créer une organisation (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected organisation (Enter)</source>
        <translation>Modifier l&apos;organisation sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+320"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Archive the selected organisations (Del); they can be restored</source>
        <translation>Archiver les organisations sélectionnées (Suppr) ; elles pourront être restaurées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected organisations active again</source>
        <translation>Réactiver les organisations sélectionnées</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiver…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;members</source>
        <translation>Voir les &amp;membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the members list filtered on this organisation</source>
        <translation>Ouvrir la liste des membres de cette organisation</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="-5"/>
        <location filename="../../tierslieu/gui/pages/organizations.py" line="-58"/>
        <location line="+69"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/pages/organizations.py" line="+32"/>
        <source>Loading organisations…</source>
        <translation>Chargement des organisations…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No organisations</source>
        <translation>Aucune organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} organisations</source>
        <translation>{n} organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} selected</source>
        <translation>{n} sélectionnées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organisation matches “{text}”.</source>
        <translation>Aucune organisation ne correspond à « {text} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No organisation with these filters.</source>
        <translation>Aucune organisation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all active organisations</source>
        <translation>Afficher toutes les organisations actives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No organisations yet.</source>
        <translation>Aucune organisation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the first one (Ctrl+N)</source>
        <translation>Créer la première (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Archive “{name}”?</source>
        <translation>Archiver « {name} » ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive {n} organisations?</source>
        <translation>Archiver {n} organisations ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived organisations leave the active list; their members keep the link. You can restore them later from the “Archived” filter.</source>
        <translation>Les organisations archivées quittent la liste des actives ; leurs membres restent rattachés. Vous pourrez les restaurer depuis le filtre « Archivées ».</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="+59"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best</source>
        <translation>Optimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score its best allowed mentors would give it, ignoring the other startups</source>
        <translation>Le score que lui donneraient ses meilleurs mentors permis, sans tenir compte des autres startups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obtained</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regret</source>
        <translation>Regret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best possible minus obtained: what the startup gives up for the others</source>
        <translation>Optimum moins obtenu : ce que la startup cède au profit des autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a mentor because</source>
        <translation>Sans mentor parce que</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location line="-60"/>
        <source>Pin next run</source>
        <translation>À imposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude next run</source>
        <translation>À exclure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of 100: the weighted criteria</source>
        <translation>Sur 100 : les critères pondérés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Pinned</source>
        <translation>Imposé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This pair was imposed on this run</source>
        <translation>Ce binôme a été imposé à cet appariement</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscription_dialog.py" line="-279"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Type part of a name…</source>
        <translation>Tapez une partie d&apos;un nom…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A member: type part of their name or e-mail and pick them in the list</source>
        <translation>Un membre : tapez une partie de son nom ou de son e-mail et choisissez-le dans la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An organisation: type part of its name and pick it in the list</source>
        <translation>Une organisation : tapez une partie de son nom et choisissez-la dans la liste</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/payment_dialog.py" line="+50"/>
        <source>Payment of {number}</source>
        <translation>Paiement de {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{customer} — total {total}, still due &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation>{customer} — total {total}, reste dû &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount received in euros, e.g. 10,50</source>
        <translation>Montant reçu en euros, par exemple 10,50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the customer paid</source>
        <translation>Comment le client a payé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the money was received (not in the future)</source>
        <translation>Le jour où l&apos;argent a été reçu (pas dans le futur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer label, cheque number…</source>
        <translation>Libellé du virement, numéro de chèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reference to find the payment on the bank statement</source>
        <translation>Une référence pour retrouver le paiement sur le relevé bancaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note kept with the payment</source>
        <translation>Une note conservée avec le paiement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Montant (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>Mo&amp;yen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>More than the {due} still due</source>
        <translation>Plus que les {due} restant dus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left to pay after this payment: {left}</source>
        <translation>Reste à payer après ce paiement : {left}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/invoices_tab.py" line="+36"/>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice pages</source>
        <translation>Pages de la facture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this PDF</source>
        <translation>Enregistrer ce PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the invoice</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="+85"/>
        <source>Pinned</source>
        <translation>Imposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="+7"/>
        <source>Logo and time zone</source>
        <translation>Logo et fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo is printed on the cover of the reports; it is copied into TiersLieu&apos;s data folder.</source>
        <translation>Le logo est imprimé sur la couverture des rapports ; il est copié dans le dossier de données de TiersLieu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file of your logo</source>
        <translation>Le fichier image de votre logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours and bookings are in this zone&apos;s local time</source>
        <translation>Les horaires et les réservations sont à l&apos;heure locale de ce fuseau</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/plan_dialog.py" line="+78"/>
        <source>New plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed on the invoices, e.g. « Poste fixe »</source>
        <translation>Tel qu&apos;imprimé sur les factures, par exemple « Poste fixe »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once (a pack)</source>
        <translation>Une fois (un carnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A monthly plan is billed each month, prorated; a pack is billed once and its credits last its validity</source>
        <translation>Une formule mensuelle est facturée chaque mois, au prorata ; un carnet est facturé une fois et ses crédits durent sa validité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price excl. VAT in euros (a month, or the pack), e.g. 150,00</source>
        <translation>Prix HT en euros (par mois, ou le carnet), par exemple 150,00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting-room hours</source>
        <translation>Heures de salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting-room hours included (a month, or in the pack), e.g. 4 or 4,5</source>
        <translation>Heures de salle de réunion incluses (par mois, ou dans le carnet), par exemple 4 ou 4,5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desk days</source>
        <translation>Jours de bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coworking days included (a month, or in the pack)</source>
        <translation>Jours de coworking inclus (par mois, ou dans le carnet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookable without limit with this plan</source>
        <translation>Réservables sans limite avec cette formule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a pack&apos;s credits last</source>
        <translation>Combien de temps durent les crédits d&apos;un carnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price excl. VAT (€)</source>
        <translation>&amp;Prix HT (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT</source>
        <translation>T&amp;VA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting-room hours</source>
        <translation>Heures de &amp;salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk days</source>
        <translation>&amp;Jours de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources included</source>
        <translation>&amp;Ressources incluses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Va&amp;lidity</source>
        <translation>Va&amp;lidité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create the plan</source>
        <translation>Créer la formule</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Meeting-room hours: « {value} » is not a number of hours (e.g. 4 or 4,5)</source>
        <translation>Heures de salle : « {value} » n&apos;est pas un nombre d&apos;heures (par exemple 4 ou 4,5)</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/planning/page.py" line="+116"/>
        <source>%n booking(s) released: no check-in</source>
        <translation>
            <numerusform>%n réservation libérée : personne n&apos;est arrivé</numerusform>
            <numerusform>%n réservations libérées : personne n&apos;est arrivé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="+2"/>
        <location filename="../../tierslieu/gui/planning/page.py" line="+9"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/planning/page.py" line="+22"/>
        <source>Loading the planning…</source>
        <translation>Chargement du planning…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Previous day or week (←, Page Up)</source>
        <translation>Jour ou semaine précédents (←, Page préc.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to today (T)</source>
        <translation>Revenir à aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next day or week (→, Page Down)</source>
        <translation>Jour ou semaine suivants (→, Page suiv.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to a date (Ctrl+F)</source>
        <translation>Aller à une date (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One day, hour by hour</source>
        <translation>Une journée, heure par heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monday to Sunday</source>
        <translation>Du lundi au dimanche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site shown</source>
        <translation>Site affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one kind of resource</source>
        <translation>Un seul type de ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a resource (Ctrl+N)</source>
        <translation>Réserver une ressource (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Non honorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No site yet: create a site and its resources to start booking.</source>
        <translation>Aucun site pour l&apos;instant : créez un site et ses ressources pour commencer à réserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No resource of this kind on this site. Choose “All resources” above.</source>
        <translation>Aucune ressource de ce type sur ce site. Choisissez « Toutes les ressources » ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 booking(s) · %2 resource(s) · %3</source>
        <translation>%1 réservation(s) · %2 ressource(s) · %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create a site and its resources before booking.</source>
        <translation>Créez un site et ses ressources avant de réserver.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 bookings made, %2 skipped</source>
        <translation>%1 réservations effectuées, %2 ignorée(s)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moved: %1</source>
        <translation>Déplacée : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel booking %1?

The slot becomes free for others.</source>
        <translation>Annuler la réservation %1 ?

Le créneau redeviendra disponible pour les autres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: %1</source>
        <translation>Annulée : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the series</source>
        <translation>Annuler la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this occurrence and every following one of the series (from %1)?</source>
        <translation>Annuler cette occurrence et toutes les suivantes de la série (à partir du %1) ?</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n booking(s) cancelled</source>
        <translation>
            <numerusform>%n réservation annulée</numerusform>
            <numerusform>%n réservations annulées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked in: %1</source>
        <translation>Arrivée enregistrée : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…	Enter</source>
        <translation>Modifier…	Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel booking…	Del</source>
        <translation>Annuler la réservation…	Suppr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel this and following occurrences…</source>
        <translation>Annuler cette occurrence et les suivantes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New booking at %1…</source>
        <translation>Nouvelle réservation à %1…</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/planning/view.py" line="+361"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1/%2 seats</source>
        <translation>%1/%2 places</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff only</source>
        <translation>équipe uniquement</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Booked by %1</source>
        <translation>Réservé par %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1/%2 seats taken at %3</source>
        <translation>%1/%2 places prises à %3</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/plan_dialog.py" line="+34"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plans; a withdrawn plan is no longer offered to new subscriptions, those running keep it</source>
        <translation>Les formules ; une formule retirée n&apos;est plus proposée aux nouveaux abonnements, ceux en cours la gardent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouvelle formule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a plan (monthly, or a pack paid once)</source>
        <translation>Créer une formule (mensuelle, ou un carnet payé une fois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer de la vente</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{n} plan(s), {on_sale} on sale</source>
        <translation>Formules : {n}, dont {on_sale} en vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan yet: « New plan… » creates one.</source>
        <translation>Aucune formule pour l&apos;instant : « Nouvelle formule… » en crée une.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Offer again</source>
        <translation>Remettre en &amp;vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer this plan to new subscriptions again</source>
        <translation>Proposer de nouveau cette formule aux nouveaux abonnements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new subscription to this plan; those running keep it</source>
        <translation>Plus de nouvel abonnement à cette formule ; ceux en cours la gardent</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscription_models.py" line="+68"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the pack</source>
        <translation>dans le carnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} of meeting room {per}</source>
        <translation>{hours} de salle de réunion {per}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} of coworking {per}</source>
        <translation>{days} de coworking {per}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valid {days} days</source>
        <translation>valable {days} jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{price} excl. VAT / month</source>
        <translation>{price} HT / mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} excl. VAT (pack)</source>
        <translation>{price} HT (carnet)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once (pack)</source>
        <translation>Une fois (carnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room hours</source>
        <translation>Heures de salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting-room hours included (per month, or in the pack)</source>
        <translation>Heures de salle de réunion incluses (par mois, ou dans le carnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk days</source>
        <translation>Jours de bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coworking days included (per month, or in the pack)</source>
        <translation>Jours de coworking inclus (par mois, ou dans le carnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources included</source>
        <translation>Ressources incluses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long a pack&apos;s credits last</source>
        <translation>Combien de temps durent les crédits d&apos;un carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../tierslieu/gui/billing/run_models.py" line="-300"/>
        <source>Nothing to pay: not issued</source>
        <translation>Rien à payer : non émise</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Customer / line</source>
        <translation>Client / ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many lines the invoice has</source>
        <translation>Nombre de lignes de la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of one unit, excluding VAT</source>
        <translation>Prix d&apos;une unité, hors taxes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice&apos;s VAT; on a line, its rate</source>
        <translation>La TVA de la facture ; sur une ligne, son taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the line is there (dates, bookings, credits); on an invoice, why it will not be issued</source>
        <translation>Pourquoi la ligne est là (dates, réservations, crédits) ; sur une facture, pourquoi elle ne sera pas émise</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Bookings: {n}</source>
        <translation>Réservations : {n}</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/models.py" line="+75"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean grade of the reviewers (0-5)</source>
        <translation>Note moyenne des évaluateur·rices (de 0 à 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewers disagree: their totals differ by {spread} points</source>
        <translation>Désaccord des évaluateur·rices : leurs totaux diffèrent de {spread} points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Évaluateur·rices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weighted average</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean of the reviewers&apos; totals, weighted by the programme</source>
        <translation>Moyenne des totaux des évaluateur·rices, pondérée selon le programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest minus lowest reviewer total: disagreement</source>
        <translation>Total le plus haut moins le plus bas : mesure du désaccord</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../tierslieu/gui/dialogs/recovery.py" line="+75"/>
        <source>TiersLieu — damaged database</source>
        <translation>TiersLieu — base de données endommagée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database is damaged and cannot be opened.</source>
        <translation>La base de données est endommagée et ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was deleted: the damaged file was moved aside, untouched, to
{path}</source>
        <translation>Rien n&apos;a été supprimé : le fichier endommagé a été mis de côté, intact, dans
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup that passed its checks: the newest is selected. Changes made after that backup will have to be entered again.</source>
        <translation>Restaurez une sauvegarde qui a passé ses vérifications : la plus récente est sélectionnée. Les modifications faites après cette sauvegarde devront être saisies à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup that passes its checks was found next to the database. Open another database file, or quit.</source>
        <translation>Aucune sauvegarde valide n&apos;a été trouvée à côté de la base de données. Ouvrez un autre fichier de base de données, ou quittez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a repair</source>
        <translation>Avant une réparation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TiersLieu databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases TiersLieu (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../tierslieu/gui/events/dialogs.py" line="+78"/>
        <source>Register for {event}</source>
        <translation>Inscription à {event}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;member</source>
        <translation>Un &amp;membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone from &amp;outside</source>
        <translation>Une personne &amp;extérieure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a member&apos;s name…</source>
        <translation>Tapez le nom d&apos;un membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n place(s) left.</source>
        <translation>
            <numerusform>Il reste %n place.</numerusform>
            <numerusform>Il reste %n places.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event is full: new registrations go to the waitlist.</source>
        <translation>L&apos;événement est complet : les nouvelles inscriptions vont en liste d&apos;attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../tierslieu/gui/reports/page.py" line="+88"/>
        <source>Monthly activity report</source>
        <translation>Rapport mensuel d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report for funders</source>
        <translation>Rapport annuel aux financeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startup sheet</source>
        <translation>Fiche startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which report to generate</source>
        <translation>Le rapport à produire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month the report covers</source>
        <translation>Le mois couvert par le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>M&amp;ois :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The calendar year the report covers</source>
        <translation>L&apos;année civile couverte par le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The startup the sheet describes</source>
        <translation>La startup décrite par la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Startup:</source>
        <translation>&amp;Startup :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate</source>
        <translation>G&amp;énérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the report (Ctrl+G)</source>
        <translation>Générer le rapport (Ctrl+G)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>La&amp;nguage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the P&amp;DF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF (Ctrl+S)</source>
        <translation>Enregistrer le PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a report and its period, then click “Generate”.
The pages appear here, ready to print or save.</source>
        <translation>Choisissez un rapport et sa période, puis cliquez sur « Générer ».
Les pages s&apos;affichent ici, prêtes à imprimer ou à enregistrer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading the startups…</source>
        <translation>Chargement des startups…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No startup yet: add one on the Incubation page.</source>
        <translation>Aucune startup pour l&apos;instant : ajoutez-en une dans la page Incubation.</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="+5"/>
        <location filename="../../tierslieu/gui/reports/page.py" line="+13"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/reports/page.py" line="+31"/>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generating the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be opened.</source>
        <translation>Le PDF n&apos;a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s), ready to print or save.</source>
        <translation>
            <numerusform>%n page, prête à imprimer ou à enregistrer.</numerusform>
            <numerusform>%n pages, prêtes à imprimer ou à enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{report} generated</source>
        <translation>{report} : généré</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Page {n} / {total}</source>
        <translation>Page {n} / {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report sent to the printer</source>
        <translation>Rapport envoyé à l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>ResourcesEditor</name>
    <message>
        <location filename="../../tierslieu/gui/setup/widgets.py" line="+264"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, kind, capacity and hourly price of each resource; F2 or typing edits the cell</source>
        <translation>Nom, type, capacité et tarif horaire de chaque ressource ; F2 ou la frappe modifie la cellule</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A new row to fill in</source>
        <translation>Une nouvelle ligne à remplir</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add a &amp;resource</source>
        <translation>Ajouter une ress&amp;ource</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected new row</source>
        <translation>Retirer la nouvelle ligne sélectionnée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open space</source>
        <translation>Open space</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <location line="-169"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+99"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly price (€)</source>
        <translation>Tarif horaire (€)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Already created</source>
        <translation>Déjà créée</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="+23"/>
        <source>First resources</source>
        <translation>Premières ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms, desks and offices that can be booked; add more later in the Settings. Remove every row to skip this step.</source>
        <translation>Salles, postes et bureaux réservables ; ajoutez-en d&apos;autres plus tard dans les Paramètres. Retirez toutes les lignes pour passer cette étape.</translation>
    </message>
</context>
<context>
    <name>ReversePaymentDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/credit_note_dialog.py" line="-351"/>
        <source>{amount} by {method} on {date}</source>
        <translation>{amount} par {method} le {date}</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>Cancel a payment of {number}</source>
        <translation>Annuler un paiement de {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment stays in the log; a reversing entry of the same amount cancels it: that amount is due again on {number}.</source>
        <translation>Le paiement reste dans le journal ; une écriture d&apos;annulation du même montant l&apos;annule : ce montant est de nouveau dû sur {number}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment to cancel</source>
        <translation>Le paiement à annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque bounced, recorded twice…</source>
        <translation>Chèque impayé, enregistré deux fois…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required; kept with the reversing entry</source>
        <translation>Obligatoire ; conservé avec l&apos;écriture d&apos;annulation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Payment</source>
        <translation>&amp;Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the pa&amp;yment</source>
        <translation>Annuler le pa&amp;iement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cancel a payment</source>
        <translation>Annuler un paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the payment of {payment} on {number}? A reversing entry is written; it cannot be undone.</source>
        <translation>Annuler le paiement de {payment} sur {number} ? Une écriture d&apos;annulation est enregistrée ; elle est définitive.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling the payment…</source>
        <translation>Annulation du paiement…</translation>
    </message>
</context>
<context>
    <name>RunTab</name>
    <message>
        <location filename="../../tierslieu/gui/billing/run_tab.py" line="+90"/>
        <source>The month to invoice: subscriptions of that month and the bookings made in it</source>
        <translation>Le mois à facturer : les abonnements de ce mois et les réservations faites pendant ce mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Month:</source>
        <translation>M&amp;ois :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the month&apos;s invoices without writing anything (F5)</source>
        <translation>Calculer les factures du mois sans rien écrire (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date printed on the invoices; a month can be invoiced once it is over</source>
        <translation>La date imprimée sur les factures ; un mois se facture une fois terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue &amp;date:</source>
        <translation>Date d&apos;émissio&amp;n :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue the invoices…</source>
        <translation>Éme&amp;ttre les factures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number and issue the previewed invoices; issued invoices cannot be changed, only credited</source>
        <translation>Numéroter et émettre les factures prévisualisées ; une facture émise ne peut plus être modifiée, seulement annulée par un avoir</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Filter customers…</source>
        <translation>Filtrer les clients…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the customers whose name contains this</source>
        <translation>N&apos;afficher que les clients dont le nom contient ce texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xpand all</source>
        <translation>Dé&amp;velopper tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every invoice&apos;s lines</source>
        <translation>Afficher les lignes de chaque facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollapse all</source>
        <translation>&amp;Replier tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the invoices only</source>
        <translation>N&apos;afficher que les factures</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One row per invoice; unfold it to read each line and why it is there</source>
        <translation>Une ligne par facture ; dépliez-la pour lire chaque ligne et sa raison</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Press « Preview » (F5) to see the invoices of {month}.</source>
        <translation>Appuyez sur « Aperçu » (F5) pour voir les factures de {month}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer matches « {text} ».</source>
        <translation>Aucun client ne correspond à « {text} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing left to invoice for {month}: it was invoiced already.</source>
        <translation>Plus rien à facturer pour {month} : le mois est déjà facturé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to invoice for {month}: no subscription and no paying booking.</source>
        <translation>Rien à facturer pour {month} : aucun abonnement et aucune réservation payante.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Computing the month&apos;s invoices…</source>
        <translation>Calcul des factures du mois…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n invoice(s) to issue</source>
        <translation>
            <numerusform>%n facture à émettre</numerusform>
            <numerusform>%n factures à émettre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} incl. VAT</source>
        <translation>{total} TTC</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with nothing to pay, not issued</source>
        <translation>
            <numerusform>%n sans montant, non émise</numerusform>
            <numerusform>%n sans montant, non émises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n subscription(s) of {month} already invoiced by an earlier run: they are not invoiced again.</source>
        <translation>
            <numerusform>%n abonnement de {month} déjà facturé par une émission précédente : il n&apos;est pas facturé de nouveau.</numerusform>
            <numerusform>%n abonnements de {month} déjà facturés par une émission précédente : ils ne sont pas facturés de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of {month}: </source>
        <translation>Aperçu de {month} : </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Issue %n invoice(s) for {month}, {total} incl. VAT in all, dated {date}?</source>
        <translation>
            <numerusform>Émettre %n facture pour {month}, {total} TTC, datée du {date} ?</numerusform>
            <numerusform>Émettre %n factures pour {month}, {total} TTC au total, datées du {date} ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued invoices are numbered and can no longer be changed or deleted: a mistake is corrected only by a credit note.</source>
        <translation>Les factures émises sont numérotées et ne peuvent plus être modifiées ni supprimées : une erreur ne se corrige que par un avoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue the invoices</source>
        <translation>Émettre les factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing issued</source>
        <translation>Rien n&apos;a été émis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issuing the invoices…</source>
        <translation>Émission des factures…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n invoice(s) issued ({first} to {last})</source>
        <translation>
            <numerusform>%n facture émise ({first} à {last})</numerusform>
            <numerusform>%n factures émises ({first} à {last})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No invoice issued: nothing left to invoice</source>
        <translation>Aucune facture émise : plus rien à facturer</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/billing/run_models.py" line="-206"/>
        <source>The seller&apos;s identity is incomplete (missing: {missing}): invoices cannot be issued until it is filled in on the Settings page (Billing section).</source>
        <translation>L&apos;identité du vendeur est incomplète (manque : {missing}) : les factures ne pourront être émises qu&apos;une fois complétée dans la page Paramètres (section Facturation).</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="-38"/>
        <source>Run</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of the pairs&apos; scores</source>
        <translation>Somme des scores des binômes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accepted: its pairs are the cohort&apos;s mentors</source>
        <translation>Accepté : ses binômes sont les mentors de la promotion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairness: the worst score raised first</source>
        <translation>Équité : le pire score relevé d&apos;abord</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/score_dialog.py" line="+88"/>
        <source>Grades of &lt;b&gt;{startup}&lt;/b&gt; ({status}), from 0 (weak) to 5 (excellent). Each reviewer has one grid: scoring again replaces it.</source>
        <translation>Notes de &lt;b&gt;{startup}&lt;/b&gt; ({status}), de 0 (faible) à 5 (excellent). Chaque évaluateur·rice a une seule grille : noter à nouveau la remplace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weight {weight} of {total}</source>
        <translation>coefficient {weight} sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme “{program}” counts this criterion {weight} times out of {total}</source>
        <translation>Le programme « {program} » compte ce critère {weight} fois sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name to search the members</source>
        <translation>Tapez un nom pour chercher parmi les membres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Already scored by this reviewer: their grades are shown, saving replaces them.</source>
        <translation>Déjà notée par cet·te évaluateur·rice : ses notes sont affichées, enregistrer les remplace.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{total} / 5</source>
        <translation>{total} / 5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Several members match “{text}”: choose one from the suggestions.</source>
        <translation>Plusieurs membres correspondent à « {text} » : choisissez-en un·e parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../../ui/score_dialog.ui" line="+20"/>
        <source>Score an application</source>
        <translation>Noter une candidature</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Reviewer</source>
        <translation>É&amp;valuateur·rice</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The member who grades the application; type a name to search the members</source>
        <translation>Le membre qui note la candidature ; tapez un nom pour chercher parmi les membres</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How strong and complementary the founding team is</source>
        <translation>Solidité et complémentarité de l&apos;équipe fondatrice</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+82"/>
        <location line="+82"/>
        <location line="+82"/>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>&amp;Market</source>
        <translation>&amp;Marché</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Size and reality of the market, the customers&apos; need</source>
        <translation>Taille et réalité du marché, besoin des clients</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Product maturity</source>
        <translation>Maturité du &amp;produit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How far the product or service has come: idea, prototype, first sales</source>
        <translation>Avancement du produit ou du service : idée, prototype, premières ventes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Fit with the programme</source>
        <translation>&amp;Adéquation au programme</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How well the project matches what the programme offers</source>
        <translation>Adéquation du projet à ce que propose le programme</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why these grades; the other reviewers and the jury read it</source>
        <translation>Pourquoi ces notes ; les autres évaluateur·rices et le jury le lisent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Strong team, market still to prove</source>
        <translation>ex. : Équipe solide, marché encore à prouver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reviewer&apos;s total: the mean of the four grades, weighted by the programme</source>
        <translation>Le total de l&apos;évaluateur·rice : la moyenne des quatre notes, pondérée selon le programme</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/dialogs.py" line="+62"/>
        <source>A meeting between a startup and its mentor: its length counts against the startup&apos;s mentoring budget.</source>
        <translation>Une rencontre entre une startup et son mentor : sa durée est décomptée du budget de mentorat de la startup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not rated</source>
        <translation>non notée</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="+14"/>
        <source>Mentoring session</source>
        <translation>Séance de mentorat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Pair</source>
        <translation>&amp;Binôme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The startup and its mentor</source>
        <translation>La startup et son mentor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day of the session</source>
        <translation>Jour de la séance</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Length of the session in minutes</source>
        <translation>Durée de la séance en minutes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Topics</source>
        <translation>&amp;Sujets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What was worked on</source>
        <translation>Ce qui a été travaillé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Mentor&apos;s rating</source>
        <translation>Note du &amp;mentor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How the mentor rates the session (1 to 5)</source>
        <translation>La note que le mentor donne à la séance (1 à 5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Startup&apos;s rating</source>
        <translation>Note de la s&amp;tartup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How the startup rates the mentor&apos;s help (1 to 5)</source>
        <translation>La note que la startup donne à l&apos;aide du mentor (1 à 5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/models.py" line="+36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor&apos;s rating</source>
        <translation>Note du mentor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Startup&apos;s rating</source>
        <translation>Note de la startup</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../tierslieu/gui/mentoring/sessions_tab.py" line="+62"/>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Record a session of one of the cohort&apos;s pairs (Ctrl+N)</source>
        <translation>Enregistrer une séance d&apos;un binôme de la promotion (Ctrl+N)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session recorded for this cohort yet.</source>
        <translation>Aucune séance enregistrée pour cette promotion pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentoring hours per startup</source>
        <translation>Heures de mentorat par startup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours of sessions against the startup&apos;s mentoring budget</source>
        <translation>Heures de séances au regard du budget de mentorat de la startup</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Mentors&apos; activity in this cohort</source>
        <translation>Activité des mentors dans cette promotion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mentor follows a startup of this cohort yet: accept a matching run.</source>
        <translation>Aucun mentor ne suit encore de startup de cette promotion : acceptez un appariement.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{sessions} session(s), {hours} in all · {pairs} active pair(s)</source>
        <translation>{sessions} séance(s), {hours} en tout · {pairs} binôme(s) actif(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>No active pair in this cohort: accept a matching run first</source>
        <translation>Aucun binôme actif dans cette promotion : acceptez d&apos;abord un appariement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session of {startup} with {mentor} recorded</source>
        <translation>Séance de {startup} avec {mentor} enregistrée</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../tierslieu/gui/settings/page.py" line="+92"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups and data</source>
        <translation>Sauvegardes et données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>Enregist&amp;rer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every tab (Ctrl+S)</source>
        <translation>Enregistrer tous les onglets (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the changes not saved yet</source>
        <translation>Oublier les modifications pas encore enregistrées</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Invoices show VAT; give the VAT number</source>
        <translation>Les factures portent la TVA : indiquez le numéro de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices say « TVA non applicable, art. 293 B du CGI »</source>
        <translation>Les factures portent « TVA non applicable, art. 293 B du CGI »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The tiers-lieu&apos;s name: window title, reports, invoices</source>
        <translation>Le nom du tiers-lieu : titre de la fenêtre, rapports, factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>14 digits (or the 9 of the SIREN)</source>
        <translation>14 chiffres (ou les 9 du SIREN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT status:</source>
        <translation>Régime de TVA :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT n&amp;umber:</source>
        <translation>N° de &amp;TVA :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-EU VAT number, e.g. FR40303265045</source>
        <translation>Numéro de TVA intracommunautaire, ex. : FR40303265045</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on the cover of the reports</source>
        <translation>Imprimé sur la couverture des rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>F&amp;useau horaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours and bookings are in this zone&apos;s local time</source>
        <translation>Les horaires et les réservations sont à l&apos;heure locale de ce fuseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members book inside these hours; French public holidays are closed automatically. No day ticked: bookable at any time.</source>
        <translation>Les membres réservent pendant ces horaires ; les jours fériés sont fermés automatiquement. Aucun jour coché : réservable à toute heure.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resources already created are listed greyed; new rows are created when you save.</source>
        <translation>Les ressources déjà créées sont en grisé ; les nouvelles lignes sont créées à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Association loi 1901</source>
        <translation>ex. : Association loi 1901</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location line="+2"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Printed under the name on the invoices</source>
        <translation>Imprimée sous le nom sur les factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact printed on the invoices</source>
        <translation>Contact imprimé sur les factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>IBA&amp;N :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For payments by transfer</source>
        <translation>Pour les paiements par virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;term:</source>
        <translation>Délai de &amp;paiement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between the invoice and its due date (60 at most)</source>
        <translation>Jours entre la facture et son échéance (60 au plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate printed on the invoices</source>
        <translation>Le taux imprimé sur les factures</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in &amp;before the start:</source>
        <translation>Arrivée possible a&amp;vant le début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How early a member may check in</source>
        <translation>Combien de temps avant le début un membre peut signaler son arrivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later, the booking is a no-show and the room is freed</source>
        <translation>Au-delà, la réservation est non honorée et la salle libérée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members cannot cancel later than this before the start</source>
        <translation>Les membres ne peuvent plus annuler moins de ce délai avant le début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;daily backups for:</source>
        <translation>Garder les sauvegardes &amp;quotidiennes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One backup a day, at the first start of the day</source>
        <translation>Une sauvegarde par jour, au premier démarrage de la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;monthly backups for:</source>
        <translation>Garder les sauvegardes me&amp;nsuelles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then one backup a month</source>
        <translation>Puis une sauvegarde par mois</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Undo &amp;changes</source>
        <translation>Annuler les &amp;changements</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sub&amp;ject to VAT</source>
        <translation>Assu&amp;jetti à la TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xempt (franchise en base, art. 293 B du CGI)</source>
        <translation>E&amp;xonéré (franchise en base, art. 293 B du CGI)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add&amp;ress:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Le&amp;gal form:</source>
        <translation>Forme &amp;juridique :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail:</source>
        <translation>E-ma&amp;il :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Late-payment pe&amp;nalty:</source>
        <translation>P&amp;énalités de retard :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check-in afte&amp;r the start:</source>
        <translation>Arrivée possible a&amp;près le début :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;ncellation cut-off:</source>
        <translation>Délai d&apos;a&amp;nnulation :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep visit&amp;ors&apos; records for:</source>
        <translation>Conserver les fiches des &amp;visiteurs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older visits are deleted (personal data)</source>
        <translation>Les visites plus anciennes sont supprimées (données personnelles)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used from the next start</source>
        <translation>Appliquée au prochain démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loo&amp;k:</source>
        <translation>A&amp;pparence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark; by default as the desktop</source>
        <translation>Clair ou sombre ; par défaut comme le bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two apply to this computer only.</source>
        <translation>Ces deux réglages ne concernent que cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/main_window.py" line="+1"/>
        <location filename="../../tierslieu/gui/settings/page.py" line="+31"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../tierslieu/gui/settings/page.py" line="+26"/>
        <source>Only an administrator can change the settings</source>
        <translation>Seul un administrateur peut modifier les paramètres</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: see the messages in red</source>
        <translation>Non enregistré : voir les messages en rouge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new language will be used the next time TiersLieu starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de TiersLieu.</translation>
    </message>
</context>
<context>
    <name>StartupCard</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/incubation/board.py" line="-322"/>
        <source>Average weighted score of %n reviewer(s), out of 5</source>
        <translation>
            <numerusform>Note moyenne pondérée de %n évaluateur·rice, sur 5</numerusform>
            <numerusform>Note moyenne pondérée de %n évaluateur·rices, sur 5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestones reached</source>
        <translation>Jalons atteints</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n retard</numerusform>
            <numerusform>%n retards</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones past their due date</source>
        <translation>Jalons dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied on {date}</source>
        <translation>Candidature le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incubated since {date}</source>
        <translation>Incubée depuis le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentoring: {used} used of {budget}</source>
        <translation>Mentorat : {used} utilisées sur {budget}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to another column, or Ctrl+M, to change the status; double-click for the details</source>
        <translation>Faites glisser dans une autre colonne, ou Ctrl+M, pour changer le statut ; double-clic pour le détail</translation>
    </message>
</context>
<context>
    <name>StartupDetailView</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/detail.py" line="+79"/>
        <source>Double-click a startup on the board, or press Enter on its card, to see its details here.</source>
        <translation>Double-cliquez sur une startup du tableau, ou appuyez sur Entrée sur sa carte, pour afficher son détail ici.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mentoring hours used of the budget of this enrollment</source>
        <translation>Heures de mentorat utilisées sur le budget de cette inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record KPIs…</source>
        <translation>Saisir les indicateurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter headcount, revenue and funds raised for a month or a quarter</source>
        <translation>Saisir l&apos;effectif, le chiffre d&apos;affaires et les fonds levés d&apos;un mois ou d&apos;un trimestre</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue and headcount</source>
        <translation>Chiffre d&apos;affaires et effectif</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Founders: {names}</source>
        <translation>Fondateurs : {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>aucun renseigné</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest period {period}: headcount {headcount}. Revenue since the first record {revenue}, funds raised {raised}.</source>
        <translation>Dernière période {period} : effectif {headcount}. Chiffre d&apos;affaires depuis le premier relevé : {revenue}, fonds levés : {raised}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mentoring: {used} used of {budget}</source>
        <translation>Mentorat : {used} utilisées sur {budget}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mentoring budget</source>
        <translation>Pas de budget de mentorat</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../tierslieu/gui/incubation/dialogs.py" line="-52"/>
        <source>Move &lt;b&gt;{startup}&lt;/b&gt; from “{old}” to “{new}”.</source>
        <translation>&lt;b&gt;{startup}&lt;/b&gt; : « {old} » → « {new} »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/status_change_dialog.ui" line="+14"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Why the status changes; kept in the startup&apos;s history</source>
        <translation>Pourquoi le statut change ; conservé dans l&apos;historique de la startup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Jury of 12/10: strong team, market still to prove</source>
        <translation>ex. : jury du 12/10, équipe solide, marché encore à démontrer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A reason is required when a startup is dropped or rejected.</source>
        <translation>Un motif est obligatoire quand une startup sort en cours de route ou est refusée.</translation>
    </message>
</context>
<context>
    <name>StatusColumn</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/incubation/board.py" line="+106"/>
        <source>%n startup(s)</source>
        <translation>
            <numerusform>%n startup</numerusform>
            <numerusform>%n startups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscription_dialog.py" line="+50"/>
        <source>New subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plans on sale (« Plans… » withdraws or adds one)</source>
        <translation>Les formules en vente (« Formules… » en retire ou en ajoute)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first day of the subscription</source>
        <translation>Le premier jour de l&apos;abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for an open-ended subscription</source>
        <translation>Laisser décoché pour un abonnement sans fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day of the subscription (included)</source>
        <translation>Le dernier jour de l&apos;abonnement (inclus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The subscriber (leave empty)</source>
        <translation>L&apos;abonné·e (laisser vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives the invoices: a startup can pay for its founders (one invoice, a line for each)</source>
        <translation>Qui reçoit les factures : une startup peut payer pour ses fondateurs (une facture, une ligne chacun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed price</source>
        <translation>Prix convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A negotiated monthly price excl. VAT in euros, e.g. 250,00; empty: the plan&apos;s price</source>
        <translation>Un prix mensuel HT négocié en euros, par exemple 250,00 ; vide : le prix de la formule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note kept with the subscription</source>
        <translation>Une note conservée avec l&apos;abonnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subscriber</source>
        <translation>&amp;Abonné·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Formule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>F&amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;id by</source>
        <translation>&amp;Payé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed p&amp;rice (€)</source>
        <translation>P&amp;rix convenu (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscribe</source>
        <translation>Abonner</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No plan on sale: create one with « Plans… ».</source>
        <translation>Aucune formule en vente : créez-en une avec « Formules… ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a pack ends {days} days after its start unless an end is given</source>
        <translation>un carnet se termine {days} jours après son début, sauf fin indiquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list price {price}</source>
        <translation>tarif {price}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the subscriber in the suggestions (type part of the name)</source>
        <translation>Choisissez l&apos;abonné·e dans les suggestions (tapez une partie du nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who subscribes? A member or an organisation.</source>
        <translation>Qui s&apos;abonne ? Un membre ou une organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the payer in the suggestions, or leave it empty</source>
        <translation>Choisissez le payeur dans les suggestions, ou laissez vide</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscription_models.py" line="-204"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No. {id}: {who} on “{plan}” from {start}</source>
        <translation>N° {id} : {who} sur « {plan} » à partir du {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> to {end}</source>
        <translation> jusqu&apos;au {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid by {payer}</source>
        <translation>payé par {payer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid by the subscriber</source>
        <translation>payé par l&apos;abonné·e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plan change: follows “{plan}” (no. {id}, {start} – {end})</source>
        <translation>changement de formule : fait suite à « {plan} » (n° {id}, du {start} au {end})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plan change: follows no. {id}</source>
        <translation>changement de formule : fait suite au n° {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes: {notes}</source>
        <translation>notes : {notes}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Subscriber</source>
        <translation>Abonné·e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives the invoice, when not the subscriber</source>
        <translation>Qui reçoit la facture, quand ce n&apos;est pas l&apos;abonné·e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open-ended</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly price excl. VAT (a pack: paid once); a negotiated price is in bold</source>
        <translation>Prix mensuel HT (un carnet : payé une fois) ; un prix négocié est en gras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{price} (pack)</source>
        <translation>{price} (carnet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>negotiated price</source>
        <translation>prix négocié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negotiated price, list price {price}</source>
        <translation>prix négocié, tarif {price}</translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <location filename="../../tierslieu/gui/billing/subscriptions_tab.py" line="+85"/>
        <source>Search a subscriber</source>
        <translation>Rechercher un abonné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscriber or payer… (Ctrl+F)</source>
        <translation>Abonné·e ou payeur… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the subscriber&apos;s or the payer&apos;s name; accents and case do not matter</source>
        <translation>Une partie du nom de l&apos;abonné·e ou du payeur ; accents et majuscules indifférents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the subscriptions to one plan</source>
        <translation>Seulement les abonnements à une formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All plans</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active &amp;today only</source>
        <translation>Actifs aujourd&apos;&amp;hui seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick to see every subscription: ended, future and replaced by a plan change</source>
        <translation>Décocher pour voir tous les abonnements : terminés, à venir et remplacés par un changement de formule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Plans…</source>
        <translation>F&amp;ormules…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plans: prices, credits included; create one, withdraw one from sale</source>
        <translation>Les formules : prix, crédits inclus ; en créer une, en retirer une de la vente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subscription details</source>
        <translation>Détails de l&apos;abonnement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New subscription…</source>
        <translation>&amp;Nouvel abonnement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe a member or an organisation to a plan (Ctrl+N)</source>
        <translation>Abonner un membre ou une organisation à une formule (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En&amp;d…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the last day of the selected subscription (Del)</source>
        <translation>Fixer le dernier jour de l&apos;abonnement choisi (Suppr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change plan…</source>
        <translation>&amp;Changer de formule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected subscription to another plan from a given day</source>
        <translation>Passer l&apos;abonnement choisi à une autre formule à partir d&apos;un jour donné</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or Enter: the subscription&apos;s details; Del: end it</source>
        <translation>Double-clic ou Entrée : les détails de l&apos;abonnement ; Suppr : le terminer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>End the subscription…</source>
        <translation>Terminer l&apos;abonnement…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the subscriptions…</source>
        <translation>Chargement des abonnements…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} (withdrawn)</source>
        <translation>{name} (retirée)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No subscription matches these filters.</source>
        <translation>Aucun abonnement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subscription active today. Untick “Active today only” to see the others, or subscribe a member with “New subscription…”.</source>
        <translation>Aucun abonnement actif aujourd&apos;hui. Décochez « Actifs aujourd&apos;hui seulement » pour voir les autres, ou abonnez un membre avec « Nouvel abonnement… ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No subscription yet: “New subscription…” subscribes a member or an organisation to a plan.</source>
        <translation>Aucun abonnement pour l&apos;instant : « Nouvel abonnement… » abonne un membre ou une organisation à une formule.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} excl. VAT a month for those active today</source>
        <translation>{amount} HT par mois pour ceux actifs aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a subscription to see who pays it, its notes and the plan it follows.</source>
        <translation>Choisissez un abonnement pour voir qui le paie, ses notes et la formule qu&apos;il suit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your role does not allow changing subscriptions</source>
        <translation>Votre rôle ne permet pas de modifier les abonnements</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> to {date}</source>
        <translation> jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} subscribed to “{plan}” from {start}{end}</source>
        <translation>{who} abonné·e à « {plan} » à partir du {start}{end}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subscription “{plan}” of {who} ended on {date}</source>
        <translation>Abonnement « {plan} » de {who} terminé le {date}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{who}: “{old}” until {before}, then “{new}” from {day}</source>
        <translation>{who} : « {old} » jusqu&apos;au {before}, puis « {new} » à partir du {day}</translation>
    </message>
</context>
<context>
    <name>TeamsDialog</name>
    <message>
        <location filename="../../tierslieu/gui/events/dialogs.py" line="+48"/>
        <source>Teams of {event}</source>
        <translation>Équipes de {event}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow colleagues in the same team</source>
        <translation>Autoriser les collègues dans la même équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form teams</source>
        <translation>Former les équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced teams with complementary skills, computed exactly; replaces the draft</source>
        <translation>Des équipes équilibrées aux compétences complémentaires, calculées exactement ; remplace le brouillon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to team</source>
        <translation>Déplacer dans l&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze the teams: no more changes</source>
        <translation>Figer les équipes : plus aucun changement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People per team (at most)</source>
        <translation>Personnes par équipe (au plus)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Team {n}</source>
        <translation>Équipe {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published: the teams no longer change.</source>
        <translation>Publiées : les équipes ne changent plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft: {teams} teams, {skills} distinct skills across teams. Move people, then publish.</source>
        <translation>Brouillon : {teams} équipes, {skills} compétences distinctes réparties. Déplacez des personnes, puis publiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No teams yet.</source>
        <translation>Pas encore d&apos;équipes.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../tierslieu/gui/auth/users_dialog.py" line="+15"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblock a kiosk PIN…</source>
        <translation>Débloquer un code PIN de la borne…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of {login}</source>
        <translation>Rôle de {login}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for {login} (8 characters or more)</source>
        <translation>Nouveau mot de passe de {login} (8 caractères ou plus)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unblock a kiosk PIN</source>
        <translation>Débloquer un code PIN de la borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail or number of the member</source>
        <translation>E-mail ou numéro du membre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kiosk PIN</source>
        <translation>Code PIN de la borne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk PIN of {name} is unblocked.</source>
        <translation>Le code PIN de borne de {name} est débloqué.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location line="-180"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <location filename="../../tierslieu/gui/dashboard/dialogs.py" line="+46"/>
        <source>Register a visitor</source>
        <translation>Enregistrer un visiteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company or organisation (optional)</source>
        <translation>Entreprise ou organisation (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a member&apos;s name…</source>
        <translation>Tapez le nom d&apos;un membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting, interview, delivery…</source>
        <translation>Rendez-vous, entretien, livraison…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitor</source>
        <translation>Visiteur·se</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge</source>
        <translation>Imprimer un badge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host is notified on the home page.</source>
        <translation>L&apos;hôte est prévenu·e sur la page d&apos;accueil.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the member who receives the visitor.</source>
        <translation>Choisissez le membre qui reçoit le visiteur.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../tierslieu/gui/setup/wizard.py" line="-111"/>
        <source>Welcome to TiersLieu</source>
        <translation>Bienvenue dans TiersLieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions to set up your tiers-lieu; everything can be changed later in the Settings.</source>
        <translation>Quelques questions pour configurer votre tiers-lieu ; tout se modifie ensuite dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next asks for your tiers-lieu&apos;s name and legal identity, its logo and time zone, its opening hours and its first resources, then creates your database.</source>
        <translation>Suivant demande le nom et l&apos;identité légale de votre tiers-lieu, son logo et son fuseau horaire, ses horaires d&apos;ouverture et ses premières ressources, puis crée votre base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a demo database full of fictitious members, bookings and startups; your own database is created at the next start</source>
        <translation>Ouvrir une base de démonstration remplie de membres, de réservations et de startups fictifs ; votre propre base sera créée au prochain démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Just looking? The demo is a fictitious tiers-lieu with members, bookings, events and startups, to try every page.</source>
        <translation>Simple curiosité ? La démo est un tiers-lieu fictif avec des membres, des réservations, des événements et des startups, pour essayer chaque page.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tierslieu/gui/app.py" line="+248"/>
        <source>TiersLieu</source>
        <translation>TiersLieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la base de données.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tierslieu/gui/errors.py" line="+22"/>
        <source>An unexpected error occurred: {detail}

Details were written to the log folder: {folder}</source>
        <translation>Une erreur inattendue s&apos;est produite : {detail}

Le détail a été enregistré dans le dossier des journaux : {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TiersLieu</source>
        <translation>TiersLieu</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <location filename="../../tierslieu/gui/planning/model.py" line="+32"/>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone booth</source>
        <translation>Box téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot-desk zone</source>
        <translation>Espace partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private office</source>
        <translation>Bureau privatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed desk</source>
        <translation>Poste fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event hall</source>
        <translation>Salle d&apos;événements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No-show</source>
        <translation>Non honorée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../tierslieu/gui/tasks.py" line="+111"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
</TS>
