"""Dutch text normalisation shared by matching and search: fold, split, drop stop words, stem.

Two texts "match" on a word when their stems meet, so "roosters" finds "rooster" and
"samenwerking" finds "samenwerken". Everything here is pure and deterministic: no network, no
model files, the same answer on every machine.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

MIN_WORD_LENGTH = 3
_WORD = re.compile(r"[^\W_]+")
_local = threading.local()

# Snowball's Dutch stop-word list, plus words every intake uses and that say nothing about
# the subject (we, graag, willen, ...). Written without accents: they are compared after folding.
_STOP_WORDS_TEXT = """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets
    nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel
    voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder
    zou
    we wij onze jullie graag willen wilt gaan gaat heel erg echt goed beter mee elkaar
    via etc bijvoorbeeld zoals vooral steeds soms vaak nieuwe nieuw zeer daarbij daarin
    waar wanneer welke waarom enzovoort iedereen alle allemaal hele weinig
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
# Words that echo the intake's own questions ("waar ben je trots op", "wat wil je leren"):
# almost every answer has them, so they would make everyone match everyone.
QUESTION_WORDS = (
    *("trots", "leren", "ontwikkelen", "starten", "beginnen", "slag"),
    *("worstel", "worstelen", "worstelt", "vast", "vastlopen", "loop", "lopen", "loopt"),
)


def fold(text: str) -> str:
    """Lower case without accents: 'Coördinatie' and 'coordinatie' are one word."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    """The words of `text` as written (lower case, accents kept), in order."""
    return [word.lower() for word in _WORD.findall(unicodedata.normalize("NFC", text))]


def stem(word: str) -> str:
    """The Snowball Dutch stem of one folded word."""
    return _stem(fold(word))


@lru_cache(maxsize=8192)
def _stem(folded: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:  # stemmer objects keep state between calls: one per thread
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    result: str = stemmer.stemWord(folded)
    return result


def is_content_word(word: str) -> bool:
    """Worth matching on: long enough, not a stop word, not just a number."""
    folded = fold(word)
    return len(folded) >= MIN_WORD_LENGTH and folded not in STOP_WORDS and not folded.isdigit()


def terms(text: str) -> dict[str, str]:
    """Stem -> the first word that produced it, for every content word of `text`.

    The stems are what texts are compared on; the words are what a person is shown.
    """
    found: dict[str, str] = {}
    for word in words(text):
        if is_content_word(word) and (key := stem(word)) not in _question_stems():
            found.setdefault(key, word)
    return found


@lru_cache(maxsize=1)
def _question_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in QUESTION_WORDS)
