namespace LineSim.Cli.Reporting;

/// <summary>One line of a terminal redrawn in place (progress, status), cleared when disposed.</summary>
internal sealed class TerminalLine : IDisposable
{
    private readonly TextWriter _writer;
    private readonly Lock _lock = new();
    private int _length;

    public TerminalLine(TextWriter writer) => _writer = writer;

    /// <summary>Replaces the line's text with <paramref name="text"/>.</summary>
    public void Draw(string text)
    {
        lock (_lock)
        {
            _writer.Write("\r" + text.PadRight(_length));
            _length = text.Length;
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
