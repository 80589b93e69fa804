"""Bad input end to end, through `newsgraph ingest` and the worker, against the real Neo4j: each
bad article gets its own clear error, the rest of its batch lands, nothing is half-written."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.queue import Queue
from ingest.articles import Article, ArticleError
from ingest.extract import Extractor
from ingest.model import Extraction
from ingest.settings import WorkerSettings
from ingest.worker import Worker
from tests.conftest import graph_counts
from tests.integration.store_helpers import cli_env, run_cli

ENGLISH = ("The Central Election Commission registered four candidates for the presidential election on "
           "Friday, and observers from the mission said that the vote was well organised.")


def _stored_articles(driver) -> list[str]:  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.id AS id ORDER BY id")
    return [r["id"] for r in records]


def test_bad_inputs_through_ingest_and_the_worker(clean_db, neo4j_env, dev_articles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good1, good2 = dev_articles[1], dev_articles[2]
    lines = [
        json.dumps(good1).encode(),
        json.dumps({"id": "empty", "text": "   \n "}).encode(),
        json.dumps({"id": "html", "text": f"<html><body><p>{ENGLISH}</p><p>More.</p></body></html>"}).encode(),
        json.dumps({"id": "russian", "text": "Центральная избирательная комиссия зарегистрировала четырёх "
                                             "кандидатов на президентских выборах в пятницу."}).encode(),
        json.dumps({"id": "spanish", "text": "La comisión electoral registró a cuatro candidatos para las "
                                             "elecciones regionales del viernes, según dijeron los funcionarios "
                                             "del gobierno y los observadores de la misión."}).encode(),
        json.dumps({"id": "huge", "text": ENGLISH + " " + "The count went on. " * 60_000}).encode(),
        b'{"id": "broken", "text": "The commission met',
        '{"id": "latin1", "text": "Caf\u00e9 owners met the delegation in the capital."}'.encode("latin-1"),
        json.dumps({"id": "no-text"}).encode(),
        json.dumps(good2).encode(),
    ]
    assert len(lines[5]) > 1_000_000
    (tmp_path / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (tmp_path / "win1252.txt").write_bytes("The \u201ccommission\u201d met the observers.".encode("cp1252"))
    env = cli_env(neo4j_env)

    ingest = run_cli(env, "ingest", str(tmp_path / "batch.jsonl"), str(tmp_path / "win1252.txt"))
    assert ingest.returncode == 1, ingest.stderr  # some inputs were refused
    printed = dict(line.split("\t", 1) for line in ingest.stdout.splitlines())
    assert printed[good1["id"]] == "queued" and printed[good2["id"]] == "queued"
    expected = {
        "empty": "empty",
        "html": "looks like HTML",
        "russian": "not English",
        "spanish": "does not look like English",
        "huge": "over the limit of 1000000",
        "batch.jsonl:7": "not valid JSON",
        "batch.jsonl:8": "not valid UTF-8",
        "no-text": "text: Field required",
        "win1252": "not valid UTF-8",
    }
    assert len(printed) == len(expected) + 2
    for article_id, words in expected.items():
        assert printed[article_id].startswith("failed\t") and words in printed[article_id], (article_id, printed)

    worker = run_cli(env, "worker", "--drain", timeout=300)
    assert worker.returncode == 0, worker.stderr[-3000:]
    queue = Queue(clean_db)
    assert queue.get(good1["id"])["status"] == "done" and queue.get(good2["id"])["status"] == "done"
    for article_id, words in expected.items():
        job = queue.get(article_id)
        assert job["status"] == "failed" and words in job["error"], job
        assert not job["stored"]
    assert _stored_articles(clean_db) == sorted([good1["id"], good2["id"]])
    assert queue.stats() == {"queued": 0, "processing": 0, "done": 2, "failed": len(expected)}
    stats = run_cli(env, "queue")
    assert json.loads(stats.stdout) == {"queued": 0, "processing": 0, "done": 2, "failed": len(expected)}


class Unreliable:
    """The real extractor, except for chosen articles: an extraction error, or an extraction that
    the database refuses halfway through its write (an impossible date)."""

    def __init__(self, real: Extractor, *, error: set[str], bad_date: set[str]) -> None:
        self.real, self.error, self.bad_date = real, error, bad_date

    def extract(self, articles: Iterable[Article | ArticleError]) -> Iterator[Extraction | ArticleError]:
        for result in self.real.extract(articles):
            if result.article_id in self.error:
                yield ArticleError(result.article_id, "extraction failed: RuntimeError: injected")
            elif result.article_id in self.bad_date and isinstance(result, Extraction):
                for r in result.relations:
                    r.properties["date"] = "2024-02-31"
                yield result
            else:
                yield result


def test_bad_payloads_and_failing_articles_in_one_batch(clean_db, extractor, dev_articles) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    good = [Article.model_validate(a) for a in dev_articles[3:6]]
    # payloads that never went through `ingest` checks (an older client, a hand-made job)
    bad = [Article(id="empty-payload", text="  "), Article(id="html-payload", text=f"<div>{ENGLISH}</div><p>x</p><br>")]
    flaky, refused = good[0].id, good[1].id
    queue.enqueue([bad[0], good[0], bad[1], good[1], good[2]])
    settings = WorkerSettings(poll_interval=0.05, batch_size=5, max_attempts=2)
    stats = Worker(clean_db, Unreliable(extractor, error={flaky}, bad_date={refused}),  # type: ignore[arg-type]
                   settings).run(drain=True)
    assert stats.done == 1 and stats.failed == 4

    assert queue.get(good[2].id)["status"] == "done"
    for article_id, words in [("empty-payload", "empty"), ("html-payload", "HTML")]:
        job = queue.get(article_id)
        assert job["status"] == "failed" and words in job["error"] and job["attempts"] == 1  # at once
    job = queue.get(flaky)
    assert job["status"] == "failed" and job["attempts"] == 2 and "injected" in job["error"]
    job = queue.get(refused)
    assert job["status"] == "failed" and job["attempts"] == 2 and "write failed" in job["error"], job
    # nothing of the refused article was written, though its write got halfway
    assert _stored_articles(clean_db) == [good[2].id]
    one = graph_counts(clean_db)

    # retried with a working extractor, both land; the empty text fails again at once
    assert sorted(queue.retry([flaky, refused, "empty-payload"])) == sorted([flaky, refused, "empty-payload"])
    again = Worker(clean_db, extractor, settings).run(drain=True)
    assert (again.done, again.failed) == (2, 1)
    assert _stored_articles(clean_db) == sorted(a.id for a in good)
    assert graph_counts(clean_db)["entities"] > one["entities"]
