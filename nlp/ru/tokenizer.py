"""The Russian pipeline's tokenizer: razdel, the tokenizer natasha's segmenter and slovnet's NER tagger read,
so a Russian text is tokenised once and its tokens feed spaCy's Doc, the entity rules and natasha's NER
(pokazatel.nlp.ru.entities reads them from doc._.razdel_tokens). Every entity starts and ends on a razdel
token, so spaCy tokens need no splitting to hold them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pokazatel.nlp import extensions  # noqa: F401  (registers doc._.razdel_tokens)
from razdel import tokenize
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab


def razdel_tokens(text: str) -> list:
    """razdel's tokens of a text (.start, .stop, .text)."""
    return list(tokenize(text))


def words_and_spaces(text: str, tokens: list) -> tuple[list[str], list[bool]]:
    """spaCy's words and trailing spaces for the tokens, so that the Doc's text is `text` again: one space
    after a token is its trailing space, any other whitespace between tokens a whitespace token."""
    words: list[str] = []
    spaces: list[bool] = []

    def gap(between: str) -> None:
        if between.startswith(" ") and words:
            spaces[-1] = True
            between = between[1:]
        if between:
            words.append(between)
            spaces.append(False)

    position = 0
    for token in tokens:
        gap(text[position:token.start])
        words.append(token.text)
        spaces.append(False)
        position = token.stop
    gap(text[position:])
    return words, spaces


class RazdelTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        tokens = razdel_tokens(text)
        words, spaces = words_and_spaces(text, tokens)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.razdel_tokens = tokens
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # Nothing to save: the tokenizer is razdel's rules, installed with razdel.
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RazdelTokenizer:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RazdelTokenizer:
        return self


@registry.tokenizers("pokazatel_razdel_tokenizer")
def make_razdel_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    return lambda nlp: RazdelTokenizer(nlp.vocab)
