using System.Globalization;

namespace LineSim.Model;

/// <summary>The rules of what stops a station: its failure profiles and its count-based stops.</summary>
internal static class StoppageRules
{
    public static void Validate(LineModel line, Station station, string at, List<string> problems)
    {
        if (station.Failures is { } failures)
        {
            ValidateProfile(line, failures, $"{at}.Failures", problems);
        }

        if (!station.AdditionalFailures.IsDefaultOrEmpty)
        {
            if (station.Failures is null)
            {
                problems.Add($"{at}.AdditionalFailures: give the first failure profile as Failures, then the others here.");
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            if (station.Failures is { Name: { } first })
            {
                names.Add(first);
            }
            else if (station.Failures is not null)
            {
                problems.Add($"{at}.Failures.Name: a station with several failure profiles needs a name on each.");
            }

            for (int k = 0; k < station.AdditionalFailures.Length; k++)
            {
                string profileAt = string.Create(CultureInfo.InvariantCulture, $"{at}.AdditionalFailures[{k}]");
                if (station.AdditionalFailures[k] is not { } profile)
                {
                    problems.Add($"{profileAt}: must not be null.");
                    continue;
                }

                ValidateProfile(line, profile, profileAt, problems);
                if (string.IsNullOrWhiteSpace(profile.Name))
                {
                    problems.Add($"{profileAt}.Name: a station with several failure profiles needs a name on each.");
                }
                else if (!names.Add(profile.Name))
                {
                    problems.Add($"{profileAt}.Name: another failure profile of the station is named '{profile.Name}'; give each its own name.");
                }
            }
        }

        if (!station.Stops.IsDefaultOrEmpty)
        {
            ValidateStops(line, station, at, problems);
        }
    }

    /// <summary>A pulled station must be an exit, outside paced segments.</summary>
    public static void ValidatePulls(LineModel line, List<string> problems)
    {
        for (int i = 0; i < line.Stations.Length; i++)
        {
            if (line.Stations[i] is not { Pull: not null } station)
            {
                continue;
            }

            string at = string.Create(CultureInfo.InvariantCulture, $"Stations[{i}] '{station.Name}'.Pull");
            bool followed = (i + 1 < line.Stations.Length && line.Stations[i + 1] is { TakesFromStationBefore: true })
                || line.Stations.Any(other => other is { Inputs.IsDefault: false } && other.Inputs.Any(input => input?.From == station.Name));
            if (followed)
            {
                problems.Add($"{at}: only an exit can be pulled, but another station takes parts from '{station.Name}'.");
            }

            if (!line.Segments.IsDefault && line.Segments.Any(segment => segment?.Last == station.Name))
            {
                problems.Add($"{at}: the station ends a paced segment, which passes its parts on at the segment's takt; pull the line after it instead.");
            }
        }
    }

    private static void ValidateProfile(LineModel line, FailureModel failures, string at, List<string> problems)
    {
        if (failures.TimeToFailure is null)
        {
            problems.Add($"{at}.TimeToFailure: must not be null.");
        }
        else if (failures.TimeToFailure.Mean <= 0)
        {
            problems.Add($"{at}.TimeToFailure: mean must be greater than 0, got {Require.Format(failures.TimeToFailure.Mean)}.");
        }

        if (failures.TimeToRepair is null)
        {
            problems.Add($"{at}.TimeToRepair: must not be null.");
        }

        if (!Enum.IsDefined(failures.Mode))
        {
            problems.Add($"{at}.Mode: must be OperationDependent or TimeDependent, got {(int)failures.Mode}.");
        }

        if (failures.Crew is { } crew && (line.Crews.IsDefault || !line.Crews.Any(c => c?.Name == crew)))
        {
            problems.Add($"{at}.Crew: no repair crew is named '{crew}'.");
        }
    }

    private static void ValidateStops(LineModel line, Station station, string at, List<string> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < station.Stops.Length; k++)
        {
            string stopAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Stops[{k}]");
            if (station.Stops[k] is not { } stop)
            {
                problems.Add($"{stopAt}: must not be null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(stop.Name))
            {
                problems.Add($"{stopAt}.Name: must not be empty.");
            }
            else if (!names.Add(stop.Name))
            {
                problems.Add($"{stopAt}.Name: another stop of the station is named '{stop.Name}'; give each its own name.");
            }

            if (stop.Every < 1)
            {
                problems.Add($"{stopAt}.Every: must be at least 1 part, got {stop.Every.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (stop.Duration is null)
            {
                problems.Add($"{stopAt}.Duration: must not be null.");
            }

            if (stop.Variant is { } variant && (line.Variants is not { } mix || !mix.Variants.Contains(variant)))
            {
                problems.Add(line.Variants is null
                    ? $"{stopAt}.Variant: the line builds no variants; leave Variant out to count every part."
                    : $"{stopAt}.Variant: no variant is named '{variant}'.");
            }
        }
    }
}
