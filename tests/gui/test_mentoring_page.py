"""The Mentoring page: its models, the profile, needs and session dialogs, matching runs
(off the GUI thread; inline here), pins and exclusions, "why not", accepting a run."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from html import escape as esc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import copy_sqlite
from tierslieu.errors import ValidationError
from tierslieu.gui.context import AppContext
from tierslieu.gui.mentoring import dialogs
from tierslieu.gui.mentoring.models import (
    ActivityModel,
    BudgetModel,
    MentorsModel,
    NeedsModel,
    OutcomesModel,
    PairsModel,
    PendingModel,
    PendingPair,
    RunsModel,
    SessionsModel,
    fmt_points,
    mentor_activity,
    pair_lines,
    startup_outcomes,
)
from tierslieu.gui.mentoring.page import MentoringPage
from tierslieu.gui.mentoring.sessions_tab import budget_lines
from tierslieu.services import incubation as inc
from tierslieu.services import mentoring as mg

COHORT = "Incubation 2026"
SECTOR_ONLY = {"needs": 0, "sector": 10, "stage": 0, "language": 0, "load": 0, "rating": 0,
               "novelty": 0}


@pytest.fixture(scope="module")
def demo_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo tiers-lieu (30 mentors, an accepted run, 71 sessions), made once."""
    from tierslieu.db.engine import make_engine
    from tierslieu.services import demo

    path = copy_sqlite(template_db, tmp_path_factory.mktemp("mentoring") / "demo.sqlite")
    engine = make_engine(path)
    demo.generate(engine, seed=1)
    engine.dispose()
    return path


@pytest.fixture
def demo_ctx(demo_db: Path, tmp_path: Path) -> Any:
    from tierslieu.db.engine import make_engine

    engine = make_engine(copy_sqlite(demo_db, tmp_path / "demo.sqlite"))
    yield AppContext.for_engine(engine)
    engine.dispose()


@pytest.fixture
def cohort_id(demo_ctx: Any) -> int:
    return inc.cohort_id_by_name(demo_ctx.engine, COHORT)


@pytest.fixture
def page(demo_ctx: Any, qtbot: Any, cohort_id: int) -> MentoringPage:
    p = MentoringPage(demo_ctx)
    qtbot.addWidget(p)
    p.resize(1264, 820)
    p.show()
    qtbot.waitExposed(p)
    p.select_cohort(cohort_id)
    assert p.cohort_id == cohort_id
    return p


def _accept_dialog(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Any) -> list[Any]:
    """Replace ``cls.exec``: fill the dialog, press Save, report what exec would return."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return opened


# -- formats and models -------------------------------------------------------------------

def test_formats_and_the_text_fields() -> None:
    assert fmt_points(592) == "59,2" and fmt_points(1000) == "100,0"
    assert fmt_points(-5) == "-0,5" and fmt_points(None) == ""
    assert dialogs.parse_graded("financement:3, Tech (1); design", "expertise") == (
        ("financement", 3), ("Tech", 1), ("design", 2))
    assert dialogs.parse_graded(" , ", "tags") == ()
    with pytest.raises(ValidationError) as err:
        dialogs.parse_graded("finance:beaucoup", "expertise")
    assert (err.value.key, err.value.field) == ("mentor_level_invalid", "expertise")
    assert dialogs.parse_list("fr en;es", spaces=True) == ("fr", "en", "es")
    assert dialogs.parse_list("économie circulaire, santé") == ("économie circulaire", "santé")
    assert dialogs.parse_whole(" 12 ", "capacity") == 12
    with pytest.raises(ValidationError) as err:
        dialogs.parse_whole("deux", "capacity")
    assert err.value.key == "number_invalid"


def test_models_pass_the_model_tester(demo_ctx: Any, cohort_id: int,
                                      qtmodeltester: Any) -> None:
    engine = demo_ctx.engine
    [run] = mg.list_runs(engine, cohort_id)
    assignments = mg.list_assignments(engine, cohort_id=cohort_id, active_only=False)
    ids = {a.id for a in assignments}
    sessions = [s for s in mg.list_sessions(engine) if s.assignment_id in ids]
    first = run.result.pairs[0]
    pins = {(first.startup_id, first.mentor_id)}
    contents: list[tuple[Any, list[Any]]] = [
        (MentorsModel(), mg.list_mentors(engine)),
        (NeedsModel(), mg.list_needs(engine, cohort_id)),
        (PairsModel(), pair_lines(run, pins, set())),
        (OutcomesModel(), startup_outcomes(run)),
        (RunsModel(), [run]),
        (PendingModel(), [PendingPair("pin", 1, "Alpha", 2, "Alice"),
                          PendingPair("exclude", 1, "Alpha", 3, "Bruno")]),
        (SessionsModel(), sessions),
        (BudgetModel(), budget_lines(inc.list_enrollments(engine, cohort_id), sessions,
                                     assignments)),
        (ActivityModel(), mentor_activity(sessions, assignments)),
    ]
    for model, rows in contents:
        assert rows, type(model).__name__
        model.set_rows(rows)
        assert model.rowCount() == len(rows)
        qtmodeltester.check(model)
    pairs = contents[2][0]
    assert pairs.index(0, 2).data() == fmt_points(first.score)
    assert pairs.index(0, 3).data() == "Pin next run"   # tests run untranslated
    fraction, _colour = pairs.index(0, 2).data(Qt.ItemDataRole.UserRole + 20)
    assert fraction == first.score / 1000
    # the activity adds up to the log
    activity = contents[8][1]
    assert sum(a.sessions for a in activity) == len(sessions) == 71
    assert sum(a.minutes for a in activity) == sum(s.duration_minutes for s in sessions)


# -- loading ------------------------------------------------------------------------------

def test_page_shows_mentors_needs_run_and_sessions_of_the_demo(
        page: MentoringPage, demo_ctx: Any, cohort_id: int) -> None:
    engine = demo_ctx.engine
    assert page.mentors_tab.model.rowCount() == len(mg.list_mentors(engine)) == 30
    def by_id(n: Any) -> int:
        return int(n.enrollment_id)

    assert sorted(page.needs_tab.model.rows(), key=by_id) == sorted(
        mg.list_needs(engine, cohort_id), key=by_id)
    assert [n.startup_name for n in page.needs_tab.model.rows()] == sorted(
        n.startup_name for n in page.needs_tab.model.rows())   # by startup
    [run] = mg.list_runs(engine, cohort_id)
    tab = page.matching_tab
    assert tab.run is not None and tab.run.id == run.id and run.accepted
    assert {p.key for p in tab.pairs_model.rows()} == set(run.result.assignment())
    assert not tab.accept_button.isEnabled()          # already accepted
    assert set(tab.weights()) == set(run.weights) and tab.weights() == run.weights
    assert page.sessions_tab.sessions_model.rowCount() == 71
    assert page.cohort_combo.currentData() == cohort_id


def test_search_filters_mentors_by_name_expertise_or_language(page: MentoringPage,
                                                              qtbot: Any) -> None:
    tab = page.mentors_tab
    everyone = tab.mentors()
    page.focus_search()
    qtbot.keyClicks(tab.search_edit, "financement")
    tab.apply_filter()
    shown = tab.model.rows()
    assert shown and len(shown) < len(everyone)
    assert all(any(t == "financement" for t, _l in m.expertise) for m in shown)
    tab.search_edit.setText("EN")                       # words starting with "en"
    tab.apply_filter()
    assert {m.name for m in everyone if "en" in m.languages} <= {
        m.name for m in tab.model.rows()}
    assert all("en" in m.languages or any(s.startswith("én") for s in m.sectors)
               for m in tab.model.rows())
    tab.search_edit.setText("fin")                      # a prefix is enough
    tab.apply_filter()
    assert {m.name for m in tab.model.rows()} == {m.name for m in shown}
    tab.search_edit.setText("zzzz")
    tab.apply_filter()
    assert tab.model.rowCount() == 0 and not tab.empty.label.isHidden()
    assert "zzzz" in tab.empty.label.text()


def test_empty_database_shows_hints(ctx: Any, qtbot: Any) -> None:
    p = MentoringPage(ctx)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    assert p.cohort_id is None and not p.cohort_combo.isEnabled()
    assert not p.mentors_tab.empty.label.isHidden()
    assert "New mentor" in p.mentors_tab.empty.label.text()
    for tab in (p.needs_tab, p.matching_tab, p.sessions_tab):
        assert tab.currentWidget() is tab.no_cohort


# -- the profile editor -------------------------------------------------------------------

def test_a_bad_capacity_is_shown_under_the_field_and_nothing_is_written(
        page: MentoringPage, demo_ctx: Any) -> None:
    engine = demo_ctx.engine
    before = mg.list_mentors(engine)
    mentor = before[0]
    dlg = dialogs.MentorDialog(engine, mentor, page)
    assert dlg.ui.capacityEdit.text() == str(mentor.capacity)
    assert not dlg.ui.personCombo.isEnabled()
    dlg.ui.capacityEdit.setText("99")
    dlg.ui.expertiseEdit.setText("stratégie:3")
    dlg.save()
    errors = dlg.errors.errors()
    assert set(errors) == {"capacity"}
    assert "99" in errors["capacity"] and "Capacité" in errors["capacity"]
    assert dlg.ui.capacityEdit.property("invalid") is True
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.saved is None
    dlg.ui.capacityEdit.setText("beaucoup")          # not even a number: same place
    dlg.save()
    assert set(dlg.errors.errors()) == {"capacity"}
    assert mg.list_mentors(engine) == before           # nothing written


def test_editing_a_profile_from_the_table_saves_and_keeps_it_selected(
        page: MentoringPage, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.mentors_tab
    mentor = tab.model.row_at(2)
    tab.view.selectRow(2)

    def fill(d: Any) -> None:
        d.ui.expertiseEdit.setText("juridique:3, stratégie")
        d.ui.languagesEdit.setText("fr en")
        d.ui.capacityEdit.setText("3")
        d.ui.notesEdit.setPlainText("Ancienne avocate d'affaires")

    opened = _accept_dialog(monkeypatch, dialogs.MentorDialog, fill)
    tab.edit_current()
    assert len(opened) == 1 and opened[0].saved is not None
    saved = next(m for m in mg.list_mentors(demo_ctx.engine) if m.person_id == mentor.person_id)
    assert saved.expertise == (("juridique", 3), ("stratégie", 2))
    assert (saved.languages, saved.capacity) == (("fr", "en"), 3)
    assert saved.notes == "Ancienne avocate d'affaires"
    assert saved.sectors == mentor.sectors and saved.conflicts == mentor.conflicts
    assert tab.current() == saved                       # the table was reloaded


def test_new_mentor_is_chosen_among_members_who_are_not_mentors(
        page: MentoringPage, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.mentors_tab
    taken = {m.person_id for m in tab.mentors()}
    chosen: dict[str, Any] = {}

    def fill(d: Any) -> None:
        combo = d.ui.personCombo
        ids = [combo.itemData(i) for i in range(combo.count())]
        assert ids and not set(ids) & taken
        chosen["id"] = ids[0]
        combo.setCurrentIndex(0)
        d.ui.expertiseEdit.setText("tech:3")
        d.conflicts_model.item(0).setCheckState(Qt.CheckState.Checked)
        chosen["conflict"] = d.conflicts_model.item(0).data(dialogs.ID_ROLE)

    _accept_dialog(monkeypatch, dialogs.MentorDialog, fill)
    page.new_item()
    assert page.tabs.currentWidget() is tab
    new = next(m for m in mg.list_mentors(demo_ctx.engine) if m.person_id == chosen["id"])
    assert new.expertise == (("tech", 3),) and new.conflicts == (chosen["conflict"],)
    assert len(tab.mentors()) == len(taken) + 1 and tab.current() == new


def test_new_mentor_without_a_member_is_refused_inline(page: MentoringPage,
                                                       demo_ctx: Any) -> None:
    dlg = dialogs.MentorDialog(demo_ctx.engine, None, page)
    dlg.ui.personCombo.setEditText("Personne Inconnue")
    dlg.save()
    assert set(dlg.errors.errors()) == {"person"}
    assert "Personne Inconnue" in dlg.errors.errors()["person"]


# -- needs --------------------------------------------------------------------------------

def test_needs_are_edited_through_set_need(page: MentoringPage, demo_ctx: Any,
                                           cohort_id: int,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.needs_tab
    need = tab.model.row_at(0)
    tab.view.selectRow(0)

    def fill(d: Any) -> None:
        assert d.ui.tagsEdit.text() == dialogs.format_graded(need.tags)
        d.ui.tagsEdit.setText("levée de fonds:3, juridique:1")
        d.ui.languagesEdit.setText("en, fr")
        d.ui.wantedSpin.setValue(2)

    _accept_dialog(monkeypatch, dialogs.NeedDialog, fill)
    tab.edit_current()
    saved = next(n for n in mg.list_needs(demo_ctx.engine, cohort_id)
                 if n.enrollment_id == need.enrollment_id)
    assert saved.tags == (("juridique", 1), ("levée de fonds", 3))
    assert (saved.languages, saved.wanted) == (("en", "fr"), 2)
    assert tab.current() == saved


def test_a_bad_need_level_stays_in_the_dialog(page: MentoringPage, demo_ctx: Any,
                                              cohort_id: int) -> None:
    need = page.needs_tab.model.row_at(0)
    dlg = dialogs.NeedDialog(demo_ctx.engine, need, page)
    dlg.ui.tagsEdit.setText("juridique:7")
    dlg.save()
    assert set(dlg.errors.errors()) == {"tags"}
    assert need in mg.list_needs(demo_ctx.engine, cohort_id)      # unchanged


# -- matching -----------------------------------------------------------------------------

def _run(page: MentoringPage, qtbot: Any, weights: dict[str, int] | None = None) -> Any:
    tab = page.matching_tab
    if weights is not None:
        tab.set_weights(weights)
    before = max(r.id for r in tab.runs)
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    runs = mg.list_runs(page.ctx.engine, page.cohort_id)     # type: ignore[arg-type]
    assert tab.runs_model.rowCount() == len(runs)
    assert tab.run is not None and tab.run.id == runs[-1].id > before
    return tab.run


def test_running_fills_the_results_and_the_breakdown_of_a_pair(
        page: MentoringPage, demo_ctx: Any, cohort_id: int, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.matching_tab
    page.tabs.setCurrentWidget(tab)
    seen: list[tuple[bool, bool]] = []
    real = mg.run_matching

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append((tab.run_button.isEnabled(), tab.busy.isHidden()))
        return real(*args, **kwargs)

    monkeypatch.setattr(mg, "run_matching", spy)
    tab.reset_weights()
    run = _run(page, qtbot)
    assert seen == [(False, False)]                       # disabled and busy while solving
    assert tab.run_button.isEnabled() and tab.busy.isHidden()
    stored = mg.get_run(demo_ctx.engine, run.id)
    assert stored.weights == tab.weights() and not stored.accepted
    assert sorted((p.startup_id, p.mentor_id, p.score) for p in tab.pairs_model.rows()) == \
        sorted((p.startup_id, p.mentor_id, p.score) for p in stored.result.pairs)
    assert tab.outcomes_model.rowCount() == len(stored.result.regrets)
    assert tab.accept_button.isEnabled()
    for pair in stored.result.pairs[:3]:
        assert tab.select_pair(pair.startup_id, pair.mentor_id)
        assert tab.chart.rows() == list(pair.breakdown)
        assert abs(tab.chart.total() - pair.score) <= len(pair.breakdown)  # rounding only
        explained = mg.explain(demo_ctx.engine, cohort_id, pair.startup_id, pair.mentor_id)
        assert explained.score == pair.score and explained.loss == 0
    assert fmt_points(run.result.total) in tab.run_info.text()


def test_a_previous_run_is_shown_again_with_its_weights(page: MentoringPage,
                                                        qtbot: Any) -> None:
    tab = page.matching_tab
    first = tab.run
    assert first is not None
    second = _run(page, qtbot, SECTOR_ONLY)
    assert tab.weights() == SECTOR_ONLY and tab.run.id == second.id
    tab.runs_view.selectRow(tab.runs_model.find_row(lambda r: r.id == first.id))
    tab.show_selected_run()
    assert tab.run.id == first.id and tab.weights() == first.weights
    assert {p.key for p in tab.pairs_model.rows()} == set(first.result.assignment())
    tab.reset_weights()
    assert tab.weights() == tab.defaults


def test_a_pinned_pair_stays_on_the_next_run(page: MentoringPage, demo_ctx: Any,
                                             cohort_id: int, qtbot: Any) -> None:
    tab = page.matching_tab
    control = mg.run_matching(demo_ctx.engine, cohort_id, weights=SECTOR_ONLY)
    pair = next(p for p in tab.pairs_model.rows()
                if p.key not in set(control.result.assignment()))
    tab.select_pair(*pair.key)
    tab.toggle_pin()
    assert [(p.kind, p.startup_id, p.mentor_id) for p in tab.pending_model.rows()] == [
        ("pin", *pair.key)]
    assert tab.pin_button.text() == "Unpin"
    run = _run(page, qtbot, SECTOR_ONLY)
    new = next(p for p in run.result.pairs if (p.startup_id, p.mentor_id) == pair.key)
    assert new.pinned
    row = tab.pairs_model.find_row(lambda p: p.key == pair.key)
    assert tab.pairs_model.index(row, 3).data() == "Pin next run"   # still pinned for later


def test_an_excluded_pair_is_avoided_on_the_next_run(page: MentoringPage, qtbot: Any
                                                     ) -> None:
    tab = page.matching_tab
    pair = tab.pairs_model.row_at(0)
    tab.select_pair(*pair.key)
    tab.toggle_exclude()
    assert tab.pairs_model.index(0, 3).data() == "Exclude next run"
    run = _run(page, qtbot)
    assert pair.key not in set(run.result.assignment())
    assert run.result.matched >= len(run.result.pairs) > 0
    tab.pending_view.selectRow(0)
    tab.remove_pending()
    assert tab.pending_model.rowCount() == 0 and not tab.excluded


def test_a_refused_run_is_reported_and_the_button_comes_back(
        page: MentoringPage, msgbox: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.matching_tab
    shown = tab.run

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise ValidationError("match_pin_full", "pins", startup="Alpha", mentor="Alice")

    monkeypatch.setattr(mg, "run_matching", refuse)
    tab.run_matching()
    assert msgbox.kinds() == ["warning"] and "Alice" in msgbox.last[2]
    assert tab.run_button.isEnabled() and tab.busy.isHidden() and not tab.running
    assert tab.run is shown                                # the results did not change


def test_why_not_shows_the_services_loss(page: MentoringPage, demo_ctx: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.matching_tab
    run = tab.run
    assert run is not None
    pair = tab.pairs_model.row_at(0)
    tab.select_pair(*pair.key)
    offered: list[list[tuple[str, int]]] = []
    other = next(p.mentor_id for p in run.result.pairs if p.startup_id != pair.startup_id
                 and p.mentor_id != pair.mentor_id)

    def ask(_parent: Any, startup: str, choices: list[tuple[str, int]]) -> int:
        assert startup == pair.startup
        offered.append(choices)
        return other

    monkeypatch.setattr(dialogs, "ask_mentor", ask)
    tab.why_not()
    assert pair.mentor_id not in {mid for _n, mid in offered[0]}   # the chosen one is not offered
    expected = mg.why_not(demo_ctx.engine, run.id, pair.startup_id, other)
    assert tab.last_why_not == expected
    assert expected.feasible and expected.loss >= 0
    text = tab.why_label.text()
    assert fmt_points(expected.loss) in text and esc(run.mentor_names[other]) in text
    for s, m in expected.displaced:
        assert esc(run.startup_names[s]) in text and esc(run.mentor_names[m]) in text
    # a mentor who cannot mentor the startup is explained, not an error
    english_only = next(n for n in mg.list_needs(demo_ctx.engine, run.cohort_id)
                        if n.languages == ("en",))
    no_english = next(m.person_id for m in mg.list_mentors(demo_ctx.engine)
                      if "en" not in m.languages and m.person_id in run.mentor_names)
    tab.outcomes_view.selectRow(tab.outcomes_model.find_row(
        lambda o: o.startup_id == english_only.enrollment_id))
    monkeypatch.setattr(dialogs, "ask_mentor", lambda *_a: no_english)
    tab.why_not()
    assert tab.last_why_not is not None and not tab.last_why_not.feasible
    assert tab.last_why_not.reason == "no_language"
    assert "share no language" in tab.why_label.text()


def test_accepting_a_run_asks_then_creates_the_assignments(
        page: MentoringPage, demo_ctx: Any, cohort_id: int, qtbot: Any, msgbox: Any) -> None:
    tab = page.matching_tab
    run = _run(page, qtbot, SECTOR_ONLY)
    msgbox.answer = QMessageBox.StandardButton.No
    tab.accept_run()
    assert msgbox.kinds() == ["question"]
    assert not mg.get_run(demo_ctx.engine, run.id).accepted
    msgbox.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    active = {(a.enrollment_id, a.mentor_id)
              for a in mg.list_assignments(demo_ctx.engine, cohort_id=cohort_id)}
    assert active == set(run.result.assignment())
    assert tab.run is not None and tab.run.id == run.id and tab.run.accepted
    assert not tab.accept_button.isEnabled()
    # the Sessions tab now offers the new pairs
    assert {(a.enrollment_id, a.mentor_id) for a in page.sessions_tab.assignments
            if a.active} == active


# -- sessions -----------------------------------------------------------------------------

def test_recording_a_session_shows_it_in_the_log_and_the_hours(
        page: MentoringPage, demo_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.sessions_tab
    page.tabs.setCurrentWidget(tab)
    count = tab.sessions_model.rowCount()
    line = tab.budget_model.row_at(0)
    assignment = next(a for a in tab.assignments if a.active
                      and a.enrollment_id == line.enrollment_id)

    def fill(d: Any) -> None:
        combo = d.ui.assignmentCombo
        combo.setCurrentIndex(combo.findData(assignment.id))
        d.ui.heldEdit.setDate(date(2026, 11, 24))
        d.ui.durationSpin.setValue(90)
        d.ui.topicsEdit.setText("Préparation du comité d'engagement")
        d.ui.ratingStartupCombo.setCurrentIndex(5)

    _accept_dialog(monkeypatch, dialogs.SessionDialog, fill)
    page.new_item()                                       # Ctrl+N on this tab
    assert tab.sessions_model.rowCount() == count + 1
    newest = tab.sessions_model.row_at(0)
    assert (newest.held_on, newest.duration_minutes, newest.rating_startup) == (
        date(2026, 11, 24), 90, 5)
    assert newest.topics == "Préparation du comité d'engagement"
    after = next(b for b in tab.budget_model.rows() if b.enrollment_id == line.enrollment_id)
    assert (after.used_minutes, after.sessions) == (line.used_minutes + 90, line.sessions + 1)
    assert inc.mentoring_budget(demo_ctx.engine, line.enrollment_id).used_minutes == \
        after.used_minutes


def test_a_session_without_a_pair_or_with_a_bad_length_stays_open(
        page: MentoringPage, demo_ctx: Any) -> None:
    tab = page.sessions_tab
    dlg = dialogs.SessionDialog(demo_ctx.engine, [a for a in tab.assignments if a.active], page)
    dlg.ui.assignmentCombo.setCurrentIndex(-1)
    dlg.save()
    assert set(dlg.errors.errors()) == {"assignment"}
    dlg.ui.assignmentCombo.setCurrentIndex(0)
    dlg.ui.topicsEdit.setText("x" * 10_001)
    dlg.save()
    assert set(dlg.errors.errors()) == {"topics"} and dlg.saved is None


# -- start-up cost and screenshots --------------------------------------------------------

def test_scipy_is_imported_only_when_the_page_is_shown(db_path: Path) -> None:
    code = r"""
import sys
from tierslieu.gui import tasks
from tierslieu.gui.app import create_application, open_app_database
from tierslieu.gui.context import AppContext
from tierslieu.gui.main_window import MainWindow
app = create_application("fr")
window = MainWindow(AppContext.for_engine(open_app_database(sys.argv[1])), remember=False)
window.show()
app.processEvents()
tasks.wait_idle()
print("before", "scipy" in sys.modules, "numpy" in sys.modules)
window.show_page(window.pages().index(window.mentoring_page))
tasks.wait_idle()
app.processEvents()
print("after", "scipy" in sys.modules)
"""
    env = {k: v for k, v in __import__("os").environ.items()}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "before False False" in lines and "after True" in lines


def test_screenshots_with_demo_data(demo_ctx: Any, cohort_id: int, qtbot: Any, shot: Any,
                                    styled_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from tierslieu.gui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.pages().index(window.mentoring_page))
    page = window.mentoring_page
    page.select_cohort(cohort_id)
    assert page.page_title() == "Mentorat" and page.tabs.tabText(2) == "Appariement"
    page.tabs.setCurrentWidget(page.mentors_tab)
    styled_app.processEvents()
    shot(window, "mentoring-mentors")
    tab = page.matching_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.run is not None
    assert tab.run_button.text() == "Lancer l'appariement"
    best = max(tab.pairs_model.rows(), key=lambda p: p.score)
    other = next(p for p in tab.pairs_model.rows() if p.startup_id != best.startup_id)
    tab.select_pair(*other.key)
    tab.toggle_pin()
    tab.select_pair(*best.key)
    monkeypatch.setattr(dialogs, "ask_mentor", lambda *_a: other.mentor_id)
    tab.why_not()
    assert tab.last_why_not is not None and "coûterait" in tab.why_label.text()
    styled_app.processEvents()
    assert tab.chart.rows() == list(best.breakdown)
    shot(window, "mentoring-results")
    page.tabs.setCurrentWidget(page.sessions_tab)
    styled_app.processEvents()
    shot(window, "mentoring-sessions")
    # the dialogs, in the same styled application (restyling every widget is slow)
    engine = demo_ctx.engine
    mentor = next(m for m in mg.list_mentors(engine) if m.conflicts)
    dlg = dialogs.MentorDialog(engine, mentor)
    qtbot.addWidget(dlg)
    dlg.ui.capacityEdit.setText("80")
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.save()
    assert dlg.ui.capacityLabel.text() == "&Capacité"
    assert "Capacité" in dlg.errors.errors()["capacity"]
    styled_app.processEvents()
    shot(dlg, "mentoring-mentor-dialog")
    need = dialogs.NeedDialog(engine, mg.list_needs(engine, cohort_id)[0])
    qtbot.addWidget(need)
    need.show()
    qtbot.waitExposed(need)
    styled_app.processEvents()
    shot(need, "mentoring-need-dialog")
    active = mg.list_assignments(engine, cohort_id=cohort_id)
    session = dialogs.SessionDialog(engine, active, today=date(2026, 11, 25))
    qtbot.addWidget(session)
    session.show()
    qtbot.waitExposed(session)
    styled_app.processEvents()
    shot(session, "mentoring-session-dialog")
