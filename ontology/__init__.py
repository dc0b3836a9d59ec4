"""Data files of kg: ontology, shapes, gazetteer, relation lexicon and SPARQL queries (no code)."""
