using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Network;

/// <summary>
/// Two identical machines, each fed by its own unlimited supply, fail in clock time whatever they are doing, with
/// exponential times to failure (mean 1/lambda, counted from the end of the last repair) and to repair (mean 1/mu),
/// and share a repair crew. With one technician this is the machine-repairman model M/M/1//2: with r = lambda / mu
/// the number of machines down is 0, 1 or 2 with probabilities proportional to 1, 2r and 2r^2; the technician is
/// busy whenever one is down, a machine waits for him only when both are, and each machine is down (p1 + 2 p2) / 2 of
/// the time. With two technicians the machines never wait and each is down r / (1 + r) of the time.
/// </summary>
public sealed class RepairCrewTests
{
    private const double Mtbf = 1_000;
    private const double Mttr = 250;
    private const double R = Mttr / Mtbf;

    private static readonly Lazy<SimulationResult> s_oneTechnician = new(() => Run(1));
    private static readonly Lazy<SimulationResult> s_twoTechnicians = new(() => Run(2));

    private static SimulationResult Run(int crew)
    {
        FailureModel failures = FailureModel.FromMeans(Mtbf, Mttr, FailureMode.TimeDependent) with { Crew = "Crew" };
        var plant = new LineModel
        {
            Name = "Two machines, one crew",
            TaktTime = 50,
            Stations =
            [
                new Station("M1", Distribution.Constant(50), failures) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new Station("M2", Distribution.Constant(50), failures) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            ],
            Crews = [new RepairCrew("Crew", crew)],
        };
        return Simulation.Create(plant, new SimulationOptions { Seed = 41, Replications = 20, Warmup = 10_000, Duration = 400_000 }).Run();
    }

    private static (double P0, double P1, double P2) MachineRepairman()
    {
        double p0 = 1 / (1 + (2 * R) + (2 * R * R));
        return (p0, 2 * R * p0, 2 * R * R * p0);
    }

    [Fact]
    public void Run_OneTechnicianForTwoMachines_MatchesTheMachineRepairmanModel()
    {
        (double p0, double p1, double p2) = MachineRepairman();

        SimulationResult result = s_oneTechnician.Value;

        CrewSummary crew = Assert.Single(result.Crews);
        AssertContains(crew.Utilisation, 1 - p0);
        AssertContains(crew.AverageWaiting, p2);
        foreach (StationSummary machine in result.Stations)
        {
            AssertContains(machine.Down, (p1 + (2 * p2)) / 2);
            AssertContains(machine.WaitingForCrew, p2 / 2);

            // A machine works whenever it is up: it never starves or blocks.
            AssertContains(machine.Working, 1 - ((p1 + (2 * p2)) / 2));
        }
    }

    [Fact]
    public void Run_OneTechnicianForTwoMachines_MachinesWait()
    {
        SimulationResult result = s_oneTechnician.Value;

        Assert.All(result.ReplicationResults, r => Assert.All(r.Stations, machine =>
        {
            Assert.True(machine.WaitingForCrew > 0, $"{machine.Name} never waited for the technician");
            Assert.True(machine.WaitingForCrew < machine.Down);
        }));
    }

    [Fact]
    public void Run_TwoTechniciansForTwoMachines_NoMachineWaits()
    {
        SimulationResult result = s_twoTechnicians.Value;

        CrewSummary crew = Assert.Single(result.Crews);
        Assert.Equal(0, crew.AverageWaiting.Mean);
        AssertContains(crew.Utilisation, R / (1 + R));
        foreach (StationSummary machine in result.Stations)
        {
            Assert.Equal(0, machine.WaitingForCrew.Mean);
            AssertContains(machine.Down, R / (1 + R));
        }
    }

    /// <summary>The technicians' busy time is exactly the machines' time in repair: down, less the wait for a technician.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_Crew_BusyTimeIsTheMachinesRepairTime(int size)
    {
        SimulationResult result = size == 1 ? s_oneTechnician.Value : s_twoTechnicians.Value;

        Assert.All(result.ReplicationResults, r =>
        {
            CrewStatistics crew = Assert.Single(r.Crews);
            double repairing = r.Stations.Sum(machine => machine.Down - machine.WaitingForCrew);
            Assert.Equal(repairing, crew.AverageBusy, 9);
            Assert.Equal(r.Stations.Sum(machine => machine.WaitingForCrew), crew.AverageWaiting, 9);
            Assert.InRange(crew.Repairs, r.Stations.Sum(machine => machine.Failures) - 2, r.Stations.Sum(machine => machine.Failures) + 2);
        });
    }

    private static void AssertContains(Estimate estimate, double exact) =>
        Assert.True(estimate.Contains(exact), $"{estimate} should contain {exact}");
}
