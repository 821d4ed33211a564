"""GDPR: which columns hold personal data, a person's data exported whole, anonymisation,
and the retention rules applied at start-up.

:data:`PERSONAL` names, per table, the text columns that hold personal data (names,
contact details, free text that may speak of someone, secrets); :data:`NOT_PERSONAL`
names every other text column. ``tests/db/test_personal_columns.py`` fails on a text
column in neither list, so a new column is classified when it is added.

:func:`export_person` writes everything the database holds about a person: their
profile, and every row of every table that points at them (found from the foreign keys,
so a new table is included without touching this module), as JSON and as a readable PDF.

:func:`anonymize` replaces a former member's personal fields by neutral values. Their
bookings, memberships, visits and registrations stay (as counts for the statistics),
stripped of names and free text. **Invoices are not touched**: an invoice keeps the
customer's identity as issued, as French law requires (Code de commerce L123-22: books
and vouchers kept 10 years; Livre des procédures fiscales L102 B: 6 years), which GDPR
allows (art. 17.3.b, a legal obligation). On SQLite the transaction runs with
``PRAGMA secure_delete=ON``: the erased bytes are overwritten with zeros in the file,
not merely unlinked from the b-tree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from tierslieu import security, timeutil
from tierslieu.db.engine import transaction
from tierslieu.db.models import (
    AuditEntry,
    Base,
    KioskPinState,
    Person,
    PersonTag,
    RetentionFlag,
    User,
)
from tierslieu.errors import ValidationError
from tierslieu.services import audit

# table -> text columns holding personal data
PERSONAL: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "person": {"first_name", "last_name", "email", "email_key", "phone", "notes",
               "search_blob", "sort_key", "badge_code", "pin_hash"},
    "organization": {"email", "phone", "notes"},
    "app_user": {"login", "login_key", "display_name", "password_hash"},
    "audit_log": {"login"},
    "booking": {"title", "notes"},
    "booking_series": {"title"},
    "directory_profile": {"headline", "description"},
    "invoice": {"customer", "note", "actor"},
    "invoice_line": {"detail"},
    "registration": {"name", "email", "attendee_key"},
    "visit": {"visitor_name", "visitor_email", "visitor_company", "purpose", "badge_token"},
    "mentor_profile": {"notes", "conflicts", "exclusions"},
    "mentoring_session": {"notes", "topics"},
    "enrollment": {"notes"},
    "enrollment_event": {"reason", "actor"},
    "alumni_follow_up": {"notes"},
    "application_score": {"comment"},
    "milestone": {"evidence", "validated_by_text"},
    "payment": {"reference", "note", "actor"},
    "credit_entry": {"actor", "note"},
    "match_run": {"snapshot", "result", "actor"},
    "subscription": {"notes"},
    "notification": {"params"},
}.items()}

# table -> text columns that hold no personal data (codes, names of things, hashes)
NOT_PERSONAL: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "alembic_version": {"version_num"},
    "audit_log": {"role", "action", "entity", "entity_id", "detail", "prev_hash", "hash"},
    "audit_state": {"last_hash", "anchor_hash"},
    "invoice_counter": {"series"},
    "organization": {"name", "name_key", "kind", "siret", "vat_number", "website", "city",
                     "status"},
    "plan": {"name", "name_key", "kind", "billing", "resource_kinds", "description"},
    "program": {"name", "name_key", "kind", "description"},
    "setting": {"key", "value"},
    "site": {"name", "address", "city", "postcode", "timezone", "holiday_subdiv"},
    "tag": {"name", "key"},
    "cohort": {"name", "name_key"},
    "event": {"title", "kind", "description", "status"},
    "kpi_record": {"period"},
    "milestone_template": {"name"},
    "person": {"public_category", "status"},
    "resource": {"name", "kind", "equipment", "bookable_by", "color", "status"},
    "app_user": {"role"},
    "booking_series": {"rrule", "local_start"},
    "closure": {"reason"},
    "consent": {"kind"},
    "directory_profile": {"sector", "fields"},
    "enrollment": {"status"},
    "invoice": {"number", "kind", "month", "seller", "prev_hash", "hash"},
    "match_run": {"weights", "solver", "solver_version"},
    "mentor_profile": {"expertise", "sectors", "stages", "languages"},
    "person_organization": {"role"},
    "registration": {"status"},
    "retention_flag": {"reason"},
    "team": {"name"},
    "visit": {"kind"},
    "alumni_follow_up": {"status"},
    "booking": {"status"},
    "enrollment_event": {"from_status", "to_status"},
    "invoice_line": {"kind", "label", "unit"},
    "mentoring_need": {"tags", "sector", "stage", "languages"},
    "milestone": {"name"},
    "notification": {"kind"},
    "payment": {"method"},
    "booking_consumption": {"month", "unit", "explanation"},
    "credit_entry": {"unit", "kind", "month"},
}.items()}

SECRETS = {("person", "pin_hash"), ("app_user", "password_hash")}
# kept as issued whatever happens to the person (legal obligation, see the docstring)
LEGAL_HOLD = frozenset({"invoice", "invoice_line", "payment", "credit_entry",
                        "booking_consumption"})
INACTIVE_AFTER = timedelta(days=3 * 365)


def is_personal(table: str, column: str) -> bool:
    return column in PERSONAL.get(table, ())


# -- export ---------------------------------------------------------------------------------

def person_tables() -> list[tuple[Table, list[str]]]:
    """Every table with a foreign key to ``person``, and those key columns."""
    out = []
    for table in Base.metadata.sorted_tables:
        cols = [c.name for c in table.columns
                if any(fk.column.table.name == "person" for fk in c.foreign_keys)]
        if cols and table.name != "person":
            out.append((table, cols))
    return out


def _plain(table: str, column: str, value: Any) -> Any:
    if (table, column) in SECRETS:
        return "[hash]" if value else ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _rows(s: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    return [{k: _plain(table.name, k, v) for k, v in row._mapping.items()}
            for row in s.execute(select(table).where(where).order_by(*table.primary_key))]


def collect(s: Session, person_id: int) -> dict[str, Any]:
    """Everything about one person, as plain JSON-ready data."""
    person = Base.metadata.tables["person"]
    profile = _rows(s, person, person.c.id == person_id)
    if not profile:
        from tierslieu.errors import NotFoundError

        raise NotFoundError("person_not_found", ref=str(person_id))
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, cols in person_tables():
        rows = _rows(s, table, or_(*[table.c[c] == person_id for c in cols]))
        tables[table.name] = rows
    # one step further: what hangs off the person's own rows
    meta = Base.metadata.tables
    lines = [r["id"] for r in tables.get("invoice", [])]
    if lines and "invoice_line" in meta:
        tables["invoice_line"] = _rows(s, meta["invoice_line"],
                                       meta["invoice_line"].c.invoice_id.in_(lines))
    assignments = [r["id"] for r in tables.get("mentor_assignment", [])]
    if assignments and "mentoring_session" in meta:
        tables["mentoring_session"] = _rows(
            s, meta["mentoring_session"],
            meta["mentoring_session"].c.assignment_id.in_(assignments))
    orgs = [r["organization_id"] for r in tables.get("person_organization", [])]
    tags = [r["tag_id"] for r in tables.get("person_tag", [])]
    names = {
        "organizations": [r["name"] for r in _rows(s, meta["organization"],
                                                   meta["organization"].c.id.in_(orgs))],
        "tags": [r["name"] for r in _rows(s, meta["tag"], meta["tag"].c.id.in_(tags))],
    }
    trail = _rows(s, Base.metadata.tables["audit_log"], (AuditEntry.entity == "person")
                  & (AuditEntry.entity_id == str(person_id)))
    return {"format": "tierslieu-gdpr-export/1", "person_id": person_id,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "profile": profile[0], "names": names, "tables": tables, "audit": trail}


@dataclass(frozen=True)
class ExportResult:
    person_id: int
    json_path: Path
    pdf_path: Path
    tables: int
    rows: int


def _person_id(s: Session, ref: str) -> int:
    from tierslieu.errors import NotFoundError
    from tierslieu.services.validation import email_key

    ref = (ref or "").strip()
    pid = s.scalar(select(Person.id).where(Person.email_key == email_key(ref))) if ref else None
    if pid is None and ref.isdigit() and s.get(Person, int(ref)) is not None:
        pid = int(ref)
    if pid is None:
        raise NotFoundError("person_not_found", ref=ref)
    return pid


def export_person(engine: Engine, ref: str, folder: Path | str, *,
                  lang: str = "fr") -> ExportResult:
    """Write ``person-<id>.json`` and ``person-<id>.pdf`` into ``folder`` (created if
    needed, files readable by their owner only)."""
    security.require("gdpr.export")
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise ValidationError("report_output_invalid", "output", value=str(out))
    with transaction(engine) as s:
        pid = _person_id(s, ref)
        data = collect(s, pid)
        audit.record(s, "gdpr.export", "person", pid,
                     {"tables": sorted(k for k, v in data["tables"].items() if v)})
    out.mkdir(parents=True, exist_ok=True)
    json_path, pdf_path = out / f"person-{pid}.json", out / f"person-{pid}.pdf"
    _write_private(json_path, json.dumps(data, ensure_ascii=False, indent=2, default=str))
    write_pdf(data, pdf_path, lang=lang)
    pdf_path.chmod(0o600)
    rows = sum(len(v) for v in data["tables"].values())
    return ExportResult(pid, json_path, pdf_path, len(data["tables"]), rows)


def _write_private(path: Path, text: str) -> None:
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


_PDF_TEXT = {
    "title": ("Données personnelles", "Personal data"),
    "intro": ("Export de toutes les données que TiersLieu conserve sur la personne n° {id} "
              "(droit d'accès, RGPD art. 15), le {date}. Les mots de passe et codes ne "
              "figurent que sous forme « [hash] ».",
              "Export of all the data TiersLieu holds about person #{id} (right of "
              "access, GDPR art. 15), on {date}. Passwords and PINs appear only as "
              "\"[hash]\"."),
    "profile": ("Profil", "Profile"),
    "organizations": ("Organisations", "Organisations"),
    "tags": ("Compétences et centres d'intérêt", "Skills and interests"),
    "audit": ("Historique des modifications", "Change history"),
    "none": ("aucune donnée", "no data"),
    "rows": ("{count} enregistrement(s)", "{count} record(s)"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    fr, en = _PDF_TEXT[key]
    return (en if lang == "en" else fr).format(**params)


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)[:2000]
    text = str(value)
    if len(text) >= 19 and text[4] == "-" and text[10:11] == "T":   # an instant: Paris time
        try:
            from tierslieu import timeutil

            at = datetime.fromisoformat(text)
            if at.tzinfo is not None:
                return f"{timeutil.to_local(at, timeutil.DEFAULT_TZ):%d/%m/%Y %H:%M}"
        except ValueError:
            pass
    if len(text) == 10 and text[4] == "-" and text[7] == "-":          # a day
        try:
            return date.fromisoformat(text).strftime("%d/%m/%Y")
        except ValueError:
            pass
    return text[:2000]


def _record(row: dict[str, Any]) -> str:
    """One row as "field: value · field: value", empty fields left out."""
    return " · ".join(f"{k}: {_cell(v)}" for k, v in row.items()
                      if v not in (None, "", {}, []))


def write_pdf(data: dict[str, Any], path: Path, *, lang: str = "fr") -> Path:
    """The export as a readable A4 document: the profile, then one table per table of
    the database that holds something about the person (one line per record)."""
    from reportlab.lib.units import mm

    from tierslieu.reports import pdf

    st = pdf.styles()
    pid = data["person_id"]
    profile = data["profile"]
    name = f"{profile.get('first_name', '')} {profile.get('last_name', '')}".strip()
    title = f"{_t('title', lang)} — {name or pid}"
    today = datetime.now(UTC).strftime("%d/%m/%Y")
    field, value = ("Champ", "Valeur") if lang == "fr" else ("Field", "Value")
    story: list[Any] = [pdf.para(title, st["h1"]),
                        pdf.para(_t("intro", lang, id=pid, date=today), st["body"]),
                        pdf.para(_t("profile", lang), st["h2"]),
                        pdf.table([field, value], [[k, _cell(v)] for k, v in profile.items()],
                                  [45 * mm, 129 * mm])]
    for key in ("organizations", "tags"):
        values = data["names"].get(key) or []
        story += [pdf.para(_t(key, lang), st["h2"]),
                  pdf.para(", ".join(values) if values else _t("none", lang), st["body"])]
    empty = sorted(t for t, rows in data["tables"].items() if not rows)
    for table, rows in sorted(data["tables"].items()):
        if not rows:
            continue
        story.append(pdf.para(f"{table} — {_t('rows', lang, count=len(rows))}", st["h2"]))
        story.append(pdf.table(["#", "Content" if lang == "en" else "Contenu"],
                               [[i, _record(r)] for i, r in enumerate(rows, 1)],
                               [10 * mm, 164 * mm]))
    if empty:
        story.append(pdf.para(f"{_t('none', lang).capitalize()} : {', '.join(empty)}",
                              st["small"]))
    story.append(pdf.para(_t("audit", lang), st["h2"]))
    story.append(pdf.table(["#", "Date", "Action", "Compte" if lang == "fr" else "Account"],
                           [[r["id"], _cell(r["at"]), r["action"], r["login"]]
                            for r in data["audit"]] or [["", _t("none", lang), "", ""]],
                           [15 * mm, 40 * mm, 70 * mm, 49 * mm]))
    doc = pdf.ReportDoc(path, title=title, author="TiersLieu", lang=lang)
    pdf.build(doc, story, title)
    return path


# -- anonymisation --------------------------------------------------------------------------

ANONYMOUS_FIRST = "Anonyme"


def is_anonymised(person_id: int, first_name: str, last_name: str) -> bool:
    """Whether a person's name is the one :func:`anonymize` wrote (« Anonyme #12 »)."""
    return first_name == ANONYMOUS_FIRST and last_name == f"#{person_id}"


def _neutral(table: Table, column: str) -> Any:
    col = table.c[column]
    if col.nullable:
        return None
    if col.type.__class__.__name__ == "JSON":
        return {}
    return ""


def anonymize(engine: Engine, ref: str) -> int:
    """Replace a person's personal fields by neutral values; returns the person's id.

    Rows that point at the person stay (statistics), their personal columns emptied;
    tags, kiosk PIN state and retention flags go; their user account, if any, is
    deactivated and renamed. Invoices and the other ledgers are kept as issued (see the
    module's docstring). The person is archived.
    """
    security.require("gdpr.anonymize")
    with transaction(engine) as s:
        if s.get_bind().dialect.name == "sqlite":
            s.execute(_pragma("PRAGMA secure_delete=ON"))
        pid = _person_id(s, ref)
        person = s.get_one(Person, pid)
        for column in PERSONAL["person"]:
            setattr(person, column, _neutral(Base.metadata.tables["person"], column))
        person.first_name, person.last_name = ANONYMOUS_FIRST, f"#{pid}"
        person.public_category = None
        person.status, person.archived_at = "archived", person.archived_at or datetime.now(UTC)
        person.site_id = None
        from tierslieu.services.members import refresh_search

        person.tags = []
        s.flush()
        refresh_search(person)
        for table, cols in person_tables():
            if table.name in LEGAL_HOLD:
                continue
            personal = [c for c in PERSONAL.get(table.name, ()) if c in table.c]
            if not personal:
                continue
            values = {c: _neutral(table, c) for c in personal}
            if table.name == "app_user":
                values.update(login=f"anonyme-{pid}", login_key=f"anonyme-{pid}",
                              display_name="", password_hash="!", active=False)
            # the rows *about* the person: a visit they hosted keeps its visitor's name
            subject = ["person_id"] if "person_id" in cols else cols
            s.execute(update(table).where(or_(*[table.c[c] == pid for c in subject]))
                      .values(**values))
        s.execute(delete(PersonTag).where(PersonTag.person_id == pid))
        for model in (KioskPinState, RetentionFlag):
            s.execute(delete(model).where(model.person_id == pid))
        audit.record(s, "gdpr.anonymize", "person", pid)
    return pid


def _pragma(sql: str) -> Any:
    from sqlalchemy import text

    return text(sql)


# -- retention ------------------------------------------------------------------------------

@dataclass(frozen=True)
class RetentionSummary:
    flagged: int          # accounts flagged now in total
    new: int              # flagged by this run
    visits_purged: int    # visitor records deleted (visits' own retention), if any

    def message(self, lang: str | None = None) -> str:
        from tierslieu.i18n import translate

        return translate("retention_summary", lang, flagged=self.flagged, new=self.new)


def _last_activity(s: Session) -> dict[int, date]:
    """Each active person's latest sign of life: joined, changed, booked, visited, invoiced."""
    from sqlalchemy import func

    meta = Base.metadata.tables
    latest: dict[int, date] = {}

    def feed(rows: Any) -> None:
        for pid, when in rows:
            if pid is None or when is None:
                continue
            day = when.date() if isinstance(when, datetime) else when
            if isinstance(day, str):
                day = date.fromisoformat(day[:10])
            if day > latest.get(pid, date.min):
                latest[pid] = day

    feed(s.execute(select(Person.id, Person.updated_at)))
    feed(s.execute(select(Person.id, Person.joined_on)))
    for name, pcol, tcol in (("booking", "person_id", "start_at"),
                             ("visit", "person_id", "arrived_at"),
                             ("registration", "person_id", "created_at"),
                             ("invoice", "customer_person_id", "issued_on")):
        if name in meta and pcol in meta[name].c and tcol in meta[name].c:
            t = meta[name]
            feed(s.execute(select(t.c[pcol], func.max(t.c[tcol])).group_by(t.c[pcol])))
    feed(s.execute(select(User.person_id, User.last_login_at)))
    return latest


def apply_retention(engine: Engine, today: date | None = None) -> RetentionSummary:
    """Start-up retention: flag active people with no activity for 3 years (the staff then
    decides: archive, anonymise); also applies the visitor-log retention when present."""
    security.require("gdpr.retention")
    today = today or timeutil.local_today()
    limit = today - INACTIVE_AFTER
    new = 0
    with transaction(engine) as s:
        latest = _last_activity(s)
        flagged = set(s.scalars(select(RetentionFlag.person_id)))
        active = set(s.scalars(select(Person.id).where(Person.status == "active")))
        for pid in sorted(active):
            last = latest.get(pid)
            if last is not None and last < limit and pid not in flagged:
                s.add(RetentionFlag(person_id=pid, reason="inactive_3y", last_activity=last))
                new += 1
            elif pid in flagged and (last is None or last >= limit):
                s.execute(delete(RetentionFlag).where(RetentionFlag.person_id == pid))
                flagged.discard(pid)
        if new:
            audit.record(s, "gdpr.retention", "person", "", {"flagged": new})
        total = len((flagged | {p for p in active if latest.get(p) and latest[p] < limit})
                    & active)
    visits = 0
    try:
        from tierslieu.services import visits as visit_service

        purge = getattr(visit_service, "apply_retention", None)
        if purge is not None:
            result = purge(engine, today)
            visits = int(getattr(result, "visits", 0) or 0)
    except ImportError:
        pass
    return RetentionSummary(total, new, visits)


def flagged_people(engine: Engine) -> list[tuple[int, date | None]]:
    security.require("gdpr.export")
    with transaction(engine, readonly=True) as s:
        return [(r.person_id, r.last_activity) for r in
                s.scalars(select(RetentionFlag).order_by(RetentionFlag.person_id))]
