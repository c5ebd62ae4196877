using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.SamplePath;

public sealed class EngineSelectionTests
{
    private static LineModel Line(FailureMode? mode) => new()
    {
        Name = "Body shop",
        TaktTime = 55,
        Stations =
        [
            new("Respot 1", Distribution.Exponential(50)),
            new("Respot 2", Distribution.Exponential(50), mode is { } m ? FailureModel.FromMeans(3_600, 300, m) : null),
        ],
        Buffers = [new("Respot 1", 3)],
    };

    private static readonly SimulationOptions s_short = new() { Replications = 1, Duration = 5_000 };

    [Fact]
    public void Create_AutoOnSerialLine_PicksSamplePath()
    {
        Simulation simulation = Simulation.Create(Line(null), s_short);

        Assert.Equal(EngineKind.SamplePath, simulation.Engine);
        Assert.Equal(EngineKind.SamplePath, simulation.RunReplication(0).Engine);
    }

    [Fact]
    public void WhySamplePathCannotRun_SerialLine_IsNull() =>
        Assert.Null(Simulation.WhySamplePathCannotRun(Line(FailureMode.OperationDependent)));

    [Theory]
    [InlineData("cell", "Station 'Respot 2' has 2 servers;")]
    [InlineData("calendar", "The line works to a shift calendar;")]
    [InlineData("time", "Station 'Respot 2' has time-dependent failures;")]
    public void WhySamplePathCannotRun_PlantOrTimeDependentFailures_NamesWhy(string feature, string reason)
    {
        LineModel line = Line(feature == "time" ? FailureMode.TimeDependent : null);
        line = feature switch
        {
            "cell" => line with { Stations = [line.Stations[0], line.Stations[1] with { Servers = 2 }] },
            "calendar" => line with { Calendar = ShiftCalendar.TwoShiftsFiveDays },
            _ => line,
        };

        Assert.StartsWith(reason, Simulation.WhySamplePathCannotRun(line), StringComparison.Ordinal);
        Assert.Equal(EngineKind.Event, Simulation.Create(line, s_short).Engine);
    }

    [Fact]
    public void Create_AutoWithOperationDependentFailures_PicksSamplePath() =>
        Assert.Equal(EngineKind.SamplePath, Simulation.Create(Line(FailureMode.OperationDependent), s_short).Engine);

    [Fact]
    public void Create_AutoWithTimeDependentFailures_PicksEvent()
    {
        Simulation simulation = Simulation.Create(Line(FailureMode.TimeDependent), s_short);

        Assert.Equal(EngineKind.Event, simulation.Engine);
        Assert.Equal(EngineKind.Event, simulation.RunReplication(0).Engine);
    }

    [Fact]
    public void Create_EventForced_RunsEvent()
    {
        Simulation simulation = Simulation.Create(Line(null), s_short with { Engine = EngineSelection.Event });

        Assert.Equal(EngineKind.Event, simulation.Engine);
        Assert.Equal(EngineKind.Event, simulation.Run().Engine);
    }

    [Fact]
    public void Create_SamplePathForced_RunsSamplePath()
    {
        Simulation simulation = Simulation.Create(Line(FailureMode.OperationDependent), s_short with { Engine = EngineSelection.SamplePath });

        Assert.Equal(EngineKind.SamplePath, simulation.Engine);
        Assert.Equal(EngineKind.SamplePath, simulation.Run().Engine);
    }

    [Fact]
    public void Create_SamplePathForcedWithTimeDependentFailures_ThrowsNamingStation()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Simulation.Create(Line(FailureMode.TimeDependent), s_short with { Engine = EngineSelection.SamplePath }));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("SamplePath", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Respot 2' has time-dependent failures", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameSeed_SamplePathResultsIndependentOfThreads()
    {
        var options = new SimulationOptions { Replications = 4, Duration = 20_000, Seed = 5 };
        SimulationResult one = Simulation.Create(Line(FailureMode.OperationDependent), options with { MaxDegreeOfParallelism = 1 }).Run();
        SimulationResult two = Simulation.Create(Line(FailureMode.OperationDependent), options with { MaxDegreeOfParallelism = 2 }).Run();

        Assert.Equal(one.ThroughputPerHour.Mean, two.ThroughputPerHour.Mean);
        Assert.Equal(one.WorkInProcess.Mean, two.WorkInProcess.Mean);
    }
}
