"""How long does a learner wait for a self-check? Median and p95 over 1,000 calls per check.

    .venv/bin/python benchmarks/check_latency.py [--calls 1000]

For scale it also times the plain alternative a notebook could use without the course
package (a bare ``assert`` against a literal answer), measured in the same run, and prints
the ratio. Includes rendering the feedback as HTML, as a notebook does.
"""

from __future__ import annotations

import argparse
import statistics
import time

import pandas as pd

from grader import check
from grader.course.data import load_agencies, load_campaigns
from grader.domain.one_to_one import OneToOnePlan


def timings(call, calls: int) -> list[float]:
    out = []
    for _ in range(calls):
        start = time.perf_counter()
        call()
        out.append(time.perf_counter() - start)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e3, ordered[int(len(ordered) * 0.95) - 1] * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1000)
    calls = parser.parse_args().calls

    campaigns, agencies = load_campaigns(), load_agencies()
    counts = campaigns[campaigns.status == "active"].groupby("target_agency_id").size()
    ranked = (agencies.assign(active_campaigns=agencies.agency_id.map(counts).fillna(0).astype(int))
              .sort_values(["active_campaigns", "agency"], ascending=[False, True]))
    placements = {"P1": "Inform", "P2": "Consult", "P3": "Collaborate", "P4": "Defer To",
                  "P5": "Consult", "P6": "Ignore"}
    plan = OneToOnePlan("Ana, Eastside Tenants Union", "To get to know her",
                        ["What matters to you?", "Why did you start organizing?", "How can we help?"],
                        ["values", "connections"], 40, "thank-you note", 3)
    cases = {
        "choice (00.power)": lambda: check("00.power", "b")._repr_html_(),
        "spectrum, 6 scenarios": lambda: check("01.spectrum", placements)._repr_html_(),
        "pandas counts by type": lambda: check("01.active_by_type",
                                               pd.Series({"service provider": 3}))._repr_html_(),
        "pandas ranked table": lambda: check("ex01.ranking", ranked[["agency", "active_campaigns"]])._repr_html_(),
        "one-to-one rubric": lambda: check("01.one_to_one", plan)._repr_html_(),
        "wrong-typed answer": lambda: check("01.spectrum", 42)._repr_html_(),
    }
    literal = dict(placements)

    def bare_assert() -> None:
        assert placements == literal

    floor, _ = summary(timings(bare_assert, calls))
    print(f"self-check latency, {calls} calls each (ms)")
    print(f"{'check':28} {'median':>9} {'p95':>9} {'x bare assert':>14}")
    for name, call in cases.items():
        call()  # warm caches once, as the learner's first check does
        median, p95 = summary(timings(call, calls))
        print(f"{name:28} {median:9.3f} {p95:9.3f} {median / floor:14.0f}")
    print(f"{'bare assert (stock)':28} {floor:9.4f}")


if __name__ == "__main__":
    main()
