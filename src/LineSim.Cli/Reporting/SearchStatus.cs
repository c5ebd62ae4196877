using LineSim.Experiments;

namespace LineSim.Cli.Reporting;

/// <summary>A line on a terminal saying where an optimiser's search stands, redrawn in place; cleared when disposed.</summary>
internal sealed class SearchStatus : IProgress<SearchStep>, IDisposable
{
    private readonly TextWriter _writer;
    private readonly Lock _lock = new();
    private int _length;

    public SearchStatus(TextWriter writer) => _writer = writer;

    public void Report(SearchStep value)
    {
        lock (_lock)
        {
            string line = $"\r  searching: step {value.Step} ({value.Phase}), {value.ConfigurationsEvaluated} configurations evaluated, objective {Format.Fixed(value.Objective, 2)}";
            _writer.Write(line.PadRight(_length));
            _length = line.Length;
            _writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _writer.Write("\r" + new string(' ', _length) + "\r");
            _writer.Flush();
        }
    }
}
