using LineSim.Results;

namespace LineSim.Tests.SamplePath;

/// <summary>
/// What it means for two engines to agree on a replication (the sample path with the event engine, the plant event
/// engine with the serial one): every figure the same to rounding (<see cref="Tolerance"/>, relative, or absolute
/// below 1), counts exactly.
/// </summary>
internal static class EngineAgreement
{
    /// <summary>Times and fractions agree within this, relative (absolute below 1): rounding, never modelling.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Every figure of <paramref name="actual"/> agrees with <paramref name="expected"/>'s to rounding, every count exactly.</summary>
    public static void AssertSameStatistics(ReplicationResult expected, ReplicationResult actual)
    {
        AssertClose(expected.ObservedTime, actual.ObservedTime, "ObservedTime");
        AssertClose(expected.EndTime, actual.EndTime, "EndTime");
        Assert.Equal(expected.Released, actual.Released);
        Assert.Equal(expected.Completed, actual.Completed);
        Assert.Equal(expected.Assembled, actual.Assembled);
        Assert.Equal(expected.Scrapped, actual.Scrapped);
        Assert.Equal(expected.WorkInProcessAtEnd, actual.WorkInProcessAtEnd);
        Assert.Equal(actual.Released, actual.Completed + actual.Assembled + actual.WorkInProcessAtEnd);
        Assert.Equal(expected.PartsOut, actual.PartsOut);
        AssertClose(expected.ThroughputPerHour, actual.ThroughputPerHour, "ThroughputPerHour");
        AssertClose(expected.TaktAttainment, actual.TaktAttainment, "TaktAttainment");
        AssertClose(expected.WorkInProcess, actual.WorkInProcess, "WorkInProcess");
        AssertClose(expected.LeadTime, actual.LeadTime, "LeadTime");
        AssertClose(expected.LeadTimeP50, actual.LeadTimeP50, "LeadTimeP50");
        AssertClose(expected.LeadTimeP95, actual.LeadTimeP95, "LeadTimeP95");
        Assert.Equal(expected.OutputPerInterval.ToArray(), actual.OutputPerInterval.ToArray());
        Assert.Equal(expected.Stations.Length, actual.Stations.Length);
        for (int i = 0; i < expected.Stations.Length; i++)
        {
            StationStatistics e = expected.Stations[i];
            StationStatistics a = actual.Stations[i];
            AssertClose(e.Working, a.Working, $"{e.Name}.Working");
            AssertClose(e.Starved, a.Starved, $"{e.Name}.Starved");
            AssertClose(e.Blocked, a.Blocked, $"{e.Name}.Blocked");
            AssertClose(e.Down, a.Down, $"{e.Name}.Down");
            AssertClose(e.Oee, a.Oee, $"{e.Name}.Oee");
            Assert.Equal(e.ServerWorking.Length, a.ServerWorking.Length);
            AssertClose(e.ServerWorking[0], a.ServerWorking[0], $"{e.Name}.ServerWorking");
            Assert.True(e.PartsProcessed == a.PartsProcessed, $"{e.Name}.PartsProcessed: expected {e.PartsProcessed}, actual {a.PartsProcessed}");
            Assert.True(e.Failures == a.Failures, $"{e.Name}.Failures: expected {e.Failures}, actual {a.Failures}");
            Assert.Equal(e.StarvedByInput.Select(s => s.From), a.StarvedByInput.Select(s => s.From));
            for (int k = 0; k < e.StarvedByInput.Length; k++)
            {
                AssertClose(e.StarvedByInput[k].Fraction, a.StarvedByInput[k].Fraction, $"{e.Name}.StarvedByInput[{k}]");
            }
        }

        Assert.Equal(expected.Buffers.Length, actual.Buffers.Length);
        for (int j = 0; j < expected.Buffers.Length; j++)
        {
            AssertSameBuffer(expected.Buffers[j], actual.Buffers[j]);
        }

        Assert.Equal(expected.InputBuffer is null, actual.InputBuffer is null);
        if (expected.InputBuffer is { } input)
        {
            AssertSameBuffer(input, actual.InputBuffer!);
        }
    }

    public static void AssertSameBuffer(BufferStatistics expected, BufferStatistics actual)
    {
        string name = $"buffer {expected.After ?? "supply"} -> {expected.Before}";
        Assert.Equal(expected.After, actual.After);
        Assert.Equal(expected.Before, actual.Before);
        Assert.Equal(expected.Capacity, actual.Capacity);
        AssertClose(expected.AverageLevel, actual.AverageLevel, $"{name}.AverageLevel");
        AssertClose(expected.FullFraction, actual.FullFraction, $"{name}.FullFraction");
        AssertClose(expected.EmptyFraction, actual.EmptyFraction, $"{name}.EmptyFraction");
        Assert.Equal(expected.AveragePerInterval.Length, actual.AveragePerInterval.Length);
        for (int k = 0; k < expected.AveragePerInterval.Length; k++)
        {
            AssertClose(expected.AveragePerInterval[k], actual.AveragePerInterval[k], $"{name}.AveragePerInterval[{k}]");
        }
    }

    public static bool Close(double expected, double actual) =>
        (double.IsNaN(expected) && double.IsNaN(actual))
        || Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));

    public static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Close(expected, actual), $"{what}: expected {expected:R}, actual {actual:R}");
}
