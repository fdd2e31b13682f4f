"""The theme and the question history survive a restart; damaged files are ignored with a warning."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from scarfaq.library import Library
from scarfaq.tui.app import build_app
from scarfaq.tui.question_box import QuestionBox
from scarfaq.tui.state import CONFIG_ENV, HISTORY_LIMIT, STATE_ENV, SavedState, config_dir, state_dir
from tests.helpers import ask, record_notifications, settle

SIZE = (100, 40)


def saved() -> SavedState:
    return SavedState()


async def test_theme_and_history_survive_a_restart(fixture_library: Library) -> None:
    first = build_app(library=fixture_library)
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert first.theme != "nord"
        first.theme = "nord"
        await ask(pilot, "What is Contractubex?")
        await ask(pilot, "acne pits")
        await pilot.press("ctrl+q")
    second = build_app(library=fixture_library)
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert second.theme == "nord"
        await pilot.press("up")
        assert second.screen.query_one(QuestionBox).text == "acne pits"
        await pilot.press("up")
        assert second.screen.query_one(QuestionBox).text == "What is Contractubex?"


@pytest.mark.parametrize("damage", [b"{not json", b'{"theme": 3}', b"\xff\xfe"])
async def test_a_damaged_settings_file_is_ignored_with_a_warning(fixture_library: Library, damage: bytes) -> None:
    path = saved().settings_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage)
    app = build_app(library=fixture_library)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any(severity == "warning" and str(path) in message for message, severity in notified)
        await ask(pilot, "What is Contractubex?")
        assert app.screen.query("AnswerCard"), "the chat works as ever"


async def test_a_damaged_history_file_is_ignored_with_a_warning_and_replaced(fixture_library: Library) -> None:
    path = saved().history_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"questions": "not a list"}', encoding="utf-8")
    app = build_app(library=fixture_library)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("not a list of questions" in message for message, _ in notified)
        await ask(pilot, "acne pits")
    assert json.loads(path.read_text(encoding="utf-8")) == {"questions": ["acne pits"]}


async def test_an_unknown_saved_theme_is_ignored_with_a_warning(fixture_library: Library) -> None:
    saved().save_theme("no-such-theme")
    app = build_app(library=fixture_library)
    notified = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("no-such-theme" in message for message, _ in notified)


async def test_forgetting_the_history_empties_the_box_history_and_the_file(fixture_library: Library) -> None:
    app = build_app(library=fixture_library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await ask(pilot, "acne pits")
        app.forget_history()
        await pilot.press("up")
        assert app.screen.query_one(QuestionBox).text == ""
    assert saved().history().value == []


def test_the_folders_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "c"))
    monkeypatch.setenv(STATE_ENV, str(tmp_path / "s"))
    assert (config_dir(), state_dir()) == (tmp_path / "c", tmp_path / "s")
    monkeypatch.delenv(CONFIG_ENV)
    assert config_dir() != tmp_path / "c" and "scarfaq" in str(config_dir()), "else the platform's folder"


def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path: Path) -> None:
    state = SavedState(tmp_path / "config", tmp_path / "state")
    assert state.save_theme("nord") is None and state.theme().value == "nord"
    assert state.save_history([f"q{n}" for n in range(HISTORY_LIMIT + 5)]) is None
    assert state.history().value[0] == "q5" and len(state.history().value) == HISTORY_LIMIT
    assert sorted(p.name for p in (tmp_path / "config").iterdir()) == ["settings.json"]
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == ["history.json"]


def test_a_folder_that_cannot_be_written_gives_a_warning_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    state = SavedState(blocker / "config", blocker / "state")
    warning = state.save_theme("nord")
    assert warning is not None and "could not save" in warning
    assert state.theme().value is None


def test_a_failed_replace_keeps_the_old_file_whole_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = SavedState(tmp_path, tmp_path)
    state.save_theme("nord")

    def failing_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    assert state.save_theme("dracula") == f"could not save {tmp_path / 'settings.json'}: no space left on device"
    assert state.theme().value == "nord"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
