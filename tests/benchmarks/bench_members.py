"""Members: searching as one types, opening the page on every member, a CSV import.

``member_search``: :func:`tierslieu.services.members.search` for three letters typed with
an accent (« hél »: the page searches 200 ms after the last key), against a raw FTS5
trigram query over the same people (the fastest index SQLite has for it), narrowed to
the same rows (words that start with « hel ») and sorted the same way.
``members_table_open``: the members page created, shown and painted with every active
member (10,000 on the large demo) in its list — every match's id read and sorted in SQL,
the rows on screen read with their organisations and tags, the others when scrolled to
(``fetched`` says how many were read) — against a raw fetch of the same columns for
every member shown in a bare ``QTableView`` over a minimal model.
``csv_import_10k``: :func:`tierslieu.services.member_import.import_file` of 10,000
members (French Excel CSV: ``;``, UTF-8 with BOM, dates 25/11/2026) into an empty
database, against a raw ``csv`` parse and ``executemany`` of the same rows.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from common import Bench, best, copy_db, qt_app, raw, result

TYPED = "hél"
IMPORT_ROWS = 10_000
_MOBILE = [n for n in range(10, 90) if n != 39]     # 06 39… is not a valid mobile number


def member_search(b: Bench) -> dict[str, Any]:
    from tierslieu.db.engine import make_engine
    from tierslieu.services import members
    from tierslieu.services.dto import MemberQuery

    engine = make_engine(b.demo)
    query = MemberQuery(text=TYPED, status="active")
    found = members.search(engine, query)
    value = best(lambda: members.search(engine, query), b.repeat * 4)
    # the floor's index lives in a scratch copy: the cached demo stays as the app made it
    fts = copy_db(b.demo, b.tmp / "fts.sqlite")
    conn = raw(fts)
    conn.execute("CREATE VIRTUAL TABLE person_fts USING fts5(search_blob, content='person',"
                 " content_rowid='id', tokenize='trigram')")
    conn.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")

    def floor() -> None:
        conn.execute(
            "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.public_category,"
            " p.joined_on, p.status FROM person_fts JOIN person p ON p.id = person_fts.rowid"
            " WHERE person_fts MATCH '\"hel\"' AND p.search_blob LIKE '% hel%'"
            " AND p.status = 'active' ORDER BY p.sort_key, p.id").fetchall()

    base = best(floor, b.repeat * 4)
    people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    conn.close()
    engine.dispose()
    return result("member_search", value, base, people=people, found=len(found), typed=TYPED)


def members_table_open(b: Bench) -> dict[str, Any]:
    app = qt_app()
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from tierslieu.db.engine import make_engine
    from tierslieu.gui import tasks
    from tierslieu.gui.context import AppContext
    from tierslieu.gui.pages.members import MembersPage

    tasks.SYNCHRONOUS = True     # the page's query runs inline: measured start to paint
    engine = make_engine(b.demo)
    ctx = AppContext.for_engine(engine)
    shown = [0, 0]

    def ours() -> None:
        page = MembersPage(ctx)
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        page.grab()
        shown[0] = page.model.rowCount()
        shown[1] = page.model.fetched()
        page.close()
        page.deleteLater()

    display = Qt.ItemDataRole.DisplayRole
    conn = raw(b.demo)

    class Bare(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 8

        def data(self, index: Any, role: int = display) -> Any:
            return self.rows[index.row()][index.column()] if role == display else None

    def floor() -> None:
        rows = conn.execute(
            "SELECT first_name || ' ' || last_name, email, phone, '', public_category,"
            " joined_on, '', status FROM person WHERE status = 'active'"
            " ORDER BY sort_key, id").fetchall()
        view = QTableView()
        view.setModel(Bare(rows))
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        view.grab()
        view.close()
        view.deleteLater()

    ours()
    value = best(ours, b.repeat)
    base = best(floor, b.repeat)
    tasks.SYNCHRONOUS = False
    conn.close()
    engine.dispose()
    return result("members_table_open", value, base, rows=shown[0], fetched=shown[1])


def _csv(path: Path, rows: int) -> Path:
    """French Excel's export: ``;``, UTF-8 with a BOM, French headers and dates."""
    from tierslieu.services.demo import FIRST_NAMES, LAST_NAMES, SKILLS

    rng = random.Random(3)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Prénom", "Nom", "E-mail", "Téléphone", "Catégorie", "Date d'adhésion",
                     "Compétences", "Notes"])
    for i in range(rows):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        writer.writerow([first, last, f"import.{i}@exemple.example",
                         f"06 {rng.choice(_MOBILE)} {rng.randint(10, 99)} "
                         f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                         rng.choice(("Salarié", "Indépendant", "Étudiant", "")),
                         f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
                         rng.choice(("", SKILLS[0], f"{SKILLS[1]}, {SKILLS[2]}")), ""])
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def csv_import_10k(b: Bench) -> dict[str, Any]:
    from tierslieu.db.engine import make_engine
    from tierslieu.db.setup import open_database
    from tierslieu.services import member_import

    source = _csv(b.tmp / "members.csv", IMPORT_ROWS)
    empty = b.tmp / "empty.sqlite"
    open_database(empty).dispose()
    values, floors, imported = [], [], 0
    for run in range(max(1, b.repeat // 2)):
        path = copy_db(empty, b.tmp / f"import-{run}.sqlite")
        engine = make_engine(path)
        t0 = time.perf_counter()
        report = member_import.import_file(engine, source)
        values.append((time.perf_counter() - t0) * 1000)
        imported = getattr(report, "created", 0) or imported
        engine.dispose()
        floors.append(_raw_import(copy_db(empty, b.tmp / f"raw-{run}.sqlite"), source))
    return result("csv_import_10k", min(values), min(floors), rows=IMPORT_ROWS,
                  created=imported)


def _raw_import(path: Path, source: Path) -> float:
    conn = raw(path)
    t0 = time.perf_counter()
    with source.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))[1:]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO person (first_name, last_name, email, email_key, phone, public_category,"
        " joined_on, status, notes, search_blob, sort_key, pin_hash, created_at, updated_at)"
        " VALUES (?, ?, ?, lower(?), ?, ?, ?, 'active', ?, '', '', '', ?, ?)",
        [(r[0], r[1], r[2], r[2], r[3], r[4], r[5], r[7], "2026-11-25", "2026-11-25")
         for r in rows])
    conn.execute("COMMIT")
    took = (time.perf_counter() - t0) * 1000
    conn.close()
    return took


__all__ = ["csv_import_10k", "member_search", "members_table_open", "sqlite3"]
