using Microsoft.Extensions.Logging;

namespace LineSim.Tests.Plants;

/// <summary>
/// Records, from the event engine's trace, when each part entered the line and when it left it (out of an exit, or
/// scrapped), by part number, for one replication at a time: the logged entry and exit times that Little's law needs
/// for its boundary terms. Times are the engine's clock: working time under a shift calendar. Parts used up by an
/// assembly leave unlogged, so plants with assembly stations are left out of what needs every exit.
/// </summary>
internal sealed class PartFlowLog : ILoggerFactory
{
    private const int PartEntered = 10;
    private const int PartLeft = 16;
    private const int PartScrapped = 18;

    private readonly Dictionary<long, double> _entered = [];
    private readonly Dictionary<long, double> _left = [];
    private readonly Dictionary<long, double> _scrapped = [];

    /// <summary>Per part number, when it entered.</summary>
    public IReadOnlyDictionary<long, double> Entered => _entered;

    /// <summary>Per part number, when it left the line out of an exit.</summary>
    public IReadOnlyDictionary<long, double> Left => _left;

    /// <summary>Per part number, when it was scrapped.</summary>
    public IReadOnlyDictionary<long, double> Scrapped => _scrapped;

    /// <summary>Forgets what was recorded, before the next replication.</summary>
    public void Clear()
    {
        _entered.Clear();
        _left.Clear();
        _scrapped.Clear();
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private void Record(int eventId, IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        double time = double.NaN;
        long part = -1;
        foreach (KeyValuePair<string, object?> field in fields)
        {
            switch (field)
            {
                case { Key: "Time", Value: double value }:
                    time = value;
                    break;
                case { Key: "Part", Value: long number }:
                    part = number;
                    break;
            }
        }

        Dictionary<long, double> times = eventId switch
        {
            PartEntered => _entered,
            PartLeft => _left,
            _ => _scrapped,
        };
        Assert.True(times.TryAdd(part, time), $"part {part} logged twice by event {eventId}");
    }

    private sealed class Logger(PartFlowLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id is PartEntered or PartLeft or PartScrapped && state is IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                log.Record(eventId.Id, fields);
            }
        }
    }
}
