using LineSim.Experiments;

namespace LineSim.Cli.Reporting;

/// <summary>A line on a terminal saying where an optimiser's search stands, redrawn in place; cleared when disposed.</summary>
internal sealed class SearchStatus : IProgress<SearchStep>, IDisposable
{
    private readonly TerminalLine _line;

    public SearchStatus(TextWriter writer) => _line = new TerminalLine(writer);

    public void Report(SearchStep value) =>
        _line.Draw($"  searching: step {value.Step} ({value.Phase}), {value.ConfigurationsEvaluated} configurations evaluated, objective {Format.Fixed(value.Objective, 2)}");

    public void Dispose() => _line.Dispose();
}
