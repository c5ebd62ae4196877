using System.Globalization;

namespace LineSim;

/// <summary>How long to simulate, how many replications to run, and with which seed.</summary>
/// <remarks>
/// Each replication runs from time 0: first a warm-up of <see cref="Warmup"/> seconds whose statistics are
/// discarded, then an observation window of <see cref="Duration"/> seconds, or until <see cref="PartCount"/> parts
/// have left the line after the warm-up. Exactly one of <see cref="Duration"/> and <see cref="PartCount"/> is set.
/// </remarks>
public sealed record SimulationOptions
{
    /// <summary>The scenario seed; together with the replication index and each stream's id it fixes every random number.</summary>
    /// <value>Defaults to 1.</value>
    public long Seed { get; init; } = 1;

    /// <summary>The number of independent replications; 1 or more.</summary>
    /// <value>Defaults to 10.</value>
    public int Replications { get; init; } = 10;

    /// <summary>The warm-up period in seconds, whose statistics are discarded; 0 or more.</summary>
    /// <value>Defaults to 0.</value>
    public double Warmup { get; init; }

    /// <summary>The observation window after the warm-up, in seconds; <see langword="null"/> when <see cref="PartCount"/> ends the run.</summary>
    /// <value>Defaults to 864,000 s (ten days) unless <see cref="PartCount"/> is set.</value>
    public double? Duration { get; init; }

    /// <summary>Run until this many parts have left the line after the warm-up; <see langword="null"/> when <see cref="Duration"/> ends the run.</summary>
    public long? PartCount { get; init; }

    /// <summary>
    /// The length of the intervals in which each replication counts its output, for throughput over time
    /// (<see cref="Results.ReplicationResult.OutputPerInterval"/>), in seconds; greater than zero. The counts take memory
    /// in proportion to the window's length, so they are kept only when asked for.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: no throughput over time. 3600 gives jobs per hour, hour by hour.</value>
    public double? OutputInterval { get; init; }

    /// <summary>Which engine runs the replications.</summary>
    /// <value>Defaults to <see cref="EngineSelection.Auto"/>.</value>
    public EngineSelection Engine { get; init; } = EngineSelection.Auto;

    /// <summary>
    /// Whether to find the bottleneck by the active period method and break the gap between the takt and the achieved
    /// throughput down by cause (<see cref="Results.SimulationResult.Bottlenecks"/>, <see cref="Results.SimulationResult.Losses"/>).
    /// It needs every station's state over time, which only the event engine's plant run keeps: <see cref="EngineSelection.Auto"/>
    /// then picks <see cref="EngineSelection.Event"/>, and <see cref="EngineSelection.SamplePath"/> is refused.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: runs that do not ask pay nothing for it.</value>
    public bool AnalyseBottlenecks { get; init; }

    /// <summary>The most replications run at once; results do not depend on it.</summary>
    /// <value>Defaults to <see langword="null"/>: one per processor.</value>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// The most memory, in bytes, the run may need for its results and engines, estimated from the line and these
    /// options before it starts; <see cref="Simulation.Create"/> refuses a run that needs more, naming the option to change
    /// (usually <see cref="Replications"/> or <see cref="OutputInterval"/>).
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: half the memory available to the process on this machine.</value>
    public long? MemoryLimit { get; init; }

    /// <summary>
    /// The instant the observation window opens after: the window is (<see cref="Warmup"/>, end], so that what happens at
    /// the very instant the warm-up ends belongs to the warm-up; without a warm-up it is [0, end].
    /// </summary>
    internal double WindowOpensAfter => Warmup > 0 ? Warmup : double.NegativeInfinity;

    /// <summary>The default observation window when neither <see cref="Duration"/> nor <see cref="PartCount"/> is set, in seconds.</summary>
    public const double DefaultDuration = 864_000;

    /// <summary>These options with the warm-up and observation window given as time spans.</summary>
    /// <param name="warmup">The warm-up, whose statistics are discarded.</param>
    /// <param name="duration">The observation window after the warm-up.</param>
    public SimulationOptions WithWindow(TimeSpan warmup, TimeSpan duration) =>
        this with { Warmup = warmup.TotalSeconds, Duration = duration.TotalSeconds, PartCount = null };

    /// <summary>Lists every problem with the options; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Replications < 1)
        {
            problems.Add($"Replications: must be at least 1, got {Replications}.");
        }

        if (!double.IsFinite(Warmup) || Warmup < 0)
        {
            problems.Add($"Warmup: must be 0 or more seconds, got {Warmup.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        if (Duration is { } duration && (!double.IsFinite(duration) || duration <= 0))
        {
            problems.Add($"Duration: must be greater than 0 seconds, got {duration.ToString("R", CultureInfo.InvariantCulture)}.");
        }
        else if ((Duration ?? (PartCount is null ? DefaultDuration : null)) is { } window && double.IsFinite(Warmup) && Warmup + window <= Warmup)
        {
            problems.Add($"Warmup, Duration: a {window.ToString("R", CultureInfo.InvariantCulture)} s window is lost in the rounding of a {Warmup.ToString("R", CultureInfo.InvariantCulture)} s warm-up (a double cannot tell their sum from the warm-up); give a shorter warm-up or a longer window.");
        }

        if (OutputInterval is { } interval && (!double.IsFinite(interval) || interval <= 0))
        {
            problems.Add($"OutputInterval: must be greater than 0 seconds, got {interval.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        if (PartCount is { } parts && parts < 1)
        {
            problems.Add($"PartCount: must be at least 1, got {parts}.");
        }

        if (Duration is not null && PartCount is not null)
        {
            problems.Add("Duration, PartCount: set one of them, not both.");
        }

        if (!Enum.IsDefined(Engine))
        {
            problems.Add($"Engine: must be Auto, Event or SamplePath, got {(int)Engine}.");
        }

        if (AnalyseBottlenecks && Engine == EngineSelection.SamplePath)
        {
            problems.Add("AnalyseBottlenecks: needs the event engine, which keeps every station's state over time; set Engine to Auto or Event.");
        }

        if (MaxDegreeOfParallelism is < 1)
        {
            problems.Add($"MaxDegreeOfParallelism: must be at least 1, got {MaxDegreeOfParallelism}.");
        }

        if (MemoryLimit is < 1)
        {
            problems.Add($"MemoryLimit: must be at least 1 byte, got {MemoryLimit}.");
        }

        return problems;
    }
}
