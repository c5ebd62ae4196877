using System.Globalization;
using LineSim.Model;

namespace LineSim.Tests.Model;

/// <summary>Builds a distribution from a readable call such as <c>"Triangular(30, 40, 70)"</c>, for theory data.</summary>
internal static class DistributionCall
{
    public static Distribution Make(string call)
    {
        string name = call[..call.IndexOf('(', StringComparison.Ordinal)];
        double[] a = [.. call[(name.Length + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
        return name switch
        {
            "Constant" => Distribution.Constant(a[0]),
            "Exponential" => Distribution.Exponential(a[0]),
            "Normal" => Distribution.Normal(a[0], a[1]),
            "LogNormal" => Distribution.LogNormal(a[0], a[1]),
            "Gamma" => Distribution.Gamma(a[0], a[1]),
            "GammaShapeScale" => Distribution.GammaShapeScale(a[0], a[1]),
            "Weibull" => Distribution.Weibull(a[0], a[1]),
            "Triangular" => Distribution.Triangular(a[0], a[1], a[2]),
            "Uniform" => Distribution.Uniform(a[0], a[1]),
            "Erlang" => Distribution.Erlang((int)a[0], a[1]),
            "Empirical" => Distribution.Empirical(a),
            _ => throw new ArgumentException($"unknown factory {name}", nameof(call)),
        };
    }
}
