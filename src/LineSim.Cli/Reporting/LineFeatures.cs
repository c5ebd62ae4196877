using LineSim.Model;

namespace LineSim.Cli.Reporting;

/// <summary>
/// What a line has beyond a plain serial line (robot cells, inputs, routing, quality checks, repair crews, carriers,
/// variants, setups, maintenance, paced segments, a shift calendar), which decides the reports' extra columns and
/// sections; a plain serial line's reports keep their layout.
/// </summary>
internal sealed class LineFeatures
{
    public LineFeatures(LineModel line)
    {
        int count = line.Stations.Length;
        QualityCheck = new bool[count];
        RepairedByCrew = new bool[count];
        HasSetup = new bool[count];
        HasMaintenance = new bool[count];
        HasStops = new bool[count];
        HasSeveralFailureProfiles = new bool[count];
        // As the model's own test of a serial line (LineTopology.IsSerial), and without crews.
        bool plain = line.Carriers.IsDefaultOrEmpty && line.Crews.IsDefaultOrEmpty && line.Segments.IsDefaultOrEmpty && line.Calendar is null && line.Variants is null;
        for (int s = 0; s < count; s++)
        {
            Station station = line.Stations[s];
            QualityCheck[s] = station.Quality is not null;
            RepairedByCrew[s] = station.FailureProfiles.Any(profile => profile.Crew is not null);
            HasSetup[s] = station.Setup is not null;
            HasMaintenance[s] = !station.Maintenance.IsDefaultOrEmpty;
            HasStops[s] = !station.Stops.IsDefaultOrEmpty;
            HasSeveralFailureProfiles[s] = station.FailureProfiles.Length > 1;
            AnyQualityCheck |= QualityCheck[s];
            AnyCell |= station.Servers > 1;
            plain &= station.TakesFromStationBefore && station.Servers == 1 && station.Routing is null && station.Quality is null && station.Failures?.Crew is null
                && station.Maintenance.IsDefaultOrEmpty && station.AdditionalFailures.IsDefaultOrEmpty && station.Stops.IsDefaultOrEmpty && station.Pull is null;
        }

        HasCrews = !line.Crews.IsDefaultOrEmpty;
        HasCalendar = line.Calendar is not null;
        IsPlainSerial = plain;
    }

    /// <summary>
    /// Whether the line is a plain serial line: single-server stations each taking from the one before, without routing,
    /// quality checks, repair crews, carriers, variants, paced segments, a calendar, maintenance, several failure
    /// profiles or count-based stops.
    /// </summary>
    public bool IsPlainSerial { get; }

    /// <summary>Per station, whether it has a quality check.</summary>
    public bool[] QualityCheck { get; }

    /// <summary>Per station, whether a repair crew repairs it.</summary>
    public bool[] RepairedByCrew { get; }

    /// <summary>Whether any station has a quality check.</summary>
    public bool AnyQualityCheck { get; }

    /// <summary>Whether any station is a cell of several servers.</summary>
    public bool AnyCell { get; }

    /// <summary>Whether the line has repair crews.</summary>
    public bool HasCrews { get; }

    /// <summary>Per station, whether it has a setup for changes of variant.</summary>
    public bool[] HasSetup { get; }

    /// <summary>Per station, whether it has planned maintenance windows.</summary>
    public bool[] HasMaintenance { get; }

    /// <summary>Per station, whether it stops after a count of parts.</summary>
    public bool[] HasStops { get; }

    /// <summary>Per station, whether it has several failure profiles.</summary>
    public bool[] HasSeveralFailureProfiles { get; }

    /// <summary>Whether the line works to a shift calendar.</summary>
    public bool HasCalendar { get; }
}
