using System.Collections.Immutable;
using LineSim.Model;
using LineSim.RandomNumbers;

namespace LineSim.Execution.Compiled;

/// <summary>
/// What the event engine needs of a plant, resolved once from the model and shared read-only by every replication and
/// thread: per station, server, link, crew, carrier loop, paced segment and maintenance window, the indices, rules,
/// probabilities and random stream ids the run looks up, and the features the plant uses. A replication adds only its
/// mutable state and its random streams.
/// </summary>
internal sealed partial class CompiledPlant
{

    public CompiledPlant(CompiledLine line)
    {
        LineModel model = line.Model;
        LineTopology topology = line.Topology;
        LineTopology.Link[] links = topology.Links;
        int stations = line.StationCount;

        var crewIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < model.Crews.Length; c++)
        {
            crewIndex[model.Crews[c].Name] = c;
        }

        CrewSizes = [.. model.Crews.Select(crew => crew.Size)];
        Stations = new StationPlan[stations];
        int servers = 0;
        for (int s = 0; s < stations; s++)
        {
            Station station = model.Stations[s];
            int[] outputs = topology.OutputsOf[s];
            var plan = new StationPlan
            {
                FirstServer = servers,
                Servers = station.Servers,
                Input = topology.InputsOf[s].Length == 1 ? topology.InputsOf[s][0] : -1,
                Output = outputs.Length == 1 ? outputs[0] : -1,
                Assembly = station.Merge == MergeRule.Assembly,
                Rule = station.Routing?.Rule ?? RoutingRule.RoundRobin,
                Crew = station.Failures?.Crew is { } crew ? crewIndex[crew] : -1,
                Yield = station.Quality?.FirstPassYield ?? 1,
                DrawsOtherDistributions = !station.ProcessingTimeByVariant.IsEmpty,
                QualityStream = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Quality),
                RoutingStream = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Routing),
                SetupStream = RandomStreams.StreamId(station.Name, RandomStreams.Purpose.Setup),
            };
            if (station.Quality is { } quality)
            {
                plan.ReworkTargets = [.. quality.Rework.Select(route => model.IndexOf(route.Station))];
                double sum = 0;
                plan.ReworkCumulative = [.. quality.Rework.Select(route => sum += route.Probability)];
            }

            if (station.Routing is { Rule: RoutingRule.Probability } routing)
            {
                var cumulative = new double[outputs.Length];
                double sum = 0;
                for (int t = 0; t < cumulative.Length; t++)
                {
                    string to = model.Stations[links[outputs[t]].To].Name;
                    sum += routing.Targets.First(target => target.Station == to).Probability;
                    cumulative[t] = sum;
                }

                plan.RoutingCumulative = cumulative;
            }

            Stations[s] = plan;
            servers += station.Servers;
        }

        ServerCount = servers;
        CompileStoppages(line, crewIndex, out int timersPerServer);
        TimersPerServer = timersPerServer;

        ArrivalStreams = new ulong[links.Length];
        SupplySchedules = new ScheduleTimes?[links.Length];
        for (int l = 0; l < links.Length; l++)
        {
            if (links[l].Supply?.Schedule is { } schedule)
            {
                SupplySchedules[l] = ScheduleTimes.Of(schedule);
            }
            else if (links[l].Supply is { IsUnlimited: false })
            {
                ArrivalStreams[l] = l == line.InputBufferLink
                    ? line.ArrivalStream
                    : RandomStreams.StreamId(links[l].Path + " " + model.Stations[links[l].To].Name, RandomStreams.Purpose.Arrival);
            }
        }

        Loops = new LoopPlan[model.Carriers.Length];
        for (int c = 0; c < Loops.Length; c++)
        {
            CarrierLoop loop = model.Carriers[c];
            int board = model.IndexOf(loop.From);
            Loops[c] = new LoopPlan(loop.Count, board, model.IndexOf(loop.To), loop.Return?.TravelTime ?? loop.ReturnTime, StationsReaching(topology, stations, board))
            {
                ReturnCapacity = loop.Return?.Capacity ?? int.MaxValue,
                Storage = loop.Storage ?? int.MaxValue,
            };
            HasFiniteReturns |= loop.Return is not null;
            Stations[board].BoardsLoop = c;
        }

        CompileVariants(model, topology);

        ImmutableArray<PacedSegment> segments = model.Segments.IsDefault ? [] : model.Segments;
        Segments = new SegmentPlan[segments.Length];
        for (int g = 0; g < Segments.Length; g++)
        {
            var segment = new SegmentPlan(model.IndexOf(segments[g].First), model.IndexOf(segments[g].Last), segments[g].TaktTime);
            Segments[g] = segment;
            for (int s = segment.First; s <= segment.Last; s++)
            {
                Stations[s].Segment = g;
            }
        }

        var windows = new List<MaintenancePlan>();
        for (int s = 0; s < stations; s++)
        {
            foreach (MaintenanceWindow window in model.Stations[s].Maintenance.IsDefault ? [] : model.Stations[s].Maintenance)
            {
                windows.Add(new MaintenancePlan(s, window.First, window.Every, window.Duration));
            }
        }

        Maintenance = [.. windows];
        FailuresInCalendarTime = model.Calendar is { FailuresInWorkingTimeOnly: false };

        LinkTimers = servers * timersPerServer;
        LoopTimers = LinkTimers + links.Length;
        SegmentTimers = LoopTimers + Loops.Length;
        MaintenanceTimers = SegmentTimers + Segments.Length;
        PullTimers = MaintenanceTimers + Maintenance.Length;
        WarmupTimer = PullTimers + Pulls.Length;

        bool cells = false;
        for (int s = 0; s < stations; s++)
        {
            cells |= line.Servers[s] > 1 || topology.InputsOf[s].Length > 1 || topology.OutputsOf[s].Length > 1;
        }

        HasCells = cells;
        HasConveyors = Array.Exists(links, link => link.Conveyor is not null);
        HasQuality = model.Stations.Any(station => station.Quality is not null || station.Inputs is { IsDefault: false, IsEmpty: true });
        HasCarriers = Loops.Length > 0;
        HasPlanning = model.Variants is not null || Segments.Length > 0 || Maintenance.Length > 0 || HasStops || Pulls.Length > 0;
        HasFailures = Array.Exists(line.Failures, failures => failures is not null);
    }

    /// <summary>Per station.</summary>
    public StationPlan[] Stations { get; }

    public int ServerCount { get; }

    /// <summary>Per link fed by a supply of arrivals, its arrival stream's id (0 for other links).</summary>
    public ulong[] ArrivalStreams { get; }

    /// <summary>Per link, the delivery times of its scheduled supply; <see langword="null"/> for other links.</summary>
    public ScheduleTimes?[] SupplySchedules { get; }

    /// <summary>Per link fed by a supply, how many of its parts go into one assembled part: each set of them gets one variant.</summary>
    public int[] PartsPerSet { get; private set; } = [];

    /// <summary>Per repair crew, its technicians.</summary>
    public int[] CrewSizes { get; }

    public LoopPlan[] Loops { get; }

    public SegmentPlan[] Segments { get; }

    public MaintenancePlan[] Maintenance { get; }

    /// <summary>The variants' names, and the sequence (indices) or the cumulative shares they are drawn with; empty without variants.</summary>
    public string[] VariantNames { get; private set; } = [];

    public int[] VariantSequence { get; private set; } = [];

    public double[] VariantCumulative { get; private set; } = [];

    public ulong VariantStream { get; } = RandomStreams.StreamId("variants", RandomStreams.Purpose.Variant);

    /// <summary>Whether time-dependent failures count calendar time rather than working time.</summary>
    public bool FailuresInCalendarTime { get; }

    // The timers: each server's (TimersPerServer), then one per link, carrier loop, segment and maintenance window, then the warm-up's.
    public int LinkTimers { get; }

    public int LoopTimers { get; }

    public int SegmentTimers { get; }

    public int MaintenanceTimers { get; }

    public int PullTimers { get; }

    public int WarmupTimer { get; }

    // The features the plant uses (see Event.IPlantFeatures).
    public bool HasCells { get; }

    public bool HasConveyors { get; }

    public bool HasQuality { get; }

    public bool HasCarriers { get; }

    /// <summary>Whether a carrier loop's return holds a limited number of carriers (<see cref="CarrierLoop.Return"/>), so that releasing a carrier can block.</summary>
    public bool HasFiniteReturns { get; }

    public bool HasPlanning { get; }

    public bool HasFailures { get; }

    /// <summary>The stations from which parts reach station <paramref name="s"/> through inputs (not rework), <paramref name="s"/> included.</summary>
    private static bool[] StationsReaching(LineTopology topology, int stations, int s)
    {
        var reaches = new bool[stations];
        var stack = new Stack<int>();
        reaches[s] = true;
        stack.Push(s);
        while (stack.Count > 0)
        {
            foreach (int l in topology.InputsOf[stack.Pop()])
            {
                int from = topology.Links[l].From;
                if (from >= 0 && !reaches[from])
                {
                    reaches[from] = true;
                    stack.Push(from);
                }
            }
        }

        return reaches;
    }

    /// <summary>The mix, each station's processing times, setups and routing by variant, and each supply's parts per set.</summary>
    private void CompileVariants(LineModel model, LineTopology topology)
    {
        PartsPerSet = new int[topology.Links.Length];
        for (int l = 0; l < PartsPerSet.Length; l++)
        {
            PartsPerSet[l] = topology.Links[l].Supply is null ? 1 : SetSize(topology, l);
        }

        if (model.Variants is not { } mix)
        {
            return;
        }

        string[] names = VariantNames = [.. mix.Variants];
        if (!mix.Sequence.IsDefaultOrEmpty)
        {
            VariantSequence = [.. mix.Sequence.Select(v => Array.IndexOf(names, v))];
        }
        else
        {
            double sum = 0;
            VariantCumulative = [.. mix.Shares.Select(share => sum += share.Share)];
        }

        int count = names.Length;
        for (int s = 0; s < Stations.Length; s++)
        {
            Station station = model.Stations[s];
            if (!station.ProcessingTimeByVariant.IsEmpty)
            {
                Stations[s].VariantProcessing = [.. names.Select(v => station.ProcessingTimeByVariant.GetValueOrDefault(v))];
            }

            if (station.Setup is { } setup)
            {
                var times = new Distribution?[count * count];
                for (int from = 0; from < count; from++)
                {
                    for (int to = 0; to < count; to++)
                    {
                        ChangeoverTime? entry = setup.Matrix.IsDefault ? null : setup.Matrix.FirstOrDefault(e => e.From == names[from] && e.To == names[to]);
                        times[(from * count) + to] = from == to ? null : entry?.Time ?? setup.Time;
                    }
                }

                Stations[s].SetupTimes = times;
            }

            if (station.Routing is { Rule: RoutingRule.ByVariant } routing)
            {
                var targets = new int[count];
                int[] outputs = topology.OutputsOf[s];
                for (int v = 0; v < count; v++)
                {
                    int t = routing.Targets.IndexOf(routing.Targets.FirstOrDefault(r => !r.Variants.IsDefault && r.Variants.Contains(names[v]))
                        ?? routing.Targets.First(r => r.Variants.IsDefaultOrEmpty));
                    targets[v] = outputs[t];
                }

                Stations[s].VariantTargets = targets;
            }
        }
    }

    /// <summary>
    /// How many parts of the supply of link <paramref name="l"/> go into one part of the first assembly they reach: the
    /// quantity of the assembly's input they reach it by, followed through stations with a single output; 1 when they
    /// reach none (or the path splits).
    /// </summary>
    private int SetSize(LineTopology topology, int l)
    {
        for (int steps = 0; steps <= Stations.Length; steps++)
        {
            int s = topology.Links[l].To;
            if (Stations[s].Assembly && topology.InputsOf[s].Length > 1)
            {
                return topology.Links[l].Quantity;
            }

            if (topology.OutputsOf[s].Length != 1)
            {
                return 1;
            }

            l = topology.OutputsOf[s][0];
        }

        return 1;
    }

    /// <summary>What the event engine looks up about one station.</summary>
    internal struct StationPlan
    {
        public int FirstServer;
        public int Servers;

        /// <summary>The station's only input link, or -1 (none, or several); its only output link likewise (-1: an exit or several).</summary>
        public int Input;
        public int Output;

        /// <summary>Whether it takes one part (or the input's quantity) from each input, rather than the first available.</summary>
        public bool Assembly;
        public RoutingRule Rule;

        /// <summary>The crew that repairs it, the carrier loop it boards and the paced segment it is in; -1 for none.</summary>
        public int Crew;
        public int BoardsLoop = -1;
        public int Segment = -1;

        /// <summary>The pull (a schedule of the downstream's takes) of an exit; -1 for none.</summary>
        public int Pull = -1;

        public double Yield;
        public int[] ReworkTargets = [];
        public double[] ReworkCumulative = [];
        public double[]? RoutingCumulative;
        public bool DrawsOtherDistributions;

        /// <summary>By variant, the processing time (null: the station's own), the setup from one to another (from x count + to), the output link.</summary>
        public Distribution?[]? VariantProcessing;
        public Distribution?[]? SetupTimes;
        public int[]? VariantTargets;

        public ulong QualityStream;
        public ulong RoutingStream;
        public ulong SetupStream;

        public StationPlan()
        {
        }
    }

    /// <summary>A carrier loop: its carriers, boarding and release stations, the time back, and the stations from which parts reach the boarding one.</summary>
    internal sealed record LoopPlan(int Count, int Board, int Release, double ReturnTime, bool[] ReachesBoard)
    {
        /// <summary>The carriers the return holds at once; <see cref="int.MaxValue"/>: unlimited.</summary>
        public int ReturnCapacity { get; init; } = int.MaxValue;

        /// <summary>The empty carriers stored at the boarding station; <see cref="int.MaxValue"/>: unlimited.</summary>
        public int Storage { get; init; } = int.MaxValue;

        /// <summary>Whether the return can be full.</summary>
        public bool Finite => ReturnCapacity < int.MaxValue;
    }

    /// <summary>A paced segment: its first and last stations and its takt.</summary>
    internal readonly record struct SegmentPlan(int First, int Last, double TaktTime);

    /// <summary>A station's recurring maintenance window, in calendar time: occurrences from First every Every seconds, each Duration long.</summary>
    internal readonly record struct MaintenancePlan(int Station, double First, double Every, double Duration);
}
