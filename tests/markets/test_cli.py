"""``detente exposure`` and ``detente impact`` on the demo store; one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from detente.aggregate import deals
from detente.cli import main
from detente.store import Store

from .conftest import SAMPLES


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_exposure_and_impact_commands(demo_store: Store, tmp_path: Path) -> None:
    url = demo_store.engine.url.render_as_string(hide_password=False)
    potash = next(
        d for d in deals(demo_store) if any("Belaruskali" in e.entities for e in d.events)
    )
    code, out, _ = _run("exposure", "--db", url, "--format", "json", potash.id)
    assert code == 0
    found = json.loads(out)
    assert found["kind"] == "deal" and any(
        n.endswith("a release; only sanctions actions touch markets") for n in found["notes"]
    )
    assert {i["ticker"]: i["expected"] for i in found["items"] if i["ticker"]}["NTR"] == "down"
    # A stored event key resolves to its canonical event.
    sanction = next(e for e in potash.events if e.type == "sanctions_eased")
    code, out, _ = _run("exposure", "--db", url, sanction.mentions[0].key)
    assert code == 0 and "potash: supply_up  [entity-supplies.v1" in out

    plot = tmp_path / "car.svg"
    code, out, _ = _run("impact", "--db", url, "--prices", str(SAMPLES / "prices.csv"), "--market", "MKT",
                        "--window", "-1,1", "--plot", str(plot))  # fmt: skip
    assert (
        code == 0 and "NTR" in out and "day 0 moved from 2025-12-13" in out and "as expected" in out
    )
    assert plot.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    code, out, _ = _run(
        "impact",
        "--db",
        url,
        "--prices",
        str(SAMPLES / "prices.csv"),
        "--format",
        "json",
        "--model",
        "mean",
    )
    assert code == 0 and json.loads(out)["model"] == "mean"

    for args, message in [
        (("exposure", "--db", url, "deal:nope"), "no stored event or deal 'deal:nope'"),
        (("impact", "--db", url, "--prices", str(SAMPLES / "prices.csv")), "needs --market"),
        (
            (
                "impact",
                "--db",
                url,
                "--prices",
                str(SAMPLES / "prices.csv"),
                "--market",
                "MKT",
                "--window",
                "5",
            ),
            "expected START,END",
        ),
    ]:
        code, _, err = _run(*args)
        assert code == 2 and message in err and err.count("\n") == 1, err
