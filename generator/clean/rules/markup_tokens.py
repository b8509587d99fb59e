"""Markup and encoding residue inside lines leaves before any rule reads them: a tag or its
fragment, a character reference, a formatting code, an encoded run, a control word or a literal
escape (see :mod:`.markup_residue`, whose token pass this is; the whole machinery lines leave later,
in ``markup_residue``). Each token is recorded; the sentence around it stays."""

from .markup_residue import token_pass

NAME = "markup_tokens"


def apply(doc):
    token_pass(doc)
