"""Memo tables: the one way resolution remembers what it has worked out.

Resolution scores each distinct string once, but reads the same texts, vendors and pairs of words again and again
(a name comes with many vendors and CIPs, a text is normalised for every step that reads it). A method whose value is
a pure function of its arguments and of read-only references is declared ``@memoised``; each instance then has a
``Memo`` of it, a table read by subscription::

    @memoised
    def variants(self, text: str) -> list[str]: ...      # self.variants[text]
    @memoised
    def best(self, text, vendor_key, cip) -> ...: ...    # self.best[text, vendor_key, cip]

A subscript that finds its key costs one dictionary lookup (no Python call): millions of them are made on a large
extract. ``memo.get(key)`` reads a table without computing.

No reference cycles: a table holds its instance weakly, and its keys and values never refer to it, so reference
counting frees a resolver and its tables as soon as it is dropped (``cyclic_gc_paused`` relies on it). Keep the
instance while its table is read: ``Words(refs).looks_like`` alone is a table whose instance is already gone.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A method's values, by argument: ``memo[x]`` is ``method(instance, x)`` for a method of one argument,
    ``memo[a, b]`` is ``method(instance, a, b)`` for several; each is computed at its first use and kept."""

    __slots__ = ("_instance", "_method", "_spread")

    def __init__(self, instance: object, method: Callable[..., V]) -> None:
        super().__init__()
        self._instance = weakref.ref(instance)
        self._method = method
        self._spread = method.__code__.co_argcount > 2  # (self, a, b, ...): the key is the tuple of arguments

    def __missing__(self, key: K) -> V:
        instance = self._instance()
        if instance is None:
            raise ReferenceError(f"{self._method.__qualname__}: the instance of this memo table is gone (keep a "
                                 "reference to it while the table is read)")
        value = self[key] = self._method(instance, *key) if self._spread else self._method(instance, key)
        return value


class memoised(Generic[V]):
    """Decorator: the method becomes a Memo of each instance, made at its first use and kept in the instance's
    ``__dict__`` (where later lookups find it first, without this descriptor)."""

    def __init__(self, method: Callable[..., V]) -> None:
        self.method = method
        self.name = method.__name__
        self.__doc__ = method.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:  # a Memo[Any, V], or this for the class
        if instance is None:
            return self
        table = instance.__dict__[self.name] = Memo(instance, self.method)
        return table


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Resolution keeps millions of small tuples in its memo tables, and each full pass of Python's cyclic garbage
    collector walks them all (a quarter of the CPU time on the 10x benchmark) to find nothing: resolution makes no
    reference cycles, so reference counting frees all it drops. The collector waits until the table is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
