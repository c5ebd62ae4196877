using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// A cell of c exponential servers sharing one unlimited input buffer fed by Poisson arrivals is the M/M/c queue. With
/// offered load a = lambda / mu and rho = a / c, Erlang's C formula gives the probability that an arrival waits,
/// C = (a^c / (c! (1 - rho))) P0 with 1 / P0 = sum over k &lt; c of a^k / k! + a^c / (c! (1 - rho)); the mean wait
/// in the buffer is Wq = C / (c mu - lambda), the mean lead time W = Wq + 1 / mu, each server works rho of the time,
/// and by Little's law L = lambda W parts are in the system. Both cells run at rho = 0.8.
/// </summary>
public sealed class MultiServerQueueTests
{
    private const double MeanInterarrival = 50;

    public static TheoryData<int, double> Cells => new()
    {
        { 2, 80 },
        { 3, 120 },
    };

    // Each cell runs once for all the tests that read it.
    private static readonly Lazy<SimulationResult> s_twoServers = new(() => Simulate(2, 80));
    private static readonly Lazy<SimulationResult> s_threeServers = new(() => Simulate(3, 120));

    private static SimulationResult Run(int servers, double meanService) => (servers, meanService) switch
    {
        (2, 80) => s_twoServers.Value,
        (3, 120) => s_threeServers.Value,
        _ => Simulate(servers, meanService),
    };

    private static SimulationResult Simulate(int servers, double meanService) => Simulation.Create(
        new LineModel
        {
            TaktTime = MeanInterarrival,
            Stations = [new Station("Cell", Distribution.Exponential(meanService)) { Servers = servers }],
            Source = Source.Arrivals(Distribution.Exponential(MeanInterarrival)),
        },
        new SimulationOptions { Seed = 23, Replications = 20, Warmup = 20_000, Duration = 400_000 }).Run();

    /// <summary>Erlang C: the probability that an arrival to an M/M/c queue with offered load <paramref name="a"/> waits.</summary>
    internal static double ErlangC(int c, double a)
    {
        double rho = a / c;
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        // term is now a^c / c!.
        double last = term / (1 - rho);
        return last / (sum + last);
    }

    [Fact]
    public void ErlangC_OneServer_IsRho()
    {
        Assert.Equal(0.6, ErlangC(1, 0.6), 12);
    }

    [Fact]
    public void ErlangC_TwoServers_MatchesTheClosedForm()
    {
        // For c = 2, C = 2 rho^2 / (1 + rho).
        const double rho = 0.8;
        Assert.Equal(2 * rho * rho / (1 + rho), ErlangC(2, 2 * rho), 12);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Run_MMc_LeadTimeIsWaitInQueuePlusService(int servers, double meanService)
    {
        double lambda = 1 / MeanInterarrival;
        double mu = 1 / meanService;
        double wait = ErlangC(servers, lambda / mu) / ((servers * mu) - lambda);

        SimulationResult result = Run(servers, meanService);

        AssertContains(result.LeadTime, wait + meanService);
        AssertContains(result.WorkInProcess, lambda * (wait + meanService));
        AssertContains(result.ThroughputPerHour, 3600 * lambda);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Run_MMc_EachServerWorksRho(int servers, double meanService)
    {
        double rho = meanService / (servers * MeanInterarrival);

        SimulationResult result = Run(servers, meanService);

        StationSummary cell = result.Stations[0];
        Assert.Equal(servers, cell.Servers);
        Assert.Equal(servers, cell.ServerWorking.Length);
        AssertContains(cell.Working, rho);
        AssertContains(cell.Starved, 1 - rho);
        Assert.Equal(0, cell.Blocked.Mean);
        Assert.Equal(0, cell.Down.Mean);
        Assert.All(result.ReplicationResults, r => Assert.Equal(r.Stations[0].Working, r.Stations[0].ServerWorking.Average(), 12));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Run_MMc_InputBufferHoldsTheQueue(int servers, double meanService)
    {
        // Lq = lambda Wq: the parts waiting are those in the input buffer, not on the servers.
        double lambda = 1 / MeanInterarrival;
        double mu = 1 / meanService;
        double wait = ErlangC(servers, lambda / mu) / ((servers * mu) - lambda);

        SimulationResult result = Run(servers, meanService);

        BufferSummary input = Assert.IsType<BufferSummary>(result.InputBuffer);
        AssertContains(input.AverageLevel, lambda * wait);
    }

    private static void AssertContains(Estimate estimate, double exact) =>
        Assert.True(estimate.Contains(exact), $"{estimate} should contain {exact}");
}
