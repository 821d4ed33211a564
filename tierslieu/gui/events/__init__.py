"""The Events page: events with their rooms, registrations and waitlist, teams."""

from __future__ import annotations

from tierslieu.gui.events.page import EventsPage

__all__ = ["EventsPage"]
