"""Shared fixtures. Every test runs with outbound network disabled, so nothing can download
behind our back; loopback stays open for the local test servers the tests start themselves."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"

_LOOPBACK = ("127.", "::1", "localhost")


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host.startswith(_LOOPBACK)
    return isinstance(address, (str, bytes))  # unix sockets


@pytest.fixture(autouse=True)
def no_result_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process CLI runs lint every time (tests patch rules and files); tests/test_resultcache.py
    switches the cache on explicitly."""
    monkeypatch.setenv("COPYLINT_NO_CACHE", "1")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise OSError(f"network access is disabled in tests (tried {address!r})")
        return real_connect(self, address)

    def guarded_ex(self: socket.socket, address: object) -> object:
        if not _is_loopback(address):
            raise OSError(f"network access is disabled in tests (tried {address!r})")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)

    real_getaddrinfo = socket.getaddrinfo

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not str(host).startswith(_LOOPBACK):
            raise socket.gaierror(f"name resolution is disabled in tests ({host!r})")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


@pytest.fixture(autouse=True)
def restore_address_space_limit() -> Iterator[None]:
    """In-process CLI runs cap this process's address space (``--max-memory``); put it back so
    that later tests, and the browsers they start, are not held to an earlier run's budget."""
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    yield
    if resource.getrlimit(resource.RLIMIT_AS) != before:
        resource.setrlimit(resource.RLIMIT_AS, before)
