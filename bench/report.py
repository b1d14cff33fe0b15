"""Renders bench/RESULTS.md from the measurements bench.py collected."""
import statistics


def _median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def _rates(runs):
    return ", ".join("%.0f" % run["rps"] for run in runs)


def _met(condition):
    return "**met**" if condition else "**not met**"


def render(r):
    rolling = r["rolling"]
    out = ["# Benchmark results", "",
           f"- date: {r['date']}", f"- machine: {r['platform']}, nproc {r['nproc']}", f"- JDK: {r['java']}",
           f"- options: {r['options']}",
           "- command: `bash bench/run.sh` (what it runs and every setting: bench/README.md)",
           "- all traffic on 127.0.0.1; both sides of every comparison run in the same run, alternating;",
           "  figures are medians over the repetitions; the machine is shared and noisy."]
    if r["options"].get("only"):
        out += [f"- this run measured only `{r['options']['only']}` (`--only`); the other sections are those of"
                " earlier full runs on the same machine, kept in results.json"]
    out += [""]

    out += ["## 1. Rolling restart under load", "",
            "Two sample-app instances behind HAProxy 2.6 (round robin, `option httpchk GET /readyz`,",
            "`inter 1s fall 2 rise 2`, `retries 0`, no redispatch), wrk paced at ~100 req/s per connection",
            "(2 threads, 8 connections) on `GET /settings`; SIGTERM to one instance, wait for its exit,",
            "restart it, wait until HAProxy sees it up, then the other.", "",
            "| mode | repetition | requests | failed (non-2xx + socket errors) | p50 ms | p99 ms | "
            "SIGTERM to exit (a, b) s | exit codes |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for mode, runs in rolling.items():
        for i, run in enumerate(runs, 1):
            stops = run["stops"]
            out.append(f"| {mode} | {i} | {run['requests']} | {run['failed']} | {run['p50_ms']} | {run['p99_ms']} | "
                       f"{', '.join(str(s['sigterm_to_exit_s']) for s in stops)} | "
                       f"{', '.join(str(s['exit_code']) for s in stops)} |")
    out.append("")
    out += ["Modes: `plain` is `lifecycle.enabled=false` (Spring Boot's own graceful shutdown, no delay);",
            "`fixed` is the starter with `pre-stop-delay: 5s`; `adaptive` is the starter with",
            "`adaptive.enabled: true`, `probes: 2` (HAProxy's `fall 2`), ceiling 5s.", ""]
    stop_median = {m: _median([s["sigterm_to_exit_s"] for run in runs for s in run["stops"]])
                   for m, runs in rolling.items()}
    fail_median = {m: _median([run["failed"] for run in runs]) for m, runs in rolling.items()}
    out += ["| mode | median failed per run | median SIGTERM to exit s | ratio to fixed |", "| --- | --- | --- | --- |"]
    for mode in rolling:
        out.append(f"| {mode} | {fail_median[mode]} | {stop_median[mode]:.2f} | "
                   f"{stop_median[mode] / stop_median['fixed']:.2f} |")
    out.append("")

    thr = r["throughput"]
    rps_on, rps_off = _median([x["rps"] for x in thr["on"]]), _median([x["rps"] for x in thr["off"]])
    p99_on, p99_off = _median([x["p99_ms"] for x in thr["on"]]), _median([x["p99_ms"] for x in thr["off"]])
    out += ["## 2. Per-request overhead", "",
            f"One instance, wrk unpaced (2 threads, 16 connections, {r['options']['throughput_seconds']}s after a 5s "
            "warm-up) on `GET /settings`.", "",
            "| side | req/s per repetition | median req/s | median p99 ms |", "| --- | --- | --- | --- |",
            f"| starter on | {_rates(thr['on'])} | {rps_on:.0f} | {p99_on} |",
            f"| starter off | {_rates(thr['off'])} | {rps_off:.0f} | {p99_off} |",
            "", f"Throughput ratio on/off: **{rps_on / rps_off:.3f}**; p99 ratio on/off: {p99_on / p99_off:.2f}.", ""]

    st = r["startup"]
    st_on, st_off = _median(st["on"]), _median(st["off"])
    out += ["## 3. Startup to readiness", "",
            "From process start to the first 200 from `/readyz`.", "",
            "| side | seconds per repetition | median s |", "| --- | --- | --- |",
            f"| starter on | {', '.join(str(x) for x in st['on'])} | {st_on:.2f} |",
            f"| starter off | {', '.join(str(x) for x in st['off'])} | {st_off:.2f} |",
            "", f"Ratio on/off: **{st_on / st_off:.3f}**.", ""]

    ref = r["refresh"]
    after = [x for run in ref["after"] for x in run["latencies_ms"]]
    before = [x for run in ref["before"] for x in run["latencies_ms"]]
    after_app = [x for run in ref["after"] for x in run.get("in_app_ms", [])]
    before_app = [x for run in ref["before"] for x in run.get("in_app_ms", [])]
    failed = sum(run["failed"] for side in ("after", "before") for run in ref[side])
    requests = sum(run["requests"] for side in ("after", "before") for run in ref[side])
    out += ["## 4. Refresh under load, this version beside the one before key classification", "",
            f"One instance under paced wrk load (4 connections); {len(ref['after'][0]['latencies_ms'])} times per run:",
            "rewrite `config/application.yml`, SIGHUP, poll `/settings` every 2 ms until the new value is served.",
            f"Runs alternate between this version and `{ref['baseline']}` (built from git by the bench),"
            f" {len(ref['after'])} runs each. The first refresh of each run is the slowest (classes load, nothing is"
            " compiled yet); it is included.", "",
            "| version | SIGHUP to new value, ms (all runs) | median ms | max ms |", "| --- | --- | --- | --- |",
            f"| this version | {after} | **{_median(after):.0f}** | {max(after):.0f} |",
            f"| `{ref['baseline']}` | {before} | {_median(before):.0f} | {max(before):.0f} |", "",
            "The refresh's own time, as each version logs it (`Configuration refresh APPLIED (trigger SIGHUP, N ms)`):"
            " load, check and apply, without the signal's delivery and the client's polling.", "",
            "| version | in-app ms (all runs) | median ms |", "| --- | --- | --- |",
            f"| this version | {after_app} | **{_median(after_app):.0f}** |",
            f"| `{ref['baseline']}` | {before_app} | {_median(before_app):.0f} |", "",
            f"- ratio of medians this / before: SIGHUP to new value **{_median(after) / _median(before):.2f}**,"
            f" in-app **{_median(after_app) / _median(before_app):.2f}**",
            f"- requests during the refreshes: {requests}, failed: **{failed}**", ""]

    conn = r.get("connections")
    if conn:
        out += [f"## 6. SIGTERM with {conn['count']} event streams and {conn['count']} WebSockets open", "",
                f"One sample-app JVM (pre-stop delay 5s, budget 30s, spread 1.5s = budget/20);"
                f" `bench/ConnectionsClient.java` (java.net.http) holds {conn['count']} streams on `/feed`"
                f" and {conn['count']} WebSocket sessions on `/live`, then the bench sends SIGTERM.",
                "Modes: `starter` (defaults), `connections off` (`lifecycle.drain.connections.enabled=false`,"
                " the starter before this feature), `plain` (`lifecycle.enabled=false`: Spring Boot alone).", "",
                "| mode | run | exit code | SIGTERM to exit s | how the connections ended | goodbye events |"
                " first close s | last close s |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for mode, runs in conn["runs"].items():
            for i, run in enumerate(runs):
                outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(run["outcomes"].items()))
                out.append(f"| {mode} | {i + 1} | {run['exit_code']} | {run['sigterm_to_exit_s']:.2f} | {outcomes}"
                           f" | {run['goodbyes']} | {run['first_close_s']} | {run['last_close_s']} |")
        out += ["", "`stream clean`: the client read the end of the body (it reconnects); `stream broken`: the body"
                " was cut mid-stream; `websocket close N`: a close frame with code N; `websocket error`: the"
                " connection dropped without one. Close times are seconds after SIGTERM, as the clients saw"
                " them.", ""]

    fleet = r.get("fleet")
    if fleet:
        swap, bad, restart = fleet["swap"], fleet["bad"], fleet["rolling"]

        def spread(times):
            values = sorted(times.values())
            return f"{values[0]}-{values[-1]} s" if values else "none"

        out += [f"## 7. A fleet of {fleet['size']} on one ConfigMap-style directory", "",
                f"{fleet['size']} sample-app containers (host networking, the locally built JRE 17 base image,"
                " `-Xmx256m`) mount one directory read-only at `/etc/order-intake`"
                " (`spring.config.additional-location`), with `lifecycle.refresh.watch.enabled=true`, jitter 5s,"
                " interval 2s, quiet period 500ms, pre-stop delay 5s; HAProxy in front as in section 1, wrk paced"
                " on `GET /settings` through each phase. The directory is changed the way the kubelet changes a"
                " ConfigMap volume: a new `..2026_vN` directory, a `..data` symlink renamed over the old one."
                " The file is fixed before the rolling restart: with the bad file in place a restarted instance"
                " fails startup (Spring Boot validates at startup too: exit 1, `orders.maxQuantity ... must be"
                " less than or equal to 10000`), which is what a first try of this bench ran into.", "",
                "| phase | what each instance did | seconds after the swap (min-max) | config hashes | value served"
                " | requests | failed |",
                "| --- | --- | --- | --- | --- | --- | --- |",
                f"| good change (max-quantity 100 -> 150) | {sorted(set(swap['outcomes'].values()))}"
                f" | {spread(swap['applied_after_s'])} | {len(swap['initial_hashes'])} before, {len(swap['hashes'])}"
                f" after | {sorted(set(swap['served'].values()))} | {swap['load']['requests']}"
                f" | **{swap['load']['failed']}** |",
                f"| file that fails validation (50000 > 10000) | {sorted(set(bad['outcomes'].values()))}"
                f" | {spread(bad['answered_after_s'])} | {len(bad['hashes'])} (unchanged:"
                f" {bad['hashes'] == swap['hashes']}) | {sorted(set(bad['served'].values()))}"
                f" | {bad['load']['requests']} | **{bad['load']['failed']}** |",
                f"| fixed file (max-quantity 200) | {sorted(set(fleet['fixed']['outcomes'].values()))}"
                f" | {spread(fleet['fixed']['applied_after_s'])} | {len(fleet['fixed']['hashes'])} | | | |",
                f"| rolling restart, `docker stop -t 35` each | exit codes {restart['exit_codes']} |"
                f" stops {', '.join(str(s['stop_s']) for s in restart['stops'])} s | | |"
                f" {restart['load']['requests']} | **{restart['load']['failed']}** |", ""]

    out += ["## 5. One drain, as a picture", "", "![one drain](drain.png)", "",
            "Sampled every 100 ms from `/actuator/lifecycle` on the management port during the first `fixed`",
            "rolling restart: requests per second completed by the instance (HAProxy's probes included),",
            "in-flight requests, the window in which readiness answered 503, SIGTERM, the end of the pre-stop",
            "delay and the exit.", ""]

    plain_failed = sum(run["failed"] for run in rolling["plain"])
    targets = [
        ("rolling restart with the starter: 0 failed requests in every repetition",
         all(run["failed"] == 0 for m in ("fixed", "adaptive") for run in rolling[m]),
         f"fixed {[run['failed'] for run in rolling['fixed']]}, adaptive {[run['failed'] for run in rolling['adaptive']]};"
         f" plain Spring Boot lost {[run['failed'] for run in rolling['plain']]}"),
        ("clean exit codes with the starter", all(s["exit_code"] == 0 for m in ("fixed", "adaptive")
                                                  for run in rolling[m] for s in run["stops"]),
         f"plain exits {sorted({s['exit_code'] for run in rolling['plain'] for s in run['stops']})}"),
        ("throughput with the starter >= 98% of off", rps_on / rps_off >= 0.98, f"{rps_on / rps_off:.3f}"),
        ("startup < 5% slower to readiness", st_on / st_off < 1.05, f"{st_on / st_off:.3f}"),
        ("refresh median SIGHUP-to-new-value <= 30 ms", _median(after) <= 30, f"{_median(after):.0f} ms"),
        ("refresh with key classification no slower than before (ratio <= 1.1)",
         _median(after) / _median(before) <= 1.1, f"{_median(after) / _median(before):.2f}"),
        ("refresh: 0 failed requests", failed == 0, str(failed)),
        ("adaptive SIGTERM-to-exit <= half of fixed, 0 failed",
         stop_median["adaptive"] <= stop_median["fixed"] / 2 and fail_median["adaptive"] == 0,
         f"{stop_median['adaptive']:.2f}s vs {stop_median['fixed']:.2f}s "
         f"(ratio {stop_median['adaptive'] / stop_median['fixed']:.2f})"),
    ]
    if conn:
        starter = conn["runs"]["starter"]
        plain = conn["runs"]["plain"]
        total = 2 * conn["count"]
        targets += [
            ("streams and WebSockets: exit 0, every stream ends cleanly, every WebSocket gets 1001",
             all(run["exit_code"] == 0 and run["outcomes"].get("stream clean", 0)
                 + run["outcomes"].get("websocket close 1001", 0) == total for run in starter),
             f"exit {[run['exit_code'] for run in starter]}, SIGTERM to exit"
             f" {[run['sigterm_to_exit_s'] for run in starter]} s; plain Spring Boot exit"
             f" {[run['exit_code'] for run in plain]} after {[run['sigterm_to_exit_s'] for run in plain]} s"),
        ]
    if fleet:
        swap, bad, restart = fleet["swap"], fleet["bad"], fleet["rolling"]
        within = all(t <= 2 + 0.5 + 5 + 2 for t in swap["applied_after_s"].values())
        targets += [
            ("fleet: every instance applies a ConfigMap swap within the jitter window, one config hash, 0 failed",
             len(swap["outcomes"]) == fleet["size"] and set(swap["outcomes"].values()) == {"APPLIED"}
             and within and len(swap["hashes"]) == 1 and swap["load"]["failed"] == 0,
             f"{sorted(swap['applied_after_s'].values())} s after the swap, hashes {swap['hashes']},"
             f" failed {swap['load']['failed']}"),
            ("fleet: every instance rejects a bad file and keeps serving, 0 failed",
             len(bad["outcomes"]) == fleet["size"] and set(bad["outcomes"].values()) == {"REJECTED"}
             and bad["hashes"] == swap["hashes"] and bad["load"]["failed"] == 0,
             f"{sorted(set(bad['outcomes'].values()))}, served {sorted(set(bad['served'].values()))},"
             f" failed {bad['load']['failed']}"),
            ("fleet: rolling restart of all instances, exit 0, 0 failed",
             restart["exit_codes"] == [0] and restart["load"]["failed"] == 0,
             f"exit codes {restart['exit_codes']}, failed {restart['load']['failed']}"),
        ]
    obs = r.get("observations")
    if obs:
        out += ["## 8. Observations: the cost on a drain and a refresh", "",
                "One sample-app JVM per run, pre-stop delay 0s: SIGHUP refreshes (rewrite",
                "`config/application.yml`, SIGHUP, poll `/settings` every 2 ms until the new value shows), then",
                "SIGTERM and wait for the exit. `meters` is the packaged jar (Spring Boot's observation registry",
                "with its meter handler); `traced` adds Brave and Zipkin's reporter, every trace sampled, spans",
                "sent to a real Zipkin (3.5.1, in memory). `off` is `management.observations.enable.lifecycle=false`.",
                "The four sides alternate in one run.", "",
                "| side | runs | refresh SIGHUP to new value, median ms | drain as logged, median ms |"
                " SIGTERM to exit, median s | exit codes |", "| --- | --- | --- | --- | --- | --- |"]
        for side, runs in obs.items():
            refresh = _median([x for run in runs for x in run["refresh_ms"][1:]])
            drains = [run["drain_logged_ms"] for run in runs if run["drain_logged_ms"] is not None]
            exits = [run["sigterm_to_exit_s"] for run in runs]
            out.append(f"| {side} | {len(runs)} | {refresh:.1f} | {_median(drains):.0f} | {_median(exits):.2f} |"
                       f" {sorted({run['exit_code'] for run in runs})} |")
        out += ["", "The first refresh of each run (classes loading) is left out of the refresh medians.", ""]

    first = r.get("first-refresh")
    if first:
        out += ["## 9. The first refresh: the starter beside Spring Cloud's own", "",
                "One sample-app JVM per run; " + f"{first['settle_s']:g}" + " s after readiness, five refreshes 200 ms"
                " apart (rewrite `config/application.yml`, then SIGHUP or `POST /actuator/refresh`, poll `/settings`"
                " every 2 ms until the new value shows). `Spring Cloud` is the same jar with"
                " `lifecycle.enabled=false` and spring-cloud-context's refresh endpoint (no validation, no"
                " classification, no report). The sides alternate in one run.", "",
                "| side | runs | ready, median s | first refresh, ms (each run) | later refreshes, median ms |"
                " in app (logged), first / later median ms |", "| --- | --- | --- | --- | --- | --- |"]
        for side, runs in first["runs"].items():
            firsts = [run["latencies_ms"][0] for run in runs]
            later = _median([x for run in runs for x in run["latencies_ms"][1:]])
            in_first = [run["in_app_ms"][0] for run in runs if run["in_app_ms"]]
            in_later = [x for run in runs for x in run["in_app_ms"][1:]]
            logged = (f"{_median(in_first):.0f} / {_median(in_later):.0f}" if in_first and in_later else "-")
            out.append(f"| {side} | {len(runs)} | {_median([run['ready_s'] for run in runs]):.2f} |"
                       f" {' / '.join(f'{x:.0f}' for x in firsts)} | {later:.0f} | {logged} |")
        out += [""]
        sides = list(first["runs"].values())
        ours = _median([run["latencies_ms"][0] for run in sides[0]])
        theirs = _median([run["latencies_ms"][0] for run in sides[1]])
        ours_later = _median([x for run in sides[0] for x in run["in_app_ms"][1:]] or [0])
        targets += [
            ("first refresh no slower than Spring Cloud's on the same app (median)", ours <= theirs,
             f"{ours:.0f} ms vs {theirs:.0f} ms"),
            ("later refreshes at most 30 ms in the app (median, logged)", ours_later <= 30, f"{ours_later:.0f} ms"),
        ]

    out += ["## Targets", "", "| target | result | measured |", "| --- | --- | --- |"]
    out += [f"| {name} | {_met(ok)} | {measured} |" for name, ok, measured in targets]
    out += ["", f"Plain Spring Boot lost {plain_failed} request(s) over {len(rolling['plain'])} rolling restarts."]
    return "\n".join(out) + "\n"
