#!/usr/bin/env python3
"""Summarises a dotnet-trace speedscope file (the benchmark's --trace) by component.

    build/bench/profile-summary.py artifacts/bench/trace-queue-via-http-api-16.speedscope.json [--top 8] [--markdown]

dotnet-trace's dotnet-sampled-thread-time profile samples every managed thread about every 10 ms; each sample ends in a
pseudo-frame: CPU_TIME (running managed code) or UNMANAGED_CODE_TIME (in native code: a wait, or real work such as
OpenSSL, a socket call or the GC). A native sample counts as CPU unless the frame above it is a wait (thread-pool idle,
epoll, a semaphore, a sleep). The sampler records threads, not cores: a thread in a system call or waiting for a core (two
cores shared with PostgreSQL and the load process) is counted as running, so the shares are of thread time, and the
bench's CPU per operation (from /proc) is the measure of cost. Each CPU sample goes to the innermost frame that belongs to a known component, so EF Core
called from a handler counts as EF Core, and OpenSSL called from data protection counts as the cookie's.
"""
import argparse
import collections
import json
import re
import sys

# Innermost match wins; order matters only between patterns that match the same frame.
COMPONENTS = [
    ("authentication cookie + data protection", r"^Microsoft\.AspNetCore\.(Authentication|DataProtection)|^Microsoft\.AspNetCore\.Identity|InvestPromo\.Api\.Security\.(Session|Cookie)"),
    ("antiforgery", r"^Microsoft\.AspNetCore\.Antiforgery|Antiforgery|Xsrf"),
    ("rate limiter", r"RateLimit"),
    ("routing + endpoint binding", r"^Microsoft\.AspNetCore\.(Routing|Http\.RequestDelegateFactory|Http\.Generated|Http\.HttpResults)|RequestDelegateGenerator"),
    ("Mediator pipeline + validation", r"^Mediator\.|^FluentValidation|InvestPromo\.Application\.Common\.(Behaviors|Validation)"),
    ("EF Core query + materialisation", r"^Microsoft\.EntityFrameworkCore"),
    ("EF change tracking + SaveChanges", r"^Microsoft\.EntityFrameworkCore\.(ChangeTracking|Update)|Microsoft\.EntityFrameworkCore\.DbContext\.SaveChanges"),
    ("audit / feed / outbox interceptors", r"InvestPromo\.Infrastructure\.Persistence\.(Interceptors|Audit)|Interceptor"),
    ("Npgsql (driver)", r"^Npgsql"),
    ("JSON serialisation", r"^System\.Text\.Json"),
    ("logging", r"^Microsoft\.Extensions\.Logging|^Serilog|RequestLogging|HttpLogging"),
    ("Kestrel and HTTP", r"^Microsoft\.AspNetCore\.Server\.Kestrel|^System\.Net\.Http|^System\.IO\.Pipelines|^Microsoft\.AspNetCore\.Hosting"),
    ("other ASP.NET Core middleware", r"^Microsoft\.AspNetCore\."),
    ("application code", r"^InvestPromo\.(Application|Domain|Infrastructure|Api)\."),
    ("DI container", r"^Microsoft\.Extensions\.DependencyInjection"),
    ("load process / benchmark", r"^InvestPromo\.Bench\."),
]
COMPILED = [(name, re.compile(p)) for name, p in COMPONENTS]
IDLE_STACKS = re.compile(r"SocketAsyncEngine\.EventLoop|EventPipe|ProcessEvents|TryReadEvent")
SPIN = re.compile(r"LowLevelLifoSemaphore|PortableThreadPool\+WorkerThread|LowLevelSpinWaiter|SpinWait")
WAITS = re.compile(
    r"Wait|Sleep|LowLevelLifoSemaphore|LowLevelMonitor|SocketAsyncEngine\.EventLoop|WaitForSocketEvents|Monitor\.Enter|"
    r"PortableThreadPool\+GateThread|TimerQueue|ThreadPoolWorkQueue\.Dispatch$|Interop\+Sys\.Poll|Thread\.StartCallback$|SpinOnce")


def method(frame_name):
    """'Module!Namespace.Type.Method(args)' → 'Namespace.Type.Method'."""
    name = frame_name.split("!", 1)[-1]
    return name.split("(", 1)[0]


def component(stack_names):
    # A socket call belongs to whoever makes it (Npgsql's to PostgreSQL, Kestrel's to the client).
    found = "runtime, thread pool and GC (no component frame)"
    for name in stack_names:
        for comp, pattern in COMPILED:
            if pattern.search(name):
                found = comp
                # The innermost match decides: keep walking towards the leaf.
                break
    return found


def summarise(path):
    data = json.load(open(path, encoding="utf-8"))
    frames = [method(f["name"]) for f in data["shared"]["frames"]]
    by_component = collections.Counter()
    top_frames = collections.defaultdict(collections.Counter)
    leaf_frames = collections.Counter()
    idle = cpu = 0.0
    for profile in data["profiles"]:
        stack = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and at > last:
                delta = at - last
                leaf = frames[stack[-1]]
                names = [frames[i] for i in stack]
                caller = names[-2] if len(names) > 1 else ""
                whole = "|".join(names)
                if (leaf == "UNMANAGED_CODE_TIME" and WAITS.search(caller)) or (IDLE_STACKS.search(whole) and caller in ("?", "Interop+Sys.Read")) or "ProcessEvents" in whole:
                    idle += delta
                elif "PollGC" in whole:
                    cpu += delta
                    by_component["GC (threads stopped for a collection)"] += delta
                    top_frames["GC (threads stopped for a collection)"][names[-3] if len(names) > 2 else caller] += delta
                elif SPIN.search(caller):
                    # A worker waiting for work: the sampler cannot tell its spin from its sleep, and a spin limit of 0
                    # (DOTNET_ThreadPool_UnfairSemaphoreSpinLimit) changed no measured CPU per operation: counted as waiting.
                    idle += delta
                elif leaf in ("UNMANAGED_CODE_TIME", "CPU_TIME"):
                    cpu += delta
                    comp = component(names[:-1])
                    by_component[comp] += delta
                    # The innermost real frame, for the per-component listing.
                    top_frames[comp][caller] += delta
                    leaf_frames[caller] += delta
                else:
                    cpu += delta
                    by_component["runtime, thread pool and GC (no component frame)"] += delta
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif event["type"] == "C" and stack:
                stack.pop()
    return cpu, idle, by_component, top_frames, leaf_frames


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=3, help="innermost frames listed per component")
    args = parser.parse_args()
    cpu, idle, by_component, top_frames, leaf_frames = summarise(args.file)
    if cpu <= 0:
        print("no CPU samples", file=sys.stderr)
        return 1
    print(f"{args.file}: {cpu / 1000:.1f} s of sampled CPU on managed threads ({idle / 1000:.1f} s waiting, not counted)\n")
    print("| component | share of CPU | innermost frames (share of all CPU) |")
    print("|---|---:|---|")
    for comp, ms in by_component.most_common():
        frames = "; ".join(f"`{f.split('.')[-2] + '.' + f.split('.')[-1] if f.count('.') else f}` {100 * t / cpu:.1f}%" for f, t in top_frames[comp].most_common(args.top))
        print(f"| {comp} | {100 * ms / cpu:.1f}% | {frames} |")
    print("\nTop innermost frames overall:\n")
    for f, t in leaf_frames.most_common(15):  # noqa: the listing below the table
        print(f"- {100 * t / cpu:.1f}% `{f}`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
