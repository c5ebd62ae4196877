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
}
