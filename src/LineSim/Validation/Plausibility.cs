using System.Collections.Immutable;
using System.Globalization;
using LineSim.Model;

namespace LineSim.Validation;

/// <summary>
/// Checks a valid line and run for what is probably a mistake (a time in the wrong unit, above all), without refusing
/// it: see <see cref="PlausibilityWarning"/>. The CLI prints the warnings before its report, and refuses the run with
/// <c>--strict</c>.
/// </summary>
public static class Plausibility
{
    /// <summary>The window should be at least this many times the longest mean time in the line.</summary>
    public const double WindowFactor = 10;

    /// <summary>Lists the warnings for <paramref name="line"/> run with <paramref name="options"/>, in the order of the scenario file; empty when none.</summary>
    /// <param name="line">A valid line.</param>
    /// <param name="options">Valid options.</param>
    public static ImmutableArray<PlausibilityWarning> Check(LineModel line, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(options);
        var warnings = ImmutableArray.CreateBuilder<PlausibilityWarning>();
        for (int s = 0; s < line.Stations.Length; s++)
        {
            Station station = line.Stations[s];
            string at = string.Create(CultureInfo.InvariantCulture, $"stations[{s}]");
            double time = station.ProcessingTime.Mean;
            // A station that gets parts only as rework, or a share of a routed flow, need not hold the takt.
            bool wholeFlow = !(station.Inputs is { IsDefault: false, IsEmpty: true })
                && !(station.Inputs.IsDefault ? s > 0 && line.Stations[s - 1].Routing is not null : station.Inputs.Any(input => input.From is { } from && line.Stations.Any(o => o.Name == from && o.Routing is not null)));
            if (wholeFlow && station.Servers == 1 && time > line.TaktTime)
            {
                warnings.Add(new("slow-station", $"{at}.processingTime",
                    $"'{station.Name}' takes {Seconds(time)} on average, longer than the takt ({Seconds(line.TaktTime)}), with one server: the line cannot hold its takt. Give it servers, or check the time's unit"));
            }

            ImmutableArray<FailureModel> profiles = station.FailureProfiles;
            double lost = 0;
            foreach (FailureModel profile in profiles)
            {
                lost += profile.TimeToRepair.Mean / profile.TimeToFailure.Mean;
            }

            if (profiles.Length > 0 && 1 / (1 + lost) < 0.5)
            {
                warnings.Add(new("low-availability", $"{at}.failures",
                    $"'{station.Name}' is available {(100 / (1 + lost)).ToString("0", CultureInfo.InvariantCulture)}% of the time (MTTR / MTBF adds up to {lost.ToString("0.##", CultureInfo.InvariantCulture)}): below one half. Check the units of its times to failure and to repair"));
            }
        }

        if (options.Duration is { } duration && LongestMeanTime(line) is { Seconds: > 0 } longest && duration < WindowFactor * longest.Seconds)
        {
            warnings.Add(new("short-window", "run.duration",
                $"the window ({Seconds(duration)}) is shorter than ten times the longest mean time in the line ({longest.What}, {Seconds(longest.Seconds)}): its results hardly see it. Run at least {Seconds(WindowFactor * longest.Seconds)}, or check the units"));
        }

        int places = BufferPlaces(line);
        double fill = places * line.TaktTime;
        if (places > 0 && options.Warmup < fill)
        {
            warnings.Add(new("short-warmup", "run.warmup",
                $"the warm-up ({Seconds(options.Warmup)}) is shorter than the time to fill the line's buffers ({places.ToString(CultureInfo.InvariantCulture)} places at one takt each, {Seconds(fill)}): the results include the empty line's start. Warm up at least {Seconds(fill)}"));
        }

        return warnings.ToImmutable();
    }

    /// <summary>The longest mean time in the line: processing, time to failure and to repair, maintenance interval, count-based stop, arrivals and deliveries of the line's and the feeder lines' supplies.</summary>
    private static (double Seconds, string What) LongestMeanTime(LineModel line)
    {
        (double Seconds, string What) longest = (0, string.Empty);
        void Consider(double seconds, string what)
        {
            if (seconds > longest.Seconds)
            {
                longest = (seconds, what);
            }
        }

        void ConsiderSupply(Source? supply, string at)
        {
            if (supply?.InterarrivalTime is { } interarrival)
            {
                Consider(interarrival.Mean, $"{at}.interarrivalTime");
            }

            if (supply?.Schedule?.MeanInterval is { } deliveryEvery)
            {
                Consider(deliveryEvery, $"{at} mean time between deliveries");
            }
        }

        for (int s = 0; s < line.Stations.Length; s++)
        {
            Station station = line.Stations[s];
            string at = string.Create(CultureInfo.InvariantCulture, $"stations[{s}]");
            Consider(station.ProcessingTime.Mean, $"{at}.processingTime");
            ImmutableArray<FailureModel> profiles = station.FailureProfiles;
            for (int p = 0; p < profiles.Length; p++)
            {
                string profileAt = profiles.Length == 1 ? $"{at}.failures" : string.Create(CultureInfo.InvariantCulture, $"{at}.failures[{p}]");
                Consider(profiles[p].TimeToFailure.Mean, $"{profileAt} time to failure");
                Consider(profiles[p].TimeToRepair.Mean, $"{profileAt} time to repair");
            }

            foreach (MaintenanceWindow window in station.Maintenance.IsDefault ? [] : station.Maintenance)
            {
                Consider(window.Every, $"{at}.maintenance every");
            }

            for (int k = 0; k < (station.Stops.IsDefault ? 0 : station.Stops.Length); k++)
            {
                Consider(station.Stops[k].Every * station.ProcessingTime.Mean, string.Create(CultureInfo.InvariantCulture, $"{at}.stops[{k}] every {station.Stops[k].Every} parts"));
            }
        }

        ConsiderSupply(line.Source, "source");
        for (int s = 0; s < line.Stations.Length; s++)
        {
            ImmutableArray<StationInput> inputs = line.Stations[s].Inputs;
            for (int k = 0; k < (inputs.IsDefault ? 0 : inputs.Length); k++)
            {
                ConsiderSupply(inputs[k].Supply, string.Create(CultureInfo.InvariantCulture, $"stations[{s}].inputs[{k}].source"));
            }
        }

        return longest;
    }

    /// <summary>The places in the line's buffers and conveyors.</summary>
    private static int BufferPlaces(LineModel line)
    {
        long places = 0;
        foreach (LineBuffer buffer in line.Buffers.IsDefault ? [] : line.Buffers)
        {
            places += buffer.Capacity;
        }

        foreach (Station station in line.Stations)
        {
            foreach (StationInput input in station.Inputs.IsDefault ? [] : station.Inputs)
            {
                places += input.Conveyor?.Capacity ?? input.Buffer;
            }
        }

        return (int)Math.Min(places, int.MaxValue);
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
