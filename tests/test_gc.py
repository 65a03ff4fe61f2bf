"""Tests for paperkg._gc: the pause around bulk steps, and freed heap handed back."""

from __future__ import annotations

import gc
import weakref

import pytest

from paperkg._gc import _libc, cyclic_gc_paused, release_free_heap


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_paused_step_leaves_its_objects_in_the_oldest_generation_and_collector_on() -> None:
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        kept = [_Node() for _ in range(1000)]
    assert gc.isenabled()
    # not young: no collection of a younger generation walks them again
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    assert not any(id(node) in young for node in kept)
    assert gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in kept)


def test_cycle_made_in_a_paused_step_is_still_collected() -> None:
    with cyclic_gc_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
    assert ref() is not None  # a cycle: reference counting alone never frees it
    gc.collect()
    assert ref() is None


def test_nested_pause_keeps_the_collector_off_until_the_outer_step_ends() -> None:
    with cyclic_gc_paused():
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def _resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


@pytest.mark.skipif(_libc() is None, reason="the C library is not glibc")
def test_large_objects_freed_mid_heap_are_handed_back() -> None:
    # 80 MB of 2 KB texts, the last kept: the pages the others freed lie below it in the heap
    texts = [bytes([i % 251]) * 2000 for i in range(40_000)]
    last = texts[-1]
    before = _resident_mb()
    del texts
    held = _resident_mb()
    release_free_heap()
    after = _resident_mb()
    assert held > before - 20  # glibc kept them
    assert after < held - 50
    assert last[:1] == bytes([39_999 % 251])
