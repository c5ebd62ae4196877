using System.Globalization;
using LineSim.Model;
using LineSim.RandomNumbers;

namespace LineSim.Execution.Compiled;

// What stops a machine: its failure profiles and its stops after a count of parts.
internal sealed partial class CompiledPlant
{
    /// <summary>
    /// Timers per server: end of processing (or setup, or an operation-dependent failure); then per failure profile a
    /// time-dependent failure and the end of a repair; then, in plants with count-based stops, the end of a stop.
    /// </summary>
    public int TimersPerServer { get; }

    /// <summary>The most failure profiles of any station (1 when none has several): the failure units per server.</summary>
    public int Profiles { get; private set; }

    /// <summary>Per station, its failure profiles (empty for a station that never fails) and the crew of each (-1: none).</summary>
    public FailureModel[][] FailureProfiles { get; private set; } = [];

    public int[][] ProfileCrews { get; private set; } = [];

    /// <summary>Per failure unit (server x <see cref="Profiles"/> + profile), the ids of its failure and repair streams.</summary>
    public ulong[] UnitFailureStreams { get; private set; } = [];

    public ulong[] UnitRepairStreams { get; private set; } = [];

    /// <summary>Per station, its stops after a count of parts (empty for none).</summary>
    public StopPlan[][] Stops { get; private set; } = [];

    /// <summary>Per server, the id of the stream its stops' durations are drawn from.</summary>
    public ulong[] ServerStopStreams { get; private set; } = [];

    public bool HasStops { get; private set; }

    /// <summary>The exits pulled by their downstream on a schedule, one timer each.</summary>
    public PullPlan[] Pulls { get; private set; } = [];

    /// <summary>The index of the end-of-stop timer among a server's timers.</summary>
    public int StopTimer => 1 + (2 * Profiles);

    private void CompileStoppages(CompiledLine line, Dictionary<string, int> crewIndex, out int timersPerServer)
    {
        LineModel model = line.Model;
        int stations = line.StationCount;
        FailureProfiles = new FailureModel[stations][];
        ProfileCrews = new int[stations][];
        Stops = new StopPlan[stations][];
        int profiles = 1;
        for (int s = 0; s < stations; s++)
        {
            Station station = model.Stations[s];
            FailureProfiles[s] = [.. station.FailureProfiles];
            ProfileCrews[s] = [.. FailureProfiles[s].Select(f => f.Crew is { } crew ? crewIndex[crew] : -1)];
            profiles = Math.Max(profiles, FailureProfiles[s].Length);
            Stops[s] = station.Stops.IsDefaultOrEmpty
                ? []
                : [.. station.Stops.Select(stop => new StopPlan(stop.Every, stop.Duration, stop.Variant is { } v ? model.Variants!.Variants.IndexOf(v) : -1))];
            HasStops |= Stops[s].Length > 0;
        }

        var pulls = new List<PullPlan>();
        for (int s = 0; s < stations; s++)
        {
            if (model.Stations[s].Pull is { } pull)
            {
                Stations[s].Pull = pulls.Count;
                pulls.Add(new PullPlan(s, ScheduleTimes.Of(pull)));
            }
        }

        Pulls = [.. pulls];
        Profiles = profiles;
        UnitFailureStreams = new ulong[ServerCount * profiles];
        UnitRepairStreams = new ulong[ServerCount * profiles];
        ServerStopStreams = new ulong[ServerCount];
        for (int s = 0; s < stations; s++)
        {
            for (int k = 0; k < Stations[s].Servers; k++)
            {
                int m = Stations[s].FirstServer + k;
                ServerStopStreams[m] = line.ServerStream(s, k, RandomStreams.Purpose.Stop);
                for (int p = 0; p < FailureProfiles[s].Length; p++)
                {
                    int u = (m * profiles) + p;
                    if (p == 0)
                    {
                        // The first profile keeps the streams a station with one profile always had.
                        UnitFailureStreams[u] = line.ServerStream(s, k, RandomStreams.Purpose.Failure);
                        UnitRepairStreams[u] = line.ServerStream(s, k, RandomStreams.Purpose.Repair);
                    }
                    else
                    {
                        string name = string.Create(CultureInfo.InvariantCulture, $"{line.Names[s]}#{k + 1}/{FailureProfiles[s][p].Name}");
                        UnitFailureStreams[u] = RandomStreams.StreamId(name, RandomStreams.Purpose.Failure);
                        UnitRepairStreams[u] = RandomStreams.StreamId(name, RandomStreams.Purpose.Repair);
                    }
                }
            }
        }

        timersPerServer = 1 + (2 * profiles) + (HasStops ? 1 : 0);
    }

    /// <summary>An exit's pulls, at the times of <paramref name="Schedule"/>.</summary>
    internal sealed record PullPlan(int Station, ScheduleTimes Schedule);

    /// <summary>A stop after every <paramref name="Every"/> parts (of variant <paramref name="Variant"/>; -1: of any), lasting <paramref name="Duration"/>.</summary>
    internal readonly record struct StopPlan(int Every, Distribution Duration, int Variant);
}
