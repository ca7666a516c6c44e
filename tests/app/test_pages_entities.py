"""AppTest: the Entities and Quotes pages render on the seeds, react to filters and set the entity filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture()
def app(monkeypatch: pytest.MonkeyPatch, tmp_path) -> AppTest:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path))
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app.py"), default_timeout=90)
    at.run()
    return at


def test_entities_page_heatmap_and_filter(app: AppTest) -> None:
    app.switch_page("pages/entities.py")
    app.run()
    assert not app.exception
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    heat = spec["data"][0]
    assert heat["type"] == "heatmap"
    assert len(heat["x"]) == 5
    assert heat["y"][0] == "DeepSeek (ORG)"  # the type written as the table writes it
    cells = spec["data"][1]  # the clickable layer over the cells carries the raw entity in customdata[3]
    assert cells["type"] == "scatter" and cells["customdata"][0][3] == "DeepSeek"
    assert len(cells["x"]) == len(heat["x"]) * len(heat["y"])
    assert "Who is mentioned where" in spec["layout"]["title"]["text"]
    app.selectbox(key="ent_choice").set_value("Aurélien Duthoit")
    app.button(key="ent_apply").click()
    app.run()
    assert not app.exception


def test_entities_page_respects_entity_filter(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path))
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "app.py"), default_timeout=90)
    at.query_params["entity"] = "Aurélien Duthoit"
    at.run()
    assert at.session_state["filters"].entities == ("Aurélien Duthoit",)
    at.switch_page("pages/entities.py")
    at.run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["data"][0]["x"] == ["International Business Times UK"]
    assert "Mentioning: Aurélien Duthoit" in spec["layout"]["title"]["text"]


def test_quotes_page_cards(app: AppTest) -> None:
    app.switch_page("pages/quotes.py")
    app.run()
    assert not app.exception
    text = " ".join(m.value for m in app.markdown)
    assert "Yann LeCun" in text and "Mark Zuckerberg" in text
    assert ":red-background[decade]" in text  # 004's "the next decade" highlighted against "10-15 years"
    app.checkbox(key="q_shared").uncheck()
    app.selectbox(key="q_speaker").set_value("Donald Trump")
    app.run()
    assert not app.exception
    text = " ".join(m.value for m in app.markdown)
    assert "We will not lose the AI race\\!" in text


def test_quotes_page_empty_state(app: AppTest) -> None:
    app.switch_page("pages/quotes.py")
    app.run()
    app.checkbox(key="q_shared").check()
    app.selectbox(key="q_speaker").set_value("Donald Trump")  # quoted by one outlet only
    app.run()
    assert not app.exception
    assert any("No quote matches" in i.value for i in app.info)


@pytest.mark.parametrize("page", ["pages/entities.py", "pages/quotes.py"])
def test_a_page_that_found_the_entities_lists_them_in_the_sidebar_from_then_on(page, monkeypatch, tmp_path) -> None:
    """The Entities and Quotes pages find the entities; the next run's sidebar lists them instead of a button."""
    import shutil

    root = Path(__file__).resolve().parents[2]
    corpus = tmp_path / "corpus"  # a corpus version of its own, so no other test has found its entities
    shutil.copytree(root / "seeds", corpus, ignore=shutil.ignore_patterns(".storytrace", "reference"))
    (corpus / "extra.txt").write_text(f"Quessel Mills opens a plant\n\nQuessel Mills said it opened a plant ({page}).\n")
    monkeypatch.setenv("STORYTRACE_CORPUS", str(corpus))
    monkeypatch.setenv("STORYTRACE_UPLOAD_DIR", str(tmp_path / "uploads"))
    at = AppTest.from_file(str(root / "app.py"), default_timeout=120)
    at.run()
    assert at.button(key="flt_entities_open").label == "Any entity: list them…"
    at.switch_page(page)
    at.run()
    assert not at.exception
    again = AppTest.from_file(str(root / "app.py"), default_timeout=120)
    again.run()
    assert [m.label for m in again.multiselect] == ["Outlets", "Mentioning any of"]
