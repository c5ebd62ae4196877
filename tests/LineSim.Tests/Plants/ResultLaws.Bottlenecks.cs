using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Plants;

// The laws of the active period method and the losses: shares are fractions, each working second goes to one
// bottleneck or to none, the losses sum to the gap from the takt, and the bookkeeping changes nothing else.
internal static partial class ResultLaws
{
    private static void HoldForBottlenecks(LineModel model, SimulationOptions options, ReplicationResult r)
    {
        if (!options.AnalyseBottlenecks)
        {
            Assert.True(r.Bottlenecks.IsEmpty && r.Losses.IsEmpty && r.Oee is null, "bottleneck figures without asking");
            return;
        }

        Assert.Equal(model.Stations.Length, r.Bottlenecks.Length);
        double sole = 0;
        double accounted = 0;
        foreach (StationBottleneck b in r.Bottlenecks)
        {
            string what = $"replication {r.Index}, {b.Station}";
            Fraction(b.Sole, $"{what} sole");
            Fraction(b.Shifting, $"{what} shifting");
            Fraction(b.Sole + b.Shifting, $"{what} sole + shifting");
            Fraction(b.BottleneckWorking, $"{what} working as the bottleneck");
            foreach (CauseShare share in b.Time)
            {
                Fraction(share.Fraction, $"{what} {share.Cause}");
            }

            // Sole time lies in the station's episodes as the bottleneck, which are its time as the momentary bottleneck.
            Assert.True(b.Sole <= b.BottleneckWorking + b.Time.Where(t => t.Cause is LossCause.Failure or LossCause.WaitingForCrew or LossCause.Setup or LossCause.Maintenance).Sum(t => t.Fraction) + Rounding,
                $"{what}: sole {b.Sole} beyond its time as the momentary bottleneck");
            sole += b.Sole;
            accounted += b.BottleneckWorking + b.Time.Sum(t => t.Fraction);
        }

        Fraction(sole, $"replication {r.Index}: sole shares together");
        if (r.WorkingTime > 0)
        {
            Close(1, accounted, $"replication {r.Index}: working time on the momentary bottleneck or none");
        }

        if (r.ObservedTime > 0)
        {
            Close((3_600 / model.TaktTime) - r.ThroughputPerHour, r.Losses.Sum(l => l.ThroughputPerHour), $"replication {r.Index}: losses against the gap from the takt");
            Assert.All(r.Losses, l => Assert.True(l.Cause == LossCause.CycleOverTakt || l.ThroughputPerHour >= 0, $"replication {r.Index}: {l}"));
            Assert.NotNull(r.Oee);
            Fraction(r.Oee.Quality, $"replication {r.Index}: line quality");
            if (r.Oee.Availability is double availability && !double.IsNaN(availability))
            {
                Fraction(availability, $"replication {r.Index}: line availability");
                double planned = (3_600 / model.TaktTime) - r.Losses.Where(l => l.Cause is LossCause.OffShift or LossCause.Maintenance).Sum(l => l.ThroughputPerHour);
                Close(r.ThroughputPerHour / planned, r.Oee.Oee, $"replication {r.Index}: line OEE");
            }
        }
    }

    /// <summary>Finding the bottleneck changes no other figure: replication 0 on the plant engine with and without it, field by field.</summary>
    public static void AnalysisChangesNothingElse(LineModel model, SimulationOptions options)
    {
        SimulationOptions plain = options with { AnalyseBottlenecks = false, Engine = EngineSelection.Event };
        Simulation without = Simulation.Create(model, plain);
        without.ForceNetworkRun = true;
        ReplicationResult expected = without.RunReplication(0);
        ReplicationResult actual = Simulation.Create(model, plain with { AnalyseBottlenecks = true }).RunReplication(0);
        Assert.False(actual.Bottlenecks.IsEmpty);
        Assert.Equal(ResultFingerprint.Of(expected), ResultFingerprint.Of(actual with { Bottlenecks = [], Losses = [], Oee = null }));
    }
}
