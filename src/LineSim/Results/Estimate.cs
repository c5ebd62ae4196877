using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace LineSim.Results;

/// <summary>A mean over replications with the half-width of its 95% confidence interval (Student t).</summary>
/// <param name="Mean">The mean over replications.</param>
/// <param name="HalfWidth">The 95% confidence half-width; <see cref="double.NaN"/> with fewer than two replications.</param>
/// <param name="Count">The number of replications behind the estimate.</param>
public readonly record struct Estimate(double Mean, double HalfWidth, int Count)
{
    /// <summary>The lower end of the 95% confidence interval.</summary>
    public double Lower => Mean - HalfWidth;

    /// <summary>The upper end of the 95% confidence interval.</summary>
    public double Upper => Mean + HalfWidth;

    /// <summary>
    /// The half-width of the 95% prediction interval of one more replication's value (Student t, <c>t s sqrt(1 + 1/n)</c>):
    /// where the figure of one period like the replications' (next quarter's output, say) falls, where
    /// <see cref="HalfWidth"/> says where the mean lies. NaN with fewer than two replications.
    /// </summary>
    public double PredictionHalfWidth => HalfWidth * Math.Sqrt(Count + 1);

    /// <summary>Whether <paramref name="value"/> lies in the 95% confidence interval.</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The mean and 95% confidence half-width of independent observations, one per replication.</summary>
    /// <param name="values">One value per replication; values that are NaN (undefined in that replication) are left out.</param>
    public static Estimate From(ReadOnlySpan<double> values)
    {
        var statistics = new RunningStatistics();
        foreach (double value in values)
        {
            if (!double.IsNaN(value))
            {
                statistics.Push(value);
            }
        }

        int n = (int)statistics.Count;
        if (n == 0)
        {
            return new Estimate(double.NaN, double.NaN, 0);
        }

        if (n == 1)
        {
            return new Estimate(statistics.Mean, double.NaN, 1);
        }

        double t = StudentT.InvCDF(0, 1, n - 1, 0.975);
        return new Estimate(statistics.Mean, t * statistics.StandardDeviation / Math.Sqrt(n), n);
    }

    /// <summary>Formats as <c>mean ± halfWidth</c> with the given numeric format.</summary>
    /// <param name="format">A standard or custom numeric format such as <c>"F1"</c>.</param>
    public string ToString(string format) => double.IsNaN(HalfWidth)
        ? Mean.ToString(format, CultureInfo.InvariantCulture)
        : $"{Mean.ToString(format, CultureInfo.InvariantCulture)} ± {HalfWidth.ToString(format, CultureInfo.InvariantCulture)}";

    /// <inheritdoc/>
    public override string ToString() => ToString("G6");
}
