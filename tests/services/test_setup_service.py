"""The first-run set-up core: one call, one transaction, field-named errors, nothing half-done."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tierslieu.db.engine import transaction
from tierslieu.db.models import OpeningHours, Resource, Setting, Site
from tierslieu.errors import ConflictError, ValidationErrors
from tierslieu.services import configuration, settings, setup, sites, spaces
from tierslieu.services.billing import seller
from tierslieu.services.setup import ResourceSpec, SetupInput

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
                       "60e6kgAAAABJRU5ErkJggg==")


def _input(tmp_path: Path, **changes: object) -> SetupInput:
    logo = tmp_path / "mon logo.png"
    logo.write_bytes(PNG)
    values: dict[str, object] = dict(
        name="La Fabrique des Possibles", address="12 rue des Tanneurs", postcode="69001",
        city="Lyon", siret="732 829 320 00074", vat_exempt=True, logo=str(logo),
        timezone="Europe/Paris",
        opening_hours={0: [(time(9), time(12, 30)), (time(13, 30), time(19))],
                       5: [(time(10), time(13))]},
        resources=(ResourceSpec("Salle Lovelace", "meeting_room", 8, 2500),
                   ResourceSpec("Open space", "hot_desk_zone", 20, 0)))
    values.update(changes)
    return SetupInput(**values)  # type: ignore[arg-type]


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with transaction(engine, readonly=True) as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Site, Resource, OpeningHours, Setting)}


def test_initialise_writes_everything_the_wizard_asks(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert not setup.is_initialised(engine)
    result = setup.initialise(engine, _input(tmp_path), data_dir=data_dir)

    assert setup.is_initialised(engine)
    [site] = sites.list_sites(engine)
    assert (site.id, site.name, site.address, site.postcode, site.city, site.timezone) == (
        result.site_id, "La Fabrique des Possibles", "12 rue des Tanneurs", "69001", "Lyon",
        "Europe/Paris")
    with transaction(engine, readonly=True) as s:
        cal = spaces.site_calendar(s, site.id)
    assert cal.hours == {0: [(time(9), time(12, 30)), (time(13, 30), time(19))],
                         5: [(time(10), time(13))]}
    rows = spaces.list_resources(engine, site_id=site.id)
    assert sorted((r.name, r.kind, r.capacity, r.hourly_price_cents) for r in rows) == [
        ("Open space", "hot_desk_zone", 20, 0), ("Salle Lovelace", "meeting_room", 8, 2500)]
    assert tuple(sorted(result.resource_ids)) == tuple(sorted(r.id for r in rows))
    # the seller is billing's own settings, VAT exemption included
    me = seller.get(engine)
    assert (me.name, me.siret, me.vat_exempt, me.city, me.postcode) == (
        "La Fabrique des Possibles", "73282932000074", True, "Lyon", "69001")
    assert me.missing() == []
    # the reports' settings: the name and the logo copied into the data folder
    assert settings.get(engine, setup.NAME_SETTING) == "La Fabrique des Possibles"
    assert result.logo == data_dir / "logo.png"
    assert settings.get(engine, setup.LOGO_SETTING) == str(data_dir / "logo.png")
    assert (data_dir / "logo.png").read_bytes() == PNG
    assert settings.place_name(engine) == "La Fabrique des Possibles"


def test_every_field_error_is_named_and_nothing_is_written(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("hello")
    before = _counts(engine)
    with pytest.raises(ValidationErrors) as err:
        setup.initialise(engine, SetupInput(
            name=" ", siret="123", vat_number="FR00", timezone="Europe/Lyon",
            logo=str(not_an_image), opening_hours={1: [(time(18), time(9))]},
            resources=(ResourceSpec("Salle A", "meeting_room", 4, 0),
                       ResourceSpec("", "spaceship", -1, 0),
                       ResourceSpec("salle a", "office", 1, 0))), data_dir=tmp_path)
    fields = [e.field for e in err.value.errors]
    assert fields == ["name", "siret", "vat_number", "timezone", "opening_hours",
                      "resources", "resources", "resources", "resources", "logo"]
    messages = err.value.message("fr")
    assert "ligne 2" in messages and "ligne 3" in messages and "figure deux fois" in messages
    assert "fuseau horaire inconnu « Europe/Lyon »" in messages
    assert _counts(engine) == before
    assert not_an_image.read_text() == "hello"


def test_vat_subject_keeps_its_number_and_exempt_drops_it(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup.initialise(engine, _input(tmp_path, vat_exempt=False, vat_number="FR 40 303 265 045",
                                    logo="", resources=()), data_dir=tmp_path)
    me = seller.get(engine)
    assert (me.vat_exempt, me.vat_number) == (False, "FR40303265045")
    assert settings.get(engine, setup.LOGO_SETTING) is None


def test_a_second_set_up_is_refused_and_changes_nothing(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup.initialise(engine, _input(tmp_path, logo=""), data_dir=tmp_path)
    before = _counts(engine)
    with pytest.raises(ConflictError) as err:
        setup.initialise(engine, _input(tmp_path, name="Autre lieu"), data_dir=tmp_path)
    assert err.value.key == "setup_done"
    assert _counts(engine) == before
    assert settings.place_name(engine) == "La Fabrique des Possibles"


def test_a_failure_inside_the_transaction_rolls_everything_back(engine, tmp_path,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk on fire")

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    before = _counts(engine)
    monkeypatch.setattr(seller, "store", broken)
    with pytest.raises(RuntimeError):
        setup.initialise(engine, _input(tmp_path), data_dir=data_dir)
    assert _counts(engine) == before
    assert list(data_dir.iterdir()) == []      # the logo copied first was taken back


def test_defaults_give_a_usable_site(engine) -> None:  # type: ignore[no-untyped-def]
    result = setup.initialise(engine, SetupInput(name="Le Hangar"))
    with transaction(engine, readonly=True) as s:
        cal = spaces.site_calendar(s, result.site_id)
    assert sorted(cal.hours) == [0, 1, 2, 3, 4]
    assert cal.hours[0] == [(time(9), time(19))]
    assert result.logo is None and result.resource_ids == ()


# -- the settings page's core ------------------------------------------------------------------

def test_configuration_reads_what_the_wizard_wrote_and_the_defaults(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    conf = configuration.load(engine)
    assert (conf.site_id, conf.name, conf.checkin_before_minutes, conf.checkin_after_minutes,
            conf.cancel_cutoff_hours, conf.keep_daily, conf.keep_monthly,
            conf.retention_days, conf.payment_days) == (None, "", 10, 30, 24, 7, 12, 365, 30)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    setup.initialise(engine, _input(tmp_path), data_dir=data_dir)
    conf = configuration.load(engine)
    assert (conf.name, conf.city, conf.siret, conf.vat_exempt, conf.timezone) == (
        "La Fabrique des Possibles", "Lyon", "73282932000074", True, "Europe/Paris")
    assert conf.logo == str(data_dir / "logo.png")
    assert conf.opening_hours[5] == [(time(10), time(13))]


def test_configuration_saves_every_section_in_one_go(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from tierslieu.db import backup
    from tierslieu.services import bookings, visits

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    setup.initialise(engine, _input(tmp_path), data_dir=data_dir)
    new_logo = tmp_path / "nouveau.png"
    new_logo.write_bytes(PNG)
    conf = replace(configuration.load(engine), name="La Fabrique", city="Villeurbanne",
                   postcode="69100", vat_exempt=False, vat_number="FR40303265045",
                   timezone="America/Martinique", opening_hours={2: [(time(8), time(20))]},
                   logo=str(new_logo), iban="FR76 3000 6000 0112 3456 7890 189",
                   payment_days=45, checkin_before_minutes=15, checkin_after_minutes=20,
                   cancel_cutoff_hours=48, keep_daily=10, keep_monthly=6, retention_days=90)
    saved = configuration.save(engine, conf, data_dir=data_dir)
    assert (saved.name, saved.city, saved.vat_number, saved.timezone, saved.payment_days) == (
        "La Fabrique", "Villeurbanne", "FR40303265045", "America/Martinique", 45)
    [site] = sites.list_sites(engine)
    assert (site.name, site.city, site.postcode, site.timezone) == (
        "La Fabrique", "Villeurbanne", "69100", "America/Martinique")
    assert saved.opening_hours == {2: [(time(8), time(20))]}
    # each rule is read back by its owner
    with transaction(engine, readonly=True) as s:
        assert bookings._policy(s, "booking.cancel_cutoff_hours") == timedelta(hours=48)
        assert bookings._policy(s, "booking.checkin_before_minutes") == timedelta(minutes=15)
    assert visits.retention_days(engine) == 90
    assert settings.get(engine, backup.KEEP_DAILY_KEY) == 10
    assert seller.get(engine).iban == "FR76 3000 6000 0112 3456 7890 189"
    assert settings.place_name(engine) == "La Fabrique"
    # the new logo was copied in, the old copy removed
    assert Path(saved.logo).parent == data_dir and Path(saved.logo).read_bytes() == PNG
    assert not (data_dir / "logo.png").exists()


def test_configuration_errors_name_their_fields_and_write_nothing(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    setup.initialise(engine, _input(tmp_path, logo=""), data_dir=tmp_path)
    before = configuration.load(engine)
    bad = replace(before, name="", siret="42", iban="FR00 1234", email="pas-un-mail",
                  timezone="Mars/Olympus", payment_days=90, checkin_after_minutes=-5,
                  keep_daily=0, retention_days=0)
    with pytest.raises(ValidationErrors) as err:
        configuration.save(engine, bad)
    assert sorted(e.field or "" for e in err.value.errors) == sorted([
        "name", "siret", "seller_email", "seller_iban", "timezone", "payment_days",
        "checkin_after_minutes", "keep_daily", "retention_days"])
    assert configuration.load(engine) == before


def test_configuration_creates_the_site_of_a_database_without_one(engine) -> None:  # type: ignore[no-untyped-def]
    saved = configuration.save(engine, replace(configuration.load(engine), name="Le Hangar",
                                               opening_hours={0: [(time(9), time(17))]}))
    assert saved.site_id is not None
    assert [s.name for s in sites.list_sites(engine)] == ["Le Hangar"]


def test_the_first_administrator_is_created_in_the_same_transaction(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tierslieu.services import auth

    with pytest.raises(ValidationErrors) as err:
        setup.initialise(engine, _input(tmp_path, logo="", admin=setup.AdminSpec(
            "ad min", "court")))
    assert sorted(e.field or "" for e in err.value.errors) == ["login", "password"]
    assert not auth.has_users(engine) and not setup.is_initialised(engine)
    setup.initialise(engine, _input(tmp_path, logo="", admin=setup.AdminSpec(
        "directrice", "un mot de passe solide", "Claire Martin")))
    [user] = auth.list_users(engine)
    assert (user.login, user.role, user.display_name) == ("directrice", "admin", "Claire Martin")
    assert auth.login(engine, "directrice", "un mot de passe solide").login == "directrice"
