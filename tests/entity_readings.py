"""What the entity components find in a doc, in the shapes the entity tests compare."""

from spacy.tokens import Doc


def found(doc: Doc) -> set[tuple[str, str]]:
    """(label, norm) of each entity."""
    return {(e.label_, e._.norm) for e in doc.ents}


def found_names(doc: Doc) -> set[tuple[str, str]]:
    """(label, norm) of each entity but the positions ("аким", "директор"): what the rounds on names compare."""
    return {(e.label_, e._.norm) for e in doc.ents if e.label_ != "POSITION"}
