"""The planning: resources as rows, time as columns, bookings as blocks.

Kept import-free on purpose: the generated booking form imports
``tierslieu.gui.planning.widgets``, and importing the page from here would make that a
circular import. Use ``from tierslieu.gui.planning.page import PlanningPage``.
"""
