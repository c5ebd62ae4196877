using Microsoft.Extensions.Logging;

namespace LineSim.Logging;

/// <summary>Every message LineSim logs, source-generated so that a disabled level costs one branch.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Simulating '{Line}' with the {Engine} engine: {Replications} replications, seed {Seed}, warm-up {Warmup} s")]
    public static partial void SimulationStarting(this ILogger logger, string line, EngineKind engine, int replications, long seed, double warmup);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Simulated '{Line}': {ThroughputPerHour:F2} JPH over {Replications} replications in {ElapsedMs} ms")]
    public static partial void SimulationFinished(this ILogger logger, string line, double throughputPerHour, int replications, long elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Replication {Replication} finished at t={Time}: {PartsOut} parts out, {Events} events")]
    public static partial void ReplicationFinished(this ILogger logger, int replication, double time, long partsOut, long events);

    [LoggerMessage(EventId = 10, Level = LogLevel.Trace, Message = "t={Time:F3} part {Part} entered the line")]
    public static partial void PartEntered(this ILogger logger, double time, long part);

    [LoggerMessage(EventId = 11, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} started part {Part}, done at t={Done:F3}")]
    public static partial void ProcessingStarted(this ILogger logger, double time, string station, long part, double done);

    [LoggerMessage(EventId = 12, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} finished part {Part}")]
    public static partial void ProcessingFinished(this ILogger logger, double time, string station, long part);

    [LoggerMessage(EventId = 13, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} is blocked holding part {Part}")]
    public static partial void StationBlocked(this ILogger logger, double time, string station, long part);

    [LoggerMessage(EventId = 14, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} failed, repaired at t={Repaired:F3}")]
    public static partial void StationFailed(this ILogger logger, double time, string station, double repaired);

    [LoggerMessage(EventId = 15, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} repaired")]
    public static partial void StationRepaired(this ILogger logger, double time, string station);

    [LoggerMessage(EventId = 16, Level = LogLevel.Trace, Message = "t={Time:F3} part {Part} left the line after {LeadTime:F3} s")]
    public static partial void PartLeft(this ILogger logger, double time, long part, double leadTime);

    [LoggerMessage(EventId = 17, Level = LogLevel.Trace, Message = "t={Time:F3} warm-up over, statistics reset")]
    public static partial void WarmupEnded(this ILogger logger, double time);

    [LoggerMessage(EventId = 18, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} scrapped part {Part}")]
    public static partial void PartScrapped(this ILogger logger, double time, string station, long part);

    [LoggerMessage(EventId = 19, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} sent part {Part} to rework at {Rework}")]
    public static partial void PartSentToRework(this ILogger logger, double time, string station, long part, string rework);

    [LoggerMessage(EventId = 20, Level = LogLevel.Trace, Message = "t={Time:F3} station {Station} failed and waits for a technician of {Crew}")]
    public static partial void StationWaitsForCrew(this ILogger logger, double time, string station, string crew);
}
