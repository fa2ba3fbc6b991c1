"""A JupyterHub started for a test, spoken to through its REST API, and always stopped."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.hub.system import descendants, end_processes

TEST_SERVICE = "eqhub-test-driver"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def add_test_driver(config: Path) -> str:
    """Give the test an API token of its own (a hub service allowed to manage users and
    tokens), appended to the hub's config; return the token."""
    token = secrets.token_hex(32)
    config.write_text(config.read_text() + f"""

# ---- added by the live hub test: the test's own API client ----
c.JupyterHub.services.append({{"name": {TEST_SERVICE!r}, "api_token": {token!r}}})
c.JupyterHub.load_roles.append({{"name": {TEST_SERVICE!r}, "services": [{TEST_SERVICE!r}],
    "scopes": ["admin:users", "admin:servers", "tokens", "list:groups", "read:groups",
               "list:services", "read:services"]}})
""")
    return token


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict = field(default_factory=dict)

    def json(self):
        return json.loads(self.body or b"null")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class RunningHub:
    """``jupyterhub -f CONFIG`` as a child process; every request goes through its proxy."""

    def __init__(self, config: Path, url: str, token: str, log: Path, prefix: list[str] | None = None) -> None:
        self.config, self.url, self.token, self.log = config, url.rstrip("/"), token, log
        self.prefix = prefix or []
        self.process: subprocess.Popen | None = None
        self.seen: dict[int, str | None] = {}

    def start(self, timeout: float = 120) -> None:
        node = shutil.which("node")
        env = {"PATH": os.pathsep.join([str(Path(sys.executable).parent), *([str(Path(node).parent)] if node else []),
                                        "/usr/local/bin:/usr/bin:/bin"]),
               "LANG": "C.UTF-8", "HOME": "/root"}
        self.process = subprocess.Popen(
            [*self.prefix, sys.executable, "-m", "jupyterhub", "-f", str(self.config)], cwd=self.config.parent,
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT, env=env, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterHub stopped at start (exit {self.process.returncode}):\n{self.tail()}")
            try:
                if self.request("GET", "/hub/api/").status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"JupyterHub did not answer within {timeout} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def request(self, method: str, path: str, body: object | None = None, *, token: str | None = None,
                form: dict | None = None, timeout: float = 120) -> Response:
        data, headers = None, {"Authorization": f"token {token or self.token}"}
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=timeout) as answer:
                return Response(answer.status, answer.read(), dict(answer.headers))
        except urllib.error.HTTPError as error:
            return Response(error.code, error.read(), dict(error.headers))

    def api(self, method: str, path: str, body: object | None = None, **kwargs) -> Response:
        return self.request(method, "/hub/api" + path, body, **kwargs)

    def user_token(self, user: str) -> str:
        answer = self.api("POST", f"/users/{user}/tokens", {"note": "live hub test", "expires_in": 3600})
        if answer.status != 201:
            raise RuntimeError(f"no token for {user}: {answer.status} {answer.text}")
        return answer.json()["token"]

    def spawn(self, users: list[str], timeout: float = 300) -> float:
        """Start the users' servers at once and wait until all are ready; return the seconds taken."""
        from concurrent.futures import ThreadPoolExecutor

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=8) as pool:  # the hub answers a start after up to 10 s
            answers = list(pool.map(lambda user: (user, self.api("POST", f"/users/{user}/server")), users))
        for user, answer in answers:
            if answer.status not in (201, 202):
                raise RuntimeError(f"could not start {user}'s server: {answer.status} {answer.text}")
        waiting = set(users)
        while waiting and time.monotonic() - started < timeout:
            for user in sorted(waiting):
                model = self.api("GET", f"/users/{user}").json()
                server = (model.get("servers") or {}).get("", {})
                if server.get("ready"):
                    waiting.discard(user)
                elif not server:
                    raise RuntimeError(f"{user}'s server stopped while starting:\n{self.tail()}")
            if waiting:
                time.sleep(0.5)
        if waiting:
            raise RuntimeError(f"servers not ready after {timeout} s: {', '.join(sorted(waiting))}\n{self.tail()}")
        self.remember_processes()
        return time.monotonic() - started

    def remember_processes(self) -> None:
        if self.process is not None:
            self.seen.update(descendants(self.process.pid))

    def stop(self) -> None:
        """Stop the hub (it stops the users' servers, its proxy and its services), then end
        by id anything it started that is still running."""
        if self.process is None:
            return
        self.remember_processes()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        end_processes(self.seen)
        self.process = None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None
