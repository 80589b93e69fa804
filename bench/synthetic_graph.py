"""A synthetic newsgraph of the contract's shape, bulk-loaded into a Neo4j instance of its own.

    python bench/synthetic_graph.py [--entities 100000] [--relationships 1000000] [--articles 50000]

Writes CSV files (entities by type, articles, relationships with the stored aggregates, one or
two Evidence nodes per relationship with their FROM links, MENTIONS) and loads them with
`neo4j-admin database import full` into the `bench` instance of the local server (its own
ports, data and page cache), then starts it and applies newsgraph's schema. Degrees follow a
skewed law, so a few hub entities have thousands of relationships while most have a handful.

A graph built with the same arguments is reused: the instance keeps a stamp of them.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import random
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.driver import create_driver, wait_for  # noqa: E402
from graph.local_server import LocalServer  # noqa: E402
from graph.rows import relationship_key  # noqa: E402
from graph.schema import apply_schema  # noqa: E402
from graph.settings import DEFAULT_PASSWORD, LocalServerSettings, Neo4jSettings  # noqa: E402
from ingest.model import EVENT_TYPES, SYMMETRIC_TYPES  # noqa: E402

log = logging.getLogger("bench.synthetic_graph")

# share of the entities per type
TYPE_SHARES = {"Person": 0.50, "Organization": 0.24, "Location": 0.10, "Delegation": 0.08, "Election": 0.06,
               "Country": 0.02}
# relationship type -> (source types, target types, share of the relationships)
RELATIONS = {
    "HEADS": (["Person"], ["Delegation", "Organization"], 0.08),
    "HOLDS_POSITION": (["Person"], ["Organization", "Country"], 0.12),
    "MEMBER_OF": (["Person"], ["Organization", "Delegation"], 0.12),
    "REPRESENTS": (["Delegation"], ["Organization", "Country"], 0.05),
    "NOMINATED": (["Organization", "Person"], ["Person"], 0.08),
    "APPROVED_CANDIDACY": (["Organization"], ["Person"], 0.06),
    "REJECTED_CANDIDACY": (["Organization"], ["Person"], 0.03),
    "CANDIDATE_IN": (["Person"], ["Election"], 0.10),
    "CALLED_ELECTION": (["Person", "Organization"], ["Election"], 0.03),
    "WON": (["Person", "Organization"], ["Election"], 0.03),
    "OBSERVES": (["Delegation", "Organization"], ["Election"], 0.05),
    "VISITS": (["Delegation", "Person"], ["Country", "Location"], 0.10),
    "MET_WITH": (["Person", "Delegation"], ["Person", "Delegation"], 0.15),
}
TITLES = ["President", "Prime Minister", "Foreign Minister", "Chairman", "Secretary General", "Speaker",
          "Ambassador", "Deputy"]
SYLLABLES = ["ka", "ri", "mo", "la", "ven", "tor", "sa", "lin", "dor", "ba", "mi", "ko", "ran", "zu", "el",
             "ar", "te", "vo", "na", "gu"]
START = dt.date(2019, 1, 1)
DAYS = 6 * 365


@dataclass(frozen=True)
class Shape:
    entities: int
    relationships: int
    articles: int
    seed: int


def _name(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(words))


def _day(rng: random.Random) -> dt.date:
    return START + dt.timedelta(days=rng.randrange(DAYS))


def _skewed(rng: random.Random, n: int) -> int:
    """An index in [0, n) with a heavy head: index 0 is picked far more often than the median."""
    return min(int(n * rng.random() ** 3), n - 1)


def write_csv(shape: Shape, out: Path) -> dict[str, int]:
    """Write the import files; returns what they hold."""
    rng = random.Random(shape.seed)
    out.mkdir(parents=True, exist_ok=True)
    pools: dict[str, list[str]] = {t: [] for t in TYPE_SHARES}
    counts = {"entities": 0, "articles": shape.articles, "relationships": 0, "evidence": 0, "mentions": 0}

    with open(out / "entities.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id:ID(Entity)", "name", "type", "aliases:string[]", "article_count:int", ":LABEL"])
        for etype, share in TYPE_SHARES.items():
            for i in range(int(shape.entities * share)):
                name = _name(rng, 2 if etype == "Person" else 3)
                eid = f"{etype.lower()}:{name.lower().replace(' ', '-')}-{i}"
                party = etype == "Organization" and i % 10 == 0
                labels = f"Entity;{etype}" + (";PoliticalParty" if party else "")
                w.writerow([eid, name, etype, name.split()[-1], rng.randint(1, 20), labels])
                pools[etype].append(eid)
                counts["entities"] += 1
        # popular entities first, so that the skewed picks make them hubs in every pool
        for pool in pools.values():
            rng.shuffle(pool)

    published = [_day(rng) for _ in range(shape.articles)]
    with open(out / "articles.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id:ID(Article)", "title", "url", "outlet", "published:date", ":LABEL"])
        for i, day in enumerate(published):
            w.writerow([f"synthetic-{i}", _name(rng, 5), f"https://news.example/{i}", "Synthetic Wire",
                        day.isoformat(), "Article"])

    seen: set[str] = set()
    mentioned: set[tuple[int, str]] = set()
    types = list(RELATIONS)
    weights = [RELATIONS[t][2] for t in types]
    with open(out / "relationships.csv", "w", newline="") as rf, open(out / "evidence.csv", "w", newline="") as ef, \
            open(out / "from.csv", "w", newline="") as ff:
        rw, ew, fw = csv.writer(rf), csv.writer(ef), csv.writer(ff)
        rw.writerow([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key", "confidence:double", "support:int",
                     "articles:string[]", "date:date", "dates:date[]", "asserted:date[]", "first_asserted:date",
                     "last_asserted:date", "title", "vote_share:double", "sentence", "article_id"])
        ew.writerow(["key:ID(Evidence)", "rel_key", "article_id", "type", "source", "target", "sentence",
                     "start:int", "end:int", "confidence:double", "pattern", "date", "published:date", ":LABEL"])
        fw.writerow([":START_ID(Evidence)", ":END_ID(Article)", ":TYPE"])
        while counts["relationships"] < shape.relationships:
            rtype = rng.choices(types, weights)[0]
            sources, targets, _ = RELATIONS[rtype]
            s_pool, t_pool = pools[rng.choice(sources)], pools[rng.choice(targets)]
            source, target = s_pool[_skewed(rng, len(s_pool))], t_pool[_skewed(rng, len(t_pool))]
            if source == target:
                continue
            if rtype in SYMMETRIC_TYPES and target < source:
                source, target = target, source
            key = relationship_key(rtype, source, target)
            if key in seen:
                continue
            seen.add(key)
            support = 1 if rng.random() < 0.85 else 2
            arts = sorted(rng.sample(range(shape.articles), support))
            confs = [round(rng.uniform(0.5, 0.95), 2) for _ in arts]
            asserted = sorted({published[a] for a in arts})
            day = _day(rng) if rtype in EVENT_TYPES and rng.random() < 0.7 else None
            title = rng.choice(TITLES) if rtype == "HOLDS_POSITION" else ""
            vote = round(rng.uniform(30, 95), 1) if rtype == "WON" and rng.random() < 0.5 else ""
            sentence = f"{source} {rtype.lower().replace('_', ' ')} {target}, " + _name(rng, 12) + "."
            confidence = 1.0
            for c in confs:
                confidence *= 1.0 - c
            rw.writerow([source, target, rtype, key, round(1.0 - confidence, 4), support,
                         ";".join(f"synthetic-{a}" for a in arts), day.isoformat() if day else "",
                         day.isoformat() if day else "", ";".join(d.isoformat() for d in asserted),
                         asserted[0].isoformat(), asserted[-1].isoformat(), title, vote, sentence,
                         f"synthetic-{arts[0]}"])
            for a, c in zip(arts, confs, strict=True):
                ev_key = f"{key}-{a}"
                start = rng.randrange(0, 4000)
                ew.writerow([ev_key, key, f"synthetic-{a}", rtype, source, target, sentence, start,
                             start + len(sentence), c, f"{rtype.lower()}-synthetic",
                             day.isoformat() if day else "", published[a].isoformat(), "Evidence"])
                fw.writerow([ev_key, f"synthetic-{a}", "FROM"])
                mentioned.add((a, source))
                mentioned.add((a, target))
                counts["evidence"] += 1
            counts["relationships"] += 1

    with open(out / "mentions.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "surface_forms:string[]"])
        for a, eid in sorted(mentioned):
            w.writerow([f"synthetic-{a}", eid, "MENTIONS", eid.split(":", 1)[1].rsplit("-", 1)[0]])
        counts["mentions"] = len(mentioned)
    return counts


def bench_server(bolt_port: int, http_port: int, memory: str) -> LocalServer:
    settings = LocalServerSettings(instance="bench", bolt_port=bolt_port, http_port=http_port, heap=memory,
                                   pagecache=memory, start_timeout=600)
    return LocalServer(settings, Neo4jSettings(uri=f"bolt://127.0.0.1:{bolt_port}", password=DEFAULT_PASSWORD))


def build(shape: Shape, server: LocalServer, *, force: bool = False) -> dict[str, int]:
    """Make sure the bench instance holds the graph of `shape` and runs; returns its counts."""
    stamp = server.dir / "synthetic.json"
    if not force and stamp.exists():
        saved = json.loads(stamp.read_text())
        if saved.get("shape") == asdict(shape):
            log.info("reusing the synthetic graph in %s", server.dir)
            server.start()
            return dict(saved["counts"])
    server.stop()
    shutil.rmtree(server.dir / "data", ignore_errors=True)
    stamp.unlink(missing_ok=True)
    csv_dir = server.dir / "import" / "synthetic"
    started = time.monotonic()
    counts = write_csv(shape, csv_dir)
    log.info("wrote CSV in %.0f s: %s", time.monotonic() - started, counts)

    server.assemble()
    server.write_config()
    started = time.monotonic()
    files = {name: str(csv_dir / f"{name}.csv") for name in
             ("entities", "articles", "evidence", "relationships", "from", "mentions")}
    proc = subprocess.run(
        server._java("org.neo4j.cli.AdminTool", "database", "import", "full",
                     f"--nodes={files['entities']}", f"--nodes={files['articles']}", f"--nodes={files['evidence']}",
                     f"--relationships={files['relationships']}", f"--relationships={files['from']}",
                     f"--relationships={files['mentions']}", "--array-delimiter=;", "--overwrite-destination=true",
                     "--high-parallel-io=on", f"--report-file={server.dir / 'logs' / 'import.report'}", "neo4j"),
        env=server._env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"neo4j-admin import failed:\n{(proc.stdout + proc.stderr)[-3000:]}")
    log.info("imported in %.0f s", time.monotonic() - started)
    shutil.rmtree(csv_dir, ignore_errors=True)

    server.start()
    started = time.monotonic()
    with create_driver(server.neo4j) as driver:
        wait_for(driver, timeout=120)
        apply_schema(driver)
    log.info("schema (constraints and indexes over the imported data) in %.0f s", time.monotonic() - started)
    stamp.write_text(json.dumps({"shape": asdict(shape), "counts": counts}))
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--bolt-port", type=int, default=7693)
    ap.add_argument("--http-port", type=int, default=7480)
    ap.add_argument("--memory", default="2g", help="heap and page cache each")
    ap.add_argument("--force", action="store_true", help="rebuild even when the same graph is there")
    ap.add_argument("--stop", action="store_true", help="stop the bench instance afterwards")
    args = ap.parse_args()
    logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    shape = Shape(args.entities, args.relationships, args.articles, args.seed)
    server = bench_server(args.bolt_port, args.http_port, args.memory)
    counts = build(shape, server, force=args.force)
    print(json.dumps(counts))
    if args.stop:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
