"""Near-duplicate documents: MinHash signatures (datasketch) and LSH bands.

Syndicated copies and light rewrites of one story count as one source. A document's text is cut
into word 2-grams (case-folded, punctuation dropped), summarised by a MinHash signature of
:data:`NUM_PERM` values, and split into :data:`BANDS` bands of :data:`ROWS` values: documents
that share a band hash are candidates (a pair at Jaccard 0.5 becomes one with probability
1 - (1 - 0.5^3)^21 ≈ 0.94, at 0.6 with 0.99, at 0.1 with 0.02), and a candidate pair is a
near-duplicate when the signatures estimate a Jaccard similarity of at least :data:`NEAR_DUPLICATE`.
Near-duplicate groups are the connected components of that relation (order-independent).
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Sequence

import numpy as np

log = logging.getLogger(__name__)

NUM_PERM = 64
"""Signature length: 64 permutations estimate Jaccard to about ±0.06, plenty for a 0.4 cut."""
ROWS = 3
BANDS = NUM_PERM // ROWS
"""21 bands of 3 rows (the last permutation is unused): see the candidate probabilities above."""
NEAR_DUPLICATE = 0.4
"""Estimated Jaccard of word 2-grams from which two documents are one source. Measured on the
cross-document evaluation set: syndicated light edits of a wire story 0.61-0.75, different
articles about the same happening at most 0.08."""
SHINGLE = 2
"""Words per shingle (:func:`shingles` builds pairs)."""
_WORD = re.compile(r"\w+")
_SEED = 1
# CRC-32 as the base hash of shingles: C speed, uniform enough for MinHash, whose permutations
# are applied on top (datasketch's default SHA-1 costs twice as much for the same estimates).
_HASH = zlib.crc32


def shingles(text: str) -> set[bytes]:
    """The word 2-grams of a text (case-folded), as UTF-8 bytes."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {f"{a} {b}".encode() for a, b in zip(words, words[1:], strict=False)}


def signature(text: str) -> list[int]:
    """The MinHash signature of a text, as plain ints (JSON-storable)."""
    from datasketch import MinHash  # imported on use: the package takes seconds to import

    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_HASH)
    minhash.update_batch(list(shingles(text)))
    return [int(v) for v in minhash.digest()]


def signatures(texts: Sequence[str]) -> list[list[int]]:
    """Signatures of many texts (the permutations are built once)."""
    from datasketch import MinHash

    hashes = MinHash.bulk(
        [list(shingles(t)) for t in texts], num_perm=NUM_PERM, seed=_SEED, hashfunc=_HASH
    )
    return [[int(v) for v in h.digest()] for h in hashes]


# Odd 64-bit multipliers (from splitmix64) mixing a band's rows into one key, in numpy.
_MIX = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB], dtype=np.uint64)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """LSH band keys of many signatures at once: an (n, BANDS) array of signed 64-bit ints."""
    rows = np.asarray(sigs, dtype=np.uint64)[:, : BANDS * ROWS].reshape(len(sigs), BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed: np.ndarray = np.bitwise_xor.reduce(rows * _MIX[:ROWS], axis=2)
        mixed ^= np.arange(BANDS, dtype=np.uint64) * _MIX[0]
        mixed ^= mixed >> np.uint64(31)
        mixed *= _MIX[1]
        mixed ^= mixed >> np.uint64(29)
    keys: np.ndarray = mixed.view(np.int64)
    return keys


def bands(sig: Sequence[int]) -> list[int]:
    """The LSH band keys of one signature (see :func:`band_keys`)."""
    return [int(k) for k in band_keys(np.asarray([sig]))[0]]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Jaccard similarity estimated from two signatures."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def is_near_duplicate(a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether two signatures belong to near-duplicate documents."""
    return similarity(a, b) >= NEAR_DUPLICATE
