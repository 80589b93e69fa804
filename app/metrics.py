"""Prometheus metrics of the API, kept in the process and rendered in the text exposition format.

Counters and latency histograms are labelled with the route *template* (never the concrete path,
which would make one series per entity id); the queue depth is read from Neo4j at scrape time.
"""
from __future__ import annotations

import bisect
import threading
from collections import defaultdict

# seconds; fine below 100 ms where the reads live
BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
           10.0)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self._buckets: dict[tuple[str, str], list[int]] = {}
        self._sums: dict[tuple[str, str], float] = defaultdict(float)
        self._counts: dict[tuple[str, str], int] = defaultdict(int)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route)
        with self._lock:
            self._requests[(method, route, str(status))] += 1
            buckets = self._buckets.get(key)
            if buckets is None:
                buckets = self._buckets[key] = [0] * len(BUCKETS)
            i = bisect.bisect_left(BUCKETS, seconds)
            if i < len(buckets):
                buckets[i] += 1
            self._sums[key] += seconds
            self._counts[key] += 1

    def render(self, *, queue: dict[str, int] | None, neo4j_up: bool) -> str:
        lines = ["# HELP newsgraph_http_requests_total HTTP requests by method, route template and status.",
                 "# TYPE newsgraph_http_requests_total counter"]
        with self._lock:
            requests = sorted(self._requests.items())
            buckets = {k: list(v) for k, v in sorted(self._buckets.items())}
            sums = dict(self._sums)
            counts = dict(self._counts)
        for (method, route, status), n in requests:
            lines.append(f'newsgraph_http_requests_total{{method="{method}",route="{_escape(route)}",'
                         f'status="{status}"}} {n}')
        lines += ["# HELP newsgraph_http_request_duration_seconds HTTP request latency by method and route template.",
                  "# TYPE newsgraph_http_request_duration_seconds histogram"]
        for (method, route), counts_per_bucket in buckets.items():
            labels = f'method="{method}",route="{_escape(route)}"'
            cumulative = 0
            for bound, n in zip(BUCKETS, counts_per_bucket, strict=True):
                cumulative += n
                lines.append(f'newsgraph_http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {cumulative}')
            total = counts[(method, route)]
            lines.append(f'newsgraph_http_request_duration_seconds_bucket{{{labels},le="+Inf"}} {total}')
            lines.append(f"newsgraph_http_request_duration_seconds_sum{{{labels}}} {sums[(method, route)]:.6f}")
            lines.append(f"newsgraph_http_request_duration_seconds_count{{{labels}}} {total}")
        lines += ["# HELP newsgraph_neo4j_up Whether Neo4j answered the last scrape.",
                  "# TYPE newsgraph_neo4j_up gauge", f"newsgraph_neo4j_up {1 if neo4j_up else 0}"]
        if queue is not None:
            lines += ["# HELP newsgraph_queue_depth Ingest jobs by state.", "# TYPE newsgraph_queue_depth gauge"]
            lines += [f'newsgraph_queue_depth{{state="{_escape(state)}"}} {n}' for state, n in sorted(queue.items())]
        return "\n".join(lines) + "\n"
