using BenchmarkDotNet.Attributes;
using LineSim.Model;

namespace LineSim.Benchmarks;

/// <summary>
/// Allocation does not grow with run length: one replication of each line for 10,000 and for 100,000 parts. The
/// Allocated column is the same for both lengths (what a replication allocates when it starts); the time grows tenfold.
/// The lines (named within BenchmarkDotNet's 20 characters): LINE(10, 5) on both engines ("Line"), with operation- and
/// time-dependent failures on the event engine ("Line op-fail", "Line time-fail", as in
/// <see cref="FailureLineBenchmarks"/>), a plant on the event engine for plants with and without a paced segment
/// ("Plant", "Paced plant"), the assembly line of <see cref="AssemblyLineBenchmarks"/> on both engines ("Assembly"), and
/// eight replications of LINE(10, 5) together on one thread, in vector lanes ("Line x8").
/// </summary>
[MemoryDiagnoser]
public class RunLengthBenchmarks
{
    private Simulation _simulation = null!;

    [Params(10_000, 100_000)]
    public int Parts { get; set; }

    [ParamsSource(nameof(Cases))]
    public RunLengthCase Case { get; set; } = null!;

    public static IEnumerable<RunLengthCase> Cases() =>
    [
        new("Line", EngineSelection.Event, () => ReferenceLines.Line(10, 5)),
        new("Line", EngineSelection.SamplePath, () => ReferenceLines.Line(10, 5)),
        new("Line op-fail", EngineSelection.Event, () => FailureLineBenchmarks.Line(FailureMode.OperationDependent)),
        new("Line time-fail", EngineSelection.Event, () => FailureLineBenchmarks.Line(FailureMode.TimeDependent)),
        new("Plant", EngineSelection.Event, () => Plant(paced: false)),
        new("Paced plant", EngineSelection.Event, () => Plant(paced: true)),
        new("Assembly", EngineSelection.Event, AssemblyLineBenchmarks.Line),
        new("Assembly", EngineSelection.SamplePath, AssemblyLineBenchmarks.Line),
        new("Line x8", EngineSelection.SamplePath, () => ReferenceLines.Line(10, 5), Replications: 8),
    ];

    [GlobalSetup]
    public void Setup() => _simulation = Simulation.Create(Case.Line(), new SimulationOptions
    {
        Seed = 1,
        Replications = Case.Replications,
        PartCount = Parts,
        Engine = Case.Engine,
        MaxDegreeOfParallelism = 1,
    });

    [Benchmark]
    public double Replication() => Case.Replications == 1 ? _simulation.RunReplication(0).ThroughputPerHour : _simulation.Run().ThroughputPerHour.Mean;

    /// <summary>
    /// A plant on the event engine for plants: feeder lines into an assembly, a cell, inspection with rework and scrap, a
    /// conveyor, skids, a crew, variants with a changeover, maintenance, and a paced segment if asked for.
    /// </summary>
    private static LineModel Plant(bool paced)
    {
        FailureModel robot = FailureModel.FromMeans(mtbf: 3_000, mttr: 200) with { Crew = "Crew" };
        return new LineModel
        {
            Name = paced ? "Paced plant" : "Plant",
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
    }
}
