"""Billing: plans, subscriptions, credits, the monthly billing run, invoices, payments.

One module per use case, all returning plain dataclasses (:mod:`.dto`):

- :mod:`.plans` and :mod:`.subscriptions`: what members subscribe to, who pays;
- :mod:`.credits`: the credits ledger (monthly allowances, packs) and what a booking
  consumed (:func:`.credits.consumption_for_booking`);
- :mod:`.run`: :func:`.run.preview` and :func:`.run.issue` of a month, computed by
  :mod:`.compute` (fees, credits, overage) and worded by :mod:`.lines`;
- :mod:`.invoicing`: issued invoices, credit notes, manual invoices; numbering in
  :mod:`.numbering`, the hash chain in :mod:`.chain`;
- :mod:`.payments`: payments (append-only), balances, aged debtors;
- :mod:`.seller`: the seller's identity, from the settings;
- :mod:`.journal`: the sales journal for the accountant (CSV).

Invoices are written in French, whatever the interface language: they are French legal
documents. Amounts are integer cents excluding VAT; VAT rates are basis points.
"""
