<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountBox</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/billing/account_box.py" line="+62"/>
        <source>%n invoice(s), the last %1 of %2</source>
        <translation>
            <numerusform>%n invoice, the last %1 of %2</numerusform>
            <numerusform>%n invoices, the last %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/auth/audit_view.py" line="+148"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/dialogs/booking_dialog.py" line="+456"/>
        <source>shared zone of %n seat(s)</source>
        <translation>
            <numerusform>shared zone of %n seat</numerusform>
            <numerusform>shared zone of %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at most %n</source>
        <translation>
            <numerusform>at most %n</numerusform>
            <numerusform>at most %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n taken</source>
        <translation>
            <numerusform>%n taken</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on a closed day</source>
        <translation>
            <numerusform>%n on a closed day</numerusform>
            <numerusform>%n on a closed day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not possible</source>
        <translation>
            <numerusform>%n not possible</numerusform>
            <numerusform>%n not possible</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/dashboard/page.py" line="+252"/>
        <source>%n person(s) in</source>
        <translation>
            <numerusform>%n person in</numerusform>
            <numerusform>%n people in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorsTab</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/billing/debtors_tab.py" line="+125"/>
        <source>%n customer(s) owe {total}, {late} of it past due</source>
        <translation>
            <numerusform>%n customer owes {total}, {late} of it past due</numerusform>
            <numerusform>%n customers owe {total}, {late} of it past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n row(s) exported to {path}</source>
        <translation>
            <numerusform>%n row exported to {path}</numerusform>
            <numerusform>%n rows exported to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/setup/wizard.py" line="+277"/>
        <source>%n day(s) open a week</source>
        <translation>
            <numerusform>%n day open a week</numerusform>
            <numerusform>%n days open a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/events/page.py" line="+265"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%n certificate(s) saved</source>
        <translation>
            <numerusform>%n certificate saved</numerusform>
            <numerusform>%n certificates saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/dialogs/import_wizard.py" line="+300"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n organisation(s) to create</source>
        <translation>
            <numerusform>%n organisation to create</numerusform>
            <numerusform>%n organisations to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n member(s) created</source>
        <translation>
            <numerusform>%n member created</numerusform>
            <numerusform>%n members created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n invalid row(s) skipped (below).</source>
        <translation>
            <numerusform>%n invalid row skipped (below).</numerusform>
            <numerusform>%n invalid rows skipped (below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncubationPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/incubation/page.py" line="+361"/>
        <source>, %n milestone(s) late</source>
        <translation>
            <numerusform>, %n milestone late</numerusform>
            <numerusform>, %n milestones late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n startup(s) in this cohort</source>
        <translation>
            <numerusform>%n startup in this cohort</numerusform>
            <numerusform>%n startups in this cohort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n startup(s) match</source>
        <translation>
            <numerusform>%n startup matches</numerusform>
            <numerusform>%n startups match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/billing/invoices_tab.py" line="+540"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingTab</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/mentoring/matching_tab.py" line="+392"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n startup(s) short of mentors</source>
        <translation>
            <numerusform>%n startup short of mentors</numerusform>
            <numerusform>%n startups short of mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n kept pair(s) no longer allowed</source>
        <translation>
            <numerusform>%n kept pair no longer allowed</numerusform>
            <numerusform>%n kept pairs no longer allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+179"/>
        <source>Run #{id}: %n pair(s), total score {total}</source>
        <translation>
            <numerusform>Run #{id}: %n pair, total score {total}</numerusform>
            <numerusform>Run #{id}: %n pairs, total score {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>It would also leave %n mentor place(s) empty.</source>
        <translation>
            <numerusform>It would also leave %n mentor place empty.</numerusform>
            <numerusform>It would also leave %n mentor places empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Accept run #{id}? Its %n pair(s) become the cohort&apos;s mentors; pairs it does not keep end (their sessions stay in the log).</source>
        <translation>
            <numerusform>Accept run #{id}? Its %n pair becomes the cohort&apos;s active pair; pairs it does not keep end (their sessions stay in the log).</numerusform>
            <numerusform>Accept run #{id}? Its %n pairs become the cohort&apos;s mentors; pairs it does not keep end (their sessions stay in the log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Run #{id} accepted: %n active pair(s)</source>
        <translation>
            <numerusform>Run #{id} accepted: %n active pair</numerusform>
            <numerusform>Run #{id} accepted: %n active pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/pages/members.py" line="+353"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n member(s) match</source>
        <translation>
            <numerusform>%1 of %n member match</numerusform>
            <numerusform>%1 of %n members match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>Archive %n member(s)?</source>
        <translation>
            <numerusform>Archive %n member?</numerusform>
            <numerusform>Archive %n members?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n member(s) archived</source>
        <translation>
            <numerusform>%n member archived</numerusform>
            <numerusform>%n members archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s) restored</source>
        <translation>
            <numerusform>%n member restored</numerusform>
            <numerusform>%n members restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n e-mail address(es) copied</source>
        <translation>
            <numerusform>%n e-mail address copied</numerusform>
            <numerusform>%n e-mail addresses copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n member(s) exported to %1</source>
        <translation>
            <numerusform>%n member exported to %1</numerusform>
            <numerusform>%n members exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/planning/page.py" line="+116"/>
        <source>%n booking(s) released: no check-in</source>
        <translation>
            <numerusform>%n booking released: no check-in</numerusform>
            <numerusform>%n bookings released: no check-in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+383"/>
        <source>%n booking(s) cancelled</source>
        <translation>
            <numerusform>%n booking cancelled</numerusform>
            <numerusform>%n bookings cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/planning/view.py" line="+361"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+308"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/events/dialogs.py" line="+234"/>
        <source>%n place(s) left.</source>
        <translation>
            <numerusform>%n place left.</numerusform>
            <numerusform>%n places left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/reports/page.py" line="+338"/>
        <source>%n page(s), ready to print or save.</source>
        <translation>
            <numerusform>%n page, ready to print or save.</numerusform>
            <numerusform>%n pages, ready to print or save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunTab</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/billing/run_tab.py" line="+287"/>
        <source>%n invoice(s) to issue</source>
        <translation>
            <numerusform>%n invoice to issue</numerusform>
            <numerusform>%n invoices to issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with nothing to pay, not issued</source>
        <translation>
            <numerusform>%n with nothing to pay, not issued</numerusform>
            <numerusform>%n with nothing to pay, not issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n subscription(s) of {month} already invoiced by an earlier run: they are not invoiced again.</source>
        <translation>
            <numerusform>%n subscription of {month} already invoiced by an earlier run: it is not invoiced again.</numerusform>
            <numerusform>%n subscriptions of {month} already invoiced by an earlier run: they are not invoiced again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Issue %n invoice(s) for {month}, {total} incl. VAT in all, dated {date}?</source>
        <translation>
            <numerusform>Issue %n invoice for {month}, {total} incl. VAT in all, dated {date}?</numerusform>
            <numerusform>Issue %n invoices for {month}, {total} incl. VAT in all, dated {date}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n invoice(s) issued ({first} to {last})</source>
        <translation>
            <numerusform>%n invoice issued ({first} to {last})</numerusform>
            <numerusform>%n invoices issued ({first} to {last})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupCard</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/incubation/board.py" line="+118"/>
        <source>Average weighted score of %n reviewer(s), out of 5</source>
        <translation>
            <numerusform>Average weighted score of %n reviewer, out of 5</numerusform>
            <numerusform>Average weighted score of %n reviewers, out of 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusColumn</name>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n startup(s)</source>
        <translation>
            <numerusform>%n startup</numerusform>
            <numerusform>%n startups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message numerus="yes">
        <location filename="../../tierslieu/gui/billing/subscriptions_tab.py" line="+264"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
</context>
</TS>
