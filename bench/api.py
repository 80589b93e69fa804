"""Latency and throughput of `GET /v1/entities/{id}/relationships` beside the same Cypher run directly.

    python bench/api.py [--requests 2000] [--concurrency 1 32] [--entities 100000] [--relationships 1000000]

Builds (or reuses) the synthetic graph of `bench/synthetic_graph.py` in the `bench` Neo4j
instance, starts a real `newsgraph serve` process against it, and for each concurrency runs the
same sequence of random entities (seeded) two ways, taking turns slice by slice:

* driver: `read/entity_relationships` with the parameters the API sends, through one AsyncDriver
  in this process (auto-commit, records fetched as dicts: what `graph.reads` does);
* api:    the HTTP route, through a lean keep-alive HTTP/1.1 client, one connection per worker
          (the response is read whole and parsed as JSON).

Prints p50/p99 latency (ms) and throughput (requests/s) of each, and the API/driver ratios.
Aims (issue 5): API p50 within 1.5x of the driver's; API p99 under 50 ms at concurrency 32.
Client, API and Neo4j share this machine's cores, so the client's own cost is in the API figures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from neo4j import READ_ACCESS, AsyncDriver  # noqa: E402

from bench.synthetic_graph import Shape, bench_server, build  # noqa: E402
from graph import cypher  # noqa: E402
from graph.driver import create_async_driver  # noqa: E402
from graph.reads import entity_relationships_params  # noqa: E402

QUERY = "read/entity_relationships"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def run(call: Callable[[str], Awaitable[int]], ids: list[str], concurrency: int,
              into: dict[str, list[float]]) -> None:
    """Every id once, by `concurrency` workers; adds each call's latency, rows and the elapsed time."""
    next_index = 0

    async def worker() -> None:
        nonlocal next_index
        while next_index < len(ids):
            entity_id = ids[next_index]
            next_index += 1
            started = time.perf_counter()
            into["rows"].append(await call(entity_id))
            into["latencies"].append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    into["elapsed"].append(time.perf_counter() - started)


def figures(measured: dict[str, list[float]]) -> dict[str, float]:
    latencies = measured["latencies"]
    return {"p50_ms": percentile(latencies, 0.50) * 1000, "p99_ms": percentile(latencies, 0.99) * 1000,
            "mean_ms": statistics.fmean(latencies) * 1000, "rps": len(latencies) / sum(measured["elapsed"]),
            "rows_per_call": statistics.fmean(measured["rows"])}


def direct(driver: AsyncDriver, limit: int, evidence: int) -> Callable[[str], Awaitable[int]]:
    query = cypher.query(QUERY)

    async def call(entity_id: str) -> int:
        params = entity_relationships_params(id=entity_id, limit=limit + 1, evidence_limit=evidence)
        async with driver.session(default_access_mode=READ_ACCESS) as session:
            result = await session.run(query, params)
            return len([record.data() async for record in result][:limit])

    return call


class KeepAlive:
    """A lean HTTP/1.1 keep-alive client (one connection per worker): httpx costs more CPU per request
    than the API route itself, and client, API and Neo4j share this machine's two cores."""

    def __init__(self, host: str, port: int, size: int) -> None:
        self.host, self.port = host, port
        self.pool: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = asyncio.Queue()
        self.size = size

    async def open(self) -> None:
        for _ in range(self.size):
            self.pool.put_nowait(await asyncio.open_connection(self.host, self.port))

    async def get(self, path: str) -> tuple[int, bytes]:
        reader, writer = await self.pool.get()
        try:
            try:
                return await self._exchange(reader, writer, path)
            except (asyncio.IncompleteReadError, ConnectionError):
                # the server closed a connection left idle (uvicorn's keep-alive timeout): open another
                writer.close()
                reader, writer = await asyncio.open_connection(self.host, self.port)
                return await self._exchange(reader, writer, path)
        finally:
            self.pool.put_nowait((reader, writer))

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                        path: str) -> tuple[int, bytes]:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        return status, await reader.readexactly(length)

    async def close(self) -> None:
        while not self.pool.empty():
            _, writer = self.pool.get_nowait()
            writer.close()


def over_http(client: KeepAlive, limit: int, evidence: int) -> Callable[[str], Awaitable[int]]:
    async def call(entity_id: str) -> int:
        status, body = await client.get(f"/v1/entities/{quote(entity_id)}/relationships?limit={limit}"
                                        f"&evidence={evidence}")
        if status != 200:
            raise RuntimeError(f"{entity_id}: HTTP {status}: {body[:300]!r}")
        return len(json.loads(body)["items"])

    return call


def start_api(port: int, neo4j_uri: str, log_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEO4J_URI": neo4j_uri, "NEWSGRAPH_API_KEY": "bench-key"}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit(f"the API did not become ready; see {log_path}")


async def sample_ids(driver: AsyncDriver, n: int, seed: int) -> list[str]:
    # every entity id, then a seeded sample: the same entities for both ways and every run
    async with driver.session(default_access_mode=READ_ACCESS) as session:
        result = await session.run(cypher.query("read/entity_list"), {"type": None, "after": None, "limit": 10**7})
        ids = [record["id"] async for record in result]
    rng = random.Random(seed)
    return [rng.choice(ids) for _ in range(n)]


async def measure(args: argparse.Namespace, neo4j_uri: str, api_port: int) -> list[dict[str, object]]:
    from graph.settings import DEFAULT_PASSWORD, Neo4jSettings

    settings = Neo4jSettings(uri=neo4j_uri, password=DEFAULT_PASSWORD, max_connection_pool_size=100)
    driver = create_async_driver(settings)
    results: list[dict[str, object]] = []
    try:
        ids = await sample_ids(driver, args.requests, args.seed)
        warm = ids[: args.warmup]
        client = KeepAlive("127.0.0.1", api_port, max(args.concurrency))
        await client.open()
        try:
            ways = {"driver": direct(driver, args.limit, args.evidence),
                    "api": over_http(client, args.limit, args.evidence)}
            for call in ways.values():  # plans cached, pages in memory, connections open
                await run(call, warm, max(args.concurrency), {"latencies": [], "rows": [], "elapsed": []})
            for concurrency in args.concurrency:
                # the two ways take turns on slices of the same ids, so that load from elsewhere on a
                # shared machine falls on both alike
                measured = {way: {"latencies": [], "rows": [], "elapsed": []} for way in ways}
                step = max(concurrency * 4, len(ids) // args.rounds)
                for start in range(0, len(ids), step):
                    for way, call in ways.items():
                        await run(call, ids[start:start + step], concurrency, measured[way])
                for way in ways:
                    results.append({"way": way, "concurrency": concurrency, **figures(measured[way])})
        finally:
            await client.close()
    finally:
        await driver.close()
    return results


def report(results: list[dict[str, object]]) -> None:
    print(f"{'way':<8}{'conc':>5}{'p50 ms':>10}{'p99 ms':>10}{'mean ms':>10}{'req/s':>10}{'items':>8}")
    for r in results:
        print(f"{r['way']:<8}{r['concurrency']:>5}{r['p50_ms']:>10.2f}{r['p99_ms']:>10.2f}{r['mean_ms']:>10.2f}"
              f"{r['rps']:>10.1f}{r['rows_per_call']:>8.1f}")
    by = {(r["way"], r["concurrency"]): r for r in results}
    for concurrency in sorted({int(str(r["concurrency"])) for r in results}):
        api, drv = by[("api", concurrency)], by[("driver", concurrency)]
        p50 = float(str(api["p50_ms"])) / float(str(drv["p50_ms"]))
        p99 = float(str(api["p99_ms"])) / float(str(drv["p99_ms"]))
        rps = float(str(api["rps"])) / float(str(drv["rps"]))
        print(f"concurrency {concurrency}: API/driver p50 ratio {p50:.2f} (aim <= 1.5), p99 ratio {p99:.2f}, "
              f"throughput ratio {rps:.2f}; API p99 {float(str(api['p99_ms'])):.1f} ms"
              + (" (aim < 50 ms)" if concurrency >= 32 else ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--requests", type=int, default=2000, help="requests per way and concurrency")
    ap.add_argument("--warmup", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=10, help="turns the two ways take, each on its own slice of ids")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 32])
    ap.add_argument("--limit", type=int, default=50, help="page size asked for")
    ap.add_argument("--evidence", type=int, default=3, help="evidence sentences per relationship")
    ap.add_argument("--bolt-port", type=int, default=7693)
    ap.add_argument("--http-port", type=int, default=7480)
    ap.add_argument("--api-port", type=int, default=8793)
    ap.add_argument("--memory", default="2g", help="the bench Neo4j's heap and page cache, each")
    ap.add_argument("--stop", action="store_true", help="stop the bench Neo4j afterwards")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()

    server = bench_server(args.bolt_port, args.http_port, args.memory)
    counts = build(Shape(args.entities, args.relationships, args.articles, args.seed), server)
    print(f"graph: {json.dumps(counts)}")
    log_path = server.dir / "logs" / "bench-api.log"
    api = start_api(args.api_port, server.bolt_uri, log_path)
    try:
        results = asyncio.run(measure(args, server.bolt_uri, args.api_port))
    finally:
        api.terminate()
        api.wait(timeout=15)
        if args.stop:
            server.stop()
    report(results)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
