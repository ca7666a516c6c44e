"""The sidebar's project picker: open or create a project; the URL names it (``?project=name``) so a shared link
opens the same project. Switching project starts its filters afresh (outlets differ between stories)."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitAPIException

from ui.corpus import PROJECT_KEY, current_project, data_dir
from ui.markup import escape_markdown
from ui.projects import (
    PROJECT_PARAM,
    check_project_name,
    create_project,
    delete_project,
    list_projects,
    rename_project,
)

DEFAULT_LABEL = "Default corpus (read-only)"
_PICK_KEY = "project_pick"
_NEW_KEY = "project_new_name"
_NOTE_KEY = "_project_note"
_RENAME_KEY = "project_rename_name"
_DELETE_OK_KEY = "project_delete_ok"


def project_query() -> dict[str, list[str]]:
    """The query parameter naming this session's project (empty for the default project)."""
    name = current_project()
    return {PROJECT_PARAM: [name]} if name is not None else {}


def _switch_to(name: str | None) -> None:
    """Make ``name`` (None: the default project) this session's project, with fresh filters and a URL naming it."""
    st.session_state[PROJECT_KEY] = name
    st.session_state["_filter_store"] = {}  # ui/filters.py starts from the URL again: an empty one
    for key in list(st.query_params.keys()):
        try:
            del st.query_params[key]
        except StreamlitAPIException:
            pass  # bound to one of the page's controls: the control keeps it
    if name is not None:
        st.query_params[PROJECT_PARAM] = name


def _from_url() -> None:
    """First run of a session: open the project the URL names, if it is a valid existing project."""
    if PROJECT_KEY in st.session_state:
        return
    wanted = st.query_params.get(PROJECT_PARAM)
    st.session_state[PROJECT_KEY] = None
    if not wanted:
        return
    try:
        name = check_project_name(wanted)
    except ValueError as exc:
        st.session_state[_NOTE_KEY] = f"The link names no valid project ({exc}); the default corpus is shown."
        return
    if name in list_projects(data_dir()):
        st.session_state[PROJECT_KEY] = name
    else:
        st.session_state[_NOTE_KEY] = f"There is no project “{name}” on this server; the default corpus is shown."


def _picked() -> None:
    choice = st.session_state[_PICK_KEY]
    _switch_to(None if choice == DEFAULT_LABEL else choice)


def _create() -> None:
    try:
        name = create_project(data_dir(), st.session_state.get(_NEW_KEY, ""))
    except (ValueError, OSError) as exc:
        st.session_state[_NOTE_KEY] = f"Not created: {exc}."
        return
    st.session_state[_NEW_KEY] = ""
    _switch_to(name)


def _rename() -> None:
    """Rename this session's project to the typed name; the URL follows (filters are kept)."""
    old = current_project()
    if old is None:
        return
    try:
        name = rename_project(data_dir(), old, st.session_state.get(_RENAME_KEY, ""))
    except (ValueError, OSError) as exc:
        st.session_state[_NOTE_KEY] = f"Not renamed: {exc}."
        return
    st.session_state[_RENAME_KEY] = ""
    st.session_state[PROJECT_KEY] = name
    st.query_params[PROJECT_PARAM] = name


def _delete() -> None:
    """Delete this session's project (only once the user ticked the confirmation) and open the default one."""
    name = current_project()
    if name is None or not st.session_state.get(_DELETE_OK_KEY):
        return
    try:
        delete_project(data_dir(), name)
    except (ValueError, OSError) as exc:
        st.session_state[_NOTE_KEY] = f"Not deleted: {exc}."
        return
    st.session_state[_DELETE_OK_KEY] = False
    _switch_to(None)


def _manage(current: str) -> None:
    """Rename or delete the current project (never the default one: the corpus the app was started on)."""
    with st.popover("Rename or delete", icon=":material/edit:", width="stretch"):
        st.text_input("New name", key=_RENAME_KEY, max_chars=60, placeholder=current,
                      help="Letters, digits, spaces, '-', '_' and '.'. Links naming the old name stop working.")
        st.button("Rename", on_click=_rename, key="project_rename")
        st.divider()
        st.checkbox(f"Delete “{current}” with all its articles, corrections and reference prices",
                    key=_DELETE_OK_KEY)
        st.button("Delete the project", on_click=_delete, key="project_delete", type="primary",
                  icon=":material/delete:", disabled=not st.session_state.get(_DELETE_OK_KEY))


def project_picker() -> str | None:
    """Draw the project picker at the top of the sidebar and return this session's project (None: default)."""
    _from_url()
    names = list_projects(data_dir())
    current = current_project()
    if current is not None and current not in names:  # removed on disk meanwhile
        _switch_to(None)
        current = None
    options = [DEFAULT_LABEL, *names]
    st.session_state[_PICK_KEY] = current or DEFAULT_LABEL
    with st.sidebar:
        st.selectbox(
            "Project", options, key=_PICK_KEY, on_change=_picked,
            help="One corpus per story. Each project keeps its own articles, corrections and reference prices; "
            "the link in the address bar opens the same project.",
        )
        # drawn only while open: a closed popover's form would be sent, and drawn by the browser, on every run
        new = st.popover("New project", icon=":material/create_new_folder:", width="stretch", key="project_new_open",
                         on_change="rerun")
        if new.open:
            with new:
                st.text_input("Name", key=_NEW_KEY, max_chars=60, placeholder="e.g. deepseek-r1",
                              help="Letters, digits, spaces, '-', '_' and '.'.")
                st.button("Create and open", on_click=_create, type="primary", key="project_create")
        if current is not None:
            _manage(current)
        if (note := st.session_state.pop(_NOTE_KEY, None)) is not None:
            st.warning(escape_markdown(note), icon=":material/warning:")
    return current
