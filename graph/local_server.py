"""A real Neo4j Community server without Docker, assembled from Maven Central jars.

The packaged tarball is not on Maven Central, but every jar in it is: the
`neo4j-community-standalone` pom lists them, and `mvn dependency:copy-dependencies` puts
them into one folder. That folder is cached per version under the server home, so only the
first start downloads anything. Each *instance* (`local` for `make run`, `test` for the test
suite) has its own configuration, data, logs and ports beside the shared jars.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from graph.errors import LocalServerError
from graph.settings import LocalServerSettings, Neo4jSettings

log = logging.getLogger(__name__)

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.newsgraph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j.assembly</groupId>
      <artifactId>neo4j-community-standalone</artifactId>
      <version>{version}</version>
      <type>pom</type>
    </dependency>
    <dependency>
      <groupId>org.neo4j.client</groupId>
      <artifactId>neo4j-browser</artifactId>
      <version>{browser_version}</version>
    </dependency>
  </dependencies>
</project>
"""

# The JVM flags the shipped neo4j.conf carries; without the --add-opens lines Neo4j 5 fails.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    browser_url: str
    version: str | None = None


class LocalServer:
    """One instance of the local Neo4j server: assemble, configure, start, stop, status."""

    def __init__(self, settings: LocalServerSettings, neo4j: Neo4jSettings) -> None:
        self.settings = settings
        self.neo4j = neo4j
        self.home = Path(settings.home)
        self.lib = self.home / "lib" / settings.version
        self.dir = self.home / settings.instance
        self.conf_dir = self.dir / "conf"
        self.pid_file = self.dir / "run" / "newsgraph.pid"
        self.console_log = self.dir / "logs" / "console.log"

    # -- addresses -------------------------------------------------------------------------
    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.settings.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.http_port}"

    @property
    def browser_url(self) -> str:
        return f"http://localhost:{self.settings.http_port}/browser/"

    # -- assembling ------------------------------------------------------------------------
    def jars_ready(self) -> bool:
        return (self.lib / ".complete").exists()

    def assemble(self) -> Path:
        """Download the server's jars once; later calls return the cached folder at once."""
        if self.jars_ready():
            return self.lib
        check_java()
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalServerError(
                "Maven (mvn) is needed once to fetch Neo4j's jars from Maven Central. "
                "Install it (Debian: apt-get install maven), or point NEO4J_URI at a running Neo4j."
            )
        build = self.home / "build" / self.settings.version
        build.mkdir(parents=True, exist_ok=True)
        (build / "pom.xml").write_text(
            POM.format(version=self.settings.version, browser_version=self.settings.browser_version)
        )
        partial = self.lib.with_name(self.lib.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        log.info("fetching Neo4j %s jars from Maven Central", self.settings.version)
        started = time.monotonic()
        proc = subprocess.run(
            [mvn, "-B", "-q", "dependency:copy-dependencies", f"-DoutputDirectory={partial}",
             "-DincludeScope=runtime"],
            cwd=build, capture_output=True, text=True, check=False,
        )
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise LocalServerError(f"Maven could not fetch the Neo4j jars:\n{tail}")
        for pom in partial.glob("*.pom"):
            pom.unlink()
        shutil.rmtree(self.lib, ignore_errors=True)
        partial.rename(self.lib)
        (self.lib / ".complete").write_text(self.settings.version + "\n")
        size = sum(p.stat().st_size for p in self.lib.iterdir())
        log.info("fetched %d jars, %.0f MB, in %.0f s", len(list(self.lib.glob("*.jar"))), size / 1e6,
                 time.monotonic() - started)
        return self.lib

    def download_size(self) -> int:
        return sum(p.stat().st_size for p in self.lib.glob("*.jar")) if self.jars_ready() else 0

    # -- configuration ---------------------------------------------------------------------
    def write_config(self) -> None:
        for sub in ("conf", "data", "logs", "run", "import", "plugins"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        s = self.settings
        lines = [
            "# Written by `newsgraph neo4j start`; edits are overwritten on the next start.",
            f"server.directories.data={self.dir / 'data'}",
            f"server.directories.logs={self.dir / 'logs'}",
            f"server.directories.run={self.dir / 'run'}",
            f"server.directories.import={self.dir / 'import'}",
            f"server.directories.plugins={self.dir / 'plugins'}",
            f"server.directories.lib={self.lib}",
            "server.default_listen_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{s.bolt_port}",
            f"server.bolt.advertised_address=localhost:{s.bolt_port}",
            "server.http.enabled=true",
            f"server.http.listen_address=127.0.0.1:{s.http_port}",
            f"server.http.advertised_address=localhost:{s.http_port}",
            "server.https.enabled=false",
            "dbms.security.auth_enabled=true",
            f"server.memory.heap.initial_size={min_heap(s.heap)}",
            f"server.memory.heap.max_size={s.heap}",
            f"server.memory.pagecache.size={s.pagecache}",
            "dbms.usage_report.enabled=false",
            "client.allow_telemetry=false",  # Neo4j Browser's usage reports: nowhere to go on a closed network
            "server.config.strict_validation.enabled=true",
            # a cached plan is checked against the graph's counts at most this often (default 10 s):
            # while a graph fills, the write statements (refresh alone takes ~400 ms to plan, once
            # per size class of its list parameters) were replanned again and again
            "dbms.cypher.min_replan_interval=60s",
        ]
        if s.post_connect_cmd:
            lines.append(f"browser.post_connect_cmd={s.post_connect_cmd}")
        lines += [f"server.jvm.additional={flag}" for flag in JVM_FLAGS]
        (self.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")

    def _java(self, *args: str) -> list[str]:
        return [check_java(), "-cp", f"{self.lib}/*", f"-Dbasedir={self.dir}", *args]

    def _env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.dir), "NEO4J_CONF": str(self.conf_dir)}

    def set_initial_password(self) -> None:
        if (self.dir / "data" / "dbms").exists():
            return  # the password is set once, before the first start
        password = self.neo4j.password.get_secret_value()
        if len(password) < 8:
            raise LocalServerError("NEO4J_PASSWORD must have at least 8 characters")
        proc = subprocess.run(
            self._java("org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password),
            env=self._env(), capture_output=True, text=True, check=False,
        )
        if proc.returncode != 0:
            raise LocalServerError(f"could not set the initial password: {proc.stderr.strip()[-500:]}")

    # -- running ---------------------------------------------------------------------------
    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return None
        return pid if b"neo4j" in cmdline.lower() else None

    def http_answers(self) -> dict | None:
        try:
            with urllib.request.urlopen(self.http_url + "/", timeout=2) as resp:
                import json

                return json.loads(resp.read())
        except (OSError, urllib.error.URLError, ValueError):
            return None

    def bolt_answers(self) -> bool:
        from neo4j import GraphDatabase
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        auth = (self.neo4j.user, self.neo4j.password.get_secret_value())
        try:
            with GraphDatabase.driver(self.bolt_uri, auth=auth, connection_timeout=2) as driver:
                driver.verify_connectivity()
            return True
        except (ServiceUnavailable, OSError):
            return False
        except Neo4jError as exc:  # wrong password, for instance: waiting will not help
            raise LocalServerError(f"Neo4j answers on {self.bolt_uri} but refuses us: {exc.message}") from exc

    def status(self) -> ServerStatus:
        pid = self.pid()
        info = self.http_answers() if pid else None
        return ServerStatus(
            running=bool(pid and info),
            pid=pid,
            bolt_uri=self.bolt_uri,
            browser_url=self.browser_url,
            version=(info or {}).get("neo4j_version"),
        )

    def start(self) -> ServerStatus:
        """Start the server in the background and wait until Bolt and HTTP answer. Idempotent."""
        if self.pid() is not None:
            self._wait_until_up()
            return self.status()
        for port in (self.settings.bolt_port, self.settings.http_port):
            if port_in_use(port):
                raise LocalServerError(
                    f"port {port} is already taken by another process; stop it, or choose other ports "
                    "with NEWSGRAPH_NEO4J_BOLT_PORT / NEWSGRAPH_NEO4J_HTTP_PORT (and NEO4J_URI)"
                )
        self.assemble()
        self.write_config()
        self.set_initial_password()
        self.console_log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.console_log, "ab") as out:
            proc = subprocess.Popen(
                self._java("org.neo4j.server.startup.Neo4jBoot", "console"),
                env=self._env(), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # outlives the command that started it
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        try:
            self._wait_until_up(proc)
        except LocalServerError:
            self.stop()
            raise
        return self.status()

    def _wait_until_up(self, proc: subprocess.Popen | None = None) -> None:
        deadline = time.monotonic() + self.settings.start_timeout
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise LocalServerError(
                    f"Neo4j exited with code {proc.returncode} while starting:\n{self.log_tail()}"
                )
            if self.http_answers() is not None and self.bolt_answers():
                return
            time.sleep(0.5)
        raise LocalServerError(
            f"Neo4j did not answer within {self.settings.start_timeout:.0f} s:\n{self.log_tail()}"
        )

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server if it runs; returns whether it was running. Idempotent."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            log.warning("Neo4j did not stop within %.0f s; killing it", timeout)
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        return True

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.console_log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no console log)"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a child we started ourselves lingers as a zombie until reaped
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def min_heap(heap: str) -> str:
    """Start with half the maximum heap (at least what the setting allows)."""
    match = re.fullmatch(r"(\d+)([kmg])", heap.lower())
    if not match:
        return heap
    value, unit = int(match.group(1)), match.group(2)
    factor = {"k": 1, "m": 1024, "g": 1024 * 1024}[unit]
    return f"{max(value * factor // 2, 128 * 1024)}k"


def check_java() -> str:
    """Return the java executable, or explain what to install."""
    java = shutil.which("java")
    if java is None:
        raise LocalServerError(
            "Java 17 or 21 is needed to run Neo4j 5.26 (Debian: apt-get install openjdk-17-jre-headless), "
            "or point NEO4J_URI at a running Neo4j."
        )
    proc = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)', proc.stderr + proc.stdout)
    if match and int(match.group(1)) < 17:
        raise LocalServerError(f"Neo4j 5.26 needs Java 17 or 21; found Java {match.group(1)} at {java}")
    return java
