using LineSim.Experiments;
using LineSim.Tests.Theory;
using MathNet.Numerics.Distributions;

namespace LineSim.Tests.Experiments;

/// <summary>
/// Sweeps of exponential lines whose throughput is known exactly (two stations by the birth-death formula, three by
/// their Markov chain): each configuration's 95% interval covers the exact value at the stated rate, and the paired
/// differences of common random numbers are narrower than unpaired ones.
/// </summary>
/// <remarks>
/// With a fixed seed each interval covers or misses once and for all. A miss is allowed where 95% intervals would miss
/// that often with probability above 0.1%: at most 4 of 20, at most 3 of 9 (binomial tails 0.0026 and 0.0006).
/// </remarks>
public sealed class ExactSweepTests
{
    [Fact]
    public void Run_TwoStationSweep_IntervalsCoverTheExactThroughputs()
    {
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 55], replications: 10), """
            [ { "set": "stations[S1].processingTime.mean", "values": [55, 40] },
              { "set": "stations[S2].bufferBefore", "min": 0, "max": 9 } ]
            """));

        ExperimentResult result = plan.CreateExperiment().Run();

        Assert.Equal(20, result.Configurations.Length);
        int misses = result.Configurations.Count(c =>
        {
            double mean1 = c.Settings[0].Value;
            int buffer = (int)c.Settings[1].Value;
            return !c.Figures.ThroughputPerHour.Contains(TwoStationLineTests.BirthDeathThroughput(mean1, 55, buffer + 2));
        });
        Assert.True(misses <= 4, $"{misses} of 20 intervals miss the exact throughput");
    }

    [Fact]
    public void Run_ThreeStationSweep_IntervalsCoverTheMarkovChainThroughputs()
    {
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 50, 60], replications: 10), """
            [ { "set": "stations[S2].bufferBefore", "values": [0, 1, 2] },
              { "set": "stations[S3].bufferBefore", "values": [0, 1, 2] } ]
            """));

        ExperimentResult result = plan.CreateExperiment().Run();

        int misses = 0;
        foreach (ConfigurationResult configuration in result.Configurations)
        {
            double exact = ExponentialLineChain.Throughput([55, 50, 60], [(int)configuration.Settings[0].Value, (int)configuration.Settings[1].Value]);
            misses += configuration.Figures.ThroughputPerHour.Contains(exact) ? 0 : 1;
        }

        Assert.True(misses <= 3, $"{misses} of 9 intervals miss the exact throughput");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Throughput_TwoEqualStations_IsMuTimesBPlus2OverBPlus3(int buffer)
    {
        double chain = ExponentialLineChain.Throughput([55, 55], [buffer]);

        Assert.Equal(3600.0 / 55 * (buffer + 2) / (buffer + 3), chain, 9);
    }

    [Fact]
    public void Run_BufferSweep_PairedDifferencesNarrowerThanUnpaired()
    {
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 55, 55], replications: 10), """
            [ { "set": "stations[S2].bufferBefore", "values": [1, 2, 3, 4] } ]
            """));

        ExperimentResult result = plan.CreateExperiment().Run();

        ConfigurationResult first = result.Configurations[0];
        foreach (ConfigurationResult configuration in result.Configurations.Skip(1))
        {
            double paired = configuration.Difference!.ThroughputPerHour.HalfWidth;
            double unpaired = Unpaired(first.Replications.Select(r => r.ThroughputPerHour), configuration.Replications.Select(r => r.ThroughputPerHour));
            Assert.True(paired < unpaired / 2, $"configuration {configuration.Name}: paired half-width {paired}, unpaired {unpaired}");
        }
    }

    /// <summary>The 95% half-width of the difference of two independent samples' means (equal sizes, pooled degrees of freedom).</summary>
    private static double Unpaired(IEnumerable<double> a, IEnumerable<double> b)
    {
        double[] x = [.. a];
        double[] y = [.. b];
        double variance = (MathNet.Numerics.Statistics.Statistics.Variance(x) / x.Length) + (MathNet.Numerics.Statistics.Statistics.Variance(y) / y.Length);
        return StudentT.InvCDF(0, 1, x.Length + y.Length - 2, 0.975) * Math.Sqrt(variance);
    }
}
