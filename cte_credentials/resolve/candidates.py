"""Candidate scoring in numpy: a whole batch of write-ins against the credential list at once.

Two parts. **Character trigrams** (``TrigramIndex``): the list's keys (its names and their variants) as L2-normalised
TF-IDF rows; a batch of texts becomes rows of the same vocabulary. Candidates come from the product with the rarer
trigrams only: a trigram in more than COMMON_TRIGRAM_SHARE of the keys (" ce", "ion") adds little to a cosine but
most of the cost of the sparse product, so its share is added back afterwards for the few candidates kept (a batched
dot product). **Ranking** (``rank_batch``): each (text, vendor, CIP) triple's candidates, one per credential,
scored on character similarity, token overlap, vendor and CIP terms, rounded to 4 decimals and ranked best first
(ties by code). Character and token terms depend on the text alone, so they are computed once per distinct text and
spread to its triples.

Everything here reads arrays (``TrigramIndex``, ``ScoringArrays``, built once per list by indexing.py), never the
references or the resolver; the fuzzy step (fuzzy.py) decides on the ranking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

COMMON_TRIGRAM_SHARE = 0.05
Triple = tuple[str, str, str]  # (normalised text, vendor key, CIP)


# ---- character trigrams ------------------------------------------------------------------------------------
def trigrams(text: str) -> list[str]:
    padded = f"  {text} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def trigram_code(gram: str) -> int:
    return (ord(gram[0]) << 16) | (ord(gram[1]) << 8) | ord(gram[2])


def common_trigrams(df: np.ndarray, n_keys: int) -> np.ndarray:
    """Trigrams in more than COMMON_TRIGRAM_SHARE of the keys: left out of the candidate product."""
    return df > max(5, COMMON_TRIGRAM_SHARE * n_keys)


@dataclass
class TrigramIndex:
    """The keys' character-trigram TF-IDF rows, and what turns any text into a row of the same vocabulary."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    codes: np.ndarray  # sorted ASCII trigrams of the vocabulary as integers (see trigram_ids)
    vocab_ids: np.ndarray  # their vocabulary ids
    matrix: sparse.csr_matrix  # one row per key
    matrix_t: sparse.csr_matrix  # the rarer trigrams' columns of matrix, transposed once for the product with a batch

    def rows(self, texts: list[str]) -> sparse.csr_matrix:
        return tfidf_rows(self.vocabulary, self.idf, self.codes, self.vocab_ids, texts)


def fit_trigrams(keys: list[str]) -> TrigramIndex:
    """The TF-IDF of the keys' trigrams. Scores keep the full vectors' normalisation, so leaving the common
    trigrams out of the product makes them slightly lower than a full cosine, the same for every candidate."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, key in enumerate(keys):
        # in the order of the keys, not of a set's (string hashes change with each process): a score is then the same
        # float in every process, to the last bit, and a score at the edge of a rounding is rounded alike everywhere
        for g in dict.fromkeys(trigrams(key)):
            rows.append(i)
            cols.append(vocab.setdefault(g, len(vocab)))
    df = np.bincount(cols, minlength=len(vocab))
    idf = np.log((1 + len(keys)) / (1 + df)) + 1.0
    ascii_grams = sorted((trigram_code(g), i) for g, i in vocab.items() if g.isascii())
    codes = np.array([c for c, _ in ascii_grams], dtype=np.int64)
    vocab_ids = np.array([i for _, i in ascii_grams], dtype=np.int64)
    matrix = tfidf_rows(vocab, idf, codes, vocab_ids, keys)
    keep = (~common_trigrams(df, len(keys))).astype(float)
    matrix_t = (matrix @ sparse.diags(keep)).T.tocsr()
    matrix_t.eliminate_zeros()
    return TrigramIndex(vocab, idf, codes, vocab_ids, matrix, matrix_t)


def trigram_ids(vocabulary: dict[str, int], codes: np.ndarray, vocab_ids: np.ndarray,
                texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(text, vocabulary id) of every trigram of each text found in the vocabulary, in the order of the text, as
    trigrams() gives them. Normalised texts are plain ASCII, so all of them are cut and looked up at once in numpy
    (a trigram as an integer, found in the sorted vocabulary); other texts are looked up one by one."""
    padded = "".join(f"  {text} " for text in texts)
    if not len(codes) or not padded.isascii():
        get = vocabulary.get
        found = [[j for j in map(get, trigrams(text)) if j is not None] for text in texts]
        rows = np.repeat(np.arange(len(texts)), [len(f) for f in found]).astype(np.int64)
        return rows, np.array([j for f in found for j in f], dtype=np.int64)
    n_grams = np.array([len(text) + 1 for text in texts], dtype=np.int64)  # len(f"  {text} ") - 2
    chars = np.frombuffer(padded.encode("ascii"), dtype=np.uint8).astype(np.int64)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), n_grams)
    # a text's trigrams start at its offset in `padded`, which is 2 characters more per earlier text
    pos = np.arange(int(n_grams.sum()), dtype=np.int64) + 2 * rows
    gram = (chars[pos] << 16) | (chars[pos + 1] << 8) | chars[pos + 2]
    at = np.minimum(np.searchsorted(codes, gram), len(codes) - 1)
    hit = codes[at] == gram
    return rows[hit], vocab_ids[at[hit]]


def tfidf_rows(vocabulary: dict[str, int], idf: np.ndarray, codes: np.ndarray, vocab_ids: np.ndarray,
               texts: list[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows; only the trigram lookup is per text, the arithmetic is one numpy pass."""
    rows, cols = trigram_ids(vocabulary, codes, vocab_ids, texts)
    m = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(texts), len(vocabulary)))
    m.sum_duplicates()
    m.data *= idf[m.indices]
    counts = np.diff(m.indptr)
    norms = np.sqrt(np.bincount(np.repeat(np.arange(len(texts)), counts), weights=m.data**2, minlength=len(texts)))
    norms[norms == 0] = 1.0
    m.data /= np.repeat(norms, counts)
    return m


# ---- the list as arrays ------------------------------------------------------------------------------------
@dataclass
class ScoringArrays:
    """The crosswalk as arrays, so a whole batch of candidates is scored with numpy rather than one by one."""

    codes: list[str]  # credential index -> code
    code_array: np.ndarray  # the same as an array of objects, to look many up at once
    index: dict[str, int]  # code -> credential index
    key_cred: np.ndarray  # TF-IDF row -> credential index
    code_rank: np.ndarray  # credential index -> rank of its code (ties are broken by code, as before)
    ntok: np.ndarray  # credential index -> number of name tokens
    nums: np.ndarray  # credential index -> id of its set of numbers (0: none)
    vendor: np.ndarray  # credential index -> id of its vendor key
    tok_keys: np.ndarray  # sorted credential index * len(token_ids) + token id
    aligned_keys: np.ndarray  # sorted credential index * len(cip_ids) + cip id
    token_ids: dict[str, int]
    nums_ids: dict[frozenset[str], int]
    # credential index -> its numbers, and the (letters, number) codes a write-in may leave out
    # (list_features.version_numbers), for the credentials with any
    versioned: dict[int, tuple[frozenset[str], tuple[tuple[str, str], ...]]]
    # credential index -> the exam codes its name writes (list_features.exam_codes), for the credentials with any
    exam_codes: dict[int, frozenset[tuple[str, str]]]
    vendor_ids: dict[str, int]
    cip_ids: dict[str, int]
    common_cols: np.ndarray  # the common trigrams' columns
    common_dense: np.ndarray  # TF-IDF rows x common trigrams (the part the candidate product leaves out)
    tok_dense: np.ndarray  # credential index x token id -> the name has the token (tok_keys as a lookup table)
    aligned_dense: np.ndarray  # credential index x cip id -> aligned (aligned_keys as a lookup table)
    tok_idf: np.ndarray  # token id -> rarity of the word among the list's names, log((1 + n) / (1 + df)) + 1
    cred_idf: np.ndarray  # credential index -> its words' rarity summed
    unknown_idf: float  # the rarity of a word no name uses
    # sorted typed vendor id * number of vendor ids + vendor id, for each pair whose first's words are all words of
    # the second, longer one (refs.vendor_within)
    vendor_within: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # credential index -> the numbers of each of its names, for a credential the list writes with several numbers
    # (refs.row_numbers: two rows of it, or a family's members)
    row_nums: dict[int, tuple[frozenset[str], ...]] = field(default_factory=dict)
    # a vendor key of several words -> the token id of its one alias of one word that the list's names use ("u s
    # environmental protection agency" -> "epa", which "EPA Section 608 ..." writes): typed_vendor_aliases
    vendor_word_ids: dict[str, int] = field(default_factory=dict)


# ---- ranking a batch ---------------------------------------------------------------------------------------
@dataclass
class Ranking:
    """A batch's candidates, best first: triple i's are at positions bounds[i]:bounds[i + 1] of the arrays."""

    of_text: np.ndarray  # triple -> index of its text among the batch's distinct texts
    qtokens: list[frozenset[str]]  # distinct text -> its words
    qnums: list[frozenset[str]]  # distinct text -> its numbers
    row: np.ndarray  # candidate -> its triple
    cred: np.ndarray  # candidate -> credential index
    score: np.ndarray  # candidate -> score, rounded to 4 decimals
    words: np.ndarray  # candidate -> word features (cand_cover, query_cover, missing, q_unknown; rule.FEATURES)
    bounds: list[int]
    codes: list[str]  # candidate -> credential code
    scores: list[float]  # the scores as floats


def rank_batch(tfidf: TrigramIndex, arr: ScoringArrays, todo: list[Triple], exacts: list[list[str]], top_k: int,
               tokens_of: Mapping[str, frozenset[str]], numbers_of: Mapping[str, frozenset[str]]) -> Ranking:
    """Every triple's candidates: keys from the rare-trigram product, their full cosine, the best key per
    credential, the exact names the triple already has (``exacts``: several, an ambiguity to weigh), then the
    numbers rule (other numbers: no candidate), token overlap, vendor and CIP terms. ``tokens_of`` and
    ``numbers_of`` give a text's words and numbers (memo tables of words.Words)."""
    n = len(todo)
    text_ids: dict[str, int] = {}
    of_text = np.array([text_ids.setdefault(t[0], len(text_ids)) for t in todo], dtype=np.int64)
    texts = list(text_ids)
    qtokens = [tokens_of[t] for t in texts]
    t_row, t_cred, t_char, t_token, t_contain, t_words = text_candidates(tfidf, arr, texts, qtokens, top_k)
    # every triple gets its text's candidates
    t_ptr = np.searchsorted(t_row, np.arange(len(texts) + 1))
    row, pair = expand(t_ptr, of_text)
    cred, char = t_cred[pair], t_char[pair]
    ex_row = np.array([i for i, ex in enumerate(exacts) for _ in ex], dtype=np.int64)
    ex_cred = np.array([arr.index[c] for ex in exacts for c in ex], dtype=np.int64)
    if len(ex_row):
        row = np.concatenate([row, ex_row])
        cred = np.concatenate([cred, ex_cred])
        char = np.concatenate([char, np.ones(len(ex_row))])
        pair = np.concatenate([pair, np.full(len(ex_row), -1, dtype=np.int64)])
        row, cred, char, pair = best_per_credential(row, cred, char, pair)
    qnums = [numbers_of[t] for t in texts]
    qnum_id = np.array([arr.nums_ids.get(q, -1) for q in qnums], dtype=np.int64)[of_text[row]]
    keep = ~((qnum_id != 0) & (arr.nums[cred] != 0) & (qnum_id != arr.nums[cred]))  # the numbers rule
    # and its two exceptions (numbers_left_out), checked one by one on the few pairs they may concern: a name with
    # a version code, or a write-in typing exam numbers only
    exams = np.array([bool(q) and all(len(n) >= 3 for n in q) for q in qnums], dtype=bool)
    if arr.versioned or arr.row_nums or exams.any():
        versioned = np.isin(cred, np.fromiter([*arr.versioned, *arr.row_nums], dtype=np.int64))
        sets = {i: s for s, i in arr.nums_ids.items()}
        for p in np.flatnonzero(~keep & (versioned | exams[of_text[row]] & (arr.nums[cred] != 0))).tolist():
            t, c = int(of_text[row[p]]), int(cred[p])
            # (or the numbers of another of the credential's names: row_nums)
            keep[p] = qnums[t] in arr.row_nums.get(c, ()) or numbers_left_out(
                qnums[t], qtokens[t], sets[int(arr.nums[c])], arr.versioned.get(c, (frozenset(), ()))[1],
                arr.exam_codes.get(c, frozenset()))
    row, cred, char, pair = row[keep], cred[keep], char[keep], pair[keep]
    # a name several credentials share exactly counts as naming every word of each, so they tie and the CIP
    # or a person decides ("EMT": the state license's acronym, and the words of the registry's name)
    n_creds = len(arr.codes)
    shared = np.isin(row * n_creds + cred, ex_row * n_creds + ex_cred)
    # only a shared pair can lack a text candidate (pair -1); its token terms are 1.0 whatever they were
    token_sim = np.where(shared, 1.0, np.append(t_token, 0.0)[pair])
    containment = np.where(shared, 1.0, np.append(t_contain, 0.0)[pair])
    # word features of each pair for the decision rule (a shared exact name: every word covered, none missing)
    words = np.column_stack([np.where(shared, full, np.append(w, 0.0)[pair])
                             for w, full in zip(t_words, (1.0, 1.0, 0.0, 0.0), strict=True)])
    # rounded to 4 decimals before anything compares them: the last bits of a float can differ with the batch an
    # entry is scored in (incremental builds), the decision must not
    score = np.round(score_pairs(arr, todo, row, cred, char, token_sim, containment), 4)
    order = rank_candidates(row, score, arr.code_rank[cred])
    row, cred, score = row[order], cred[order], score[order]
    return Ranking(of_text=of_text, qtokens=qtokens, qnums=qnums, row=row, cred=cred, score=score,
                   words=words[order], bounds=np.searchsorted(row, np.arange(n + 1)).tolist(),
                   codes=arr.code_array[cred].tolist(), scores=score.tolist())


def numbers_left_out(typed: frozenset[str], words: frozenset[str], theirs: frozenset[str],
                     codes: tuple[tuple[str, str], ...], exams: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """The exceptions to the numbers rule (other numbers, no candidate): a write-in (its numbers ``typed``, its
    ``words``) may leave out a name's version code (``codes``, list_features.version_numbers) whose letters it does
    not type ("IC3 Level 3" against "IC3 ... - GS6 Level 3"), and exam numbers typed (three digits or more) may be
    some of a name's exam numbers ("A+ 220-1101" against "CompTIA A+ (220-1101 and 220-1102)"), or a whole exam
    code of two such numbers, beside any other number of the name ("220-1101" against "CompTIA A+ Core 1
    (220-1101)"); and a write-in typing only exam codes the name writes, letters and number (``exams``,
    list_features.exam_codes), may leave out the name's other numbers ("SACA C-101" against "Certified Industry 4.0
    Associate – Basic Operations (C-101)")."""
    if typed == theirs - {n for letters, n in codes if letters not in words}:
        return True
    if typed and all(any((w, n) in exams for w in words) for n in typed):
        return True
    return (bool(typed) and all(len(n) >= 3 for n in typed) and typed < theirs
            and (len(typed) >= 2 or all(len(n) >= 3 for n in theirs - typed)))


def text_candidates(tfidf: TrigramIndex, arr: ScoringArrays, texts: list[str], qtokens: list[frozenset[str]],
                    top_k: int) -> tuple[np.ndarray, ...]:
    """For distinct texts (and their words): (text, credential, character similarity, token Jaccard, share of the
    text's words in the name, word features) of each text's candidates, sorted by text then credential. Token terms
    are for a pair that is not a shared exact name (see rank_batch)."""
    queries = tfidf.rows(texts)
    row, key, rare = candidate_keys(queries, tfidf.matrix_t, top_k * 3)
    char = rare + common_part(queries, row, key, arr)
    row, cred, char = best_per_credential(row, arr.key_cred[key], char)
    qlen = np.array([len(q) for q in qtokens], dtype=np.int64)
    tok_ptr = np.concatenate([[0], np.cumsum(qlen)])
    tok_flat = np.array([arr.token_ids.get(t, -1) for q in qtokens for t in q], dtype=np.int64)
    pair, ent = expand(tok_ptr, row)
    tok = tok_flat[ent]
    hit = (tok >= 0) & arr.tok_dense[cred[pair], np.maximum(tok, 0)]
    inter = np.bincount(pair, weights=hit, minlength=len(row))
    ql = qlen[row]
    union = ql + arr.ntok[cred] - inter
    token_sim = np.where(union > 0, inter / np.maximum(union, 1), 0.0)
    containment = np.where(ql > 0, inter / np.maximum(ql, 1), 0.0)
    # the same overlap with each word weighted by its rarity in the list (a word no name uses: as rare as can be)
    weight = np.append(arr.tok_idf, arr.unknown_idf)[tok_flat]
    q_weight = np.bincount(np.repeat(np.arange(len(texts)), qlen), weights=weight, minlength=len(texts))
    w_inter = np.bincount(pair, weights=hit * weight[ent], minlength=len(row))
    cand_cover = np.where(arr.cred_idf[cred] > 0, w_inter / np.maximum(arr.cred_idf[cred], 1e-9), 0.0)
    query_cover = np.where(q_weight[row] > 0, w_inter / np.maximum(q_weight[row], 1e-9), 0.0)
    # words of the write-in that other names use but this one does not ("general" in a write-in for the
    # general-industry card, against the construction card), by rarity, one rarest word = 1
    missing = np.bincount(pair, weights=((tok >= 0) & ~hit) * weight[ent], minlength=len(row)) / arr.unknown_idf
    # the share of the write-in's words no name uses (a typo, a word of a credential the list does not have)
    unknown = np.bincount(np.repeat(np.arange(len(texts)), qlen), weights=tok_flat < 0, minlength=len(texts))
    q_unknown = np.where(qlen > 0, unknown / np.maximum(qlen, 1), 0.0)[row]
    return row, cred, char, token_sim, containment, (cand_cover, query_cover, missing, q_unknown)


def score_pairs(arr: ScoringArrays, todo: list[Triple], row: np.ndarray, cred: np.ndarray, char: np.ndarray,
                token_sim: np.ndarray, containment: np.ndarray) -> np.ndarray:
    """0.55 character similarity + 0.2 token Jaccard + 0.25 share of the write-in's words in the name, then
    +0.06 for the same vendor, -0.08 for another known vendor, +0.03 for alignment with the program's CIP."""
    score = 0.55 * char + 0.2 * token_sim + 0.25 * containment
    qv = np.array([arr.vendor_ids.get(v, -1) if v else -2 for _, v, _ in todo], dtype=np.int64)[row]
    vendors = [v for _, v, _ in todo]
    same, other = vendor_terms(arr, qv, typed_vendor_words(arr, vendors)[row], cred,
                               typed_vendor_aliases(arr, vendors)[row])
    score += 0.06 * same - 0.08 * other
    if arr.cip_ids and len(arr.aligned_keys):
        qc = np.array([arr.cip_ids.get(c, -1) for _, _, c in todo], dtype=np.int64)[row]
        score += 0.03 * ((qc >= 0) & arr.aligned_dense[cred, np.maximum(qc, 0)])
    return np.minimum(score, 1.0)


def typed_vendor_words(arr: ScoringArrays, vendors: list[str]) -> np.ndarray:
    """For typed vendor keys: the token id of a vendor of one word that the list's names use ("solidworks",
    "aws"), else -1 (vendor_terms)."""
    return np.array([arr.token_ids.get(v, -1) if v and " " not in v else -1 for v in vendors], dtype=np.int64)


def typed_vendor_aliases(arr: ScoringArrays, vendors: list[str]) -> np.ndarray:
    """For typed vendor keys of several words: the token id of the vendor's one-word alias that the list's names use
    ("EPA" typed, its key the list's "u s environmental protection agency": "epa"), else -1 (vendor_terms)."""
    return np.array([arr.vendor_word_ids.get(v, -1) if v and " " in v else -1 for v in vendors], dtype=np.int64)


def vendor_terms(arr: ScoringArrays, qv: np.ndarray, qword: np.ndarray, cred: np.ndarray,
                 qalias: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """For typed vendor ids ``qv`` (-1 unknown, -2 none) against credentials ``cred``: (the same vendor, another
    vendor of the list). A credential the list gives no vendor is of no other vendor; a name that writes the typed
    vendor's one word (``qword``, typed_vendor_words) is of that vendor, known to the list or not ("Certified
    SOLIDWORKS Associate", listed under Dassault Systèmes, typed with "SolidWorks"; "AWS SENSE Entry Level Welder"
    in a list without vendors, typed with "AWS"); a name that writes the one-word alias of a typed vendor of several
    words (``qalias``, typed_vendor_aliases) is of no other vendor ("EPA Section 608 Technician Certification - Type
    II", listed under the ESCO Institute, typed with "EPA")."""
    named = (qword >= 0) & arr.tok_dense[cred, np.maximum(qword, 0)]
    writes_alias = np.zeros(len(cred), dtype=bool) if qalias is None else (
        (qalias >= 0) & arr.tok_dense[cred, np.maximum(qalias, 0)])
    same = (qv >= 0) & (qv == arr.vendor[cred]) | named
    within = np.isin(np.maximum(qv, 0) * len(arr.vendor_ids) + arr.vendor[cred], arr.vendor_within)
    return same, (qv >= 0) & ~same & ~within & ~writes_alias & (arr.vendor[cred] != arr.vendor_ids.get("", -3))


# ---- array helpers -----------------------------------------------------------------------------------------
def expand(ptr: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For items each pointing at a group whose entries are ptr[g]:ptr[g + 1]: every (item, entry) pair."""
    counts = ptr[group + 1] - ptr[group]
    item = np.repeat(np.arange(len(group)), counts)
    starts = np.cumsum(counts) - counts
    entry = np.repeat(ptr[group] - starts, counts) + np.arange(int(counts.sum()))
    return item, entry


def candidate_keys(queries: sparse.csr_matrix, matrix_t: sparse.csr_matrix, k: int,
                   chunk: int = 2_000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(query row, key, rare-trigram similarity) of each query's k best keys, by chunks of queries so the
    product (hundreds of keys per query) stays small."""
    parts = []
    for lo in range(0, queries.shape[0], chunk):
        row, key, val = top_per_row((queries[lo : lo + chunk] @ matrix_t).tocsr(), k)
        parts.append((row + lo, key, val))
    if not parts:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
    return tuple(np.concatenate(p) for p in zip(*parts, strict=True))  # type: ignore[return-value]


def top_per_row(sims: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, value) of the k largest values of each row (all of a row with k or fewer). A coarse
    histogram of each row first drops what cannot make its top k; only the few left are sorted."""
    counts = np.diff(sims.indptr)
    row = np.repeat(np.arange(sims.shape[0], dtype=np.int64), counts)
    val = sims.data
    if (counts <= k).all():
        return row, sims.indices.astype(np.int64), val
    bins = 128
    bucket = np.minimum((val * bins).astype(np.int64), bins - 1)
    hist = np.bincount(row * bins + bucket, minlength=sims.shape[0] * bins).reshape(sims.shape[0], bins)
    # per row, the highest bucket with k values at or above it (0 for a row with k or fewer values)
    reached = np.cumsum(hist[:, ::-1], axis=1) >= k
    floor = np.where(counts > k, bins - 1 - np.argmax(reached, axis=1), 0)
    sel = np.flatnonzero(bucket >= floor[row])
    order = sel[np.lexsort((-val[sel], row[sel]))]
    first = np.searchsorted(row[order], np.arange(sims.shape[0]))
    keep = np.sort(order[np.arange(len(order)) - first[row[order]] < k])
    return row[keep], sims.indices[keep].astype(np.int64), val[keep]


def common_part(queries: sparse.csr_matrix, row: np.ndarray, key: np.ndarray, arr: ScoringArrays) -> np.ndarray:
    """The common trigrams' share of each (query row, key) cosine, which the candidate product leaves out. Each
    query's candidate keys (sorted by row, at most top_k * 3) are laid out in a padded grid, so the share is one
    batched matrix-vector product over a few hundred common trigrams, by chunks of queries (float64; decisions use
    scores rounded to 4 decimals, so the batch an entry is scored in cannot change them)."""
    n = queries.shape[0]
    if not len(row):
        return np.zeros(0)
    dense = queries[:, arr.common_cols].toarray()
    pos = np.arange(len(row)) - np.searchsorted(row, np.arange(n))[row]
    grid = np.zeros((n, int(pos.max()) + 1), dtype=np.int64)
    grid[row, pos] = key
    shares = np.empty(grid.shape)
    step = 32  # small enough that each chunk's keys (step x candidates x common trigrams) stay in cache
    for lo in range(0, n, step):
        keys = arr.common_dense[grid[lo : lo + step]]
        shares[lo : lo + step] = np.matmul(keys, dense[lo : lo + step, :, None])[..., 0]
    return shares[row, pos]


def rank_candidates(row: np.ndarray, score: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """np.lexsort((rank, -score, row)) for scores rounded to 4 decimals, as one integer key: by entry, best score
    first, ties by code. A rounded score is k / 10^4 for an integer k, so k orders exactly as the score does."""
    if not len(row):
        return np.zeros(0, dtype=np.int64)
    k = np.rint(score * 10_000).astype(np.int64)
    k = k.max() - k  # best first
    n_k, n_rank = int(k.max()) + 1, int(rank.max()) + 1
    if (int(row.max()) + 1) * n_k * n_rank >= 2**62:
        return np.lexsort((rank, -score, row))
    return np.argsort((row * n_k + k) * n_rank + rank, kind="stable")


def best_per_credential(row: np.ndarray, cred: np.ndarray, sim: np.ndarray,
                        *extra: np.ndarray) -> tuple[np.ndarray, ...]:
    """A credential has several keys (name, vendor + name, bracketed acronym): keep its best similarity (and of
    each ``extra`` array, the value of the pair's first item in (row, credential) order)."""
    if not len(row):
        return (row, cred, sim, *extra)
    order = np.argsort(row * (int(cred.max()) + 1) + cred, kind="stable")  # np.lexsort((cred, row)), faster
    row, cred, sim = row[order], cred[order], sim[order]
    start = np.flatnonzero(np.r_[True, (row[1:] != row[:-1]) | (cred[1:] != cred[:-1])])
    return (row[start], cred[start], np.maximum.reduceat(sim, start), *(e[order][start] for e in extra))
