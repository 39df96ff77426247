"""Typed operations tagged `oauth_tokens`.

Each method builds its request with the operation module's `_get_kwargs` and hands it, with the
module's `_parse_response`, to an `Invoker` (see `types.py`). The invoker sends it (auth, retries,
errors) and returns the parsed body of a success status, so a method's return type is only its
success type. A listing operation (one the spec marks with `x-payclients-pagination`) returns a pager
instead, from `Invoker.paginate`, told how the listing pages by a `Listing` built from the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, AsyncInvoker, Invoker, LazyModule, RawResponse, Unset

# Models appear in annotations only, and each operation module is imported on the first call of its
# operation: reaching a resource imports neither (see `LazyModule`).
if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.captcha_request import CaptchaRequest
    from ...models.complete_sso_callback_request import CompleteSsoCallbackRequest
    from ...models.create_reset_password_request import CreateResetPasswordRequest
    from ...models.create_token_request import CreateTokenRequest
    from ...models.jwt_token import JwtToken
    from ...models.logout_result import LogoutResult
    from ...models.password_reset_request_result import PasswordResetRequestResult
    from ...models.request_password_reset_request import RequestPasswordResetRequest
    from ...models.user import User
    from . import activate_user as _activate_user
    from . import complete_sso_callback as _complete_sso_callback
    from . import create_demo_token as _create_demo_token
    from . import create_sandbox_token as _create_sandbox_token
    from . import create_token as _create_token
    from . import logout as _logout
    from . import refresh_token as _refresh_token
    from . import request_password_reset as _request_password_reset
    from . import reset_password as _reset_password
else:
    _activate_user = LazyModule(__name__ + ".activate_user")
    _complete_sso_callback = LazyModule(__name__ + ".complete_sso_callback")
    _create_demo_token = LazyModule(__name__ + ".create_demo_token")
    _logout = LazyModule(__name__ + ".logout")
    _refresh_token = LazyModule(__name__ + ".refresh_token")
    _request_password_reset = LazyModule(__name__ + ".request_password_reset")
    _reset_password = LazyModule(__name__ + ".reset_password")
    _create_sandbox_token = LazyModule(__name__ + ".create_sandbox_token")
    _create_token = LazyModule(__name__ + ".create_token")


class OauthTokensResource:
    """Operations tagged `oauth_tokens`."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> OauthTokensResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return OauthTokensResourceWithRawResponse(self._invoker)

    def activate_user(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Activate the user.

        `POST /v1/oauth/activate-user`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", self._invoker.request("activate_user", request, _activate_user._parse_response))

    def complete_sso_callback(
        self,
        *,
        body: CompleteSsoCallbackRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Complete a single sign-on callback.

        `POST /v1/oauth/callback`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_sso_callback._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "JwtToken", self._invoker.request("complete_sso_callback", request, _complete_sso_callback._parse_response)
        )

    def create_demo_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get a read-only demo access token.

        `POST /v1/oauth/demo-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_demo_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("JwtToken", self._invoker.request("create_demo_token", request, _create_demo_token._parse_response))

    def logout(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> LogoutResult:
        """Log out.

        `POST /v1/oauth/logout`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            LogoutResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _logout._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("LogoutResult", self._invoker.request("logout", request, _logout._parse_response))

    def refresh_token(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get a new access token with a refresh token.

        `POST /v1/oauth/refresh-token`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_token._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("JwtToken", self._invoker.request("refresh_token", request, _refresh_token._parse_response))

    def request_password_reset(
        self,
        *,
        body: RequestPasswordResetRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PasswordResetRequestResult:
        """Request the password reset.

        `POST /v1/oauth/request-password-reset`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PasswordResetRequestResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_password_reset._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PasswordResetRequestResult",
            self._invoker.request("request_password_reset", request, _request_password_reset._parse_response),
        )

    def reset_password(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> str:
        """Reset the password.

        `POST /v1/oauth/reset-password`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            str: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reset_password._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("str", self._invoker.request("reset_password", request, _reset_password._parse_response))

    def create_sandbox_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get a short-lived sandbox provisioning token.

        `POST /v1/oauth/sandbox-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_sandbox_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "JwtToken", self._invoker.request("create_sandbox_token", request, _create_sandbox_token._parse_response)
        )

    def create_token(
        self,
        *,
        body: CreateTokenRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get an access token for credentials.

        `POST /v1/oauth/token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("JwtToken", self._invoker.request("create_token", request, _create_token._parse_response))


class OauthTokensResourceWithRawResponse:
    """Like `OauthTokensResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def activate_user(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Activate the user.

        `POST /v1/oauth/activate-user`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]", self._invoker.request_raw("activate_user", request, _activate_user._parse_response)
        )

    def complete_sso_callback(
        self,
        *,
        body: CompleteSsoCallbackRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Complete a single sign-on callback.

        `POST /v1/oauth/callback`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_sso_callback._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            self._invoker.request_raw("complete_sso_callback", request, _complete_sso_callback._parse_response),
        )

    def create_demo_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get a read-only demo access token.

        `POST /v1/oauth/demo-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_demo_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            self._invoker.request_raw("create_demo_token", request, _create_demo_token._parse_response),
        )

    def logout(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[LogoutResult]:
        """Log out.

        `POST /v1/oauth/logout`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[LogoutResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _logout._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("RawResponse[LogoutResult]", self._invoker.request_raw("logout", request, _logout._parse_response))

    def refresh_token(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get a new access token with a refresh token.

        `POST /v1/oauth/refresh-token`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_token._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]", self._invoker.request_raw("refresh_token", request, _refresh_token._parse_response)
        )

    def request_password_reset(
        self,
        *,
        body: RequestPasswordResetRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PasswordResetRequestResult]:
        """Request the password reset.

        `POST /v1/oauth/request-password-reset`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PasswordResetRequestResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_password_reset._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PasswordResetRequestResult]",
            self._invoker.request_raw("request_password_reset", request, _request_password_reset._parse_response),
        )

    def reset_password(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[str]:
        """Reset the password.

        `POST /v1/oauth/reset-password`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[str]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reset_password._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[str]", self._invoker.request_raw("reset_password", request, _reset_password._parse_response)
        )

    def create_sandbox_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get a short-lived sandbox provisioning token.

        `POST /v1/oauth/sandbox-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_sandbox_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            self._invoker.request_raw("create_sandbox_token", request, _create_sandbox_token._parse_response),
        )

    def create_token(
        self,
        *,
        body: CreateTokenRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get an access token for credentials.

        `POST /v1/oauth/token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]", self._invoker.request_raw("create_token", request, _create_token._parse_response)
        )


class AsyncOauthTokensResource:
    """Operations tagged `oauth_tokens`, async."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    @property
    def with_raw_response(self) -> AsyncOauthTokensResourceWithRawResponse:
        """The same operations, returning a `RawResponse` (status, headers, request id) around the parsed body."""
        return AsyncOauthTokensResourceWithRawResponse(self._invoker)

    async def activate_user(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> User:
        """Activate the user.

        `POST /v1/oauth/activate-user`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            User: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("User", await self._invoker.request("activate_user", request, _activate_user._parse_response))

    async def complete_sso_callback(
        self,
        *,
        body: CompleteSsoCallbackRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Complete a single sign-on callback.

        `POST /v1/oauth/callback`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_sso_callback._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "JwtToken",
            await self._invoker.request("complete_sso_callback", request, _complete_sso_callback._parse_response),
        )

    async def create_demo_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get a read-only demo access token.

        `POST /v1/oauth/demo-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_demo_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "JwtToken", await self._invoker.request("create_demo_token", request, _create_demo_token._parse_response)
        )

    async def logout(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> LogoutResult:
        """Log out.

        `POST /v1/oauth/logout`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            LogoutResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _logout._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("LogoutResult", await self._invoker.request("logout", request, _logout._parse_response))

    async def refresh_token(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get a new access token with a refresh token.

        `POST /v1/oauth/refresh-token`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_token._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("JwtToken", await self._invoker.request("refresh_token", request, _refresh_token._parse_response))

    async def request_password_reset(
        self,
        *,
        body: RequestPasswordResetRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> PasswordResetRequestResult:
        """Request the password reset.

        `POST /v1/oauth/request-password-reset`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            PasswordResetRequestResult: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_password_reset._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "PasswordResetRequestResult",
            await self._invoker.request("request_password_reset", request, _request_password_reset._parse_response),
        )

    async def reset_password(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> str:
        """Reset the password.

        `POST /v1/oauth/reset-password`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            str: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reset_password._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("str", await self._invoker.request("reset_password", request, _reset_password._parse_response))

    async def create_sandbox_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get a short-lived sandbox provisioning token.

        `POST /v1/oauth/sandbox-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_sandbox_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "JwtToken",
            await self._invoker.request("create_sandbox_token", request, _create_sandbox_token._parse_response),
        )

    async def create_token(
        self,
        *,
        body: CreateTokenRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> JwtToken:
        """Get an access token for credentials.

        `POST /v1/oauth/token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            JwtToken: the parsed body of the success answer.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast("JwtToken", await self._invoker.request("create_token", request, _create_token._parse_response))


class AsyncOauthTokensResourceWithRawResponse:
    """Like `AsyncOauthTokensResource`, but each method returns a `RawResponse` (status, headers, request id, parsed body)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def activate_user(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[User]:
        """Activate the user.

        `POST /v1/oauth/activate-user`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[User]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _activate_user._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[User]",
            await self._invoker.request_raw("activate_user", request, _activate_user._parse_response),
        )

    async def complete_sso_callback(
        self,
        *,
        body: CompleteSsoCallbackRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Complete a single sign-on callback.

        `POST /v1/oauth/callback`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _complete_sso_callback._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            await self._invoker.request_raw("complete_sso_callback", request, _complete_sso_callback._parse_response),
        )

    async def create_demo_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get a read-only demo access token.

        `POST /v1/oauth/demo-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_demo_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            await self._invoker.request_raw("create_demo_token", request, _create_demo_token._parse_response),
        )

    async def logout(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[LogoutResult]:
        """Log out.

        `POST /v1/oauth/logout`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[LogoutResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _logout._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[LogoutResult]", await self._invoker.request_raw("logout", request, _logout._parse_response)
        )

    async def refresh_token(
        self,
        *,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get a new access token with a refresh token.

        `POST /v1/oauth/refresh-token`

        Args:
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _refresh_token._get_kwargs(
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            await self._invoker.request_raw("refresh_token", request, _refresh_token._parse_response),
        )

    async def request_password_reset(
        self,
        *,
        body: RequestPasswordResetRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[PasswordResetRequestResult]:
        """Request the password reset.

        `POST /v1/oauth/request-password-reset`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[PasswordResetRequestResult]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _request_password_reset._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[PasswordResetRequestResult]",
            await self._invoker.request_raw("request_password_reset", request, _request_password_reset._parse_response),
        )

    async def reset_password(
        self,
        *,
        body: CreateResetPasswordRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[str]:
        """Reset the password.

        `POST /v1/oauth/reset-password`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[str]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _reset_password._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[str]",
            await self._invoker.request_raw("reset_password", request, _reset_password._parse_response),
        )

    async def create_sandbox_token(
        self,
        *,
        body: CaptchaRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get a short-lived sandbox provisioning token.

        `POST /v1/oauth/sandbox-token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_sandbox_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            await self._invoker.request_raw("create_sandbox_token", request, _create_sandbox_token._parse_response),
        )

    async def create_token(
        self,
        *,
        body: CreateTokenRequest | None = None,
        x_platform_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> RawResponse[JwtToken]:
        """Get an access token for credentials.

        `POST /v1/oauth/token`

        Args:
            body: The request body.
            x_platform_id: Platform to act on, for credentials that reach more than one platform.
            idempotency_key: Unique key (a UUIDv4 is advised) that makes a retried request take
                effect only once.

        Returns:
            RawResponse[JwtToken]: the parsed body of the success answer, with its status, headers and request id.

        Raises:
            ParameterError: an argument the spec does not allow (nothing is sent).
            APIStatusError: an error status (the spec documents 400, 401, 403, 404, 500), as its subclass (NotFoundError, ...).
            APIConnectionError: the request could not be sent or answered (APITimeoutError when it timed out).
            ResponseValidationError: the answer does not match the spec.
        """
        request = _create_token._get_kwargs(
            body=body,
            x_platform_id=x_platform_id,
            idempotency_key=idempotency_key,
        )
        return cast(
            "RawResponse[JwtToken]",
            await self._invoker.request_raw("create_token", request, _create_token._parse_response),
        )


__all__ = [
    "AsyncOauthTokensResource",
    "AsyncOauthTokensResourceWithRawResponse",
    "OauthTokensResource",
    "OauthTokensResourceWithRawResponse",
]
