"""A node's edges of one kind packed into one blob: the partner lists of the embedded store.

SAME_FAMILY and SHARES_DATASET join a paper to ten or twenty others, with a score
and what is shared that many pairs repeat. As one table row each, with an index
row for the reverse direction, an edge cost about 34 bytes; packed here, sorted by
partner with the partner's number as a difference from the one before and the
attributes written only when they change, it costs about 4 bytes at each end.

An entry is ``(partner, direction, evidence, payload)``: the other end's node number,
0 when the row's node is the edge's source (1 when it is the target), and the numbers
of the edge's evidence sentence and attribute payload (None for none).

A blob may hold several runs, each packed from scratch, after a zero byte (a head no
entry has: entries are one per partner and direction, the first partner's number is
at least 1). :func:`append_entries` adds the entries of partners numbered above all a
blob holds as a run of their own, so an add writes a method's row holding every paper
that mentions it without reading it back.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Entry", "append_entries", "pack_entries", "unpack_entries"]

Entry = tuple[int, int, int | None, int | None]


def _put(out: bytearray, value: int) -> None:
    """Append ``value`` (not negative) as a little-endian base-128 varint."""
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def pack_entries(entries: Iterable[Entry]) -> bytes:
    """Return the blob of ``entries``, sorted by partner and direction (one entry per pair of them).

    Each entry is a varint ``(partner - previous partner) << 2 | direction << 1 | same``,
    where ``same`` says the evidence and payload are the previous entry's; when they
    are not, a varint ``(payload + 1) << 1 | has evidence`` follows (payload None is 0),
    then the evidence's number when there is one.
    """
    out = bytearray()
    previous = 0
    last: tuple[int | None, int | None] | None = None
    for partner, direction, evidence, payload in sorted(entries, key=lambda e: (e[0], e[1])):
        attrs = (evidence, payload)
        same = attrs == last
        _put(out, (partner - previous) << 2 | direction << 1 | same)
        if not same:
            _put(out, (0 if payload is None else payload + 1) << 1 | (evidence is not None))
            if evidence is not None:
                _put(out, evidence)
            last = attrs
        previous = partner
    return bytes(out)


def append_entries(blob: bytes, entries: Iterable[Entry]) -> bytes:
    """Return ``blob`` with ``entries``, whose partners are numbered above all of ``blob``'s, as a run after it."""
    run = pack_entries(entries)
    return blob + b"\x00" + run if run else blob


def unpack_entries(blob: bytes) -> list[Entry]:
    """Return the entries :func:`pack_entries` packed (and :func:`append_entries` appended), in its order.

    Raises
    ------
    ValueError
        When the blob ends inside a number.
    """
    entries: list[Entry] = []
    position, size = 0, len(blob)
    partner = 0
    evidence: int | None = None
    payload: int | None = None

    def take() -> int:
        nonlocal position
        value = shift = 0
        while True:
            if position >= size:
                raise ValueError("a partner list ends inside a number")
            byte = blob[position]
            position += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7

    while position < size:
        head = take()
        if head == 0:  # a run appended: its numbers start again
            partner, evidence, payload = 0, None, None
            continue
        partner += head >> 2
        if not head & 1:
            attrs = take()
            payload = (attrs >> 1) - 1 if attrs >> 1 else None
            evidence = take() if attrs & 1 else None
        entries.append((partner, (head >> 1) & 1, evidence, payload))
    return entries
