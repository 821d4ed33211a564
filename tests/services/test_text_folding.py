"""tierslieu.text: the ASCII fast paths of ``fold`` and ``clean`` give exactly what the
general Unicode path gives, and accents, ligatures and invisible characters still fold."""

from __future__ import annotations

import random
import string
import unicodedata

from tierslieu import text


def _general_fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.replace("\u2019", "'"))


def _general_clean(value: str) -> str:
    value = unicodedata.normalize("NFC", value).translate(text._INVISIBLE)
    return text._SPACES.sub(" ", value).strip()


def test_ascii_fast_paths_equal_the_general_path() -> None:
    rng = random.Random(11)
    for _ in range(20_000):
        value = "".join(rng.choice(string.printable) for _ in range(rng.randint(1, 24)))
        assert text.fold(value) == _general_fold(value), value
        assert text.clean(value) == _general_clean(value), value


def test_non_ascii_values_still_fold_and_clean() -> None:
    assert text.fold("Hélène Œuvre Straße N\u2019Diaye") == "helene œuvre strasse n'diaye"
    assert text.fold("ﬁnance") == "finance"           # a ligature, NFKD
    assert text.clean("  Zo\u200bé\u00a0 Ł ") == "Zoé Ł"
    assert text.compact("de La Tour d'Auvergne") == "delatourdauvergne"
    assert text.search_words("Élodie", "Elodie.Martin@Exemple.fr") == [
        "elodie", "elodie.martin@exemple.fr", "elodie.martin", "exemple.fr",
        "elodiemartinexemplefr"]
