"""The Incubation page: models, the cohort board's drag and drop, the startup detail."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tierslieu.gui.incubation import dialogs
from tierslieu.gui.incubation.models import (
    AlertsModel,
    CohortTreeModel,
    HistoryModel,
    KpiModel,
    MilestonesModel,
    RankingModel,
    fmt_money,
)
from tierslieu.gui.incubation.page import IncubationPage
from tierslieu.gui.incubation.score_dialog import ScoreDialog
from tierslieu.gui.models.base import ROW_ROLE
from tierslieu.services import incubation as inc
from tierslieu.services.dto import OrganizationInput, PersonInput
from tierslieu.services.incubation_dto import (
    CohortInput,
    KpiInput,
    MilestoneSpec,
    ProgramInput,
)

LEFT = Qt.MouseButton.LeftButton
START = datetime(2026, 1, 12, 9, 0, tzinfo=UTC)


def _world(engine: Any) -> dict[str, Any]:
    """A programme with a template, one cohort, three startups at different stages."""
    from tierslieu.services import members, organizations

    program = inc.create_program(engine, ProgramInput(
        "Incubation Soie", "incubation", mentoring_minutes=600,
        milestones=(MilestoneSpec("Entité juridique créée", 3),
                    MilestoneSpec("Premier client payant", 9))))
    cohort = inc.create_cohort(engine, CohortInput(program.id, "Promo 2026", "12/01/2026",
                                                   "18/12/2026", 4))
    ids: dict[str, int] = {}
    for name in ("Atelier Lumière", "Bocal & Vrac", "Vélocité"):
        org = organizations.create(engine, OrganizationInput(name=name, kind="startup"))
        ids[name] = org.id
    members.create(engine, PersonInput(first_name="Hélène", last_name="Martin",
                                       email="helene@example.org",
                                       organization="Atelier Lumière", role="founder"))
    enr = {n: inc.apply_to_cohort(engine, cohort.id, oid, at=START).id
           for n, oid in ids.items()}
    inc.transition(engine, enr["Atelier Lumière"], "shortlisted", reason="Dossier complet",
                   at=START)
    for step in ("shortlisted", "selected", "incubated"):
        inc.transition(engine, enr["Vélocité"], step, reason="Jury", at=START)
    inc.record_kpis(engine, ids["Vélocité"], KpiInput("2026-02", headcount=3,
                                                     revenue="1234,50"))
    inc.record_kpis(engine, ids["Vélocité"], KpiInput("2026-03", headcount=4, revenue="2000"))
    return {"program": program, "cohort": cohort, "orgs": ids, "enr": enr}


@pytest.fixture
def world(ctx: Any) -> dict[str, Any]:
    return _world(ctx.engine)


@pytest.fixture
def page(ctx: Any, qtbot: Any, world: dict[str, Any]) -> IncubationPage:
    p = IncubationPage(ctx)
    qtbot.addWidget(p)
    p.resize(1400, 850)
    p.show()
    qtbot.waitExposed(p)
    return p


def _drag(qtbot: Any, page: IncubationPage, enrollment_id: int, status: str) -> None:
    """Press on the card, move past the drag distance, then to the column, and release —
    every event on the card, which keeps the mouse while the button is down."""
    board = page.board
    card = board.card(enrollment_id)
    assert card is not None
    start = card.mapFrom(board, board.card_center(enrollment_id))
    target = card.mapFrom(board, board.column_center(status))
    qtbot.mousePress(card, LEFT, pos=start)
    qtbot.mouseMove(card, start + QPoint(12, 12))
    qtbot.mouseMove(card, target)
    assert board.is_dragging()
    qtbot.mouseRelease(card, LEFT, pos=target)


# -- models -------------------------------------------------------------------------------

def test_models_pass_the_model_tester(ctx: Any, qtmodeltester: Any,
                                      world: dict[str, Any]) -> None:
    engine = ctx.engine
    detail = inc.startup_detail(engine, world["orgs"]["Vélocité"])
    e = detail.enrollments[-1]
    models: list[Any] = []
    for model_cls, rows in ((MilestonesModel, e.milestones), (HistoryModel, e.history),
                            (KpiModel, detail.kpis),
                            (RankingModel, inc.ranking(engine, world["cohort"].id)),
                            (AlertsModel, inc.alerts(engine, today=date(2026, 12, 1)))):
        model = model_cls()
        model.set_rows(list(rows))
        assert model.rowCount() == len(rows)
        qtmodeltester.check(model)
        models.append(model)
    milestones, history, kpis = models[:3]
    assert [milestones.index(r, 1).data() for r in range(2)] == [
        "Entité juridique créée", "Premier client payant"]
    assert milestones.index(0, 2).data() == "12/04/2026"  # M+3 from the 12/01 start
    assert [history.index(r, 2).data() for r in range(history.rowCount())][-1] == "Incubée"
    assert kpis.index(0, kpis.column_index("revenue")).data() == fmt_money(123450)
    tree = CohortTreeModel()
    tree.set_content(inc.list_programs(engine), inc.list_cohorts(engine))
    qtmodeltester.check(tree)
    assert tree.cohort_index(world["cohort"].id).data() == "Promo 2026"


def test_money_is_formatted_the_french_way() -> None:
    assert fmt_money(123450) == "1\u202f234,50\u00a0€"  # CLDR fr: NNBSP groups, NBSP before €
    assert fmt_money(None) == ""


# -- the board ----------------------------------------------------------------------------

def test_board_shows_each_startup_in_its_status_column(page: IncubationPage,
                                                        world: dict[str, Any]) -> None:
    enr = world["enr"]
    assert page.cohort is not None and page.cohort.id == world["cohort"].id
    assert page.board.column_ids("applied") == [enr["Bocal & Vrac"]]
    assert page.board.column_ids("shortlisted") == [enr["Atelier Lumière"]]
    assert page.board.column_ids("incubated") == [enr["Vélocité"]]
    assert page.board.column_ids("graduated") == []


def test_dragging_a_card_asks_the_reason_and_records_the_move(
        page: IncubationPage, world: dict[str, Any], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    eid = world["enr"]["Atelier Lumière"]
    asked: list[tuple[str, str]] = []

    def answer(parent: Any, row: Any, to: str) -> str:
        asked.append((row.startup_name, to))
        return "Jury du 14/01 : équipe solide"

    monkeypatch.setattr(dialogs, "ask_reason", answer)
    _drag(qtbot, page, eid, "selected")
    assert asked == [("Atelier Lumière", "selected")]
    d = inc.detail(page.ctx.engine, eid)
    assert d.status == "selected"
    assert [(h.from_status, h.to_status) for h in d.history] == [
        (None, "applied"), ("applied", "shortlisted"), ("shortlisted", "selected")]
    assert d.history[-1].reason == "Jury du 14/01 : équipe solide"
    # the board was reloaded from the database
    assert page.board.column_ids("selected") == [eid]
    assert page.board.column_ids("shortlisted") == []


def test_an_illegal_drop_shows_the_service_message_and_changes_nothing(
        page: IncubationPage, world: dict[str, Any], qtbot: Any, msgbox: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    eid = world["enr"]["Bocal & Vrac"]
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: pytest.fail("no reason to ask"))
    _drag(qtbot, page, eid, "graduated")
    assert msgbox.kinds() == ["warning"]
    assert "Candidate" in msgbox.last[2] and "Diplômée" in msgbox.last[2]
    d = inc.detail(page.ctx.engine, eid)
    assert d.status == "applied" and len(d.history) == 1
    assert page.board.column_ids("applied") == [eid]
    assert not page.board.is_dragging()


def test_cancelling_the_reason_leaves_the_card_in_place(
        page: IncubationPage, world: dict[str, Any], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    eid = world["enr"]["Bocal & Vrac"]
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: None)
    _drag(qtbot, page, eid, "shortlisted")
    assert inc.detail(page.ctx.engine, eid).status == "applied"
    assert page.board.column_ids("applied") == [eid]


def test_move_menu_offers_only_legal_statuses(page: IncubationPage,
                                              world: dict[str, Any]) -> None:
    card = page.board.card(world["enr"]["Bocal & Vrac"])
    assert card is not None
    menu = page.board.move_menu(card)
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    enabled = {a.data() for a in sub.actions() if a.isEnabled()}
    assert enabled == {"shortlisted", "rejected"}
    next(a for a in sub.actions() if a.data() == "shortlisted")  # present
    assert len(sub.actions()) == 6


def test_search_filters_cards_by_startup_or_founder(page: IncubationPage, qtbot: Any,
                                                    world: dict[str, Any]) -> None:
    qtbot.keyClicks(page.search, "helene")
    qtbot.waitUntil(lambda: len(page.board.visible_rows()) == 1)
    assert page.board.column_ids("shortlisted") == [world["enr"]["Atelier Lumière"]]
    assert page.board.column_ids("applied") == []


# -- dialogs ------------------------------------------------------------------------------

def test_reason_dialog_requires_a_reason_to_drop(ctx: Any, qtbot: Any,
                                                 world: dict[str, Any]) -> None:
    row = next(r for r in inc.list_enrollments(ctx.engine, world["cohort"].id)
               if r.startup_name == "Vélocité")
    dlg = dialogs.StatusChangeDialog(row, "dropped")
    qtbot.addWidget(dlg)
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "reason" in dlg.errors.errors()
    qtbot.keyClicks(dlg.ui.reasonEdit, "Fondateurs partis")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.reason() == "Fondateurs partis"


def test_kpi_dialog_records_figures_and_shows_bad_ones_inline(
        ctx: Any, qtbot: Any, world: dict[str, Any]) -> None:
    org = world["orgs"]["Vélocité"]
    dlg = dialogs.KpiDialog(ctx.engine, org, "Vélocité", period="2026-13")
    qtbot.addWidget(dlg)
    dlg.ui.headcountEdit.setText("-2")
    dlg.accept()
    shown = dlg.errors.errors()
    assert "period" in shown and "headcount" in shown
    assert dlg.saved is None
    dlg.ui.periodEdit.setText("2026-04")
    dlg.ui.headcountEdit.setText("5")
    dlg.ui.revenueEdit.setText("3 500,00")
    dlg.accept()
    assert dlg.saved is not None and dlg.saved.revenue_cents == 350000
    assert [k.period for k in inc.kpi_history(ctx.engine, org)][-1] == "2026-04"


# -- the detail ---------------------------------------------------------------------------

def test_opening_a_card_shows_milestones_kpis_and_history(
        page: IncubationPage, world: dict[str, Any], qtbot: Any) -> None:
    eid = world["enr"]["Vélocité"]
    card = page.board.card(eid)
    assert card is not None
    qtbot.mouseDClick(card, LEFT, pos=card.rect().center())
    assert page.tabs.currentWidget() is page.detail
    view = page.detail
    assert view.name_label.text() == "Vélocité"
    assert [m.name for m in view.milestones.rows()] == ["Entité juridique créée",
                                                        "Premier client payant"]
    assert [k.period for k in view.kpis.rows()] == ["2026-02", "2026-03"]
    assert view.history.rowCount() == 4
    assert view.mentoring_bar.maximum() == 600
    # the KPI table is a view over the model, sortable in the model
    view.kpis.sort(0, Qt.SortOrder.DescendingOrder)
    assert view.kpi_view.model().index(0, 0).data(ROW_ROLE).period == "2026-03"


def test_new_item_applies_a_startup_to_the_cohort(
        page: IncubationPage, ctx: Any, world: dict[str, Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tierslieu.services import organizations

    org = organizations.create(ctx.engine, OrganizationInput(name="Zéphyr", kind="startup"))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Zéphyr", True)))
    page.new_item()
    rows = inc.list_enrollments(ctx.engine, world["cohort"].id)
    assert any(r.organization_id == org.id and r.status == "applied" for r in rows)
    assert any(r.startup_name == "Zéphyr" for r in page.board.rows())


def test_empty_database_shows_a_hint(ctx: Any, qtbot: Any) -> None:
    p = IncubationPage(ctx)
    qtbot.addWidget(p)
    assert p.right_stack.currentWidget() is p.no_data
    assert p.cohort is None


# -- screenshots with the demo ------------------------------------------------------------

def test_screenshots_with_demo_data(demo_ctx: Any, qtbot: Any, shot: Any,
                                    styled_app: Any) -> None:
    ctx = demo_ctx  # the seed-1 demo, generated once per run
    p = IncubationPage(ctx)
    qtbot.addWidget(p)
    p.resize(1400, 850)
    p.show()
    qtbot.waitExposed(p)
    cohort = next(c for c in inc.list_cohorts(ctx.engine) if c.name.startswith("Incubation 2026"))
    p.select_cohort(cohort.id)
    assert p.cohort is not None and p.cohort.id == cohort.id
    assert sum(len(p.board.column_ids(s)) for s in p.board.columns) == sum(cohort.counts.values())
    styled_app.processEvents()
    shot(p, "incubation-board")
    late = next(r for r in p.board.rows() if r.milestones_late and r.status == "incubated")
    p.open_enrollment(late.id)
    styled_app.processEvents()
    assert p.detail.milestones.rowCount() > 0 and p.detail.kpis.rowCount() > 0
    shot(p, "incubation-detail")
    p.tabs.setCurrentIndex(1)
    styled_app.processEvents()
    shot(p, "incubation-review")


# -- scoring applications -----------------------------------------------------------------

def _reviewer(ctx: Any, first: str = "Paul", last: str = "Durand") -> int:
    from tierslieu.services import members

    return members.create(ctx.engine, PersonInput(first_name=first, last_name=last,
                                                  email=f"{first.lower()}@example.org")).id


def _ranking_of(ctx: Any, world: dict[str, Any], startup: str) -> Any:
    return next(r for r in inc.ranking(ctx.engine, world["cohort"].id)
                if r.startup_name == startup)


def test_score_dialog_records_the_grades_of_the_reviewer_found_by_name(
        ctx: Any, qtbot: Any, world: dict[str, Any]) -> None:
    paul = _reviewer(ctx)
    _reviewer(ctx, "Paula", "Dupont")
    eid = world["enr"]["Bocal & Vrac"]  # applied
    dlg = ScoreDialog(ctx.engine, eid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.ui.teamWeight.text() == "weight 1 of 4"
    combo = dlg.ui.reviewerCombo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "durand")  # any case, searched by the members service
    qtbot.waitUntil(lambda: combo.count() == 1)
    popup = combo.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Paul Durand — paul@example.org"
    assert dlg.reviewer_id() == paul
    for spin, grade in ((dlg.ui.teamSpin, 5), (dlg.ui.marketSpin, 4),
                        (dlg.ui.productSpin, 3), (dlg.ui.fitSpin, 2)):
        spin.setValue(grade)
    assert dlg.ui.totalLabel.text() == "3,50 / 5"  # live, equal weights
    dlg.ui.commentEdit.setPlainText("Équipe solide, marché à prouver")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.saved is not None and dlg.saved.reviewer_id == paul
    row = _ranking_of(ctx, world, "Bocal & Vrac")
    assert (row.reviewers, row.average, row.rank) == (1, 3.5, 1)
    assert row.criteria == {"team": 5.0, "market": 4.0, "product": 3.0, "fit": 2.0}
    [score] = inc.detail(ctx.engine, eid).scores
    assert (score.reviewer_id, score.comment) == (paul, "Équipe solide, marché à prouver")
    # the same reviewer again: their grades come back, and saving replaces them
    again = ScoreDialog(ctx.engine, eid)
    qtbot.addWidget(again)
    assert again.ui.reviewerCombo.count() == 1  # who already scored, offered at once
    again.set_reviewer(paul)
    assert not again.ui.reviewerHint.isHidden()
    assert again.grades() == (5, 4, 3, 2)
    assert again.ui.commentEdit.toPlainText() == "Équipe solide, marché à prouver"
    again.ui.fitSpin.setValue(4)
    again.save()
    row = _ranking_of(ctx, world, "Bocal & Vrac")
    assert (row.reviewers, row.average) == (1, 4.0)


def test_a_founder_scoring_their_own_startup_sees_the_service_message_inline(
        ctx: Any, qtbot: Any, world: dict[str, Any]) -> None:
    from tierslieu.errors import ConflictError
    from tierslieu.services import members
    from tierslieu.services.dto import MemberQuery

    [helene] = members.search(ctx.engine, MemberQuery(text="Hélène"))
    eid = world["enr"]["Atelier Lumière"]  # shortlisted, founded by Hélène
    dlg = ScoreDialog(ctx.engine, eid)
    qtbot.addWidget(dlg)
    dlg.ui.reviewerCombo.setEditText("helene")  # no accent: the service still finds her
    for spin in dlg.spins.values():
        spin.setValue(5)
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.saved is None
    expected = ConflictError("reviewer_is_founder", "reviewer", startup="Atelier Lumière",
                             value="Hélène Martin").message()
    assert dlg.errors.errors() == {"reviewer": expected}
    assert "ne peut pas l'évaluer" in expected
    assert dlg.ui.reviewerCombo.property("invalid") is True
    assert inc.detail(ctx.engine, eid).scores == ()
    assert _ranking_of(ctx, world, "Atelier Lumière").reviewers == 0
    # choosing someone else clears the message
    dlg.ui.reviewerCombo.lineEdit().textEdited.emit("x")
    assert dlg.errors.errors() == {}
    assert helene.id not in (s.reviewer_id for s in inc.detail(ctx.engine, eid).scores)


def test_score_dialog_asks_for_a_reviewer(ctx: Any, qtbot: Any,
                                          world: dict[str, Any]) -> None:
    _reviewer(ctx)
    _reviewer(ctx, "Paula", "Dupont")
    dlg = ScoreDialog(ctx.engine, world["enr"]["Bocal & Vrac"])
    qtbot.addWidget(dlg)
    dlg.save()
    assert set(dlg.errors.errors()) == {"reviewer"}
    dlg.ui.reviewerCombo.setEditText("pau")  # two members match
    dlg.save()
    assert "Several members" in dlg.errors.errors()["reviewer"]
    dlg.ui.reviewerCombo.setEditText("Personne Inconnue")
    dlg.save()
    assert "Personne Inconnue" in dlg.errors.errors()["reviewer"]
    assert dlg.saved is None


def test_scoring_from_the_review_grid_refreshes_it(
        page: IncubationPage, ctx: Any, world: dict[str, Any], qtbot: Any,
        qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    paul, zoe = _reviewer(ctx), _reviewer(ctx, "Zoé", "Roux")
    eid = world["enr"]["Bocal & Vrac"]
    inc.score_application(ctx.engine, eid, zoe, inc.ScoreInput(1, 1, 1, 1))
    page.load_cohort(world["cohort"].id)
    opened: list[int] = []

    def fake_exec(dlg: ScoreDialog) -> int:
        opened.append(dlg.enrollment_id)
        dlg.set_reviewer(paul)
        for spin in dlg.spins.values():
            spin.setValue(4)
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(ScoreDialog, "exec", fake_exec)
    page.tabs.setCurrentIndex(1)
    view, model = page.review_view, page.ranking_model
    # nothing chosen yet: the action waits for a row
    assert not page.score_button.isEnabled()
    incubated = model.find_row(lambda r: r.startup_name == "Vélocité")
    view.setCurrentIndex(model.index(incubated, 0))
    assert not page.score_button.isEnabled()  # decided: scoring closed
    assert page.review_menu(model.row_at(incubated)).defaultAction() is page.act_open_startup
    row = model.find_row(lambda r: r.enrollment_id == eid)
    view.setCurrentIndex(model.index(row, 0))
    assert page.score_button.isEnabled()
    assert page.review_menu(model.row_at(row)).defaultAction() is page.act_score
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [eid]
    scored = page.current_ranking()
    assert scored is not None and scored.enrollment_id == eid  # still selected after reload
    assert (scored.reviewers, scored.average, scored.spread, scored.rank) == (2, 2.5, 3.0, 1)
    col = model.column_index("average")
    assert model.index(view.currentIndex().row(), col).data() == "2,50"
    assert model.data(model.index(view.currentIndex().row(), col),
                      Qt.ItemDataRole.BackgroundRole) is not None  # they disagree
    qtmodeltester.check(model)
    # the button and a double-click open the same dialog
    page.score_button.click()
    rect = view.visualRect(view.currentIndex())
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), LEFT, pos=rect.center())
    assert opened == [eid, eid, eid]
    assert _ranking_of(ctx, world, "Bocal & Vrac").reviewers == 2


def test_score_dialog_screenshot_in_french(ctx: Any, qtbot: Any, shot: Any,
                                           styled_app: Any, world: dict[str, Any]) -> None:
    paul = _reviewer(ctx)
    eid = world["enr"]["Atelier Lumière"]
    dlg = ScoreDialog(ctx.engine, eid)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Noter une candidature"
    dlg.set_reviewer(paul)
    for spin, grade in zip(dlg.spins.values(), (4, 3, 3, 5), strict=True):
        spin.setValue(grade)
    dlg.ui.commentEdit.setPlainText("Équipe complémentaire, premier client en vue.")
    dlg.show()
    qtbot.waitExposed(dlg)
    styled_app.processEvents()
    shot(dlg, "score-dialog")
    dlg.ui.reviewerCombo.setEditText("Hélène Martin")
    dlg.save()
    styled_app.processEvents()
    shot(dlg, "score-dialog-error")
    assert "reviewer" in dlg.errors.errors()
