"""The Reports page (preview, print and save the PDFs of :mod:`tierslieu.reports`)."""

from tierslieu.gui.reports.page import ReportsPage

__all__ = ["ReportsPage"]
