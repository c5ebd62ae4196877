using LineSim.Model;

namespace LineSim.Tests.Plants;

/// <summary>A station's further failure profiles and its stops after a count of parts, for generated plants.</summary>
internal static class StoppageArbitraries
{
    /// <summary>
    /// <paramref name="station"/>, if it fails, with a second failure profile (either mode, through the crew or not) now
    /// and then; when <paramref name="stops"/>, with one or two count-based stops, some counting one variant only.
    /// </summary>
    public static Station With(Draws d, Station station, bool profiles, bool stops, bool crew, string[] variants)
    {
        if (profiles && station.Failures is { } first && d.Chance(60))
        {
            FailureMode mode = d.Chance(50) ? FailureMode.OperationDependent : FailureMode.TimeDependent;
            FailureModel second = d.Chance(50)
                ? FailureModel.FromMeans(d.Int(1_000, 8_000), d.Int(10, 200), mode)
                : new FailureModel(Distribution.Gamma(d.Int(1_000, 8_000), d.Int(200, 900)), Distribution.Triangular(5, 30, 240), mode);
            station = station with
            {
                Failures = first with { Name = "Robot" },
                AdditionalFailures = [crew && d.Chance(50) ? second with { Name = "Gun", Crew = "Crew" } : second with { Name = "Gun" }],
            };
        }

        if (stops && d.Chance(45))
        {
            int count = d.Int(1, 2);
            var list = new List<CountStop>();
            for (int k = 0; k < count; k++)
            {
                Distribution duration = d.Chance(50) ? Distribution.Constant(d.Int(5, 60)) : Distribution.Uniform(d.Int(0, 10), d.Int(20, 90));
                var stop = new CountStop(k == 0 ? "Tip dressing" : "Cleaning", d.Int(2, 25), duration);
                list.Add(variants.Length > 0 && d.Chance(40) ? stop with { Variant = variants[d.Int(0, variants.Length - 1)] } : stop);
            }

            station = station with { Stops = [.. list] };
        }

        return station;
    }
}
