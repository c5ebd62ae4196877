namespace LineSim.Plots;

/// <summary>What an <see cref="HtmlReport"/> says beside the results.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The page's heading; <see langword="null"/> for the scenario's name (a run's report) or "Experiment".</summary>
    public string? Title { get; init; }

    /// <summary>The scenario's description, shown with its drawing; <see langword="null"/> for none.</summary>
    public string? Description { get; init; }

    /// <summary>The command that reproduces the results, such as <c>linesim run line.json --seed 42</c>; <see langword="null"/> for none.</summary>
    public string? Command { get; init; }

    /// <summary>
    /// A window of one replication's station states (<see cref="Simulation.RecordStates"/>), drawn as a Gantt chart in the
    /// bottleneck section; <see langword="null"/> for none.
    /// </summary>
    public Results.StateTimeline? Timeline { get; init; }

    /// <summary>
    /// Each station's sensitivity (<see cref="Analysis.BottleneckSensitivity.Run"/>): the JPH gained by making it faster
    /// or shortening its repairs, with paired intervals, tabled in the bottleneck section beside whether it agrees with
    /// the active period method; <see langword="null"/> for none.
    /// </summary>
    public Analysis.SensitivityResult? Sensitivity { get; init; }
}
