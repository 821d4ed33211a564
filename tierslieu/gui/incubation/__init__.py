"""The Incubation page: programmes, cohorts, the cohort board and startup details."""

from __future__ import annotations

from tierslieu.gui.incubation.page import IncubationPage

__all__ = ["IncubationPage"]
