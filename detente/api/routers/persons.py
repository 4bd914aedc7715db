"""``/persons``: named released people, resolved across spellings, with every release and source."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.aggregate import person, persons
from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.api.pagination import page_of_list
from detente.model import Filter, Page, Person

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/persons",
    tags=["persons"],
    dependencies=[Depends(require_read)],
    responses=ERROR_RESPONSES,
)


@router.get("", summary="List persons")
def list_persons(store: StoreDep, flt: FilterDep, paging: PageDep) -> Page[Person]:
    """People by name; ``actor`` is the releasing state, dates apply to the releases."""
    cursor, limit = paging
    scope = Filter(actor=flt.actor, since=flt.since, until=flt.until)
    return page_of_list(persons(store, scope), cursor, limit, key=lambda found: found.id)


@router.get("/{person_id}", summary="One person")
def get_person(person_id: str, store: StoreDep) -> Person:
    """The person with this id (``ales-bialiatski``) or name, in any known spelling."""
    found = person(store, person_id)
    if found is None:
        raise ApiError(404, f"no person {person_id!r}")
    return found
