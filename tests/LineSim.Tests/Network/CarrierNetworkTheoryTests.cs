using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Theory;

namespace LineSim.Tests.Network;

/// <summary>
/// N carriers go round Load, Work and Unload, single machines of exponential times (means 40, 50 and 30 s) with room
/// for every carrier before each, and back in R seconds: a closed queueing network of three exponential queues and a
/// delay, whose product form (Gordon and Newell; a delay may take any distribution) gives the throughput and how many
/// carriers are where. Computed here by Buzen's convolution algorithm: G(n) over every station, and without Load for
/// the distribution of the carriers at Load (one being loaded, the rest idle). Parts come from an unlimited supply, so
/// Load works whenever a carrier is there.
/// </summary>
public sealed class CarrierNetworkTheoryTests
{
    private static readonly double[] s_means = [40, 50, 30];

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 60)]
    [InlineData(6, 120)]
    [InlineData(10, 30)]
    public void Run_CarriersThroughExponentialStations_AsGordonNewell(int count, double returnTime)
    {
        var line = new LineModel
        {
            Name = "Closed loop",
            TaktTime = 55,
            Stations = [new("Load", Distribution.Exponential(s_means[0])), new("Work", Distribution.Exponential(s_means[1])), new("Unload", Distribution.Exponential(s_means[2]))],
            Buffers = [new LineBuffer("Load", count), new LineBuffer("Work", count)],
            Carriers = [new CarrierLoop("Skids", count, "Load", "Unload", returnTime)],
        };
        (double throughput, double[] atLoad) = ProductForm(count, returnTime);
        double busy = throughput * s_means[0];
        double idle = atLoad.Select((p, k) => p * k).Sum() - busy;

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Seed = 7, Replications = 10, Warmup = 5_000, Duration = 100_000 }).Run();

        CarrierSummary skids = Assert.Single(result.Carriers);
        Confidence.Contains(result.ThroughputPerHour, 3_600 * throughput, "JPH");
        Confidence.Contains(skids.AverageReturning, throughput * returnTime, "carriers returning");
        Confidence.Contains(skids.AverageIdle, idle, "carriers idle");
        Confidence.Contains(skids.AverageLoaded, count - idle - (throughput * returnTime), "carriers loaded");
        Confidence.Contains(skids.NoneIdleFraction, atLoad[0] + atLoad[1], "none idle");
        Confidence.Contains(result.Stations[0].Working, busy, "Load working");
    }

    /// <summary>The throughput in parts per second, and the probabilities of 0 to N carriers at Load.</summary>
    private static (double Throughput, double[] AtLoad) ProductForm(int count, double returnTime)
    {
        // Each station's unnormalised weight of n carriers: D^n for a single exponential server of mean D, Z^n / n! for a delay of Z.
        double[] Queue(double mean) => [.. Enumerable.Range(0, count + 1).Select(n => Math.Pow(mean, n))];
        double[] delay = new double[count + 1];
        delay[0] = 1;
        for (int n = 1; n <= count; n++)
        {
            delay[n] = delay[n - 1] * returnTime / n;
        }

        double[] others = Convolve(Convolve(Queue(s_means[1]), Queue(s_means[2])), delay);
        double[] all = Convolve(Queue(s_means[0]), others);
        double[] atLoad = [.. Enumerable.Range(0, count + 1).Select(k => Math.Pow(s_means[0], k) * others[count - k] / all[count])];
        return (all[count - 1] / all[count], atLoad);
    }

    private static double[] Convolve(double[] a, double[] b) =>
        [.. Enumerable.Range(0, a.Length).Select(n => Enumerable.Range(0, n + 1).Sum(k => a[k] * b[n - k]))];
}
