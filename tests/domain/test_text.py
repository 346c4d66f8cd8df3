"""Loose text comparison (search boxes): accents, case, ligatures and typographic dashes ignored."""
from crec_desktop.domain.text import fold


def test_accents_case_and_ligatures_fold_away():
    assert fold("Côté") == fold("COTE") == "cote"
    assert fold("Lévis") == "levis"
    assert fold("Œuvre") == "oeuvre"
    assert fold("Saguenay–Lac-Saint-Jean") == "saguenay-lac-saint-jean"
    assert fold("l’Estrie") == "l'estrie"
    assert fold(None) == "" and fold("") == ""
