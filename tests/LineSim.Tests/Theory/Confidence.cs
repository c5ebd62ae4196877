using System.Globalization;
using LineSim.Results;
using MathNet.Numerics.Distributions;

namespace LineSim.Tests.Theory;

/// <summary>
/// Tolerances from the run itself: an estimate over replications holds an exact value within its confidence interval
/// at a level stricter than the reports' 95%, Student t with the replications' degrees of freedom, so that a fixed seed
/// passes by a margin the replications set rather than one chosen by hand.
/// </summary>
internal static class Confidence
{
    /// <summary>Asserts that <paramref name="exact"/> lies within the <paramref name="level"/> confidence interval of <paramref name="estimate"/>.</summary>
    public static void Contains(Estimate estimate, double exact, string what, double level = 0.999)
    {
        int freedom = estimate.Count - 1;
        double bound = estimate.HalfWidth / StudentT.InvCDF(0, 1, freedom, 0.975) * StudentT.InvCDF(0, 1, freedom, 1 - ((1 - level) / 2));
        Assert.True(Math.Abs(estimate.Mean - exact) <= bound, string.Create(CultureInfo.InvariantCulture,
            $"{what}: {estimate.Mean:G6} over {estimate.Count} replications, exactly {exact:G6}; the {level:P1} interval is ± {bound:G3}"));
    }
}
