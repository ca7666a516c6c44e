"""Project names come from users and URLs: only plain names make a folder, and only under the projects folder."""

from __future__ import annotations

import pytest

from ui.projects import (
    check_project_name,
    create_project,
    delete_project,
    list_projects,
    project_folder,
    rename_project,
)


@pytest.mark.parametrize("name", ["deepseek-r1", "Story 2", "ça va", "a", "v1.2_final"])
def test_plain_names_are_accepted(name, tmp_path):
    assert create_project(tmp_path, name) == name
    assert name in list_projects(tmp_path)
    assert project_folder(tmp_path, name).parent == (tmp_path / "projects").resolve()


@pytest.mark.parametrize("name", ["", "  ", "../etc", "..", "a/b", "a\\b", ".hidden", "x..y", "name.", "-x",
                                  "<b>x</b>", "a" * 61, "/abs", "a\x00b", "C:x"])
def test_path_tricks_and_markup_are_refused(name, tmp_path):
    with pytest.raises(ValueError):
        check_project_name(name)
    with pytest.raises(ValueError):
        create_project(tmp_path, name)
    assert not (tmp_path / "projects").exists() or not any((tmp_path / "projects").iterdir())


def test_a_symlink_is_not_a_project(tmp_path):
    (tmp_path / "projects").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "projects" / "link").symlink_to(tmp_path / "elsewhere")
    assert list_projects(tmp_path) == []
    with pytest.raises(ValueError):
        project_folder(tmp_path, "link")


def test_rename_and_delete_a_project(tmp_path):
    create_project(tmp_path, "alpha")
    (project_folder(tmp_path, "alpha") / "a.txt").write_text("Nvidia fell.", encoding="utf-8")
    assert rename_project(tmp_path, "alpha", "beta 2") == "beta 2"
    assert list_projects(tmp_path) == ["beta 2"]
    assert (project_folder(tmp_path, "beta 2") / "a.txt").is_file()  # the articles moved with it
    create_project(tmp_path, "gamma")
    with pytest.raises(ValueError):
        rename_project(tmp_path, "beta 2", "gamma")  # taken
    with pytest.raises(ValueError):
        rename_project(tmp_path, "beta 2", "../x")
    with pytest.raises(ValueError):
        rename_project(tmp_path, "nope", "x")
    delete_project(tmp_path, "beta 2")
    assert list_projects(tmp_path) == ["gamma"]
    with pytest.raises(ValueError):
        delete_project(tmp_path, "beta 2")
    with pytest.raises(ValueError):
        delete_project(tmp_path, "..")
    assert tmp_path.is_dir()

