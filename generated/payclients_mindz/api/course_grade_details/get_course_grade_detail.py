from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ... import models as _models
from ... import types as _t
from ...client import AuthenticatedClient, Client
from ...models.course_grade_detail import CourseGradeDetail
from ...models.mindz_error import MindzError
from ...types import Response


def _get_kwargs(
    course_id: int,
    grade_id: int,
    detail_id: int,
) -> dict[str, Any]:
    """The request for `GET /courses/{course_id}/grades/{grade_id}/details/{detail_id}/`: path template, path values, query, headers, body."""

    _kwargs: dict[str, Any] = {"method": "get", "url": "/courses/{course_id}/grades/{grade_id}/details/{detail_id}/"}
    _kwargs["path_params"] = {
        "course_id": course_id,
        "grade_id": grade_id,
        "detail_id": detail_id,
    }
    return _kwargs


def _httpx_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """`_get_kwargs` output for a bare httpx client: the path values percent-encoded into the path."""
    kwargs = dict(kwargs)
    url = kwargs["url"]
    for name, value in kwargs.pop("path_params", {}).items():
        url = url.replace("{" + name + "}", quote(str(value), safe=""))
    kwargs["url"] = url
    return kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CourseGradeDetail | MindzError | None:
    if response.status_code == 200:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.CourseGradeDetail.from_dict(_data)

    if response.status_code == 400:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 401:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 403:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 404:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if response.status_code == 429:
        _data = _t.decode_json(response.content)
        if _data is None:
            raise _t.ResponseValueError("", "expected a body, got null")
        return _models.MindzError.from_dict(_data)

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CourseGradeDetail | MindzError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: int,
    grade_id: int,
    detail_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseGradeDetail | MindzError]:
    """Get a course grade detail (module item)

     Returns one course grade detail (module item).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        course_id (int): Id of the course.
        grade_id (int): Id of the course grade (module / section of the course's curriculum).
        detail_id (int): Id of the course grade detail (an item inside a module).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseGradeDetail | MindzError]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        grade_id=grade_id,
        detail_id=detail_id,
    )

    response = client.get_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


def sync(
    course_id: int,
    grade_id: int,
    detail_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CourseGradeDetail | MindzError | None:
    """Get a course grade detail (module item)

     Returns one course grade detail (module item).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        course_id (int): Id of the course.
        grade_id (int): Id of the course grade (module / section of the course's curriculum).
        detail_id (int): Id of the course grade detail (an item inside a module).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseGradeDetail | MindzError
    """

    return sync_detailed(
        course_id=course_id,
        grade_id=grade_id,
        detail_id=detail_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: int,
    grade_id: int,
    detail_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CourseGradeDetail | MindzError]:
    """Get a course grade detail (module item)

     Returns one course grade detail (module item).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        course_id (int): Id of the course.
        grade_id (int): Id of the course grade (module / section of the course's curriculum).
        detail_id (int): Id of the course grade detail (an item inside a module).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CourseGradeDetail | MindzError]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        grade_id=grade_id,
        detail_id=detail_id,
    )

    response = await client.get_async_httpx_client().request(**_httpx_kwargs(kwargs))

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: int,
    grade_id: int,
    detail_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CourseGradeDetail | MindzError | None:
    """Get a course grade detail (module item)

     Returns one course grade detail (module item).

    **Proposed operation.** Mindz does not publish the v2 methods or paths; this one comes from the REST
    proposal in the reference notes (mindz.md §7) and must be checked against a tenant's `/api/v2/doc/`
    schema.

    Args:
        course_id (int): Id of the course.
        grade_id (int): Id of the course grade (module / section of the course's curriculum).
        detail_id (int): Id of the course grade detail (an item inside a module).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CourseGradeDetail | MindzError
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            grade_id=grade_id,
            detail_id=detail_id,
            client=client,
        )
    ).parsed
