using Microsoft.Extensions.Logging;

namespace LineSim.Tests.Logging;

/// <summary>One message a <see cref="RecordingLoggerFactory"/> received.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message);
