"""Billing commands: in-process through ``tests/cli/conftest.invoke`` (fast), and three
exit codes checked by a real subprocess, the way a script sees them."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.cli.conftest import invoke
from tests.services.test_billing import World, book, world
from tierslieu.db.engine import make_engine
from tierslieu.io import facturx as fx


@pytest.fixture
def setup(db_path: Path):  # type: ignore[no-untyped-def]
    engine = make_engine(db_path)
    w = world(engine)
    yield db_path, w
    engine.dispose()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, TIERSLIEU_DATA_DIR=str(tmp_path / "data"), TIERSLIEU_LANG="fr")


def run_cli(env: dict[str, str], db: Path, *args: str, subprocess: bool = False
            ) -> tuple[int, str, str]:
    done = invoke(["--db", str(db), *args], env=env, subprocess=subprocess)
    return done.returncode, done.stdout, done.stderr


def test_plans_subscriptions_billing_invoices_payments(
        setup: tuple[Path, World], env: dict[str, str], tmp_path: Path) -> None:
    db, w = setup
    code, out, _ = run_cli(env, db, "plans", "add", "--name", "Domiciliation", "--kind",
                           "domiciliation", "--price", "35")
    assert code == 0 and "Formule créée : Domiciliation" in out
    code, out, _ = run_cli(env, db, "plans", "list", "--json")
    listed = {p["name"]: p for p in json.loads(out)}
    assert listed["Coworking nomade"]["room_minutes"] == 240
    assert listed["Pack 10 journées"]["billing"] == "once"

    for email in ("ana@compost.example", "noe@compost.example", "ines@compost.example"):
        code, out, err = run_cli(env, db, "subscriptions", "add", "--member", email,
                                 "--plan", "coworking nomade", "--start", "01/10/2026",
                                 "--payer-organization", "compost'up")
        assert code == 0, err
        assert "payé par Compost'Up" in out
    code, out, _ = run_cli(env, db, "subscriptions", "add", "--member",
                           "helene@exemple.fr", "--plan", "Coworking nomade", "--start",
                           "2026-10-01", "--json")
    helene_sub = json.loads(out)["id"]
    code, out, _ = run_cli(env, db, "subscriptions", "change", str(helene_sub), "--plan",
                           "poste fixe", "--on", "16/10/2026")
    assert code == 0 and "jusqu'au 15/10/2026" in out
    code, out, _ = run_cli(env, db, "subscriptions", "list", "--member",
                           "helene@exemple.fr", "--json")
    assert [(s["plan_name"], s["end_on"]) for s in json.loads(out)] == [
        ("Poste fixe", None), ("Coworking nomade", "2026-10-15")]
    booking = book(w, w.helene, w.room, date(2026, 10, 21), 9, 6)    # 2 h over the 4 h

    code, out, _ = run_cli(env, db, "billing", "preview", "--month", "2026-10", "--json")
    preview = json.loads(out)
    assert [d["customer"]["name"] for d in preview["drafts"]] == ["Compost'Up",
                                                                 "Hélène Le Clerc"]
    code, out, _ = run_cli(env, db, "billing", "preview", "--month", "2026-10")
    assert "Au prorata : du 16/10/2026 au 31/10/2026" in out and "2 facture(s)" in out
    code, out, _ = run_cli(env, db, "billing", "consumption", str(booking))
    assert "hors crédits" in out and "pas encore facturée" in out
    code, out, _ = run_cli(env, db, "billing", "issue", "--month", "2026-10", "--date",
                           "2026-11-02")
    assert code == 0 and "2 facture(s) émise(s)" in out and "F2026-00001 à F2026-00002" in out

    code, out, _ = run_cli(env, db, "invoices", "list", "--json")
    invoices = {r["customer"]["name"]: r for r in json.loads(out)}
    org = invoices["Compost'Up"]
    assert org["total_excl_cents"] == 3 * 15000 and org["status"] == "unpaid"
    number = invoices["Hélène Le Clerc"]["number"]
    code, out, _ = run_cli(env, db, "invoices", "show", number)
    assert "changement de formule le 16/10/2026" in out and "Date d'échéance : 02/12/2026" in out
    code, out, _ = run_cli(env, db, "invoices", "show", org["number"], "--json")
    assert len([x for x in json.loads(out)["lines"] if x["kind"] == "subscription"]) == 3

    pdf = tmp_path / "facture.pdf"
    code, out, _ = run_cli(env, db, "invoices", "pdf", org["number"], "-o", str(pdf),
                           "--facturx")
    assert code == 0 and "Factur-X" in out
    xml = fx.extract(pdf.read_bytes())
    assert xml is not None and fx.totals_of(xml)["GrandTotalAmount"] == org["total_incl_cents"]

    code, out, err = run_cli(env, db, "payments", "add", org["number"], "--amount", "120,00",
                             "--method", "transfer", "--date", "2026-11-10")
    assert code == 0, err
    assert "reste 420,00" in out
    code, out, _ = run_cli(env, db, "invoices", "pay", org["number"], "--amount", "420",
                           "--method", "cheque", "--date", "2026-11-12", "--json")
    assert json.loads(out)["balance_cents"] == 0
    code, out, _ = run_cli(env, db, "payments", "list", "--json")
    first = json.loads(out)[0]["id"]
    code, out, _ = run_cli(env, db, "payments", "reverse", str(first), "--reason",
                           "Virement rejeté")
    assert code == 0 and "-120,00" in out
    code, out, _ = run_cli(env, db, "debtors", "--today", "2026-12-15", "--json")
    aged = json.loads(out)
    assert aged["totals"]["d0_30_cents"] == 12000 + invoices["Hélène Le Clerc"][
        "total_incl_cents"]
    code, out, _ = run_cli(env, db, "debtors", "--today", "2026-12-15")
    assert "Compost'Up" in out and "À échoir" in out

    code, out, _ = run_cli(env, db, "invoices", "credit", number, "--reason", "Erreur",
                           "--line", "1", "--date", "2026-11-20")
    assert code == 0 and "A2026-00001" in out
    code, out, _ = run_cli(env, db, "invoices", "verify")
    assert code == 0 and "3 facture(s) et avoir(s)" in out
    journal = tmp_path / "journal.csv"
    code, out, _ = run_cli(env, db, "billing", "journal", "--from", "2026-11-01", "--to",
                           "2026-11-30", "-o", str(journal))
    assert code == 0 and journal.read_text(encoding="utf-8-sig").startswith("Journal;")
    code, out, _ = run_cli(env, db, "invoices", "run", "--month", "2026-11", "--preview")
    assert code == 0 and "novembre 2026" in out


def test_errors_and_their_exit_codes(setup: tuple[Path, World],
                                     env: dict[str, str]) -> None:
    db, w = setup
    book(w, w.loic, w.room, date(2026, 10, 5), 9, 2)
    assert run_cli(env, db, "billing", "issue", "--month", "2026-10", "--date",
                   "2026-11-02")[0] == 0
    code, _, err = run_cli(env, db, "billing", "preview", "--month", "2026-13")
    assert code == 2 and "n'est pas un mois" in err
    code, _, err = run_cli(env, db, "payments", "add", "F2026-00001", "--amount", "1000",
                           "--method", "cash")
    assert code == 3 and "il reste 60,00" in err
    code, _, err = run_cli(env, db, "invoices", "show", "F2026-00042")
    assert code == 4 and "F2026-00042" in err
    code, _, err = run_cli(env, db, "subscriptions", "add", "--member", "loic@exemple.fr",
                           "--plan", "Poste fixe", "--start", "2026-09-01", "--end",
                           "2026-08-01")
    assert code == 2 and "Fin" in err
    code, _, err = run_cli(env, db, "billing", "settle", "1")
    assert code == 3 and "déjà réglée ou facturée" in err
    later = book(w, w.loic, w.room, date(2026, 12, 7), 9, 2)     # no subscription, no credits
    code, _, err = run_cli(env, db, "billing", "settle", str(later))
    assert code == 2 and "aucun abonnement avec des crédits" in err
    code, _, err = run_cli(env, db, "payments", "add", "F2026-00001", "--amount", "1")
    assert code == 2 and "--method" in err


def test_exit_codes_seen_by_a_script(setup: tuple[Path, World], env: dict[str, str]) -> None:
    """Three subprocess calls: a broken chain (3, naming the invoice), not found (4), a
    month that is not over (2)."""
    db, w = setup
    book(w, w.loic, w.room, date(2026, 10, 5), 9, 2)
    book(w, w.zoe, w.room, date(2026, 10, 6), 9, 2)
    assert run_cli(env, db, "billing", "issue", "--month", "2026-10", "--date",
                   "2026-11-02")[0] == 0
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER tr_invoice_immutable"))
        conn.execute(text("UPDATE invoice SET customer_person_id = NULL, "
                          "customer_organization_id = 1 WHERE number = 'F2026-00002'"))
    engine.dispose()
    code, _, err = run_cli(env, db, "invoices", "verify", subprocess=True)
    assert code == 3
    assert "F2026-00002 : contenu modifié" in err and "F2026-00001" not in err
    assert run_cli(env, db, "payments", "add", "F2099-00001", "--amount", "10", "--method",
                   "cash", subprocess=True)[0] == 4
    assert run_cli(env, db, "invoices", "run", "--month", "2099-01", subprocess=True)[0] == 2
