"""PDF documents (ReportLab) built from the services' figures; never imports Qt.

ReportLab is heavy: it is imported inside the functions that draw, never at start-up.
:func:`build` is the one entry point the GUI's Reports page and the CLI call; the
figures themselves come from :mod:`tierslieu.reports.indicators`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tierslieu import security
from tierslieu.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

KINDS = ("monthly", "annual", "startup")
Progress = Callable[[int, int], None]


def check_output(out: Path | str, field: str = "output") -> Path:
    """The PDF path to write: its folder must exist and it must not be a folder."""
    path = Path(out)
    if path.is_dir() or not path.parent.is_dir():
        raise ValidationError("report_output_invalid", field, value=str(path))
    return path


def build(kind: str, engine: Engine, *, month: str | None = None, year: str | int | None = None,
          startup: int | str | None = None, lang: str = "fr", out: Path | str,
          site: int | str | None = None, progress: Progress | None = None,
          now: datetime | None = None) -> Path:
    """Generate one report and return its path.

    ``kind``: ``monthly`` (needs ``month`` "2026-10"), ``annual`` (``year``) or
    ``startup`` (``startup``: name or id). ``progress(done, total)`` is called as the
    work advances (from the calling thread). Bad arguments raise ValidationError,
    an unknown startup or site NotFoundError; nothing is written then.
    """
    security.require("reports.build")
    from tierslieu.reports.period import parse_month, parse_year

    if kind not in KINDS:
        raise ValidationError("choice_invalid", "kind", value=kind, allowed=", ".join(KINDS))
    lang = "en" if lang == "en" else "fr"
    path = check_output(out)
    if kind == "monthly":
        if not month:
            raise ValidationError("required", "month")
        from tierslieu.reports.monthly import build_monthly

        return build_monthly(engine, parse_month(month), path, lang=lang, site=site, now=now,
                             progress=progress)
    if kind == "annual":
        if year is None or year == "":
            raise ValidationError("required", "year")
        from tierslieu.reports.annual import build_annual

        return build_annual(engine, parse_year(year), path, lang=lang, site=site, now=now,
                            progress=progress)
    if startup is None or startup == "":
        raise ValidationError("required", "startup")
    from tierslieu.reports.startup import build_startup

    return build_startup(engine, startup, path, lang=lang, now=now, progress=progress)


__all__ = ["KINDS", "build", "check_output"]
