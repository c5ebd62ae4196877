using LineSim.Model;

namespace LineSim.Tests.Engine;

/// <summary>
/// The event loop allocates nothing in steady state: a replication ten times as long allocates (almost) the same
/// number of bytes, the difference being far below one byte per event.
/// </summary>
[Collection(nameof(AllocationCollection))]
public sealed class AllocationTests
{
    private const long Parts = 5_000;

    // A few KB covers what may differ between runs for reasons other than the run's length (the lead-time
    // histogram's fixed state, a lazily made object); 10 N parts are some 500,000 events, so even one allocation per
    // thousand events would exceed it.
    private const long Allowance = 4_096;

    [Fact]
    public void RunReplication_TenTimesLonger_AllocatesNoMore()
    {
        LineModel line = TenStationLine(failures: null);

        (long shortRun, long longRun, long events) = Measure(line);

        Assert.True(events > 400_000, $"the long run processed only {events} events");
        Assert.True(longRun - shortRun < Allowance, $"{Parts} parts allocated {shortRun} B, {10 * Parts} parts {longRun} B");
    }

    [Theory]
    [InlineData(FailureMode.OperationDependent)]
    [InlineData(FailureMode.TimeDependent)]
    public void RunReplication_WithFailuresTenTimesLonger_AllocatesNoMore(FailureMode mode)
    {
        LineModel line = TenStationLine(FailureModel.FromMeans(mtbf: 2_000, mttr: 150, mode));

        (long shortRun, long longRun, long events) = Measure(line);

        Assert.True(events > 400_000, $"the long run processed only {events} events");
        Assert.True(longRun - shortRun < Allowance, $"{Parts} parts allocated {shortRun} B, {10 * Parts} parts {longRun} B");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RunReplication_PlantTenTimesLonger_AllocatesNoMore(bool paced)
    {
        // The plant engine: feeder lines into an assembly, a cell, inspection with rework and scrap, a conveyor, skids,
        // a crew, variants with a changeover, maintenance, and optionally a paced segment.
        FailureModel robot = FailureModel.FromMeans(mtbf: 3_000, mttr: 200) with { Crew = "Crew" };
        var line = new LineModel
        {
            TaktTime = 55,
            Crews = [new RepairCrew("Crew", 1)],
            Carriers = [new CarrierLoop("Skids", 10, From: "Join", To: "Out", ReturnTime: 60)],
            Variants = ProductMix.BySequence("A", "A", "B"),
            Segments = paced ? [new PacedSegment("Paced", "Check", "Out", 60)] : [],
            Stations =
            [
                new("Body", Distribution.Exponential(40), robot),
                new("Side", Distribution.Exponential(40)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("Join", Distribution.Exponential(45)) { Inputs = [StationInput.FromStation("Body", 2), StationInput.FromConveyor("Side", new Conveyor(30, 4))] },
                new("Cell", Distribution.Exponential(100), robot) { Servers = 2, Setup = new Changeover(Distribution.Constant(5)), Maintenance = [new MaintenanceWindow(1_000, 20_000, 600)] },
                new("Check", Distribution.Exponential(40)) { Quality = new Quality(0.9) { Rework = [new ReworkRoute("Cell", 0.5)] }, Inputs = [StationInput.FromStation("Cell", 2)] },
                new("Out", Distribution.Exponential(40)),
            ],
        };

        (long shortRun, long longRun, long events) = Measure(line);

        Assert.True(events > 400_000, $"the long run processed only {events} events");
        Assert.True(longRun - shortRun < Allowance, $"{Parts} parts allocated {shortRun} B, {10 * Parts} parts {longRun} B");
    }

    private static (long ShortRun, long LongRun, long Events) Measure(LineModel line)
    {
        Simulation shortSimulation = Create(line, Parts);
        Simulation longSimulation = Create(line, 10 * Parts);

        // Warm up: JIT compilation and tiering, static initialisers.
        shortSimulation.RunReplication(1);
        longSimulation.RunReplication(1);

        long before = GC.GetAllocatedBytesForCurrentThread();
        shortSimulation.RunReplication(0);
        long shortRun = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        long events = longSimulation.RunReplication(0).EventsProcessed;
        long longRun = GC.GetAllocatedBytesForCurrentThread() - before;
        return (shortRun, longRun, events);
    }

    private static Simulation Create(LineModel line, long parts) =>
        Simulation.Create(line, new SimulationOptions { Seed = 3, Replications = 1, PartCount = parts, Engine = EngineSelection.Event });

    private static LineModel TenStationLine(FailureModel? failures)
    {
        var stations = new Station[10];
        var buffers = new LineBuffer[9];
        for (int i = 0; i < stations.Length; i++)
        {
            stations[i] = new Station($"S{i}", Distribution.Exponential(50), failures);
            if (i < buffers.Length)
            {
                buffers[i] = new LineBuffer($"S{i}", 5);
            }
        }

        return new LineModel { TaktTime = 55, Stations = [.. stations], Buffers = [.. buffers] };
    }
}
