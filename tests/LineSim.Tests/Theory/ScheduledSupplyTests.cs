using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Theory;

/// <summary>
/// Exact results for a supply that delivers on a schedule. Into a station faster than the schedule, every delivery
/// leaves one cycle later, so the line makes exactly one part per delivery; a delivery that finds the input buffer full
/// waits, with those after it, and enters as room frees, none lost.
/// </summary>
public sealed class ScheduledSupplyTests
{
    [Fact]
    public void Run_DeliveryEvery60sIntoAFasterStation_JphIs60()
    {
        var line = new LineModel { TaktTime = 60, Source = Source.Scheduled(Schedule.Every(60)), Stations = [new("Weld", Distribution.Constant(40))] };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 60_000 }).Run();

        ReplicationResult run = result.ReplicationResults[0];
        Assert.Equal(EngineKind.Event, result.Engine);
        Assert.Equal(60.0, result.ThroughputPerHour.Mean, 12);
        // Deliveries at 0, 60, ..., 60,000: the last enters as the run ends.
        Assert.Equal((1_001L, 1_000L), (run.Released, run.PartsOut));
        Assert.Equal(40.0 / 60, result.Stations[0].Working.Mean, 12);
        Assert.Equal(0, result.InputBuffer!.HeldBack.Mean);
    }

    [Fact]
    public void Run_DeliveryEvery60sIntoALineOfTwo_JphIs60AfterAWarmup()
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Source = Source.Scheduled(Schedule.Every(60, first: 15), inputCapacity: 3),
            Stations = [new("Load", Distribution.Constant(30)), new("Weld", Distribution.Uniform(20, 50))],
            Buffers = [new("Load", 2)],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 3, Warmup = 600, Duration = 60_000 }).Run();

        // Each replication: deliveries at 615, 675, ..., each done within 80 s, so 1,000 parts in the window.
        Assert.All(result.ReplicationResults, run => Assert.Equal(1_000, run.PartsOut));
        Assert.Equal(60.0, result.ThroughputPerHour.Mean, 12);
    }

    [Fact]
    public void Run_ListedTimesRepeatingEvery2Min_ThreePartsPerRound()
    {
        var line = new LineModel { TaktTime = 40, Source = Source.Scheduled(Schedule.At([0, 40, 95], repeatEvery: 120)), Stations = [new("Hem", Distribution.Constant(10))] };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 120_000 }).Run();

        Assert.Equal(3_000, result.ReplicationResults[0].PartsOut);
        Assert.Equal(90.0, result.ThroughputPerHour.Mean, 12);
    }

    [Fact]
    public void Run_ListedTimesOnce_DeliversThemAndStops()
    {
        var line = new LineModel { TaktTime = 40, Source = Source.Scheduled(Schedule.At([10, 20, 3_000])), Stations = [new("Hem", Distribution.Constant(5))] };

        ReplicationResult run = Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 10_000 }).Run().ReplicationResults[0];

        Assert.Equal((3L, 3L), (run.Released, run.PartsOut));
    }

    [Fact]
    public void Run_DeliveriesFindTheInputBufferFull_HeldBackInOrderNoneLost()
    {
        // Capacity 1 before a 100 s station: at 0 the part goes straight to the machine, at 1 into the buffer, at 2, 3
        // and 4 the buffer is full and the deliveries wait; one enters each time the machine takes the buffer's part
        // (100, 200, 300), and the fifth part leaves at 500.
        var line = new LineModel { TaktTime = 100, Source = Source.Scheduled(Schedule.At([0, 1, 2, 3, 4]), inputCapacity: 1), Stations = [new("Press", Distribution.Constant(100))] };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 1_000 }).Run();

        ReplicationResult run = result.ReplicationResults[0];
        Assert.Equal((5L, 5L), (run.Released, run.PartsOut));
        Assert.Equal(3, run.InputBuffer!.HeldBack);
        Assert.Equal(3, result.InputBuffer!.HeldBack.Mean);
        Assert.Equal(500.0 / 1_000, result.Stations[0].Working.Mean, 12);

        // Lead times from entering the input buffer: 100, 199 (1 to 200), then 200 for each part that entered as room freed.
        Assert.Equal((100 + 199 + (3 * 200)) / 5.0, run.LeadTime, 9);
    }

    [Fact]
    public void Run_ScheduleFasterThanTheStation_BufferStaysFullAndTheStationSetsTheRate()
    {
        var line = new LineModel { TaktTime = 25, Source = Source.Scheduled(Schedule.Every(10, first: 5), inputCapacity: 2), Stations = [new("Press", Distribution.Constant(25))] };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Warmup = 1_000, Duration = 100_000 }).Run();

        // From the first delivery that finds the buffer full, every later one waits behind it: all 10,000 of the window.
        Assert.Equal(144.0, result.ThroughputPerHour.Mean, 12);
        Assert.Equal(10_000, result.ReplicationResults[0].InputBuffer!.HeldBack);
        Assert.Equal(1.0, result.InputBuffer!.FullFraction.Mean, 2);
    }

    [Fact]
    public void Run_FeederLineSupplyOnASchedule_AssemblySetsOnePerDelivery()
    {
        var line = new LineModel
        {
            TaktTime = 60,
            Stations =
            [
                new("Doors", Distribution.Constant(20)) { Inputs = [StationInput.FromSupply(Source.Scheduled(Schedule.Every(TimeSpan.FromMinutes(1)), inputCapacity: 2))] },
                new("Body", Distribution.Constant(30)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("Marry", Distribution.Constant(25)) { Inputs = [StationInput.FromStation("Doors", 2), StationInput.FromStation("Body", 2)] },
            ],
        };

        SimulationResult result = Simulation.Create(line, new SimulationOptions { Replications = 1, Warmup = 600, Duration = 60_000 }).Run();

        Assert.Equal(EngineKind.Event, result.Engine);
        Assert.Equal(60.0, result.ThroughputPerHour.Mean, 12);
        Assert.Contains(result.Buffers, buffer => buffer is { After: null, Before: "Doors", Capacity: 2 });
    }

    [Fact]
    public void Create_SamplePathRequestedForAScheduledSupply_RefusedNamingTheSource()
    {
        var line = new LineModel { TaktTime = 60, Source = Source.Scheduled(Schedule.Every(60)), Stations = [new("Weld", Distribution.Constant(40))] };

        var error = Assert.Throws<ArgumentException>(() => Simulation.Create(line, new SimulationOptions { Engine = EngineSelection.SamplePath }));

        Assert.StartsWith("Engine: SamplePath was requested, but the line's source delivers on a schedule;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PartCountWithDeliveriesThatEnd_IsRefused()
    {
        var line = new LineModel { TaktTime = 60, Source = Source.Scheduled(Schedule.At([10, 20])), Stations = [new("Weld", Distribution.Constant(40))] };

        var error = Assert.Throws<ArgumentException>(() => Simulation.Create(line, new SimulationOptions { PartCount = 100 }));

        Assert.StartsWith("PartCount: the line's source delivers on a schedule that ends after its last time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduled_NegativeCapacityOrNoSchedule_NamesTheArgument()
    {
        Assert.Equal("inputCapacity", Assert.Throws<ArgumentOutOfRangeException>(() => Source.Scheduled(Schedule.Every(60), -1)).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => Source.Scheduled(null!)).ParamName);
    }

    [Fact]
    public void Run_ScheduleInTimeSpans_BitIdenticalToSeconds()
    {
        static SimulationResult Run(Schedule delivery, Schedule pull) => Simulation.Create(
            new LineModel
            {
                TaktTime = 60,
                Source = Source.Scheduled(delivery, inputCapacity: 4),
                Stations = [new("Load", Distribution.Exponential(30)), new("Paint intake", Distribution.Constant(20)) { Pull = pull }],
            },
            new SimulationOptions { Seed = 5, Replications = 2, Duration = 20_000 }).Run();

        SimulationResult seconds = Run(Schedule.At([0, 25.5, 70], repeatEvery: 130), Schedule.Every(47.25, 3));
        SimulationResult spans = Run(
            Schedule.At([TimeSpan.Zero, TimeSpan.FromSeconds(25.5), TimeSpan.FromSeconds(70)], TimeSpan.FromSeconds(130)),
            Schedule.Every(TimeSpan.FromSeconds(47.25), TimeSpan.FromSeconds(3)));

        Assert.Equal(seconds.ThroughputPerHour.Mean, spans.ThroughputPerHour.Mean);
        Assert.Equal(seconds.LeadTime.Mean, spans.LeadTime.Mean);
        Assert.Equal(seconds.InputBuffer!.HeldBack.Mean, spans.InputBuffer!.HeldBack.Mean);
        Assert.Equal(Schedule.Every(60).Times.ToArray(), Schedule.Every(TimeSpan.FromMinutes(1)).Times.ToArray());
        Assert.Equal(Schedule.Every(60).Period, Schedule.Every(TimeSpan.FromMinutes(1)).Period);
        Assert.Equal(Schedule.At([10.0]).Period, Schedule.At([TimeSpan.FromSeconds(10)]).Period);
    }
}
