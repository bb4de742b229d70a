"""graph.entities name words: a given name with a patronymic initial glued on ("Ts.Bold") is a name word.

Every name here is invented.
"""
from __future__ import annotations

import pytest

from graph.entities import name_token


@pytest.mark.parametrize("token, ok", [
    ("Ts.Oyunbold", True), ("O.Saranchimeg", True), ("Kh.Enkhtuya", True),
    # (guards: the old code read these right)
    ("J.", True), ("petrov", False), ("U.S.", False),
])
def test_entities_glued_initial_is_a_name_word(token, ok):
    assert name_token(token) is ok
