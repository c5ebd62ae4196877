using System.Globalization;
using LineSim.Model;

namespace LineSim.Execution.Compiled;

/// <summary>
/// Whether a run can make progress, known from the line and the options before it starts: every time that moves the
/// clock (processing, time to failure, arrivals, maintenance) must be able to move it at the run's horizon, where a
/// double's steps are widest, and must not draw zeros for ever; and how many events the run will roughly take.
/// </summary>
internal static class RunTimeRules
{
    /// <summary>Below this shape a gamma distribution draws 0 (in doubles) for a large share of its draws.</summary>
    public const double SmallestGammaShape = 0.01;

    /// <summary>The problems, as model paths with messages (<c>Stations[0] 'A'.ProcessingTime: ...</c>); empty when the run can progress.</summary>
    public static List<string> Problems(LineModel line, SimulationOptions options)
    {
        var problems = new List<string>();
        double horizon = Horizon(line, options);
        double resolution = Math.BitIncrement(horizon) - horizon;
        foreach (ModelTimes.Time time in ModelTimes.Of(line))
        {
            if (time.Repeats <= 0)
            {
                continue;
            }

            double mean = time.Mean;
            if (mean > 0 && mean < resolution)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{time.Path}: a mean of {mean:R} s is below the clock's resolution at the run's horizon ({resolution:R} s at {horizon:R} s): the clock could not move by it. Give a longer time or a shorter run."));
            }
            else if (time.Distribution is GammaDistribution { Shape: < SmallestGammaShape } gamma)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{time.Path}: a gamma shape of {gamma.Shape:R} makes most draws 0 in double precision, so the clock would stand still; the shape must be at least {SmallestGammaShape:R}."));
            }
        }

        problems.AddRange(UnboundedSupplies(line, options, horizon));
        return problems;
    }

    /// <summary>
    /// Supplies that deliver into an unlimited input buffer faster than the station they feed could take parts even
    /// if it never failed, set up or waited: their buffer grows for the whole run, and with it the run's memory. Refused
    /// at the supply's capacity when the growth would not fit in the memory limit. A supply slower than that, but faster
    /// than what the line downstream lets through, is stopped while it runs (<see cref="RunMemory.MostParts"/>).
    /// </summary>
    private static IEnumerable<string> UnboundedSupplies(LineModel line, SimulationOptions options, double horizon)
    {
        if (!double.IsFinite(horizon))
        {
            yield break;
        }

        int threads = RunMemory.Threads(options);
        long limit = RunMemory.LimitOf(options);
        foreach ((string path, Station station, Source supply) in UnlimitedInputBuffers(line))
        {
            // Arrivals, or a schedule that repeats: a schedule that ends delivers only its own times.
            double interval = supply.InterarrivalTime?.Mean ?? supply.Schedule?.MeanInterval ?? 0;
            if (interval <= 0)
            {
                continue;
            }

            // The most parts an hour the station could take: every machine always busy at its shortest mean time.
            double shortest = station.ProcessingTimeByVariant is { IsEmpty: false } byVariant
                ? Math.Min(station.ProcessingTime.Mean, byVariant.Values.Min(d => d.Mean))
                : station.ProcessingTime.Mean;
            double most = shortest > 0 ? 3_600 * station.Servers / shortest : double.PositiveInfinity;
            double delivered = 3_600 / interval;
            double parts = (delivered - most) * horizon / 3_600;
            if (delivered > most && parts * RunMemory.BytesPerPart * threads > limit)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{path}: an unlimited input buffer receives {delivered:G4} parts an hour and {station.Name} takes at most {most:G4}, so it grows by at least {delivered - most:G4} parts an hour, about {parts:G3} parts by the run's end ({horizon:G4} s) on each of {threads} threads, more than the memory limit allows. Give the buffer a capacity (the supply then waits), a slower supply or a shorter run.");
            }
        }
    }

    /// <summary>The input buffers that supplies fill without a capacity, as the model paths of their capacities, with the station each feeds.</summary>
    public static IEnumerable<(string Path, Station Station, Source Supply)> UnlimitedInputBuffers(LineModel line)
    {
        for (int i = 0; i < line.Stations.Length; i++)
        {
            Station station = line.Stations[i];
            if (station.Inputs.IsDefaultOrEmpty)
            {
                if (i == 0 && line.Source is { IsUnlimited: false, InputCapacity: null } source)
                {
                    yield return ("Source.InputCapacity", station, source);
                }

                continue;
            }

            for (int k = 0; k < station.Inputs.Length; k++)
            {
                if (station.Inputs[k].Supply is { IsUnlimited: false, InputCapacity: null } supply)
                {
                    yield return (string.Create(CultureInfo.InvariantCulture, $"Stations[{i}] '{station.Name}'.Inputs[{k}].Supply.InputCapacity"), station, supply);
                }
            }
        }
    }

    /// <summary>
    /// Why a run by part count could never end: no part can leave the line, because every way to an exit passes a
    /// quality check with a first-pass yield of 0 (or an assembly with such an input); <see langword="null"/> when one can.
    /// </summary>
    public static string? PartCountProblem(LineModel line, SimulationOptions options)
    {
        if (options.PartCount is null)
        {
            return null;
        }

        LineTopology topology = line.Topology();
        int count = line.Stations.Length;
        var delivered = new int[count];
        var reached = new bool[count];
        var stack = new Stack<int>();
        foreach (LineTopology.Link link in topology.Links)
        {
            if (link.Supply is not null)
            {
                Deliver(link.To);
            }
        }

        while (stack.Count > 0)
        {
            int s = stack.Pop();
            if (line.Stations[s].Quality is { } quality)
            {
                foreach (ReworkRoute route in quality.Rework.IsDefault ? [] : quality.Rework)
                {
                    int target = line.IndexOf(route.Station);
                    if (route.Probability > 0 && target >= 0 && !reached[target])
                    {
                        reached[target] = true;
                        stack.Push(target);
                    }
                }

                if (quality.FirstPassYield <= 0)
                {
                    continue;
                }
            }

            if (topology.OutputsOf[s].Length == 0)
            {
                return null;
            }

            foreach (int link in topology.OutputsOf[s])
            {
                Deliver(topology.Links[link].To);
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"no part can ever leave the line (every way to an exit, rework included, passes a quality check with a first-pass yield of 0), so a run until {options.PartCount:N0} parts have left would never end; give a duration instead");

        void Deliver(int station)
        {
            // An assembly station makes parts only once each of its inputs can deliver.
            int needed = line.Stations[station].Merge == MergeRule.Assembly ? topology.InputsOf[station].Length : 1;
            if (!reached[station] && ++delivered[station] >= needed)
            {
                reached[station] = true;
                stack.Push(station);
            }
        }
    }

    /// <summary>
    /// A rough count of the events of all replications: for each time that moves the clock, the horizon over its mean
    /// (with the repair's, for a time to failure), times the machines it runs on, summed, times the replications. An upper bound more than a forecast: a station
    /// starved by a slower one makes fewer.
    /// </summary>
    public static double EstimatedEvents(LineModel line, SimulationOptions options)
    {
        double horizon = Horizon(line, options);
        double events = 0;
        foreach (ModelTimes.Time time in ModelTimes.Of(line))
        {
            if (time.Repeats > 0 && time.Mean + time.Cycle > 0)
            {
                events += time.Repeats * horizon / (time.Mean + time.Cycle);
            }
        }

        return events * options.Replications;
    }

    /// <summary>The last instant of a replication: the warm-up and the window, for a run by part count the least time the parts take at the slowest station.</summary>
    private static double Horizon(LineModel line, SimulationOptions options)
    {
        if (options.Duration is { } duration)
        {
            return options.Warmup + duration;
        }

        double slowest = 0;
        foreach (Station station in line.Stations)
        {
            slowest = Math.Max(slowest, station.ProcessingTime.Mean / Math.Max(1, station.Servers));
        }

        return options.Warmup + ((options.PartCount ?? 0) * slowest);
    }
}
