"""docker-compose.yml cannot run here (no Docker engine), so its shape is checked instead."""
from __future__ import annotations

import yaml

from graph.settings import NEO4J_VERSION
from tests.conftest import ROOT


def test_services_image_ports_and_healthchecks() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"neo4j", "api", "worker"}
    assert services["neo4j"]["image"] == f"neo4j:{NEO4J_VERSION}-community"
    assert "7474:7474" in services["neo4j"]["ports"] and "7687:7687" in services["neo4j"]["ports"]
    assert "8000:8000" in services["api"]["ports"]
    for name, service in services.items():
        assert service["healthcheck"]["test"], f"{name} has no healthcheck"
    for name in ("api", "worker"):
        assert services[name]["build"] == "."
        assert services[name]["depends_on"]["neo4j"]["condition"] == "service_healthy"
        assert services[name]["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert services["worker"]["command"][:2] == ["newsgraph", "worker"]
    assert "neo4j-data" in compose["volumes"]
    assert any(v.startswith("neo4j-data:") for v in services["neo4j"]["volumes"])
    assert (ROOT / "Dockerfile").is_file()
