using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// Every time of a valid line with its model path (<c>Stations[1] 'Weld'.Failures.TimeToFailure</c>), for the rules
/// on times as a whole: how large they may be, and whether the clock can move by them over a run.
/// </summary>
internal static class ModelTimes
{
    /// <summary>One time of the line.</summary>
    /// <param name="Path">Its model path, as <see cref="LineModel.Validate"/> writes them.</param>
    /// <param name="Distribution">The time, or <see langword="null"/> for a fixed one (<paramref name="Fixed"/>).</param>
    /// <param name="Fixed">The fixed time, in seconds, when <paramref name="Distribution"/> is <see langword="null"/>.</param>
    /// <param name="Repeats">
    /// How often it recurs for one element over a run: per part at a station with its machines, per failure, per
    /// window; 0 for times that follow another (repairs, setups, transport), which move the clock only after it.
    /// </param>
    /// <param name="Cycle">Added to the mean for the time between two of them, where another time follows it each time (a repair after a failure); 0 otherwise.</param>
    internal readonly record struct Time(string Path, Distribution? Distribution, double Fixed, double Repeats, double Cycle = 0)
    {
        public double Mean => Distribution?.Mean ?? Fixed;
    }

    /// <summary>Adds a problem for each time of a valid line whose mean or standard deviation exceeds <see cref="ModelLimits.LongestTime"/>.</summary>
    public static void Validate(LineModel line, List<string> problems)
    {
        foreach (Time time in Of(line))
        {
            double deviation = time.Distribution?.StandardDeviation ?? 0;
            if (time.Mean > ModelLimits.LongestTime || deviation > ModelLimits.LongestTime)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{time.Path}: {(time.Mean > ModelLimits.LongestTime ? $"a mean of {time.Mean:R} s" : $"a standard deviation of {deviation:R} s")} is more than {ModelLimits.LongestTime:R} s (ModelLimits.LongestTime, 30 billion years); sums of such times overflow the clock."));
            }
        }
    }

    /// <summary>The line's times, in the order of its elements.</summary>
    public static List<Time> Of(LineModel line)
    {
        var times = new List<Time>();
        if (line.Source?.InterarrivalTime is { } arrivals)
        {
            times.Add(new Time("Source.InterarrivalTime", arrivals, 0, 1));
        }

        if (line.Source?.Schedule?.MeanInterval is { } deliveryEvery)
        {
            times.Add(new Time("Source", null, deliveryEvery, 1));
        }

        for (int i = 0; i < line.Stations.Length; i++)
        {
            Station station = line.Stations[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"Stations[{i}] '{station.Name}'");
            times.Add(new Time($"{at}.ProcessingTime", station.ProcessingTime, 0, station.Servers));
            if (station.ProcessingTimeByVariant is { IsEmpty: false })
            {
                foreach ((string variant, Distribution time) in station.ProcessingTimeByVariant.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    times.Add(new Time($"{at}.ProcessingTimeByVariant['{variant}']", time, 0, station.Servers));
                }
            }

            if (station.Failures is { } failures)
            {
                times.Add(new Time($"{at}.Failures.TimeToFailure", failures.TimeToFailure, 0, station.Servers, failures.TimeToRepair.Mean));
                times.Add(new Time($"{at}.Failures.TimeToRepair", failures.TimeToRepair, 0, 0));
            }

            for (int k = 0; !station.AdditionalFailures.IsDefault && k < station.AdditionalFailures.Length; k++)
            {
                FailureModel profile = station.AdditionalFailures[k];
                string profileAt = string.Create(CultureInfo.InvariantCulture, $"{at}.AdditionalFailures[{k}]");
                times.Add(new Time($"{profileAt}.TimeToFailure", profile.TimeToFailure, 0, station.Servers, profile.TimeToRepair.Mean));
                times.Add(new Time($"{profileAt}.TimeToRepair", profile.TimeToRepair, 0, 0));
            }

            for (int k = 0; !station.Stops.IsDefault && k < station.Stops.Length; k++)
            {
                times.Add(new Time(string.Create(CultureInfo.InvariantCulture, $"{at}.Stops[{k}].Duration"), station.Stops[k].Duration, 0, 0));
            }

            if (station.Pull?.MeanInterval is { } pullEvery)
            {
                times.Add(new Time($"{at}.Pull", null, pullEvery, 1));
            }

            if (station.Setup is { } setup)
            {
                if (setup.Time is { } time)
                {
                    times.Add(new Time($"{at}.Setup.Time", time, 0, 0));
                }

                for (int k = 0; !setup.Matrix.IsDefault && k < setup.Matrix.Length; k++)
                {
                    times.Add(new Time(string.Create(CultureInfo.InvariantCulture, $"{at}.Setup.Matrix[{k}].Time"), setup.Matrix[k].Time, 0, 0));
                }
            }

            for (int k = 0; !station.Maintenance.IsDefault && k < station.Maintenance.Length; k++)
            {
                MaintenanceWindow window = station.Maintenance[k];
                string windowAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Maintenance[{k}]");
                times.Add(new Time($"{windowAt}.Every", null, window.Every, 1));
                times.Add(new Time($"{windowAt}.Duration", null, window.Duration, 0));
            }

            for (int k = 0; !station.Inputs.IsDefault && k < station.Inputs.Length; k++)
            {
                StationInput input = station.Inputs[k];
                string inputAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Inputs[{k}]");
                if (input.Supply?.InterarrivalTime is { } supply)
                {
                    times.Add(new Time($"{inputAt}.Supply.InterarrivalTime", supply, 0, 1));
                }

                if (input.Supply?.Schedule?.MeanInterval is { } supplyEvery)
                {
                    times.Add(new Time($"{inputAt}.Supply", null, supplyEvery, 1));
                }

                if (input.Conveyor is { } conveyor)
                {
                    times.Add(new Time($"{inputAt}.Conveyor.TravelTime", null, conveyor.TravelTime, 0));
                }
            }
        }

        for (int c = 0; !line.Carriers.IsDefault && c < line.Carriers.Length; c++)
        {
            CarrierLoop loop = line.Carriers[c];
            times.Add(loop.Return is { } back
                ? new Time(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}] '{loop.Name}'.Return.TravelTime"), null, back.TravelTime, 0)
                : new Time(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}] '{loop.Name}'.ReturnTime"), null, loop.ReturnTime, 0));
        }

        return times;
    }
}
