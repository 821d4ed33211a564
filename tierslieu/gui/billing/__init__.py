"""The Billing page (« Facturation »): the month's billing run, invoices and payments, debtors."""
