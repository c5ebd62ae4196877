using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// One exponential station fed by Poisson arrivals into an unlimited input buffer is the M/M/1 queue. With arrivals
/// every 100 s on average and service of 60 s, rho = 0.6: L = rho / (1 - rho) = 1.5 parts in the system,
/// W = 1 / (mu - lambda) = 150 s; time in system is exponential with that mean.
/// </summary>
public sealed class SingleStationQueueTests
{
    private const double MeanInterarrival = 100;
    private const double MeanService = 60;
    private const double Rho = MeanService / MeanInterarrival;

    private static readonly Lazy<SimulationResult> s_result = new(() =>
    {
        var line = new LineModel
        {
            TaktTime = MeanInterarrival,
            Stations = [new("Server", Distribution.Exponential(MeanService))],
            Source = Source.Arrivals(Distribution.Exponential(MeanInterarrival)),
        };
        return Simulation.Create(line, new SimulationOptions { Seed = 11, Replications = 20, Warmup = 20_000, Duration = 1_000_000 }).Run();
    });

    private static SimulationResult Result => s_result.Value;

    [Fact]
    public void Run_MM1_WorkInProcessIsRhoOverOneMinusRho()
    {
        AssertContains(Result.WorkInProcess, Rho / (1 - Rho));
    }

    [Fact]
    public void Run_MM1_LeadTimeIsOneOverMuMinusLambda()
    {
        AssertContains(Result.LeadTime, 1 / ((1 / MeanService) - (1 / MeanInterarrival)));
    }

    [Fact]
    public void Run_MM1_LeadTimeMedianIsThatOfTheExponential()
    {
        double mean = 1 / ((1 / MeanService) - (1 / MeanInterarrival));
        AssertContains(Result.LeadTimeP50, mean * Math.Log(2));
    }

    [Fact]
    public void Run_MM1_LeadTimeP95IsThatOfTheExponential()
    {
        double mean = 1 / ((1 / MeanService) - (1 / MeanInterarrival));
        AssertContains(Result.LeadTimeP95, mean * Math.Log(20));
    }

    [Fact]
    public void Run_MM1_ThroughputIsTheArrivalRate()
    {
        AssertContains(Result.ThroughputPerHour, 3600 / MeanInterarrival);
    }

    [Fact]
    public void Run_MM1_ServerWorksRhoAndStarvesOneMinusRho()
    {
        AssertContains(Result.Stations[0].Working, Rho);
        AssertContains(Result.Stations[0].Starved, 1 - Rho);
        Assert.Equal(0, Result.Stations[0].Blocked.Mean);
    }

    [Fact]
    public void Run_MM1_InputBufferHoldsTheQueue()
    {
        // Lq = rho^2 / (1 - rho); the queue is empty with probability P(N <= 1) = 1 - rho^2.
        BufferSummary input = Assert.IsType<BufferSummary>(Result.InputBuffer);
        Assert.Null(input.After);
        Assert.Equal("Server", input.Before);
        AssertContains(input.AverageLevel, Rho * Rho / (1 - Rho));
        AssertContains(input.EmptyFraction, 1 - (Rho * Rho));
        Assert.Equal(0, input.FullFraction.Mean);
    }

    private static void AssertContains(Estimate estimate, double exact) =>
        Assert.True(estimate.Contains(exact), $"{estimate} should contain {exact}");
}
