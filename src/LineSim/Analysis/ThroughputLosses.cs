using System.Collections.Immutable;
using LineSim.Results;

namespace LineSim.Analysis;

/// <summary>
/// The road from the takt's throughput to the achieved one, in jobs per hour, by cause and station, measured on the
/// momentary bottleneck of the active period method.
/// </summary>
/// <remarks>
/// Every working second of the window is spent, by the method, either with one station the momentary bottleneck
/// (working, in repair, waiting for a crew, in setup or in maintenance) or with none active (the last bottleneck starved,
/// blocked or waiting for its segment's takt); the window's calendar time is those plus time off shift. A second lost
/// costs 3600 / (window x takt) jobs per hour; a part scrapped 3600 / window. What is left of the gap is the bottleneck
/// working more slowly than the takt (or faster: negative), shared among stations by their time working as the
/// bottleneck. The causes thus sum to the gap exactly, by construction, in every replication.
/// </remarks>
internal static class ThroughputLosses
{
    /// <summary>The losses of <paramref name="result"/>, whose <see cref="ReplicationResult.Bottlenecks"/> are set, for takt time <paramref name="taktTime"/>.</summary>
    public static (ImmutableArray<ThroughputLoss> Losses, LineOee Oee) Of(ReplicationResult result, double taktTime)
    {
        double window = result.ObservedTime;
        double working = result.WorkingTime;
        double taktRate = 3_600 / taktTime;
        var losses = new List<ThroughputLoss>();
        if (window <= 0)
        {
            return ([], new LineOee(double.NaN, double.NaN, double.NaN));
        }

        double perFraction = taktRate * working / window;
        double offShift = taktRate * Math.Max(0, window - working) / window;
        Add(losses, LossCause.OffShift, null, offShift);
        double gap = taktRate - result.ThroughputPerHour;
        double explained = offShift;
        double bottleneckWorking = 0;
        double maintenance = 0;
        double stops = 0;
        foreach (LossCause cause in s_timeCauses)
        {
            foreach (StationBottleneck station in result.Bottlenecks)
            {
                double lost = 0;
                foreach (CauseShare share in station.Time)
                {
                    if (share.Cause == cause)
                    {
                        lost += share.Fraction * perFraction;
                    }
                }

                Add(losses, cause, station.Station, lost);
                explained += lost;
                maintenance += cause == LossCause.Maintenance ? lost : 0;
                stops += cause is LossCause.Failure or LossCause.WaitingForCrew or LossCause.Setup ? lost : 0;
            }
        }

        long scrapped = 0;
        foreach (StationStatistics station in result.Stations)
        {
            double lost = station.Scrapped * 3_600 / window;
            Add(losses, LossCause.Scrap, station.Name, lost);
            explained += lost;
            scrapped += station.Scrapped;
        }

        foreach (StationBottleneck station in result.Bottlenecks)
        {
            bottleneckWorking += station.BottleneckWorking;
        }

        double cycle = gap - explained;
        if (bottleneckWorking > 0)
        {
            foreach (StationBottleneck station in result.Bottlenecks)
            {
                Add(losses, LossCause.CycleOverTakt, station.Station, cycle * station.BottleneckWorking / bottleneckWorking);
            }
        }
        else
        {
            Add(losses, LossCause.CycleOverTakt, null, cycle);
        }

        double planned = taktRate - offShift - maintenance;
        double made = result.PartsOut + scrapped;
        double availability = planned > 0 ? (planned - stops) / planned : double.NaN;
        double quality = made > 0 ? result.PartsOut / made : 1;
        double oee = planned > 0 ? result.ThroughputPerHour / planned : double.NaN;
        double performance = availability * quality > 0 ? oee / (availability * quality) : double.NaN;
        return ([.. losses], new LineOee(availability, performance, quality));
    }

    private static readonly LossCause[] s_timeCauses =
    [
        LossCause.Failure, LossCause.WaitingForCrew, LossCause.Setup, LossCause.Maintenance,
        LossCause.Starvation, LossCause.Blocking, LossCause.PacedSegmentStop,
    ];

    private static void Add(List<ThroughputLoss> losses, LossCause cause, string? station, double lost)
    {
        if (lost != 0)
        {
            losses.Add(new ThroughputLoss(cause, station, lost));
        }
    }
}
