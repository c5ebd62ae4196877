using LineSim.Experiments;
using LineSim.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace LineSim.Tests.Experiments;

public sealed class Mser5Tests
{
    [Fact]
    public void Truncate_ExponentialTransient_CutsWhereTheBiasHasFadedBelowTheNoise()
    {
        // 1000 observations: mean 10, a start 20 above it decaying with time constant 40, unit noise. The bias falls
        // below a tenth of the noise's standard deviation after 40 ln(200) = 212 observations.
        var random = new Xorshift(11, threadSafe: false);
        double[] series = [.. Enumerable.Range(0, 1_000).Select(t => 10 + (20 * Math.Exp(-t / 40.0)) + Normal.Sample(random, 0, 1))];

        Mser5Truncation truncation = Mser5.Truncate(series);

        Assert.InRange(truncation.TruncatedObservations, 100, 250);
        Assert.True(truncation.IsSignificant);
        Assert.False(truncation.AtSearchLimit);
    }

    [Fact]
    public void Truncate_StationaryNoise_RarelyFindsASignificantTransient()
    {
        int significant = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            var random = new Xorshift(seed, threadSafe: false);
            double[] series = [.. Enumerable.Range(0, 500).Select(_ => Normal.Sample(random, 50, 3))];
            significant += Mser5.Truncate(series).IsSignificant ? 1 : 0;
        }

        // At a 5% level over all of MSER-5's choices, about one in twenty or fewer; 20 of 200 would be rare (binomial tail under 1%).
        Assert.True(significant < 20, $"{significant} of 200 stationary series flagged");
    }

    [Fact]
    public void Truncate_Series_StatisticIsTheMserOfBatchMeans()
    {
        // Batch means 0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6: truncating the first batch leaves no spread at all.
        double[] series = [.. Enumerable.Repeat(0.0, 5).Concat(Enumerable.Repeat(6.0, 50))];

        Mser5Truncation truncation = Mser5.Truncate(series);

        Assert.Equal((11, 1, 5, 0.0), (truncation.Batches, truncation.TruncatedBatches, truncation.TruncatedObservations, truncation.Statistic));
    }

    [Fact]
    public void Truncate_TooShort_Refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => Mser5.Truncate(new double[49]));

        Assert.StartsWith("MSER-5 needs at least 50 observations (10 batches of 5), got 49.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateWarmup_LineStartingEmptyBehindALongOven_WarmupCoversTheFill()
    {
        // A curing oven of 120 places holds each body 6600 s: the first leaves after 6600 s, and the output reaches its
        // rate (120 / 6600 s, one per 55 s) only once the oven is full, about two hours after the start.
        var line = new LineModel
        {
            TaktTime = 55,
            Stations =
            [
                new("Load", Distribution.Exponential(50)),
                new("Oven", Distribution.Normal(6_600, 60)) { Servers = 120 },
                new("Unload", Distribution.Exponential(45)),
            ],
            Buffers = [new("Load", 20), new("Oven", 20)],
        };

        WarmupSuggestion suggestion = Mser5.EstimateWarmup(line, new SimulationOptions { Seed = 3, Replications = 5, Duration = 100_000, OutputInterval = 600 });

        Assert.InRange(suggestion.Warmup, 6_600, 20_000);
        Assert.True(suggestion.Truncation.IsSignificant);
        Assert.Equal(600, suggestion.Interval);
    }

    [Fact]
    public void EstimateWarmup_PartCount_Refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => Mser5.EstimateWarmup(ReferenceLines.Line(2, 1), new SimulationOptions { PartCount = 100 }));

        Assert.StartsWith("MSER-5 picks a warm-up for a run of a fixed duration", exception.Message, StringComparison.Ordinal);
    }
}
