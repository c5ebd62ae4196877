using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>quality</c>: <c>{ "yield": p, "rework": [ { "station": name, "probability": p } ], "scrap": p
/// }</c>. A part fails with probability 1 - yield; a failed part goes to rework with the routes' probabilities and is
/// scrapped with the rest. <c>scrap</c>, when given, must make the rework probabilities up to 1.
/// </summary>
internal static class QualityReader
{
    /// <summary>How far scrap and rework may sum away from 1, as for routing probabilities.</summary>
    private const double Tolerance = 1e-9;

    public static Quality? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a quality check", "yield", "rework", "scrap");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        double? firstPassYield = fields.Number("yield", NumberRule.Probability, required: true);
        ImmutableArray<ReworkRoute>? rework = fields.List("rework", "rework routes", (item, at) => ReadRoute(item, at, errors));
        double? scrap = fields.Number("scrap", NumberRule.Probability);
        if (errors.Count > before || firstPassYield is null)
        {
            return null;
        }

        if (scrap is { } scrapped)
        {
            double reworked = 0;
            foreach (ReworkRoute route in rework ?? [])
            {
                reworked += route.Probability;
            }

            if (Math.Abs(scrapped + reworked - 1) > Tolerance)
            {
                // Rounded as far as the tolerance, so that 0.2 + 0.7 reads 0.9.
                errors.Add(path, $"scrap ({Require.Format(scrapped)}) and the rework probabilities ({Require.Format(Math.Round(reworked, 9))}) must sum to 1, got {Require.Format(Math.Round(scrapped + reworked, 9))}");
                return null;
            }
        }

        return new Quality(firstPassYield.Value) { Rework = rework ?? [] };
    }

    private static ReworkRoute? ReadRoute(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a rework route", "station", "probability");
        if (fields is null)
        {
            return null;
        }

        string? station = fields.String("station", required: true);
        double? probability = fields.Number("probability", NumberRule.Probability, required: true);
        return station is not null && probability is { } p ? new ReworkRoute(station, p) : null;
    }
}
