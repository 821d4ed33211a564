"""The home page: who is in, arrivals, rooms, events and alerts of the day; quick actions."""

from __future__ import annotations

from tierslieu.gui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
