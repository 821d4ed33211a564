"""The Mentoring page: mentor profiles, needs, matching runs and sessions."""

from __future__ import annotations

from tierslieu.gui.mentoring.page import MentoringPage

__all__ = ["MentoringPage"]
