using System.Diagnostics;

namespace LineSim.Cli.Reporting;

/// <summary>
/// A progress bar of finished units of work (replications, or an experiment's tasks) with the time left, redrawn in
/// place on a terminal; cleared when disposed.
/// </summary>
internal sealed class ProgressBar : IProgress<int>, IDisposable
{
    private const int Width = 30;
    private readonly TerminalLine _line;
    private readonly int _total;
    private readonly string _unit;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private int _shown = -1;

    public ProgressBar(TextWriter writer, int total, string unit = "replications")
    {
        _line = new TerminalLine(writer);
        _total = total;
        _unit = unit;
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
            string left = value > 0 && value < _total ? $", {TimeLeft(_clock.Elapsed.TotalSeconds * (_total - value) / value)} left" : string.Empty;
            _line.Draw($"  [{new string('#', filled)}{new string('.', Width - filled)}] {value}/{_total} {_unit}{left}");
        }
    }

    public void Dispose() => _line.Dispose();

    private static string TimeLeft(double seconds) => seconds switch
    {
        < 60 => $"{Math.Ceiling(seconds):F0} s",
        < 3_600 => $"{Math.Floor(seconds / 60):F0} min {Math.Ceiling(seconds % 60):F0} s",
        _ => $"{Math.Floor(seconds / 3_600):F0} h {Math.Ceiling(seconds % 3_600 / 60):F0} min",
    };
}
