namespace LineSim.Cli.Reporting;

/// <summary>A progress bar of finished replications, redrawn in place on a terminal; cleared when disposed.</summary>
internal sealed class ProgressBar : IProgress<int>, IDisposable
{
    private const int Width = 30;
    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly Lock _lock = new();
    private int _shown = -1;
    private int _length;

    public ProgressBar(TextWriter writer, int total)
    {
        _writer = writer;
        _total = total;
        Report(0);
    }

    public void Report(int value)
    {
        lock (_lock)
        {
            // Reports from parallel replications may arrive out of order; never draw the bar going back.
            if (value <= _shown)
            {
                return;
            }

            _shown = value;
            int filled = _total == 0 ? Width : value * Width / _total;
            string line = $"\r  [{new string('#', filled)}{new string('.', Width - filled)}] {value}/{_total} replications";
            _length = line.Length;
            _writer.Write(line);
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
