using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LineSim.Tests.Logging;

/// <summary>
/// Keeps every message at or above a minimum level, and counts how often a logger was asked whether a level is
/// enabled.
/// </summary>
internal sealed class RecordingLoggerFactory(LogLevel minimum) : ILoggerFactory
{
    private readonly LogLevel _minimum = minimum;
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private int _enabledQueries;

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public int EnabledQueries => _enabledQueries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerFactory factory, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel)
        {
            Interlocked.Increment(ref factory._enabledQueries);
            return logLevel >= factory._minimum;
        }

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= factory._minimum)
            {
                factory._entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception)));
            }
        }
    }
}
