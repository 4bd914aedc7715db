"""API errors: every failure is JSON ``{"error": {status, code, message, details}}``, never a trace."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from detente.errors import ConfigError, DetenteError, InputError, StoreError
from detente.model import ErrorResponse, Problem, ProblemDetail

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    500: "internal",
    503: "unavailable",
}
"""Stable error codes by HTTP status (clients may switch on them)."""

# Library errors by class: bad parameters, unreadable articles, an unreachable store.
_STATUS_OF: tuple[tuple[type[DetenteError], int], ...] = (
    (ConfigError, 400),
    (InputError, 422),
    (StoreError, 503),
)
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse, "description": HTTPStatus(status).phrase}
    for status in (400, 401, 404, 422)
}
"""OpenAPI ``responses`` for routes: the error shape, documented once."""


class ApiError(Exception):
    """An error answer raised from a route or dependency: status and one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(
    status: int, message: str, details: list[ProblemDetail] | None = None
) -> JSONResponse:
    """The JSON error response for a status, with the stable code of that status."""
    problem = Problem(
        status=status,
        code=CODES.get(status, "error"),
        message=" ".join(message.split()),
        details=details or [],
    )
    headers = {"WWW-Authenticate": 'ApiKey header="X-API-Key"'} if status == 401 else None
    body = ErrorResponse(error=problem).model_dump(mode="json")
    return JSONResponse(body, status_code=status, headers=headers)


def _details(exc: RequestValidationError) -> list[ProblemDetail]:
    # The offending input is not echoed back: it is untrusted and may be large.
    return [
        ProblemDetail(location=".".join(str(part) for part in err["loc"]), message=err["msg"])
        for err in exc.errors()
    ]


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return error_response(exc.status_code, message)


async def _on_invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "invalid request", _details(exc))


async def _on_library(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DetenteError)
    status = next((code for cls, code in _STATUS_OF if isinstance(exc, cls)), 500)
    if status == 503:
        log.warning("store unavailable: %s", exc)
    return error_response(status, str(exc))


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal error")


def install_error_handlers(app: FastAPI) -> None:
    """Make every error of the app a JSON error response."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(HTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_invalid)
    app.add_exception_handler(DetenteError, _on_library)
    app.add_exception_handler(Exception, _on_unexpected)
