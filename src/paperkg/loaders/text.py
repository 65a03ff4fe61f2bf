"""Repair of scraped text: glued words from lost italics, footnote digits, stray LaTeX, spacing.

Text copied from rendered HTML loses the spaces around italic names ("ofTülu",
"inMiniLMby"), keeps footnote marks glued to what follows ("111https://..."),
leaves LaTeX source ("$4.98\\times$") and drops the space after a full stop.
:func:`repair_text` undoes these, conservatively: a split needs a common English
word on one side (or a name the same text uses on its own), so real mixed-case
tokens ("GPT-4", "LLaMA", "MiniLMv2", "DeBERTa", "iDCT", "vLLM", "GaLore") and
units ("7B", "2x") stay intact. URLs are never touched.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Set
from functools import lru_cache

__all__ = ["PROTECTED_TOKENS", "abstract_body", "repair_abstract", "repair_field", "repair_text"]

# Mixed-case tokens whose lowercase head is a real word but which must never be split.
PROTECTED_TOKENS = frozenset(
    {
        "fastText",
        "MLflow",
        "iPhone",
        "iPad",
        "eBay",
        "eBooks",
        "arXiv",
        "bioRxiv",
        "medRxiv",
        "macOS",
        "iOS",
        "byT5",
        "mT5",
        "mBERT",
        "mBART",
        "xFormers",
        "wav2vec",
        "word2vec",
        "doc2vec",
        "node2vec",
    }
)

# Words that end a glued italic name on its left ("ofTülu", "introduceAdapters").
# Function words and the verbs abstracts use to introduce or compare a name.
_LEFT_WORDS_TEXT = """
    a an the of in on at to for from with without by via as and or nor but than then that this these
    those into onto over under upon about across after before between beyond through towards toward
    within among against per versus vs is are was were be been being has have had do does did can
    could will would shall should may might must not also both either neither each every all any
    some such our their its his her we they it which who whom whose where when while how what why if
    so thus hence here there named called dubbed termed coined denoted term introduce introduces
    introduced introducing propose proposes proposed proposing present presents presented presenting
    develop develops developed release releases released build builds built construct constructs
    constructed design designs designed create creates created use uses used using apply applies
    applied extend extends extended adopt adopts adopted train trains trained finetune finetunes
    finetuned finetuning evaluate evaluates evaluated outperform outperforms outperformed
    outperforming surpass surpasses surpassed beat beats match matches improve improves improved
    improving compare compares compared call calls than like unlike including include includes named
    dataset datasets model models method methods framework benchmark benchmarks approach approaches
    algorithm recent first new novel entire whole existing prior previous original standard vanilla
    popular hope knowledge approximates approximate replace replaces replaced combine combines
    combined leverage leverages leveraged enable enables enabled yield yields show shows showed
    demonstrate demonstrates achieve achieves achieved reach reaches achieving named from
"""
_LEFT_WORDS = frozenset(_LEFT_WORDS_TEXT.split())

# Words that can follow a glued name on its right ("MiniLMby", "Chinchillauses").
_RIGHT_WORDS_TEXT = """
    a an the of in on at to for from with without by via as and or but than that this these into
    over under about across after before between through within among against is are was were be
    been has have had do does did can could will would should may might must not also both all any
    which who where when while uses use used using achieves achieve achieved reaches reach
    outperforms outperform outperformed exhibits exhibit shows show showed enables enable enabled
    enhances enhance provides provide offers offer employs employ encodes encode sidesteps improves
    improve improved requires require demonstrates demonstrate yields yield surpasses matches
    consists generates generate learns learn obtains obtain performs perform leverages leverage
    allows allow remains remain becomes become significantly substantially consistently uniformly
    further still even only already models model method methods framework accelerator suite family
    series variant variants lookups aims aim consists consist
"""
_RIGHT_WORDS = frozenset(_RIGHT_WORDS_TEXT.split())
_LONGEST_RIGHT_WORD = max(map(len, _RIGHT_WORDS))
# The last two letters of every right-hand word: a cheap first test before trying cuts.
_RIGHT_ENDINGS = frozenset(word[-2:] for word in _RIGHT_WORDS)
_NO_NAMES: frozenset[str] = frozenset()

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]")
_LATEX_MATH = re.compile(r"\$([^$\n]{1,80}?)\$")
_LATEX_MACROS = {
    "times": "×",
    "cdot": "·",
    "sim": "~",
    "approx": "≈",
    "leq": "≤",
    "le": "≤",
    "geq": "≥",
    "ge": "≥",
    "neq": "≠",
    "pm": "±",
    "infty": "∞",
    "rightarrow": "→",
    "to": "→",
    "leftarrow": "←",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "eta": "η",
    "theta": "θ",
    "lambda": "λ",
    "mu": "μ",
    "sigma": "σ",
    "tau": "τ",
    "phi": "φ",
    "ell": "ℓ",
    "%": "%",
    "&": "&",
    "#": "#",
    "_": "_",
    "$": "$",
    "eg": "e.g.",
    "ie": "i.e.",
    "etal": "et al.",
    "vs": "vs.",
}
_MACRO = re.compile(r"\\([A-Za-z]+|[%&#_$])(?:\{\})?(~?)")
_LATEX_WRAPPERS = re.compile(r"\\(?:mathrm|mathbf|mathit|text|textbf|textit|emph|operatorname)\{([^{}]*)\}")
# The same styles in running text, as exports of LaTeX sources leave them: "We present \textsc{Sieve},
# a decoder", "\emph{not}"; and a citation's key, which is no text ("as shown~\cite{smith2020}").
_TEXT_STYLE = re.compile(
    r"\\(?:textsc|textbf|textit|texttt|textrm|textsf|textup|emph|underline|mbox|text)\{([^{}]*)\}"
)
_CITE_KEY = re.compile(r"\s*~?\\(?:cite|citep|citet|citealp|citeauthor|citeyear)\*?(?:\[[^\]]*\])*\{[^{}]*\}")
# Patterns open with their rarest character and check what precedes with a lookbehind
# placed after it: a lookbehind first would run at every position of every abstract.
# A URL glued to the word before it, maybe through a footnote mark: "athttps://",
# "community111https://", "purposes.111https://".
_URL_START = re.compile(r"https?://")
_FOOTNOTE_TAIL = re.compile(r"(?<=[^\W\d_])([.,;:]?)\d{1,3}$")
# A footnote mark: the same digit three times ("111", "222"), or 1-3 digits after a full stop.
_FOOTNOTE_REPEATED = re.compile(r"(\d)\1\1(?=[^\W\d_]{2}|https?://)")
_FOOTNOTE_AFTER_STOP = re.compile(r"\.(?<=[^\W\d_]{2}\.)\d{1,3}(?=[A-Z][a-z])")
_NO_SPACE_AFTER_STOP = re.compile(r"[.!?](?<=[^\W\d_A-Z]{2}[.!?])(?=[A-Z][^\W\d_])")
_NO_SPACE_AFTER_COMMA = re.compile(r",(?<=[^\W_],)(?=[^\W\d_]{2})")
_NO_SPACE_AFTER_COLON = re.compile(r":(?<=[a-z]:)(?=[A-Z])")
# Lost italics on a lowercase term ("we proposecondensed retrieval"): only after verbs whose
# longer forms add at most 3 letters ("proposed", "introduces"), so 4+ letters are another word.
# Each verb opens with its letter and checks the word start (\b) with a lookbehind after it,
# so the search skips to those letters instead of trying every position.
_GLUED_AFTER_VERB = re.compile(r"(p(?<!\wp)ropose|i(?<!\wi)ntroduce|d(?<!\wd)evise)([a-z]{4,})\b")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,;](?: |$))(?<=\S )")
# A case change inside a word: lower then upper ("ofTülu") or two capitals then lower ("DPOon").
_CASE_CHANGE = re.compile(
    r"[A-Z\u00c0-\u00de](?:(?<=[a-z\u00df-\u00ff][A-Z\u00c0-\u00de])|(?<=[A-Z\u00c0-\u00de]{2})(?=[a-z]))"
)
# A capital after the first letter of a word ("MiniLM", "CausalCite", "LLM").
_INNER_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de](?<=[^\W_][A-Z\u00c0-\u00de])")
# A title word mid-sentence: not after ". ", "! " or "? " (search from 1 to skip the text's start).
_MID_SENTENCE_TITLE_WORD = re.compile(
    r"[A-Z](?<![\w\-][A-Z])(?<![.!?] [A-Z])[a-z\u00df-\u00ff]{2,}[0-9]?(?![\w\-])"
)
_TWO_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de].*[A-Z\u00c0-\u00de]")
_LEFT = re.compile(r"^([a-z]+|Our|Their|The)([^\W\d_].*)$")
_LONG_TITLE_WORD = re.compile(r"[A-Z](?<![\w\-][A-Z])[a-z\u00df-\u00ff]{5,}(?![\w\-])")
# "MiniLM|by", "DPO|on", "CoN|is", "MiniMoE|to": two capitals in a row, or a capital after a
# short hump; never "MiddleW|are".
_ACRONYM_TAIL = re.compile(r"^([^\W_]*[A-Z]{2}|[^\W_]*[A-Z][a-z]?[A-Z])([a-z]{2,})$")
_GLUED_CONJUNCTION = re.compile(r"^((?:[^\W_]*?[A-Z]){2}[^\W_]*?[A-Za-z])(and|or|with)([A-Z][^\W_]+)$")
# isalnum() for one character is exactly [^\W_]: these find where a word ends or starts.
_ALNUM_RUN = re.compile(r"[^\W_]*")


def _is_upper(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


# Markup web exports leave in titles and abstracts: HTML entities ("p &lt; 0.001", "Lindqvist &amp;
# Kowalski", "&amp;lt;" escaped twice) and inline tags around words ("The <i>Corpus of Hellenistic Funerary
# Epigrams</i> (CHFE)", "H<sub>2</sub>O"), which are the text's words; a superscript opens a power
# ("10<sup>-3</sup>" -> "10^-3"), as in a JATS abstract (:func:`paperkg.loaders.crossref.jats_text`).
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6}|#[xX][0-9A-Fa-f]{1,5});")
# (a tag's attributes are name="value": "a <b and c> d" compares)
_ATTRIBUTES = r"""(?:\s+[\w:\-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))*\s*"""
_INLINE_TAG = re.compile(rf"</?(?:i|b|em|strong|u|sub|sup|sc|small|span|italic|bold){_ATTRIBUTES}>", re.I)
_SUPERSCRIPT_TAG = re.compile(rf"<sup{_ATTRIBUTES}>", re.I)


def _unmarked(text: str) -> str:
    """Return ``text`` with its entities read (twice, where escaped twice) and its inline tags gone.

    >>> _unmarked("The <i>Corpus of Epigrams</i> (CE), p &amp;lt; 0.001, 10<sup>-3</sup>, Lind &amp; Ko")
    'The Corpus of Epigrams (CE), p < 0.001, 10^-3, Lind & Ko'
    """
    for _ in range(2):
        if "&" in text and _ENTITY.search(text):
            text = html.unescape(text)
    if "<" in text:
        text = _INLINE_TAG.sub("", _SUPERSCRIPT_TAG.sub("^", text))
    return text


def _needs_character_repair(text: str) -> bool:
    """Return True when a URL or a character-level repair (markup, LaTeX, footnote, spacing) may apply."""
    if "://" in text or "www." in text or "$" in text or "\\" in text:
        return True
    if ("&" in text and _ENTITY.search(text)) or ("<" in text and _INLINE_TAG.search(text)):
        return True
    if ("propose" in text or "introduce" in text or "devise" in text) and _GLUED_AFTER_VERB.search(text):
        return True
    return any(
        pattern.search(text) is not None
        for pattern in (
            _FOOTNOTE_REPEATED,
            _FOOTNOTE_AFTER_STOP,
            _NO_SPACE_AFTER_STOP,
            _NO_SPACE_AFTER_COMMA,
            _NO_SPACE_AFTER_COLON,
        )
    )


def _latex_math(match: re.Match[str]) -> str:
    inner = match.group(1)
    # "$20 ... $300" is money, not math: only convert what looks like LaTeX.
    if not re.search(r"[\\^_{]", inner):
        return match.group(0)
    inner = _LATEX_WRAPPERS.sub(r"\1", inner)
    inner = _MACRO.sub(lambda m: _LATEX_MACROS.get(m.group(1), m.group(1)), inner)
    inner = re.sub(r"\^\{([^{}]*)\}", r"^\1", inner)
    inner = re.sub(r"_\{([^{}]*)\}", r"_\1", inner)
    return inner.replace("{", "").replace("}", "").strip()


def _latex_macro(match: re.Match[str]) -> str:
    name, tie = match.group(1), match.group(2)
    if name not in _LATEX_MACROS:
        return match.group(0)
    return _LATEX_MACROS[name] + (" " if tie else "")


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``text[start:end]`` to the whole word (letters and digits) around it."""
    # Python's re cannot search backwards: walk back, and let it find the end.
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end_match = _ALNUM_RUN.match(text, end)
    return start, (end_match.end() if end_match is not None else end)


def _words_at(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Return the words of ``text`` that contain a match of ``pattern``."""
    words: list[str] = []
    last = -1
    for match in pattern.finditer(text):
        if match.start() < last:
            continue
        start, last = _word_span(text, match.start(), match.end())
        words.append(text[start:last])
    return words


def _replace_words(text: str, pattern: re.Pattern[str], fix: Callable[[str], str]) -> str:
    """Return ``text`` with every word that contains a match of ``pattern`` passed through ``fix``."""
    out: list[str] = []
    done = 0
    for match in pattern.finditer(text):
        if match.start() < done:
            continue
        start, end = _word_span(text, match.start(), match.end())
        out.append(text[done:start])
        out.append(fix(text[start:end]))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _unglue_urls(text: str) -> str:
    """Put a space before each URL glued to a word, dropping a footnote mark between them."""
    out: list[str] = []
    done = 0
    for match in _URL_START.finditer(text):
        if not text[match.start() - 1 : match.start()].isalnum():
            continue
        before = text[done : match.start()]
        footnote = _FOOTNOTE_TAIL.search(before)
        if footnote:
            before = before[: footnote.start()] + footnote.group(1)
        elif before[-1:].isdigit():
            # Digits after something other than a word ("v2https://") are not a footnote mark.
            continue
        out.append(before + " ")
        done = match.start()
    out.append(text[done:])
    return "".join(out)


def _footnote_repeated(match: re.Match[str]) -> str:
    """Drop a footnote mark ("111") glued after a word, keeping any punctuation before it."""
    text, start = match.string, match.start()
    before = text[max(0, start - 2) : start]
    if before[-1:].isalpha() or (len(before) == 2 and before[0].isalpha() and before[1] in ".,;:"):
        return " "
    return match.group(0)


def _known_names(prose: str) -> set[str]:
    """Return the names the text uses: capitalised words mid-sentence and mixed-case tokens.

    Names revealed by a left split count too ("proposeCausalCite" gives
    "CausalCite"), except a candidate that is itself a known name with a word
    glued after it ("SelfEvalis").
    """
    names = set(_MID_SENTENCE_TITLE_WORD.findall(prose, 1))
    # Mixed-case tokens ("CausalCite", "MiniLM"), after a left split ("proposeCausalCite").
    for token in _words_at(prose, _INNER_CAPITAL):
        if len(token) < 3 or token in PROTECTED_TOKENS:
            continue
        left = _split_left(token)
        names.add(left[1] if left is not None else token)
    # (a token the text writes twice or more is as written: lost italics glue a name to whichever word
    # follows it, not to the same word each time: "PuScan" in "We present PuScan, ..." and "PuScan 2")
    return {
        n
        for n in names
        if not (_may_split_right(n) and _split_right(n, names) is not None and not _written_twice(prose, n))
        and not _GLUED_CONJUNCTION.match(n)
    }


def _written_twice(prose: str, token: str) -> bool:
    """Return True if ``prose`` holds ``token`` as a whole word twice or more."""
    return len(re.findall(rf"(?<![\w\-]){re.escape(token)}(?![\w\-])", prose)) >= 2


def _name_and_word(token: str, names: Set[str]) -> tuple[str, str] | None:
    """Split ``token`` into a known name of 4+ letters and a common word glued after it."""
    if token[-2:] not in _RIGHT_ENDINGS:
        return None
    for cut in range(len(token) - 2, max(3, len(token) - _LONGEST_RIGHT_WORD - 1), -1):
        tail = token[cut:]
        if tail in _RIGHT_WORDS and token[:cut] in names:
            # a word of a capital and lowercase letters ends in "an", "as" or "in" as often as a name
            # does: "European" is no "Europe an", "Chilean" no "Chile an" (a word of three letters or
            # more after it is the glue: "Chinchillauses")
            if len(tail) < 3 and token[:cut][1:].islower():
                continue
            return token[:cut], tail
    return None


@lru_cache(maxsize=65536)
def _may_split_right(token: str) -> bool:
    """Return False when :func:`_split_right` finds no split in ``token`` whatever the names."""
    if _split_right(token, _NO_NAMES) is not None:
        return True
    # Only a known name could make the split: is there a common word glued at the end at all?
    if token[-2:] not in _RIGHT_ENDINGS:
        return False
    stop = max(3, len(token) - _LONGEST_RIGHT_WORD - 1)
    return any(token[cut:] in _RIGHT_WORDS for cut in range(len(token) - 2, stop, -1))


@lru_cache(maxsize=65536)
def _may_split(token: str) -> bool:
    """Return False when :func:`_repair_token` leaves ``token`` as it is whatever the names."""
    if token in PROTECTED_TOKENS:
        return False
    return (
        _split_left(token) is not None
        or _GLUED_CONJUNCTION.match(token) is not None
        or _may_split_right(token)
    )


def _split_left(token: str) -> tuple[str, str] | None:
    """Split "ofTülu" into ("of", "Tülu") when the head is a common word."""
    match = _LEFT.match(token)
    if not match or token in PROTECTED_TOKENS:
        return None
    head, rest = match.groups()
    if not _is_upper(rest[0]):
        return None
    if head == "a":
        # "aMulti-Agent": only before a capitalised word, never before an acronym ("aDNA").
        return (head, rest) if re.match(r"[A-Z][a-z]{2,}", rest) else None
    return (head, rest) if head.lower() in _LEFT_WORDS else None


def _split_right(token: str, names: Set[str]) -> tuple[str, str] | None:
    """Split "MiniLMby" or "Chinchillauses" into the name and the common word glued after it."""
    known = _name_and_word(token, names)
    if known is not None:
        return known
    # Without a known name, only an acronym run ("MiniLM", "DPO", "CoN") can end the name:
    # a capital letter followed by a lowercase word is never one real token.
    match = _ACRONYM_TAIL.match(token)
    if match and match.group(2) in _RIGHT_WORDS:
        return match.group(1), match.group(2)
    # A camel-case name ("PairRanker", "TableLlama") followed by a word of four letters or
    # more: short words are left alone, as they end real names ("FlashAttention").
    if token[-2:] in _RIGHT_ENDINGS and _TWO_CAPITALS.search(token):
        for cut in range(len(token) - 4, max(4, len(token) - _LONGEST_RIGHT_WORD - 1), -1):
            name, tail = token[:cut], token[cut:]
            if tail in _RIGHT_WORDS and name[-3:].isalpha() and name[-3:].islower():
                return name, tail
    return None


def _repair_token(token: str, names: set[str]) -> str:
    """Return ``token`` with glued words separated."""
    if token in PROTECTED_TOKENS or token in names:
        return token
    left = _split_left(token)
    if left is not None:
        return left[0] + " " + _repair_token(left[1], names)
    middle = _GLUED_CONJUNCTION.match(token)
    if middle:
        return " ".join(
            (_repair_token(middle.group(1), names), middle.group(2), _repair_token(middle.group(3), names))
        )
    right = _split_right(token, names)
    if right is not None:
        return right[0] + " " + right[1]
    return token


class _Names:
    """The names a text uses (:func:`_known_names`), found only if a token needs them."""

    def __init__(self, prose: list[str]) -> None:
        self._prose = prose
        self._names: set[str] | None = None

    def get(self) -> set[str]:
        """Return the names, finding them on the first call."""
        if self._names is None:
            self._names = _known_names(" ".join(self._prose))
        return self._names


def _split_glued(prose: str, names: _Names) -> str:
    """Split words glued by lost italics in text that holds no URL."""

    def repair(token: str) -> str:
        # Most tokens cannot be split whatever the names: skip finding them.
        return _repair_token(token, names.get()) if _may_split(token) else token

    def fix(match: re.Match[str]) -> str:
        return repair(match.group(0))

    text = _replace_words(prose, _CASE_CHANGE, repair)
    # Plain capitalised names with a word glued after them ("Chinchillauses"): known names only.
    # Most such words cannot be split: look for one that can without a Python call per match.
    if not any(map(_may_split, _LONG_TITLE_WORD.findall(text))):
        return text
    return _LONG_TITLE_WORD.sub(fix, text)


def _repair_prose(text: str) -> str:
    """Apply the character-level repairs to text that holds no URL."""
    text = _unmarked(text)
    text = _LATEX_MATH.sub(_latex_math, text)
    if "\\" in text:
        text = _CITE_KEY.sub("", _TEXT_STYLE.sub(r"\1", text))
    text = _MACRO.sub(_latex_macro, text)
    text = _FOOTNOTE_AFTER_STOP.sub(". ", text)
    text = _NO_SPACE_AFTER_STOP.sub(r"\g<0> ", text)
    text = _NO_SPACE_AFTER_COMMA.sub(", ", text)
    text = _NO_SPACE_AFTER_COLON.sub(": ", text)
    if "propose" in text or "introduce" in text or "devise" in text:
        text = _GLUED_AFTER_VERB.sub(r"\1 \2", text)
    return text


def repair_text(raw: str, context: str = "") -> str:
    """Return ``raw`` with scraping damage repaired and whitespace collapsed.

    Repairs, in order: footnote digits glued before a URL or a word
    ("community111https://..." -> "community https://..."), a word glued to a
    URL ("athttps://" -> "at https://"), LaTeX math and macros ("$4.98\\times$"
    -> "4.98×", "75.3\\%" -> "75.3%"), a missing space after a full stop, comma
    or colon, words glued by lost italics ("ofTülu" -> "of Tülu", "inMiniLMby" ->
    "in MiniLM by"), a space before a comma, and runs of whitespace. URLs are
    kept as they are.

    Parameters
    ----------
    raw
        Text as the source gives it.
    context
        Text of the same record (a title's abstract), whose names count as known too: a name the
        title writes once and the abstract again is as written ("PuScan: ..." is no "PuS can").

    Returns
    -------
    str
        The repaired text; equal to ``raw`` with whitespace collapsed when nothing needed repair.

    Examples
    --------
    >>> repair_text("We release Tülu 2, a suite of improvedTülumodels")
    'We release Tülu 2, a suite of improved Tülu models'
    >>> repair_text("Hecaton achieves $4.98\\\\times$ performance")
    'Hecaton achieves 4.98× performance'
    """
    text = " ".join(raw.split())
    if not text:
        return text
    if not _needs_character_repair(text):
        # No URL and nothing for the character-level repairs: one piece of prose as it is.
        urls: list[str] = []
        prose = [text]
    else:
        if "http" in text:
            text = _unglue_urls(text)
        text = _FOOTNOTE_REPEATED.sub(_footnote_repeated, text)
        # Odd pieces are URLs, kept byte for byte; the prose between them is repaired.
        pieces = _URL.split(text)
        urls = _URL.findall(text)
        prose = [_repair_prose(piece) for piece in pieces]
    names = _Names([*prose, context] if context else prose)
    prose = [_split_glued(piece, names) for piece in prose]
    out = [prose[0]]
    for url, piece in zip(urls, prose[1:], strict=True):
        out.extend((url, piece))
    text = _SPACE_BEFORE_PUNCT.sub("", "".join(out))
    return " ".join(text.split())


def repair_field(raw: str | None, context: str | None = None) -> tuple[str | None, str | None]:
    """Return ``(repaired, raw_or_none)``: the raw text is kept only when repair changed it.

    Parameters
    ----------
    raw
        A title or abstract as the source gives it, or None.
    context
        The record's other text (a title's abstract), whose names the repair knows: see
        :func:`repair_text`.

    Returns
    -------
    tuple
        The text from :func:`repair_text` (None when blank), and ``raw`` when it
        differs from the repaired text by more than surrounding whitespace, else None.

    Examples
    --------
    >>> repair_field("introduceAdapters, an open-source library")
    ('introduce Adapters, an open-source library', 'introduceAdapters, an open-source library')
    >>> repair_field("  A clean title ")
    ('A clean title', None)
    """
    if raw is None:
        return None, None
    repaired = repair_text(raw, context or "")
    if not repaired:
        return None, None
    return repaired, (None if repaired == raw.strip() else raw)


# What exports put where a record has no abstract: "[No abstract available]" (Scopus), "No abstract
# available." (PubMed), "Abstract not available", "N/A".
_NO_ABSTRACT = re.compile(
    r"\[?\s*(?:no\s+abstract(?:\s+is)?(?:\s+available)?|abstract\s+(?:is\s+)?(?:not\s+|un)available|"
    r"not\s+available|n/?a|none)\s*\.?\s*\]?",
    re.IGNORECASE,
)
# The publisher's notice closing an abstract in Scopus, Web of Science, PubMed, Crossref and BibTeX
# exports: "© 2021 John Wiley & Sons Ltd", "Copyright © 2020 Elsevier B.V. All rights reserved.",
# "(C) 2019 The Authors", "2020 Elsevier Ltd. All rights reserved." After a sentence's end, to the end.
_COPYRIGHT = re.compile(
    r"(?<=[.!?)\]\"”’])\s+(?:(?:Copyright\s*)?(?:©|\([Cc]\))|Copyright\s+(?=\d{4}\b)|"
    r"(?:\d{4}\s+)?(?=[^.]{0,120}\.\s*All rights reserved\.?\s*$))[^©]{0,250}$"
)
# what every match of _COPYRIGHT holds
_NOTICE_WORDS = ("©", "(C)", "(c)", "Copyright", "All rights reserved")


def abstract_body(text: str | None) -> str | None:
    """Return an abstract without what exports put in or after it that is not the paper's: None for
    a placeholder ("[No abstract available]"), the text without a closing copyright notice.

    Examples
    --------
    >>> abstract_body("No-till raised topsoil carbon by 12%. © 2021 John Wiley & Sons Ltd")
    'No-till raised topsoil carbon by 12%.'
    >>> abstract_body("Yields fell. Copyright © 2020 Elsevier B.V. All rights reserved.")
    'Yields fell.'
    >>> abstract_body("Yields fell. 2020 Elsevier Ltd. All rights reserved.")
    'Yields fell.'
    >>> abstract_body("[No abstract available]") is None
    True
    >>> abstract_body("We cite (C) 2019 as an example.")
    'We cite (C) 2019 as an example.'
    """
    if text is None or _NO_ABSTRACT.fullmatch(text.strip()):
        return None
    # each notice holds one of these (most abstracts none): the pattern, tried at every sentence end, is slow
    noticed = any(word in text for word in _NOTICE_WORDS)
    body = (_COPYRIGHT.sub("", text) if noticed else text).rstrip()
    return body or None


def repair_abstract(raw: str | None) -> tuple[str | None, str | None]:
    """Return :func:`repair_field` of an abstract, then its :func:`abstract_body`; the raw text is
    kept when either changed it.

    Examples
    --------
    >>> repair_abstract("Carbon rose.  © 2021 Wiley")
    ('Carbon rose.', 'Carbon rose.  © 2021 Wiley')
    >>> repair_abstract("[No abstract available]")
    (None, None)
    """
    repaired, kept = repair_field(raw)
    body = abstract_body(repaired)
    if body is None:
        return None, None
    return body, (raw if body != repaired else kept)
