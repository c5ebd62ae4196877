using System.Globalization;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Cli.Reporting;

/// <summary>
/// One row per replication, with a header: the line's figures, then each station's state fractions and each buffer's
/// average level. For a line that is not plain serial, columns follow at the end: the parts scrapped, each station's
/// OEE (and scrap and rework where it has a quality check, waiting for the crew where a crew repairs it), and each carrier
/// loop's and crew's use; then, as the line has them, its working time and JPH per working hour (with a calendar), the
/// parts out of each variant, each paced segment's indexing, and each station's setup, time off shift and maintenance.
/// </summary>
internal static class CsvReport
{
    public static void Write(SimulationResult result, LineModel line, TextWriter writer)
    {
        var features = new LineFeatures(line);
        var header = new List<string>
        {
            "replication", "observedTime", "partsOut", "throughputPerHour", "taktAttainment", "wip", "leadTime", "leadTimeP50", "leadTimeP95",
        };
        foreach (StationSummary station in result.Stations)
        {
            header.Add($"{station.Name} working");
            header.Add($"{station.Name} starved");
            header.Add($"{station.Name} blocked");
            header.Add($"{station.Name} down");
        }

        if (result.InputBuffer is { } input)
        {
            header.Add($"input -> {input.Before} averageLevel");
        }

        foreach (BufferSummary buffer in result.Buffers)
        {
            header.Add($"{buffer.After} -> {buffer.Before} averageLevel");
        }

        if (!features.IsPlainSerial)
        {
            AddGraphHeader(result, features, header);
        }

        WriteRow(writer, header);
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            var row = new List<string>
            {
                replication.Index.ToString(CultureInfo.InvariantCulture),
                Number(replication.ObservedTime),
                replication.PartsOut.ToString(CultureInfo.InvariantCulture),
                Number(replication.ThroughputPerHour),
                Number(replication.TaktAttainment),
                Number(replication.WorkInProcess),
                Number(replication.LeadTime),
                Number(replication.LeadTimeP50),
                Number(replication.LeadTimeP95),
            };
            foreach (StationStatistics station in replication.Stations)
            {
                row.Add(Number(station.Working));
                row.Add(Number(station.Starved));
                row.Add(Number(station.Blocked));
                row.Add(Number(station.Down));
            }

            if (replication.InputBuffer is { } inputBuffer)
            {
                row.Add(Number(inputBuffer.AverageLevel));
            }

            foreach (BufferStatistics buffer in replication.Buffers)
            {
                row.Add(Number(buffer.AverageLevel));
            }

            if (!features.IsPlainSerial)
            {
                AddGraphCells(replication, features, row);
            }

            WriteRow(writer, row);
        }
    }

    /// <summary>The columns a plain serial line has not, after all others so that readers by position are unaffected.</summary>
    private static void AddGraphHeader(SimulationResult result, LineFeatures features, List<string> header)
    {
        header.Add("scrapped");
        for (int s = 0; s < result.Stations.Length; s++)
        {
            string name = result.Stations[s].Name;
            header.Add($"{name} oee");
            if (features.QualityCheck[s])
            {
                header.Add($"{name} scrapped");
                header.Add($"{name} reworked");
            }

            if (features.RepairedByCrew[s])
            {
                header.Add($"{name} waitingForCrew");
            }
        }

        foreach (CarrierSummary carriers in result.Carriers)
        {
            header.Add($"carriers {carriers.Name} utilisation");
            header.Add($"carriers {carriers.Name} averageIdle");
            header.Add($"carriers {carriers.Name} noneIdleFraction");
            header.Add($"carriers {carriers.Name} averageReturning");
            header.Add($"carriers {carriers.Name} waitingForCarrierFraction");
            header.Add($"carriers {carriers.Name} returnBlockedFraction");
        }

        foreach (CrewSummary crew in result.Crews)
        {
            header.Add($"crew {crew.Name} utilisation");
            header.Add($"crew {crew.Name} averageWaiting");
            header.Add($"crew {crew.Name} repairs");
        }

        // The planning columns, after the graph ones, so that readers of those by position are unaffected.
        if (features.HasCalendar)
        {
            header.Add("workingTime");
            header.Add("throughputPerWorkingHour");
        }

        foreach (NamedEstimate variant in result.OutputByVariant)
        {
            header.Add($"variant {variant.Name} partsOut");
        }

        foreach (SegmentSummary segment in result.Segments)
        {
            header.Add($"segment {segment.Name} indexes");
            header.Add($"segment {segment.Name} lateIndexes");
            header.Add($"segment {segment.Name} stoppedBusy");
            header.Add($"segment {segment.Name} stoppedFailure");
            header.Add($"segment {segment.Name} stoppedStarved");
            header.Add($"segment {segment.Name} stoppedBlocked");
        }

        for (int s = 0; s < result.Stations.Length; s++)
        {
            string name = result.Stations[s].Name;
            if (features.HasSetup[s])
            {
                header.Add($"{name} setup");
            }

            if (features.HasCalendar)
            {
                header.Add($"{name} offShift");
            }

            if (features.HasMaintenance[s])
            {
                header.Add($"{name} maintenance");
            }

            if (features.HasStops[s])
            {
                header.Add($"{name} stopped");
            }

            if (features.HasSeveralFailureProfiles[s])
            {
                header.AddRange(result.Stations[s].DownByFailure.Select(profile => $"{name} down {profile.Name}"));
            }
        }
    }

    private static void AddGraphCells(ReplicationResult replication, LineFeatures features, List<string> row)
    {
        row.Add(replication.Scrapped.ToString(CultureInfo.InvariantCulture));
        for (int s = 0; s < replication.Stations.Length; s++)
        {
            StationStatistics station = replication.Stations[s];
            row.Add(Number(station.Oee));
            if (features.QualityCheck[s])
            {
                row.Add(station.Scrapped.ToString(CultureInfo.InvariantCulture));
                row.Add(station.Reworked.ToString(CultureInfo.InvariantCulture));
            }

            if (features.RepairedByCrew[s])
            {
                row.Add(Number(station.WaitingForCrew));
            }
        }

        foreach (CarrierStatistics carriers in replication.Carriers)
        {
            row.Add(Number(carriers.Utilisation));
            row.Add(Number(carriers.AverageIdle));
            row.Add(Number(carriers.NoneIdleFraction));
            row.Add(Number(carriers.AverageReturning));
            row.Add(Number(carriers.WaitingForCarrierFraction));
            row.Add(Number(carriers.ReturnBlockedFraction));
        }

        foreach (CrewStatistics crew in replication.Crews)
        {
            row.Add(Number(crew.Utilisation));
            row.Add(Number(crew.AverageWaiting));
            row.Add(crew.Repairs.ToString(CultureInfo.InvariantCulture));
        }

        if (features.HasCalendar)
        {
            row.Add(Number(replication.WorkingTime));
            row.Add(Number(replication.ThroughputPerWorkingHour));
        }

        foreach (VariantOutput variant in replication.OutputByVariant)
        {
            row.Add(variant.Parts.ToString(CultureInfo.InvariantCulture));
        }

        foreach (SegmentStatistics segment in replication.Segments)
        {
            row.Add(segment.Indexes.ToString(CultureInfo.InvariantCulture));
            row.Add(segment.LateIndexes.ToString(CultureInfo.InvariantCulture));
            row.Add(Number(segment.StoppedBusy));
            row.Add(Number(segment.StoppedFailure));
            row.Add(Number(segment.StoppedStarved));
            row.Add(Number(segment.StoppedBlocked));
        }

        for (int s = 0; s < replication.Stations.Length; s++)
        {
            StationStatistics station = replication.Stations[s];
            if (features.HasSetup[s])
            {
                row.Add(Number(station.Setup));
            }

            if (features.HasCalendar)
            {
                row.Add(Number(station.OffShift));
            }

            if (features.HasMaintenance[s])
            {
                row.Add(Number(station.Maintenance));
            }

            if (features.HasStops[s])
            {
                row.Add(Number(station.Stopped));
            }

            if (features.HasSeveralFailureProfiles[s])
            {
                row.AddRange(station.DownByFailure.Select(profile => Number(profile.Fraction)));
            }
        }
    }

    private static string Number(double value) => Csv.Number(value);

    private static void WriteRow(TextWriter writer, List<string> cells) => writer.Write(Csv.Line(cells));
}
