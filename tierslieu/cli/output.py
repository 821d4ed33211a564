"""What the CLI prints: its own messages (fr/en), JSON, aligned tables, dates.

Domain errors come with their own messages (:mod:`tierslieu.i18n`); the lines the CLI
prints on success live here, next to the code that prints them.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import Any, TextIO

from tierslieu.i18n import current_language

MESSAGES: dict[str, tuple[str, str]] = {
    "members_count": ("{count} membre(s).", "{count} member(s)."),
    "orgs_count": ("{count} organisation(s).", "{count} organisation(s)."),
    "member_created": ("Membre créé : {name} (n° {id}).", "Member created: {name} (#{id})."),
    "member_archived": ("Membre archivé : {name}.", "Member archived: {name}."),
    "member_restored": ("Membre réactivé : {name}.", "Member restored: {name}."),
    "import_done": ("Import terminé : {created} créé(s), {updated} mis à jour.",
                    "Import done: {created} created, {updated} updated."),
    "import_dry_run": ("Simulation, rien n'a été écrit : {created} à créer, {updated} à mettre à jour.",
                       "Dry run, nothing written: {created} to create, {updated} to update."),
    "import_orgs": ("Organisations créées : {names}", "Organisations created: {names}"),
    "import_orgs_dry": ("Organisations à créer : {names}", "Organisations to create: {names}"),
    "import_skipped": ("{count} ligne(s) ignorée(s) :", "{count} row(s) skipped:"),
    "export_done": ("{count} membre(s) exporté(s) vers {path}",
                    "{count} member(s) exported to {path}"),
    "demo_done": ("Démo « {site} » créée (graine {seed}) : {people} personnes, "
                  "{organizations} organisations, {tags} tags, {resources} ressources, "
                  "{bookings} réservations.",
                  "Demo \"{site}\" created (seed {seed}): {people} people, "
                  "{organizations} organisations, {tags} tags, {resources} resources, "
                  "{bookings} bookings."),
    "upgrade_done": ("Base mise à jour : {old} → {new}", "Database upgraded: {old} → {new}"),
    "upgrade_backup": ("Sauvegarde avant migration : {path}", "Backup before migration: {path}"),
    "upgrade_none": ("Rien à faire : la base est déjà à jour (révision {rev}).",
                     "Nothing to do: the database is up to date (revision {rev})."),
    "check_ok": ("Base en bon état (révision {rev}).", "Database OK (revision {rev})."),
    "backup_done": ("Sauvegarde écrite : {path}", "Backup written: {path}"),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "none": ("aucune", "none"),
    "h_name": ("Nom", "Name"),
    "h_email": ("E-mail", "E-mail"),
    "h_phone": ("Téléphone", "Phone"),
    "h_orgs": ("Organisations", "Organisations"),
    "h_kind": ("Type", "Kind"),
    "h_city": ("Ville", "City"),
    "h_members": ("Membres", "Members"),
    "h_category": ("Catégorie", "Category"),
    "h_joined": ("Date d'adhésion", "Joined on"),
    "h_status": ("Statut", "Status"),
    "h_tags": ("Tags", "Tags"),
    "h_notes": ("Notes", "Notes"),
    "h_consent_photo": ("Consentement photo", "Photo consent"),
    "h_consent_newsletter": ("Consentement newsletter", "Newsletter consent"),
    "since": ("depuis le {date}", "since {date}"),
}


def say(key: str, **params: Any) -> str:
    fr, en = MESSAGES[key]
    return (en if current_language() == "en" else fr).format(**params)


def fmt_date(value: date | datetime | None) -> str:
    """French order for French readers; ISO otherwise (never the US month-first order)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        from zoneinfo import ZoneInfo

        value = value.astimezone(ZoneInfo("Europe/Paris")).date()
    return value.strftime("%d/%m/%Y") if current_language() == "fr" else value.isoformat()


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    print(to_json(data), file=stream or sys.stdout)


def width(text: str) -> int:
    """Columns taken on a terminal: CJK ideographs take two, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [width(h) for h in headers]
    for row in rows:
        widths = [max(w, width(c)) for w, c in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def prepare_streams(json_output: bool) -> None:
    """Never crash on a character the console cannot show; JSON always leaves as UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if json_output and stream is sys.stdout and not stream.isatty():
            reconfigure(encoding="utf-8")
        else:
            reconfigure(errors="replace")
