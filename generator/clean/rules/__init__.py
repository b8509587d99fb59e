"""One module per cleaning rule: ``NAME`` and ``apply(doc)``, regexes compiled beside them."""
