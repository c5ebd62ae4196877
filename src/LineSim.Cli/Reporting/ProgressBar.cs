using System.Globalization;

namespace LineSim.Cli.Reporting;

/// <summary>
/// A progress bar of units of work (replications, or an experiment's tasks), redrawn in place on a terminal, with the
/// time left estimated from the work done so far; cleared when disposed. It takes whole units
/// (<see cref="IProgress{T}"/> of <see cref="int"/>) or fractions of them (of <see cref="double"/>), so that progress
/// within a long replication can move it.
/// </summary>
internal sealed class ProgressBar : IProgress<int>, IProgress<double>, IDisposable
{
    private const int Width = 30;
    private readonly TerminalLine _line;
    private readonly int _total;
    private readonly string _unit;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly Lock _lock = new();
    private double _shown = -1;

    public ProgressBar(TextWriter writer, int total, string unit = "replications", TimeProvider? clock = null)
    {
        _line = new TerminalLine(writer);
        _total = total;
        _unit = unit;
        _clock = clock ?? TimeProvider.System;
        _started = _clock.GetTimestamp();
        Report(0.0);
    }

    /// <summary>Whole units finished.</summary>
    public void Report(int value) => Report((double)value);

    /// <summary>Units done, fractions included: 2.5 is two finished and half of the work of another.</summary>
    public void Report(double value)
    {
        lock (_lock)
        {
            // Reports from parallel replications may arrive out of order; never draw the bar going back.
            if (value <= _shown)
            {
                return;
            }

            _shown = Math.Min(value, _total);
            int filled = _total == 0 ? Width : (int)(_shown * Width / _total);
            _line.Draw(string.Create(
                CultureInfo.InvariantCulture,
                $"  [{new string('#', filled)}{new string('.', Width - filled)}] {(int)_shown}/{_total} {_unit}{Left()}"));
        }
    }

    public void Dispose() => _line.Dispose();

    /// <summary>", about 2 min 10 s left", from the rate so far; empty before any work is done or after all of it.</summary>
    private string Left()
    {
        if (_shown <= 0 || _shown >= _total)
        {
            return string.Empty;
        }

        double seconds = _clock.GetElapsedTime(_started).TotalSeconds * (_total - _shown) / _shown;
        return $", about {Duration(seconds)} left";
    }

    internal static string Duration(double seconds)
    {
        long s = (long)Math.Ceiling(seconds);
        return s switch
        {
            < 60 => $"{s} s",
            < 3_600 => $"{s / 60} min {s % 60} s",
            _ => $"{s / 3_600} h {s % 3_600 / 60} min",
        };
    }
}
