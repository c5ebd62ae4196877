using System.Collections.Immutable;
using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// A distribution of a non-negative duration in seconds: a processing time, an interarrival time, a time to
/// failure or a time to repair. Build one with the static factories, which check their parameters.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe; <see cref="Sample(Random)"/> draws from the generator it is given,
/// so the caller owns the random stream.
/// </remarks>
public abstract class Distribution
{
    private protected Distribution()
    {
    }

    /// <summary>The mean of the distribution, in seconds.</summary>
    public abstract double Mean { get; }

    /// <summary>The standard deviation of the distribution, in seconds.</summary>
    public abstract double StandardDeviation { get; }

    /// <summary>Draws one value, in seconds, from <paramref name="random"/>. Never negative.</summary>
    /// <param name="random">The random stream to draw from.</param>
    public abstract double Sample(Random random);

    /// <summary>A fixed duration.</summary>
    /// <param name="value">The duration in seconds; zero or more.</param>
    public static Distribution Constant(double value)
    {
        Require.NonNegative(value, nameof(value));
        return new ConstantDistribution(value);
    }

    /// <summary>An exponential distribution given by its mean.</summary>
    /// <param name="mean">The mean in seconds; greater than zero.</param>
    public static Distribution Exponential(double mean)
    {
        Require.Positive(mean, nameof(mean));
        return new ExponentialDistribution(mean);
    }

    /// <summary>A fixed duration.</summary>
    /// <param name="value">The duration; zero or more.</param>
    public static Distribution Constant(TimeSpan value) => Constant(value.TotalSeconds);

    /// <summary>An exponential distribution given by its mean.</summary>
    /// <param name="mean">The mean; greater than zero.</param>
    public static Distribution Exponential(TimeSpan mean) => Exponential(mean.TotalSeconds);

    /// <summary>A normal distribution truncated at zero (see <see cref="Normal(double, double)"/>).</summary>
    /// <param name="mean">The mean of the untruncated normal; greater than zero.</param>
    /// <param name="stdDev">The standard deviation of the untruncated normal; zero or more.</param>
    public static Distribution Normal(TimeSpan mean, TimeSpan stdDev) => Normal(mean.TotalSeconds, stdDev.TotalSeconds);

    /// <summary>A triangular distribution (see <see cref="Triangular(double, double, double)"/>).</summary>
    /// <param name="min">The lower limit; zero or more.</param>
    /// <param name="mode">The most likely value.</param>
    /// <param name="max">The upper limit; greater than <paramref name="min"/>.</param>
    public static Distribution Triangular(TimeSpan min, TimeSpan mode, TimeSpan max) => Triangular(min.TotalSeconds, mode.TotalSeconds, max.TotalSeconds);

    /// <summary>A continuous uniform distribution.</summary>
    /// <param name="min">The lower limit; zero or more.</param>
    /// <param name="max">The upper limit; greater than <paramref name="min"/>.</param>
    public static Distribution Uniform(TimeSpan min, TimeSpan max) => Uniform(min.TotalSeconds, max.TotalSeconds);

    /// <summary>
    /// A normal distribution truncated at zero: draws below zero are rejected and drawn again, so
    /// <see cref="Mean"/> reports the mean of the truncated distribution, which exceeds <paramref name="mean"/>
    /// when the truncation bites.
    /// </summary>
    /// <param name="mean">The mean of the untruncated normal, in seconds; greater than zero.</param>
    /// <param name="stdDev">The standard deviation of the untruncated normal, in seconds; zero or more.</param>
    public static Distribution Normal(double mean, double stdDev)
    {
        Require.Positive(mean, nameof(mean));
        Require.NonNegative(stdDev, nameof(stdDev));
        return new TruncatedNormalDistribution(mean, stdDev);
    }

    /// <summary>A lognormal distribution given by the mean and standard deviation of the duration itself.</summary>
    /// <param name="mean">The mean in seconds; greater than zero.</param>
    /// <param name="stdDev">The standard deviation in seconds; greater than zero.</param>
    public static Distribution LogNormal(double mean, double stdDev)
    {
        Require.Positive(mean, nameof(mean));
        Require.Positive(stdDev, nameof(stdDev));
        double ratio = stdDev / mean;
        if (!double.IsFinite(ratio * ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(stdDev), stdDev, $"stdDev must be less than 1e150 times the mean ({Require.Format(mean)}), got {Require.Format(stdDev)}.");
        }

        return FiniteMoments(new LogNormalDistribution(mean, stdDev), nameof(stdDev));
    }

    /// <summary>A gamma distribution given by its mean and standard deviation.</summary>
    /// <param name="mean">The mean in seconds; greater than zero.</param>
    /// <param name="stdDev">The standard deviation in seconds; greater than zero.</param>
    public static Distribution Gamma(double mean, double stdDev)
    {
        Require.Positive(mean, nameof(mean));
        Require.Positive(stdDev, nameof(stdDev));
        double ratio = mean / stdDev;
        double shape = ratio * ratio;
        if (!double.IsFinite(shape) || shape <= 0 || !double.IsFinite(mean / shape) || mean / shape <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stdDev), stdDev, $"mean ({Require.Format(mean)}) and stdDev ({Require.Format(stdDev)}) give a gamma shape of {Require.Format(shape)}, which cannot be sampled; keep mean / stdDev between 1e-150 and 1e150.");
        }

        return FiniteMoments(new GammaDistribution(shape, mean / shape), nameof(stdDev));
    }

    /// <summary>A gamma distribution given by its shape and scale (mean = shape x scale).</summary>
    /// <param name="shape">The shape k; greater than zero.</param>
    /// <param name="scale">The scale theta in seconds; greater than zero.</param>
    public static Distribution GammaShapeScale(double shape, double scale)
    {
        Require.Positive(shape, nameof(shape));
        Require.Positive(scale, nameof(scale));
        return FiniteMoments(new GammaDistribution(shape, scale), nameof(shape));
    }

    /// <summary>A Weibull distribution, the usual model of time to failure (shape above 1: wear-out).</summary>
    /// <param name="shape">The shape k; greater than zero.</param>
    /// <param name="scale">The scale lambda in seconds; greater than zero.</param>
    public static Distribution Weibull(double shape, double scale)
    {
        Require.Positive(shape, nameof(shape));
        Require.Positive(scale, nameof(scale));
        return FiniteMoments(new WeibullDistribution(shape, scale), nameof(shape));
    }

    /// <summary>A triangular distribution, the usual model of a time estimated as (shortest, likeliest, longest).</summary>
    /// <param name="min">The lower limit in seconds; zero or more.</param>
    /// <param name="mode">The most likely value; between <paramref name="min"/> and <paramref name="max"/>.</param>
    /// <param name="max">The upper limit; greater than <paramref name="min"/>.</param>
    public static Distribution Triangular(double min, double mode, double max)
    {
        Require.NonNegative(min, nameof(min));
        Require.Finite(mode, nameof(mode));
        Require.Finite(max, nameof(max));
        if (max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max must be greater than min ({Require.Format(min)}), got {Require.Format(max)}.");
        }

        if (mode < min || mode > max)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode must lie between min ({Require.Format(min)}) and max ({Require.Format(max)}), got {Require.Format(mode)}.");
        }

        return new TriangularDistribution(min, mode, max);
    }

    /// <summary>A continuous uniform distribution.</summary>
    /// <param name="min">The lower limit in seconds; zero or more.</param>
    /// <param name="max">The upper limit; greater than <paramref name="min"/>.</param>
    public static Distribution Uniform(double min, double max)
    {
        Require.NonNegative(min, nameof(min));
        Require.Finite(max, nameof(max));
        if (max <= min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max must be greater than min ({Require.Format(min)}), got {Require.Format(max)}.");
        }

        return new UniformDistribution(min, max);
    }

    /// <summary>An Erlang distribution: the sum of <paramref name="k"/> exponential phases with total mean <paramref name="mean"/>.</summary>
    /// <param name="k">The number of phases; 1 or more.</param>
    /// <param name="mean">The mean in seconds; greater than zero.</param>
    public static Distribution Erlang(int k, double mean)
    {
        if (k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be at least 1, got {k}.");
        }

        Require.Positive(mean, nameof(mean));
        return new ErlangDistribution(k, mean);
    }

    /// <summary>An empirical distribution: each draw is one of the observed values, each equally likely.</summary>
    /// <param name="values">The observed durations in seconds; at least one, none negative.</param>
    public static Distribution Empirical(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ImmutableArray<double> observed = [.. values];
        if (observed.IsEmpty)
        {
            throw new ArgumentException("values must hold at least one observed value, got none.", nameof(values));
        }

        for (int i = 0; i < observed.Length; i++)
        {
            Require.NonNegative(observed[i], $"{nameof(values)}[{i}]");
        }

        return new EmpiricalDistribution(observed);
    }

    /// <summary>
    /// Refuses parameters that are each valid but together give an infinite mean or standard deviation (a Weibull
    /// shape of 0.001, say), whose draws would overflow a run's clock.
    /// </summary>
    private static Distribution FiniteMoments(Distribution distribution, string parameter)
    {
        if (!double.IsFinite(distribution.Mean) || !double.IsFinite(distribution.StandardDeviation))
        {
            throw new ArgumentOutOfRangeException(parameter, $"{parameter} gives {distribution} a mean of {Require.Format(distribution.Mean)} and a standard deviation of {Require.Format(distribution.StandardDeviation)}; both must be finite.");
        }

        return distribution;
    }

    /// <summary>Formats a number the way distributions describe themselves.</summary>
    private protected static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
