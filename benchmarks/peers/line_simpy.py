#!/usr/bin/env python3
"""LINE(K, B) in SimPy 3, the peer of LineSim's `bench` command.

K single-server stations in series, a buffer of capacity B between consecutive stations (parts waiting, not
counting those on machines), blocking after service, unlimited supply before station 1 and unlimited sink after
station K, exponential processing times with mean 55 s, each station with its own seeded random.Random stream.
Runs until N parts have left station K, timing only that run (after a short warm-up run), and prints one JSON line.

Usage: line_simpy.py --stations K --buffer B --parts N [--seed S] [--mean 55]
"""
import argparse
import json
import random
import time

import simpy


def build(env, stations, buffer, parts, mean, seed):
    """Builds the line in env; returns the event that fires when `parts` parts have left the last station."""
    rate = 1.0 / mean
    streams = [random.Random(seed * 1_000_003 + i) for i in range(stations)]
    # Link j (j >= 1) lies before station j: the buffer plus station j's own place, B + 1 places in all.
    # `places[j]` counts the occupied places; `queues[j]` holds the parts waiting for station j, in order.
    places = [None] + [simpy.Container(env, capacity=buffer + 1) for _ in range(1, stations)]
    queues = [None] + [simpy.Store(env) for _ in range(1, stations)]
    done = env.event()
    left = [0]

    def station(i):
        draw = streams[i].expovariate
        last = i == stations - 1
        while True:
            part = None if i == 0 else (yield queues[i].get())
            yield env.timeout(draw(rate))
            if last:
                left[0] += 1
                if left[0] == parts:
                    done.succeed()
            else:
                # Blocking after service: the finished part stays here until the next link has a free place.
                yield places[i + 1].put(1)
                yield queues[i + 1].put(part)
            if i > 0:
                # The part has left this station: its place in link i is free.
                yield places[i].get(1)

    for i in range(stations):
        env.process(station(i))
    return done


def run(stations, buffer, parts, mean, seed):
    env = simpy.Environment()
    done = build(env, stations, buffer, parts, mean, seed)
    started = time.perf_counter()
    env.run(until=done)
    seconds = time.perf_counter() - started
    return seconds, env.now


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stations", type=int, required=True, help="K, the number of stations (1 or more)")
    parser.add_argument("--buffer", type=int, required=True, help="B, the capacity of each buffer (0 or more)")
    parser.add_argument("--parts", type=int, required=True, help="N, the parts to produce (1 or more)")
    parser.add_argument("--seed", type=int, default=1, help="the seed of the station streams (default 1)")
    parser.add_argument("--mean", type=float, default=55.0, help="mean processing time in seconds (default 55)")
    args = parser.parse_args()
    if args.stations < 1:
        parser.error(f"--stations must be at least 1, got {args.stations}")
    if args.buffer < 0:
        parser.error(f"--buffer must be 0 or more, got {args.buffer}")
    if args.parts < 1:
        parser.error(f"--parts must be at least 1, got {args.parts}")
    if args.mean <= 0:
        parser.error(f"--mean must be greater than 0, got {args.mean}")

    run(args.stations, args.buffer, max(1, args.parts // 10), args.mean, args.seed + 1)  # warm-up: imports, caches
    seconds, sim_time = run(args.stations, args.buffer, args.parts, args.mean, args.seed)
    print(json.dumps({
        "engine": "simpy",
        "stations": args.stations,
        "buffer": args.buffer,
        "parts": args.parts,
        "seconds": seconds,
        "partsPerSecond": args.parts / seconds,
        "completionsPerSecond": args.parts * args.stations / seconds,
        "throughputPerHour": args.parts / sim_time * 3600,
    }))


if __name__ == "__main__":
    main()
