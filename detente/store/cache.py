"""A small in-process cache of decoded stored events, for event pages under load."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from detente.model import StoredEvent

log = logging.getLogger(__name__)

EVENT_CACHE_SIZE = 20_000
"""Events kept decoded per open store (about 1 KB each): the pages read most stay decoded."""


class EventCache:
    """Recently read events by (key, ingestion time of their document), shared by the views of
    one store. A stored event never changes; a document deleted and stored again has a new
    ingestion time, so an entry can only be found for the row it was read from."""

    def __init__(self, size: int = EVENT_CACHE_SIZE) -> None:
        self._size = size
        self._entries: OrderedDict[tuple[str, Any], str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, Any]) -> StoredEvent | None:
        """The cached event as a new object (callers may change it), or None."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
        return None if found is None else StoredEvent.model_validate_json(found)

    def put(self, key: tuple[str, Any], event: StoredEvent) -> None:
        """Remember an event read from the store, dropping the least recently used. Kept as
        JSON: parsing it again (pydantic, in Rust) is several times cheaper than decoding and
        validating the row, and gives each reader objects of its own."""
        if self._size <= 0:
            return
        text = event.model_dump_json()
        with self._lock:
            self._entries[key] = text
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
