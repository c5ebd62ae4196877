using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.SamplePath;

/// <summary>Which assembly lines the sample-path engine runs, and the reason it gives for every plant it does not.</summary>
public sealed class AssemblyEngineSelectionTests
{
    private static readonly SimulationOptions s_short = new() { Replications = 1, Duration = 5_000 };

    /// <summary>Two feeder lines of two stations merging at an assembly station, with a station after it.</summary>
    private static LineModel Plant() => new()
    {
        Name = "Side frames",
        TaktTime = 55,
        Stations =
        [
            new("A1", Distribution.Exponential(40)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
            new("A2", Distribution.Exponential(40), FailureModel.FromMeans(3_600, 300)) { Inputs = [StationInput.FromStation("A1", 2)] },
            new("B1", Distribution.Exponential(45)) { Inputs = [StationInput.FromSupply(Source.Arrivals(Distribution.Exponential(50), 4))] },
            new("B2", Distribution.Exponential(45)) { Inputs = [StationInput.FromStation("B1", 2)] },
            new("Marriage", Distribution.Constant(30)) { Inputs = [StationInput.FromStation("A2", 3), StationInput.FromStation("B2", 1)] },
            new("Respot", Distribution.Exponential(35)),
        ],
        Buffers = [new("Marriage", 2)],
    };

    private static LineModel Replace(LineModel line, string name, Func<Station, Station> change) =>
        line with { Stations = [.. line.Stations.Select(s => s.Name == name ? change(s) : s)] };

    [Fact]
    public void Create_AutoOnAssemblyLine_PicksSamplePath()
    {
        Simulation simulation = Simulation.Create(Plant(), s_short);

        Assert.Null(Simulation.WhySamplePathCannotRun(Plant()));
        Assert.Equal(EngineKind.SamplePath, simulation.Engine);
        Assert.Equal(EngineKind.SamplePath, simulation.RunReplication(0).Engine);
    }

    [Fact]
    public void Create_EventForcedOnAssemblyLine_RunsEvent()
    {
        Simulation simulation = Simulation.Create(Plant(), s_short with { Engine = EngineSelection.Event });

        Assert.Equal(EngineKind.Event, simulation.Engine);
        Assert.Equal(EngineKind.Event, simulation.Run().Engine);
    }

    [Fact]
    public void Create_SamplePathForcedOnAssemblyLine_RunsSamplePath()
    {
        SimulationResult result = Simulation.Create(Plant(), s_short with { Engine = EngineSelection.SamplePath, Replications = 2 }).Run();

        Assert.Equal(EngineKind.SamplePath, result.Engine);
        Assert.All(result.ReplicationResults, r => Assert.Equal(r.Released, r.Completed + r.Assembled + r.WorkInProcessAtEnd));
    }

    [Fact]
    public void WhySamplePathCannotRun_QuantitiesAndSupplyIntoTheAssembly_IsNull()
    {
        LineModel line = Replace(Plant(), "Marriage", s => s with
        {
            Inputs = [StationInput.FromStation("A2", 3) with { Quantity = 2 }, StationInput.FromStation("B2", 1), StationInput.FromSupply(Source.Unlimited) with { Quantity = 4 }],
        });

        Assert.Null(Simulation.WhySamplePathCannotRun(line));
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "join", "Station 'Marriage' joins its inputs (first available);" },
        { "conveyor", "Station 'Marriage' takes parts from 'B2' on a conveyor;" },
        { "cell", "Station 'B1' has 2 servers;" },
        { "time", "Station 'A2' has time-dependent failures;" },
        { "crew", "Station 'A2' waits for a repair crew;" },
        { "routing", "Station 'A2' routes its parts;" },
        { "quality", "Station 'Respot' has a quality check;" },
        { "rework", "Station 'Repair' has no inputs (it gets parts only as rework);" },
        { "exits", "Stations 'Respot' and 'Check' both end the line (parts leave from each);" },
        { "calendar", "The line works to a shift calendar;" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void WhySamplePathCannotRun_PlantFeature_NamesStationAndFeature(string feature, string reason)
    {
        LineModel plant = Plant();
        LineModel line = feature switch
        {
            "join" => Replace(plant, "Marriage", s => s with { Merge = MergeRule.FirstAvailable }),
            "conveyor" => Replace(plant, "Marriage", s => s with { Inputs = [s.Inputs[0], StationInput.FromConveyor("B2", new Conveyor(20, 4))] }),
            "cell" => Replace(plant, "B1", s => s with { Servers = 2 }),
            "time" => Replace(plant, "A2", s => s with { Failures = FailureModel.FromMeans(3_600, 300, FailureMode.TimeDependent) }),
            "crew" => Replace(plant, "A2", s => s with { Failures = FailureModel.FromMeans(3_600, 300) with { Crew = "Maintenance" } }) with { Crews = [new RepairCrew("Maintenance", 1)] },
            "routing" => WithSpare(Replace(plant, "A2", s => s with { Routing = Routing.ByProbability(new RouteTarget("Marriage", 0.5), new RouteTarget("Spare", 0.5)) })),
            "quality" => Replace(plant, "Respot", s => s with { Quality = new Quality(0.9) }),
            "rework" => WithRepair(Replace(plant, "Respot", s => s with { Quality = new Quality(0.9) { Rework = [new ReworkRoute("Repair", 1)] } })),
            "exits" => plant with { Stations = [.. plant.Stations, new Station("Check", Distribution.Constant(10)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] }] },
            _ => plant with { Calendar = ShiftCalendar.TwoShiftsFiveDays },
        };

        Assert.StartsWith(reason, Simulation.WhySamplePathCannotRun(line), StringComparison.Ordinal);
        Assert.Contains("assembly lines", Simulation.WhySamplePathCannotRun(line), StringComparison.Ordinal);
        Assert.Equal(EngineKind.Event, Simulation.Create(line, s_short).Engine);
    }

    /// <summary>Adds a station taking parts from A2 besides the assembly.</summary>
    private static LineModel WithSpare(LineModel line) =>
        line with { Stations = [.. line.Stations, new Station("Spare", Distribution.Constant(10)) { Inputs = [StationInput.FromStation("A2")] }] };

    /// <summary>Adds, first, a rework station without inputs of its own.</summary>
    private static LineModel WithRepair(LineModel line) =>
        line with { Stations = [new Station("Repair", Distribution.Constant(60)) { Inputs = [] }, .. line.Stations] };

    [Fact]
    public void Create_SamplePathForcedOnJoin_ThrowsNamingStation()
    {
        LineModel line = Replace(Plant(), "Marriage", s => s with { Merge = MergeRule.FirstAvailable });

        var error = Assert.Throws<ArgumentException>(() => Simulation.Create(line, s_short with { Engine = EngineSelection.SamplePath }));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("'Marriage' joins its inputs (first available)", error.Message, StringComparison.Ordinal);
    }
}
