using LineSim.Model;

namespace LineSim.Tests.Network;

/// <summary>
/// An assembly station takes an input's quantity of parts at once. From a buffer the parts may gather on an idle
/// machine's fixture beyond the buffer's capacity; on a conveyor a part holds its place until it reaches the end. Were
/// parts at the end unable to move onto the fixture, a conveyor carrying fewer parts than the quantity could never
/// have them all ready, and the plant would stop at its first assembly. Such a plant must be refused by
/// <see cref="LineModel.Validate"/>, or run.
/// </summary>
public sealed class AssemblyFromConveyorTests
{
    private static LineModel Plant(int conveyorCapacity) => new()
    {
        Name = "Assembly from a conveyor",
        TaktTime = 30,
        Stations =
        [
            new Station("Body", Distribution.Constant(30)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new Station("Wheel", Distribution.Constant(10)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new Station("Assembly", Distribution.Constant(20))
            {
                Inputs = [StationInput.FromStation("Body"), StationInput.FromConveyor("Wheel", new Conveyor(5, conveyorCapacity)) with { Quantity = 2 }],
            },
        ],
    };

    /// <summary>
    /// Two places: once the assembly takes both wheels, the blocked wheel station puts its wheel on at once and the next
    /// 10 s later; both are at the end 15 s after the take, well before the next body (one every 30 s).
    /// </summary>
    [Fact]
    public void Run_AssemblyTakingAsManyFromAConveyorAsItCarries_RunsAtTheBodysPace()
    {
        var result = Simulation.Create(Plant(2), new SimulationOptions { Seed = 1, Replications = 1, Warmup = 1_000, Duration = 9_000 }).Run();

        Assert.InRange(result.ReplicationResults[0].PartsOut, 299, 301);
    }

    [Fact]
    public void Create_AssemblyTakingMoreFromAConveyorThanItCarries_IsRefusedOrRuns()
    {
        LineModel plant = Plant(1);

        IReadOnlyList<string> problems = plant.Validate();

        if (problems.Count == 0)
        {
            var result = Simulation.Create(plant, new SimulationOptions { Seed = 1, Replications = 1, Warmup = 1_000, Duration = 9_000 }).Run();
            Assert.True(result.ReplicationResults[0].PartsOut > 0, "the plant was accepted, but no part ever leaves it: the assembly waits for 2 wheels on a conveyor that carries 1");
        }
        else
        {
            Assert.Contains(problems, problem => problem.Contains("Inputs[1]", StringComparison.Ordinal));
        }
    }
}
