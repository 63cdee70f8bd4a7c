"""Credential resolution: from a typed (name, vendor, program CIP) to a state credential code, or to review.

Cascade, for each distinct normalised mention: code reported in the row -> reviewed alias -> exact canonical name
-> fuzzy candidates. Fuzzy candidates come from a sparse character-trigram TF-IDF product (fast: time grows with
distinct strings, not rows) and are scored on character similarity, token overlap, vendor agreement and alignment
with the program's CIP. Numbers are a hard rule (OSHA 10 is never OSHA 30). A candidate is assigned only above a
score threshold and a margin over the runner-up; an ambiguity the program's CIP settles is assigned as fuzzy_cip,
anything else goes to review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
from scipy import sparse

from cte_credentials.resolve.normalize import Normalizer, basic_clean, numbers, numbers_conflict

NO_CREDENTIAL = "NO_CREDENTIAL"
# Where an entry may hold several credentials. Which cuts are kept is decided by resolving the pieces (see
# resolve_entry), so "Heating, Ventilation and Air Conditioning" stays whole while "CNA & BLS" splits.
SEPARATORS = re.compile(r"(\s*(?:;|\n|\r|\||,|&|\s\+\s|/|\band\b)\s*)", re.IGNORECASE)
MAX_PIECES = 8
COMMON_TRIGRAM_SHARE = 0.05
SPLIT_FLOOR = 0.95  # a piece must resolve above this score to be worth a cut
PIECE_ADVANTAGE = 0.1  # unresolved pieces are reviewed one by one when each beats the whole by this much
STOP_TOKENS = frozenset({"and", "of", "the", "for", "in", "certification", "certified", "credential", "exam"})


@dataclass
class ResolutionConfig:
    """Thresholds for automatic assignment; the dbt Python model reads them from vars cte:resolution_*."""

    min_score: float = 0.80
    min_margin: float = 0.08
    top_k: int = 12


@dataclass
class Credential:
    code: str
    name: str
    vendor: str
    key: str  # normalised name
    nums: frozenset[str]
    tokens: frozenset[str]
    vendor_key: str


@dataclass
class ResolutionRefs:
    """Everything resolution reads, built once from the seeds (or a state's own crosswalk)."""

    normalize: Normalizer
    credentials: list[Credential]
    by_code: dict[str, Credential]
    exact: dict[str, list[str]]  # normalised name (and variants) -> codes
    aligned: set[tuple[str, str]]  # (credential_code, cip_code)
    aliases: dict[tuple[str, str, str], str]  # (normalised name, vendor key, cip) -> code ('' vendor/cip = any)
    vendor_alias: dict[str, str]  # cleaned alias -> canonical vendor
    junk_exact: dict[str, str]
    junk_contains: list[tuple[str, str]]
    vendor_keys: set[str] = field(default_factory=set)  # cleaned canonical vendor names
    token_index: dict[str, set[str]] = field(default_factory=dict)  # name token -> credential codes
    vendor_prefixes: list[str] = field(default_factory=list)  # aliases and vendors, longest first
    keys: list[str] = field(default_factory=list)  # TF-IDF rows: text
    key_codes: list[str] = field(default_factory=list)  # TF-IDF rows: credential code
    vocabulary: dict[str, int] = field(default_factory=dict)
    idf: np.ndarray | None = None
    matrix: sparse.csr_matrix | None = None
    matrix_t: sparse.csr_matrix | None = None  # transposed once, for the product with each batch
    prefix_by_word: dict[str, list[str]] = field(default_factory=dict)  # vendor prefixes by first word
    junk_regex: re.Pattern | None = None


def _trigrams(text: str) -> list[str]:
    padded = f"  {text} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def _tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in text.split() if t not in STOP_TOKENS)


def build_refs(crosswalk: list[dict], alignment: list[dict], aliases: list[dict], abbreviations: list[dict],
               vendor_aliases: list[dict], junk: list[dict]) -> ResolutionRefs:
    """Index the crosswalk for exact and fuzzy lookup. Only credential_code, credential_name, vendor_name are read
    from the crosswalk, so a state's own crosswalk with just those three columns works unchanged."""
    normalize = Normalizer.from_rows(abbreviations)
    vendor_alias = {basic_clean(r["vendor_alias"]): r["vendor_name"] for r in vendor_aliases}
    creds: list[Credential] = []
    for row in crosswalk:
        code = (row.get("credential_code") or "").strip()
        if not code:
            continue
        name, vendor = row.get("credential_name") or "", row.get("vendor_name") or ""
        key = normalize(name)
        creds.append(Credential(code, name, vendor, key, numbers(key), _tokens(key), basic_clean(vendor)))
        vendor_alias.setdefault(basic_clean(vendor), vendor)
    refs = ResolutionRefs(
        normalize=normalize, credentials=creds, by_code={c.code: c for c in creds}, exact={},
        aligned={(r["credential_code"], r["cip_code"]) for r in alignment},
        aliases={}, vendor_alias=vendor_alias,
        junk_exact={basic_clean(r["junk_text"]): r.get("reason") or "junk" for r in junk
                    if (r.get("match_type") or "exact") == "exact"},
        junk_contains=[(basic_clean(r["junk_text"]), r.get("reason") or "junk") for r in junk
                       if r.get("match_type") == "contains"],
    )
    refs.vendor_keys = {basic_clean(v) for v in vendor_alias.values()}
    refs.vendor_prefixes = sorted((a for a in vendor_alias if len(a) >= 3), key=len, reverse=True)
    for alias in refs.vendor_prefixes:
        refs.prefix_by_word.setdefault(alias.split()[0], []).append(alias)
    contains = [phrase for phrase, _ in refs.junk_contains if phrase]
    if contains:
        alternatives = "|".join(re.escape(c) for c in sorted(contains, key=len, reverse=True))
        refs.junk_regex = re.compile(rf"(?<![a-z0-9])({alternatives})(?![a-z0-9])")
    for row in aliases:
        key = (normalize(row["normalized_name"]), basic_clean(row.get("vendor_name")), (row.get("cip_code") or ""))
        refs.aliases[key] = (row.get("credential_code") or "").strip() or NO_CREDENTIAL
    for c in creds:
        for token in c.tokens:
            refs.token_index.setdefault(token, set()).add(c.code)
        variants = {c.key, normalize(f"{c.vendor} {c.name}")}
        # "Certified Nursing Assistant (CNA)": the part in brackets is also a name people type
        for inner in re.findall(r"\(([^)]+)\)", c.name):
            variants.add(normalize(inner))
            variants.add(normalize(re.sub(r"\([^)]*\)", " ", c.name)))
        for v in variants:
            if v:
                refs.exact.setdefault(v, [])
                if c.code not in refs.exact[v]:
                    refs.exact[v].append(c.code)
                refs.keys.append(v)
                refs.key_codes.append(c.code)
    _fit_tfidf(refs)
    return refs


def _fit_tfidf(refs: ResolutionRefs) -> None:
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, key in enumerate(refs.keys):
        for g in set(_trigrams(key)):
            rows.append(i)
            cols.append(vocab.setdefault(g, len(vocab)))
    df = np.bincount(cols, minlength=len(vocab))
    refs.idf = np.log((1 + len(refs.keys)) / (1 + df)) + 1.0
    refs.vocabulary = vocab
    refs.matrix = _tfidf_rows(refs, refs.keys)
    # Candidates are found through the rarer trigrams only: a trigram in more than COMMON_TRIGRAM_SHARE of the
    # keys (" ce", "ion") adds little to a cosine but most of the cost of the sparse product. Scores keep the
    # full vectors' normalisation, so they are slightly lower than a full cosine, the same for every candidate.
    keep = (df <= max(5, COMMON_TRIGRAM_SHARE * len(refs.keys))).astype(float)
    refs.matrix_t = (refs.matrix @ sparse.diags(keep)).T.tocsr()
    refs.matrix_t.eliminate_zeros()


def _tfidf_rows(refs: ResolutionRefs, texts: list[str]) -> sparse.csr_matrix:
    indptr, indices, data = [0], [], []
    vocab, idf = refs.vocabulary, refs.idf
    for text in texts:
        counts: dict[int, int] = {}
        for g in _trigrams(text):
            j = vocab.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        vals = np.fromiter(counts.values(), dtype=np.float64, count=len(counts)) * idf[cols]
        norm = np.sqrt((vals**2).sum()) or 1.0
        indices.extend(cols.tolist())
        data.extend((vals / norm).tolist())
        indptr.append(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(texts), len(vocab)))


@dataclass
class Decision:
    status: str  # resolved | no_credential | needs_review
    method: str  # reported_code | alias | exact | fuzzy | fuzzy_cip | junk | unresolved
    code: str | None = None
    score: float | None = None
    margin: float | None = None
    runner_up_code: str | None = None
    runner_up_score: float | None = None
    candidates: list[tuple[str, float]] = field(default_factory=list)
    junk_reason: str | None = None


class Resolver:
    """Resolves distinct (text, vendor, CIP) triples with memoisation: each distinct string is scored once."""

    def __init__(self, refs: ResolutionRefs, config: ResolutionConfig | None = None) -> None:
        self.refs = refs
        self.config = config or ResolutionConfig()
        self._memo: dict[tuple[str, str, str], Decision] = {}

    # ---- vendor and junk -------------------------------------------------------------------------------
    def vendor_key(self, vendor: str | None) -> str:
        cleaned = basic_clean(vendor)
        canonical = self.refs.vendor_alias.get(cleaned)
        return basic_clean(canonical) if canonical else cleaned

    def is_vendor(self, text: str | None) -> bool:
        return bool(text) and basic_clean(text) in self.refs.vendor_alias

    def junk_reason(self, text: str | None) -> str | None:
        cleaned = basic_clean(text)
        if not cleaned or not re.search(r"[a-z]", cleaned) and not re.search(r"[1-9]", cleaned):
            return "blank or punctuation only"
        if cleaned in self.refs.junk_exact:
            return self.refs.junk_exact[cleaned]
        if self.refs.junk_regex is not None:
            match = self.refs.junk_regex.search(cleaned)
            if match:
                return dict(self.refs.junk_contains).get(match.group(1), "junk")
        return None

    # ---- batch scoring -----------------------------------------------------------------------------------
    def prepare(self, triples: list[tuple[str, str, str]]) -> None:
        """Score every not-yet-seen (normalised text, vendor key, cip) in one sparse product."""
        todo = sorted({t for t in triples if t not in self._memo})
        if not todo:
            return
        texts = [t[0] for t in todo]
        queries = _tfidf_rows(self.refs, texts)
        # candidates from the rare trigrams (cheap), then the full cosine for those candidates only
        sims = (queries @ self.refs.matrix_t).tocsr()
        k = self.config.top_k * 3
        rows, keys = [], []
        for i in range(len(todo)):
            lo, hi = sims.indptr[i], sims.indptr[i + 1]
            idx, val = sims.indices[lo:hi], sims.data[lo:hi]
            if len(idx) > k:
                idx = idx[np.argpartition(-val, k)[:k]]
            rows.append(np.full(len(idx), i))
            keys.append(idx)
        row_arr = np.concatenate(rows) if rows else np.empty(0, dtype=int)
        key_arr = np.concatenate(keys) if keys else np.empty(0, dtype=int)
        exact = np.asarray(queries[row_arr].multiply(self.refs.matrix[key_arr]).sum(axis=1)).ravel()
        bounds = np.searchsorted(row_arr, np.arange(len(todo) + 1))
        for i, triple in enumerate(todo):
            lo, hi = bounds[i], bounds[i + 1]
            self._memo[triple] = self._decide(triple, key_arr[lo:hi], exact[lo:hi])

    def resolve(self, text: str, vendor_key: str, cip: str) -> Decision:
        triple = (text, vendor_key, cip)
        if triple not in self._memo:
            self.prepare([triple])
        return self._memo[triple]

    def best(self, text: str, vendor_key: str, cip: str) -> tuple[str, Decision]:
        """Resolve a text as typed and without a leading vendor name ("Adobe ...", "NRA ServSafe ..."); keep the
        better of the two, since some canonical names start with their vendor and others do not."""
        options = [text]
        stripped = _strip_vendor(self, text)
        if stripped != text:
            options.append(stripped)
        self.prepare([(t, vendor_key, cip) for t in options])
        ranked = sorted(options, key=lambda t: (self._memo[(t, vendor_key, cip)].status != "resolved",
                                                -(self._memo[(t, vendor_key, cip)].score or 0.0)))
        return ranked[0], self._memo[(ranked[0], vendor_key, cip)]

    def _only_credential_naming_every_word(self, qtokens: frozenset[str], qnums: frozenset[str],
                                           vendor_key: str) -> str | None:
        """The one credential whose name holds every word of the write-in (with a known vendor: among that
        vendor's credentials), or None when none or several do."""
        refs = self.refs
        words = qtokens - set(vendor_key.split()) if vendor_key else qtokens
        if not words or all(w.isdigit() for w in words):
            return None
        codes: set[str] | None = None
        for word in words:
            posting = refs.token_index.get(word, set())
            codes = posting if codes is None else codes & posting
            if not codes:
                return None
        assert codes is not None
        if vendor_key in refs.vendor_keys:
            codes = {c for c in codes if refs.by_code[c].vendor_key == vendor_key}
        # here a credential with more numbers than the write-in still counts ("EPA 608" names Type I and Universal)
        codes = {c for c in codes if qnums <= refs.by_code[c].nums}
        return next(iter(codes)) if len(codes) == 1 else None

    def _decide(self, triple: tuple[str, str, str], key_idx: np.ndarray, key_sim: np.ndarray) -> Decision:
        text, vendor_key, cip = triple
        refs, cfg = self.refs, self.config
        if not text:
            return Decision("needs_review", "unresolved")
        for key in ((text, vendor_key, cip), (text, vendor_key, ""), (text, "", cip), (text, "", "")):
            if key in refs.aliases:
                code = refs.aliases[key]
                if code == NO_CREDENTIAL:
                    return Decision("no_credential", "alias", junk_reason="reviewed: no credential")
                return Decision("resolved", "alias", code, 1.0, 1.0)
        qnums, qtokens = numbers(text), _tokens(text)
        exact = [c for c in refs.exact.get(text, []) if not numbers_conflict(qnums, refs.by_code[c].nums)
                 and not (vendor_key in refs.vendor_keys and vendor_key != refs.by_code[c].vendor_key)]
        if len(exact) == 1:
            return Decision("resolved", "exact", exact[0], 1.0, 1.0)
        # best similarity per credential among its keys
        best: dict[str, float] = {}
        if len(key_idx):
            order = np.arange(len(key_sim))
            for j in order:
                code = refs.key_codes[key_idx[j]]
                best[code] = max(best.get(code, 0.0), float(key_sim[j]))
        for code in exact:
            best[code] = 1.0
        scored: list[tuple[float, str]] = []
        for code, char_sim in best.items():
            cred = refs.by_code[code]
            if numbers_conflict(qnums, cred.nums):
                continue
            union = qtokens | cred.tokens
            token_sim = len(qtokens & cred.tokens) / len(union) if union else 0.0
            containment = len(qtokens & cred.tokens) / len(qtokens) if qtokens else 0.0
            score = 0.55 * char_sim + 0.2 * token_sim + 0.25 * containment
            if vendor_key:
                if vendor_key == cred.vendor_key:
                    score += 0.06
                elif vendor_key in refs.vendor_keys:
                    score -= 0.08  # a known vendor that is not this credential's vendor
            if cip and (code, cip) in refs.aligned:
                score += 0.03
            scored.append((min(score, 1.0), code))
        scored.sort(key=lambda s: (-s[0], s[1]))
        candidates = [(c, round(s, 4)) for s, c in scored[:3]]
        if not scored:
            return Decision("needs_review", "unresolved", candidates=candidates)
        top_score, top_code = scored[0]
        runner_score, runner_code = scored[1] if len(scored) > 1 else (0.0, None)
        margin = top_score - runner_score
        common = dict(score=round(top_score, 4), margin=round(margin, 4), runner_up_code=runner_code,
                      runner_up_score=round(runner_score, 4) if runner_code else None, candidates=candidates)
        if top_score >= cfg.min_score and margin >= cfg.min_margin:
            return Decision("resolved", "fuzzy", top_code, **common)
        unique = self._only_credential_naming_every_word(qtokens, qnums, vendor_key)
        if unique and unique == top_code or (unique and top_score - dict((c, s) for s, c in scored).get(unique, 0)
                                             < cfg.min_margin):
            # a short write-in ("OSHA 10 Healthcare", "Lifeguarding", "BLS" from the AHA) scores low on characters
            # against a long canonical name, but it names exactly one credential of the crosswalk
            return Decision("resolved", "fuzzy", unique, **common)
        if cip:
            # an ambiguity: the write-in names several credentials equally well ("OSHA 10" is in the general
            # industry, construction and healthcare cards; "ASE Brakes" in automobile and truck). Does the
            # program's CIP settle it? Only candidates containing every word of the write-in are considered.
            close = [c for s, c in scored if top_score - s < cfg.min_margin and s >= cfg.min_score]
            contained = [c for s, c in scored if qtokens and qtokens <= refs.by_code[c].tokens]
            pool = contained if len(contained) >= 2 else close
            aligned = [c for c in pool if (c, cip) in refs.aligned]
            if len(pool) >= 2 and len(aligned) == 1:
                return Decision("resolved", "fuzzy_cip", aligned[0], **common)
        return Decision("needs_review", "unresolved", **common)


def split_pieces(text: str) -> tuple[list[str], list[str]]:
    """The finest cut of an entry: pieces and the separators between them (kept, to rebuild any span)."""
    parts = SEPARATORS.split(text or "")
    pieces, seps = parts[0::2], parts[1::2]
    keep_p, keep_s = [], []
    for i, piece in enumerate(pieces):
        if piece.strip(" .-:"):
            if keep_p and len(keep_s) < len(keep_p):
                keep_s.append(seps[i - 1])
            keep_p.append(piece.strip(" .-:"))
        elif keep_p and i - 1 < len(seps) and len(keep_s) < len(keep_p):
            keep_s.append(seps[i - 1])
    return keep_p, keep_s[: max(len(keep_p) - 1, 0)]


def _span_variants(pieces: list[str], seps: list[str], i: int, j: int) -> list[str]:
    """Texts a span of pieces may stand for: as typed, and with the first piece's leading word(s) carried over
    ("MOS Word & Excel" -> "MOS Excel")."""
    text = pieces[i] + "".join(seps[k] + pieces[k + 1] for k in range(i, j))
    variants = [text]
    if i > 0 and len(text.split()) <= 3:
        head = pieces[0].split()
        for prefix in {head[0], " ".join(head[:-1][:2])} if len(head) >= 2 else set():
            if prefix and not text.lower().startswith(prefix.lower()):
                variants.append(f"{prefix} {text}")
    return variants


def resolve_entry(resolver: Resolver, name: str | None, vendor: str | None, cip: str,
                  reported_code: str | None) -> list[tuple[str, Decision, str, str]]:
    """Resolve one raw entry into its mentions: (mention text, decision, normalised name, vendor key)."""
    refs = resolver.refs
    if reported_code and reported_code.strip().upper() in refs.by_code:
        code = reported_code.strip().upper()
        return [(name or code, Decision("resolved", "reported_code", code, 1.0, 1.0), resolver.refs.normalize(name),
                 resolver.vendor_key(vendor))]
    name = name or ""
    # the vendor typed in the name field and the credential in the vendor field
    if resolver.is_vendor(name) and vendor and not resolver.is_vendor(vendor):
        name, vendor = vendor, name
    if not name.strip() and vendor and not resolver.is_vendor(vendor):
        name, vendor = vendor, ""
    vkey = resolver.vendor_key(vendor)
    reason = resolver.junk_reason(name)
    if reason:
        return [(name, Decision("no_credential", "junk", junk_reason=reason), basic_clean(name), vkey)]
    whole_text, whole = resolver.best(refs.normalize(name), vkey, cip)
    if whole.status == "resolved" and whole.method in ("exact", "alias"):
        return [(name, whole, whole_text, vkey)]
    pieces, seps = split_pieces(name)
    if not 2 <= len(pieces) <= MAX_PIECES:
        return [(name, whole, whole_text, vkey)]
    # resolve every span of consecutive pieces once (batched), then pick the cut with the best total: a resolved
    # span earns its score above SPLIT_FLOOR, an unresolved one costs 1, so a cut is kept only where its pieces
    # resolve better than the whole, and a sure match (exact, 1.0) outweighs two middling ones
    n = len(pieces)
    span: dict[tuple[int, int], tuple[float, tuple[str, Decision, str, str] | None]] = {}
    texts = {(i, j, v): refs.normalize(v) for i in range(n) for j in range(i, n)
             for v in _span_variants(pieces, seps, i, j)}
    resolver.prepare([(t, vkey, cip) for raw in texts.values() for t in (raw, _strip_vendor(resolver, raw))])
    for (i, j, variant), raw in texts.items():
        if resolver.junk_reason(variant):
            value = (0.0, None)  # a junk piece ("pending") is dropped from a split
        else:
            text, d = resolver.best(raw, vkey, cip)
            gain = (d.score or 0.0) - SPLIT_FLOOR - (0.01 if variant not in pieces[i:j + 1] and i > 0 else 0.0)
            value = (gain if d.status == "resolved" else -1.0 + 0.01 * (d.score or 0.0), (variant, d, text, vkey))
        if (i, j) not in span or value[0] > span[(i, j)][0]:
            span[(i, j)] = value
    if (0, n - 1) in span and whole.status == "resolved":
        span[(0, n - 1)] = ((whole.score or 0.0) - SPLIT_FLOOR + 0.02, (name, whole, whole_text, vkey))
    best: list[tuple[float, list]] = [(0.0, [])] + [(-1e9, [])] * n
    for j in range(1, n + 1):
        for i in range(j):
            score, mention = span[(i, j - 1)]
            total = best[i][0] + score
            if total > best[j][0]:
                best[j] = (total, best[i][1] + ([mention] if mention else []))
    chosen = best[n][1]
    codes = [m[1].code for m in chosen if m[1].status == "resolved"]
    if len(chosen) >= 2 and len(codes) == len(set(codes)):
        return chosen
    if whole.status != "resolved":
        # nothing resolves, but each piece comes much closer to a credential than the whole does
        # ("ASE Brakes/Electrical/Engine Repair"): review the pieces one by one, not the whole
        finest = [span[(i, i)][1] for i in range(n)]
        if all(m is not None for m in finest):
            tops = [m[1].candidates[0] if m[1].candidates else (None, 0.0) for m in finest]
            if (len({c for c, _ in tops}) == n
                    and min(score for _, score in tops) > (whole.score or 0.0) + PIECE_ADVANTAGE):
                return finest
    return [(name, whole, whole_text, vkey)]


def _strip_vendor(resolver: Resolver, text: str) -> str:
    """"national restaurant association servsafe manager": a vendor typed before the name is not part of it,
    unless the whole text is itself a canonical name ("nremt emergency medical technician")."""
    if text in resolver.refs.exact:
        return text
    first = text.split(" ", 1)[0]
    for alias in resolver.refs.prefix_by_word.get(first, ()):
        if text.startswith(alias + " ") and len(text) > len(alias) + 3:
            return text[len(alias) + 1 :]
    return text


OUTPUT_SCHEMA = pa.schema([
    ("entry_key", pa.string()), ("mention_index", pa.int32()), ("mention_count", pa.int32()),
    ("mention_text", pa.string()), ("normalized_name", pa.string()), ("normalized_vendor", pa.string()),
    ("resolution_status", pa.string()), ("resolution_method", pa.string()), ("credential_code", pa.string()),
    ("score", pa.float64()), ("margin", pa.float64()), ("runner_up_code", pa.string()),
    ("runner_up_score", pa.float64()),
    ("candidate_1_code", pa.string()), ("candidate_1_score", pa.float64()),
    ("candidate_2_code", pa.string()), ("candidate_2_score", pa.float64()),
    ("candidate_3_code", pa.string()), ("candidate_3_score", pa.float64()),
    ("junk_reason", pa.string()),
])


def resolve_entries(entries: pa.Table, refs: ResolutionRefs, config: ResolutionConfig | None = None) -> pa.Table:
    """One row per entry x mention for a table of distinct raw entries (entry_key, credential_name_raw,
    vendor_raw, cip_code, credential_code_reported)."""
    resolver = Resolver(refs, config)
    cols = {name: entries.column(name).to_pylist() for name in
            ("entry_key", "credential_name_raw", "vendor_raw", "cip_code", "credential_code_reported")}
    # score every whole entry in one batch first; split pieces are batched per entry and memoised
    batch = []
    for n, v, c in zip(cols["credential_name_raw"], cols["vendor_raw"], cols["cip_code"], strict=True):
        text, vkey = refs.normalize(n), resolver.vendor_key(v)
        batch += [(text, vkey, c or ""), (_strip_vendor(resolver, text), vkey, c or "")]
    resolver.prepare(batch)
    out: dict[str, list] = {f.name: [] for f in OUTPUT_SCHEMA}
    for key, name, vendor, cip, code in zip(*cols.values(), strict=True):
        mentions = resolve_entry(resolver, name, vendor, cip or "", code)
        for i, (text, d, norm, vkey) in enumerate(mentions, start=1):
            cands = d.candidates + [(None, None)] * (3 - len(d.candidates))
            row = dict(entry_key=key, mention_index=i, mention_count=len(mentions), mention_text=text,
                       normalized_name=norm, normalized_vendor=vkey, resolution_status=d.status,
                       resolution_method=d.method, credential_code=d.code, score=d.score, margin=d.margin,
                       runner_up_code=d.runner_up_code, runner_up_score=d.runner_up_score,
                       candidate_1_code=cands[0][0], candidate_1_score=cands[0][1],
                       candidate_2_code=cands[1][0], candidate_2_score=cands[1][1],
                       candidate_3_code=cands[2][0], candidate_3_score=cands[2][1], junk_reason=d.junk_reason)
            for k, v in row.items():
                out[k].append(v)
    return pa.table(out, schema=OUTPUT_SCHEMA)
