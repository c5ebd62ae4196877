using LineSim.Experiments;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace LineSim.Tests.Experiments;

/// <summary>
/// KN on normal samples with known means: in the slippage configuration (the best exactly the indifference zone above
/// the others, the hardest case the guarantee covers) it picks the best at least as often as it promises.
/// </summary>
public sealed class KimNelsonTests
{
    [Fact]
    public void Select_SlippageConfiguration_CorrectAtLeastAsOftenAsPromised()
    {
        const int Trials = 300;
        const double Delta = 1;
        double[] means = [10, 10, 11, 10, 10];
        int correct = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            SelectionResult result = KimNelson.Select(means.Length, (c, r) => means[c] + Noise(trial, c, r), maximise: true, Delta, probability: 0.95, n0: 10, firstReplication: 0, maxReplications: 10_000, maxDegreeOfParallelism: 1, CancellationToken.None);
            correct += result.Best == 2 ? 1 : 0;
        }

        // Binomial(300, 0.95) falls below 275 with probability under 0.1%.
        Assert.True(correct >= 275, $"{correct} of {Trials} correct");
    }

    [Fact]
    public void Select_Minimise_PicksTheSmallestAndReportsEstimatesInTheFiguresUnits()
    {
        double[] means = [5, 3, 8];

        SelectionResult result = KimNelson.Select(3, (c, r) => means[c] + Noise(1, c, r), maximise: false, delta: 0.5, probability: 0.95, n0: 10, firstReplication: 20, maxReplications: 1_000, maxDegreeOfParallelism: 2, CancellationToken.None);

        Assert.Equal((1, 0, 20), (result.Best, result.RunnerUp, result.FirstReplication));
        Assert.True(result.Estimates[1].Contains(3), result.Estimates[1].ToString());
        Assert.False(result.StoppedAtCap);
    }

    [Fact]
    public void Select_EqualCandidatesWithCap_StopsAtTheCapAndSaysSo()
    {
        SelectionResult result = KimNelson.Select(2, (c, r) => Noise(2, c, r), maximise: true, delta: 0.001, probability: 0.95, n0: 5, firstReplication: 0, maxReplications: 30, maxDegreeOfParallelism: 1, CancellationToken.None);

        Assert.True(result.StoppedAtCap);
        Assert.Equal([30, 30], result.ReplicationCounts.AsEnumerable());
    }

    /// <summary>Standard normal noise, the same for the same (trial, candidate, replication).</summary>
    private static double Noise(int trial, int candidate, int replication) =>
        Normal.Sample(new Xorshift((trial * 1_000_003) + (candidate * 10_007) + replication, threadSafe: false), 0, 1);
}
