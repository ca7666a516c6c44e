"""Quote engine: the speaker ranker's boosted trees (``analysis/quotes/choose.py``, fitted on top of its linear
weights by ``bench/train_quote_ranker.py speakers`` and shipped in ``analysis/data/quote_speaker_ranker.json``).
Invented texts and names; the entity mentions are given by hand."""

from __future__ import annotations

import json
import math

import numpy as np

from test_quote_engine import only, quotes

from analysis.quotes.choose import FEATURES, WEIGHTS_FILE, Model, load_model


def _walk(tree: dict[str, list], depth: int, row: dict[str, float]) -> float:
    """The leaf of one tree of the data file for one option, by a plain walk down its nodes."""
    node = 0
    for _ in range(depth):
        node = 2 * node + 1 + (row[tree["feature"][node]] > tree["threshold"][node])
    return tree["leaf"][node - (2 ** depth - 1)]


def test_the_shipped_trees_load_and_read_these_features() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    depth = data["depth"]
    assert data["trees"], "the data file ships trees"
    for tree in data["trees"]:
        assert len(tree["feature"]) == len(tree["threshold"]) == 2 ** depth - 1
        assert len(tree["leaf"]) == 2 ** depth
        assert set(tree["feature"]) <= set(FEATURES)
    model = load_model()
    assert model is not None and model.feature is not None and model.feature.shape == (len(data["trees"]),
                                                                                     2 ** depth - 1)


def test_the_model_scores_as_a_plain_walk_of_the_file() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    model = load_model()
    assert model is not None
    rng = np.random.default_rng(7)
    x = (rng.random((12, len(FEATURES))) < 0.3).astype(float) * rng.integers(1, 4, (12, len(FEATURES)))
    for row, got in zip(x, model.scores(x), strict=True):
        named = dict(zip(FEATURES, row, strict=True))
        want = sum(data["weights"][k] * v for k, v in named.items()) \
            + sum(_walk(t, data["depth"], named) for t in data["trees"])
        assert math.isclose(got, want, abs_tol=1e-9)


def test_a_file_naming_an_unknown_feature_is_not_loaded(tmp_path) -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["trees"][0]["feature"][0] = "no_such_feature"
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_model.__wrapped__(path) is None
    data["trees"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    plain = load_model.__wrapped__(path)
    assert isinstance(plain, Model) and plain.feature is None


NORVANE = [("Keld Amundsen", "Keld Amundsen", "PERSON"), ("Amundsen", "Keld Amundsen", "PERSON"),
           ("Ilse Brandvold", "Ilse Brandvold", "PERSON"), ("Brandvold", "Ilse Brandvold", "PERSON"),
           ("Norvane Freight", "Norvane Freight", "ORG")]


def test_a_statement_attributed_to_the_second_of_two_named_people() -> None:
    # no speech verb names anyone ("read the statement"): the rules find no speaker; the trees take the name the
    # clause after the quotation gives, not the first person of the paragraph before
    text = ('Ilse Brandvold and spokesman Keld Amundsen drafted the first reply, which reached reporters after '
            'midnight.\n\n"The figures were checked twice before release, and every depot confirmed them," read '
            'the statement, which was attributed to Amundsen.')
    assert only(quotes(text, NORVANE))["speaker"] == "Keld Amundsen"


def test_a_letter_signed_by_a_named_person() -> None:
    text = ('Ilse Brandvold chairs Norvane Freight.\n\n"We never saw the audit before it was published," read a '
            'letter signed by Keld Amundsen.')
    assert only(quotes(text, NORVANE))["speaker"] == "Keld Amundsen"


def test_the_name_next_to_the_verb_and_an_uncued_slogan_are_left_alone() -> None:
    said = ('Ilse Brandvold chairs Norvane Freight.\n\n"The figures were checked twice before release," Brandvold '
            'said, a day after meeting Keld Amundsen.')
    assert only(quotes(said, NORVANE))["speaker"] == "Ilse Brandvold"
    slogan = ('Ilse Brandvold chairs Norvane Freight. Keld Amundsen runs its depots.\n\nThe depots were busy all '
              'week. "Drivers first" is painted on every gate.')
    assert only(quotes(slogan, NORVANE))["speaker"] == ""
