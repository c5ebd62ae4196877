using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// A line's stations resolved into a graph: every input of every station becomes a link from a station or a supply,
/// with the stations downstream of each station in routing order. Built once, for validation and for the engines.
/// </summary>
internal sealed class LineTopology
{
    private LineTopology(Link[] links, int[][] inputsOf, int[][] outputsOf, int[][] reworkSources, bool isSerial)
    {
        Links = links;
        InputsOf = inputsOf;
        OutputsOf = outputsOf;
        ReworkSources = reworkSources;
        IsSerial = isSerial;
    }

    /// <summary>Every input of every station, in station order and then input order.</summary>
    public Link[] Links { get; }

    /// <summary>Per station, its input links in the order given.</summary>
    public int[][] InputsOf { get; }

    /// <summary>Per station, the links it feeds, in routing order (the routing's targets, or else station order); empty for an exit.</summary>
    public int[][] OutputsOf { get; }

    /// <summary>Per station, the stations that send failed parts to it for rework.</summary>
    public int[][] ReworkSources { get; }

    /// <summary>
    /// Whether the line is a plain serial line: every station a single server taking its parts from the station before,
    /// without routing, quality checks, carriers, repair crews, variants, paced segments, a calendar, maintenance,
    /// several failure profiles, count-based stops or a pulled exit.
    /// </summary>
    public bool IsSerial { get; }

    /// <summary>
    /// Resolves the graph of a model whose stations and inputs can be told apart (other values may be invalid; their
    /// problems are reported apart); adds every problem with the graph to <paramref name="problems"/>.
    /// </summary>
    /// <returns>The topology, or <see langword="null"/> when a station's input names no station.</returns>
    public static LineTopology? Resolve(LineModel model, List<string> problems)
    {
        var stations = model.Stations;
        int count = stations.Length;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < count; s++)
        {
            index.TryAdd(stations[s].Name, s);
        }

        var links = new List<Link>();
        var inputsOf = new int[count][];
        bool resolved = true;
        bool isSerial = model.Carriers.IsDefaultOrEmpty && model.Segments.IsDefaultOrEmpty && model.Calendar is null && model.Variants is null;
        var capacities = ImplicitCapacities(model, index);
        for (int s = 0; s < count; s++)
        {
            Station station = stations[s];
            string at = StationPath(s, station);
            isSerial &= station.TakesFromStationBefore && station.Servers == 1 && station.Routing is null && station.Quality is null
                && station.Failures?.Crew is null && station.Maintenance.IsDefaultOrEmpty
                && station.AdditionalFailures.IsDefaultOrEmpty && station.Stops.IsDefaultOrEmpty && station.Pull is null;
            if (station.TakesFromStationBefore)
            {
                if (s == 0)
                {
                    int capacity = model.Source.IsUnlimited ? 0 : model.Source.InputCapacity ?? int.MaxValue;
                    isSerial &= model.Source.Schedule is null;
                    links.Add(new Link(links.Count, -1, 0, capacity, 1, null, model.Source, "Source"));
                }
                else
                {
                    links.Add(new Link(links.Count, s - 1, s, capacities[s - 1], 1, null, null, $"Buffers (after '{stations[s - 1].Name}')"));
                }

                inputsOf[s] = [links.Count - 1];
                continue;
            }

            inputsOf[s] = new int[station.Inputs.Length];
            for (int k = 0; k < station.Inputs.Length; k++)
            {
                StationInput input = station.Inputs[k];
                string inputAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Inputs[{k}]");
                int from = -1;
                if (input.From is { } name)
                {
                    if (!index.TryGetValue(name, out from))
                    {
                        problems.Add($"{inputAt}.From: no station is named '{name}'.");
                        resolved = false;
                    }
                    else if (from == s)
                    {
                        problems.Add($"{inputAt}.From: the station cannot take parts from itself; send failed parts back to it as rework instead.");
                        resolved = false;
                    }
                }

                int capacity = input.Supply is { } supply ? (supply.IsUnlimited ? 0 : supply.InputCapacity ?? int.MaxValue)
                    : input.Conveyor?.Capacity ?? input.Buffer;
                inputsOf[s][k] = links.Count;
                links.Add(new Link(links.Count, from, s, capacity, input.Quantity, input.Conveyor, input.Supply, inputAt));
            }
        }

        if (!stations[0].TakesFromStationBefore && !model.Source.IsUnlimited)
        {
            problems.Add($"Source: the first station '{stations[0].Name}' takes its parts from its Inputs, so the line's arrival source would feed no station; give the arrivals as a supply input (StationInput.FromSupply).");
        }

        if (!resolved)
        {
            return null;
        }

        Link[] all = [.. links];
        int[][] outputsOf = OutputsInRoutingOrder(model, all, problems);
        int[][] reworkSources = ReworkSourcesOf(model, index);
        var topology = new LineTopology(all, inputsOf, outputsOf, reworkSources, isSerial);
        topology.CheckFlow(model, problems);
        return topology;
    }

    /// <summary>The path of station <paramref name="s"/> in problem messages.</summary>
    public static string StationPath(int s, Station station) => string.Create(CultureInfo.InvariantCulture, $"Stations[{s}] '{station.Name}'");

    /// <summary>The stations reachable downstream of <paramref name="from"/> through inputs (not rework), itself included.</summary>
    public bool[] Downstream(int from)
    {
        var seen = new bool[InputsOf.Length];
        var stack = new Stack<int>();
        stack.Push(from);
        seen[from] = true;
        while (stack.Count > 0)
        {
            foreach (int link in OutputsOf[stack.Pop()])
            {
                int to = Links[link].To;
                if (!seen[to])
                {
                    seen[to] = true;
                    stack.Push(to);
                }
            }
        }

        return seen;
    }

    /// <summary>Capacities of the implicit buffers after each station, from <see cref="LineModel.Buffers"/>; 0 where none is given.</summary>
    private static int[] ImplicitCapacities(LineModel model, Dictionary<string, int> index)
    {
        var capacities = new int[model.Stations.Length];
        if (!model.Buffers.IsDefault)
        {
            foreach (LineBuffer buffer in model.Buffers)
            {
                if (index.TryGetValue(buffer.After, out int s))
                {
                    capacities[s] = buffer.Capacity;
                }
            }
        }

        return capacities;
    }

    private static int[][] OutputsInRoutingOrder(LineModel model, Link[] links, List<string> problems)
    {
        int count = model.Stations.Length;
        var outputs = new List<int>[count];
        for (int s = 0; s < count; s++)
        {
            outputs[s] = [];
        }

        foreach (Link link in links)
        {
            if (link.From >= 0)
            {
                outputs[link.From].Add(link.Index);
            }
        }

        var result = new int[count][];
        for (int s = 0; s < count; s++)
        {
            Station station = model.Stations[s];
            string at = StationPath(s, station);
            List<int> feeds = outputs[s];
            if (feeds.Count > 1 && station.Routing is null)
            {
                string names = string.Join(", ", feeds.Select(l => $"'{model.Stations[links[l].To].Name}'"));
                problems.Add($"{at}.Routing: the station feeds {feeds.Count} stations ({names}); give it a routing that says how it chooses among them (by probability, round robin or first with space).");
            }

            if (station.Routing is { Targets.IsDefault: false } routing)
            {
                var ordered = new List<int>(feeds.Count);
                for (int t = 0; t < routing.Targets.Length; t++)
                {
                    RouteTarget target = routing.Targets[t];
                    string targetAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Routing.Targets[{t}]");
                    int link = target is null ? -1 : feeds.FindIndex(l => model.Stations[links[l].To].Name == target.Station);
                    if (target is null)
                    {
                        problems.Add($"{targetAt}: must not be null.");
                    }
                    else if (model.IndexOf(target.Station) < 0)
                    {
                        problems.Add($"{targetAt}.Station: no station is named '{target.Station}'.");
                    }
                    else if (link < 0)
                    {
                        problems.Add($"{targetAt}.Station: '{target.Station}' does not take parts from '{station.Name}'; a target must name it among its inputs.");
                    }
                    else if (ordered.Contains(feeds[link]))
                    {
                        problems.Add($"{targetAt}.Station: '{target.Station}' is already a target.");
                    }
                    else
                    {
                        ordered.Add(feeds[link]);
                    }
                }

                foreach (int link in feeds)
                {
                    if (!ordered.Contains(link))
                    {
                        problems.Add($"{at}.Routing.Targets: '{model.Stations[links[link].To].Name}' takes parts from '{station.Name}' but is not among the targets.");
                    }
                }

                // Feeds left out of the targets (reported above) stay in the graph, so that they cause no false cycle or
                // unreachable station.
                result[s] = [.. ordered, .. feeds.Where(link => !ordered.Contains(link))];
            }
            else
            {
                result[s] = [.. feeds];
            }
        }

        return result;
    }

    private static int[][] ReworkSourcesOf(LineModel model, Dictionary<string, int> index)
    {
        var sources = new List<int>[model.Stations.Length];
        for (int s = 0; s < sources.Length; s++)
        {
            sources[s] = [];
        }

        for (int s = 0; s < model.Stations.Length; s++)
        {
            if (model.Stations[s].Quality is { Rework.IsDefault: false } quality)
            {
                foreach (ReworkRoute route in quality.Rework)
                {
                    if (route is not null && index.TryGetValue(route.Station, out int to) && !sources[to].Contains(s))
                    {
                        sources[to].Add(s);
                    }
                }
            }
        }

        return [.. sources.Select(list => list.ToArray())];
    }

    /// <summary>Finds cycles of inputs, stations no part can reach, and supplies that could push parts out without end at one instant.</summary>
    private void CheckFlow(LineModel model, List<string> problems)
    {
        int count = model.Stations.Length;

        // Kahn's algorithm over the input links: what is left over lies on a cycle.
        var pending = new int[count];
        foreach (Link link in Links)
        {
            if (link.From >= 0)
            {
                pending[link.To]++;
            }
        }

        var ready = new Queue<int>(Enumerable.Range(0, count).Where(s => pending[s] == 0));
        int ordered = 0;
        while (ready.Count > 0)
        {
            int s = ready.Dequeue();
            ordered++;
            foreach (int link in OutputsOf[s])
            {
                if (--pending[Links[link].To] == 0)
                {
                    ready.Enqueue(Links[link].To);
                }
            }
        }

        if (ordered < count)
        {
            string names = string.Join(", ", Enumerable.Range(0, count).Where(s => pending[s] > 0).Select(s => $"'{model.Stations[s].Name}'"));
            problems.Add($"Stations: the inputs of {names} form a cycle; parts can only go back upstream as rework, sent by a quality check.");
            return;
        }

        // Reachability from the supplies, through inputs and rework.
        var reached = new bool[count];
        var stack = new Stack<int>();
        foreach (Link link in Links)
        {
            if (link.Supply is not null && !reached[link.To])
            {
                reached[link.To] = true;
                stack.Push(link.To);
            }
        }

        while (stack.Count > 0)
        {
            int s = stack.Pop();
            IEnumerable<int> next = OutputsOf[s].Select(l => Links[l].To);
            if (model.Stations[s].Quality is { Rework.IsDefault: false } quality)
            {
                next = next.Concat(quality.Rework.Where(r => r is not null).Select(r => model.IndexOf(r.Station)).Where(t => t >= 0));
            }

            foreach (int t in next)
            {
                if (!reached[t])
                {
                    reached[t] = true;
                    stack.Push(t);
                }
            }
        }

        for (int s = 0; s < count; s++)
        {
            if (!reached[s])
            {
                problems.Add($"{StationPath(s, model.Stations[s])}: no part can reach this station; give it inputs that start at a supply, or send rework to it.");
            }
        }

        // An unlimited supply must meet a station that takes time on every way out, or it would push parts out
        // without end at one instant. zeroPath[s]: some way from s out of the line takes no time.
        if (!model.Stations.Any(station => station.ProcessingTime is { Mean: > 0 }))
        {
            return; // LineModel.Validate reports a line where nothing takes time.
        }

        var zeroPath = new bool[count];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int s = 0; s < count; s++)
            {
                bool zero = model.Stations[s].ProcessingTime is not { Mean: > 0 }
                    && (OutputsOf[s].Length == 0 || OutputsOf[s].Any(l => zeroPath[Links[l].To] && Links[l].Conveyor is not { TravelTime: > 0 }));
                if (zero && !zeroPath[s])
                {
                    zeroPath[s] = true;
                    changed = true;
                }
            }
        }

        foreach (Link link in Links)
        {
            if (link.Supply is { IsUnlimited: true } && zeroPath[link.To])
            {
                problems.Add($"{StationPath(link.To, model.Stations[link.To])}: fed by an unlimited supply, it leads to the end of the line through stations that all take no time, so parts would leave without end at one instant; give one of them a processing time.");
            }
        }
    }

    /// <summary>One input of a station.</summary>
    /// <param name="Index">The link's index in <see cref="Links"/>.</param>
    /// <param name="From">The upstream station; -1 when <paramref name="Supply"/> feeds the link.</param>
    /// <param name="To">The station the link feeds.</param>
    /// <param name="Capacity">Parts that may wait in it (not counting the station's machines); a conveyor's capacity.</param>
    /// <param name="Quantity">Parts an assembly takes from it per part made.</param>
    /// <param name="Conveyor">The conveyor, or <see langword="null"/> for a buffer.</param>
    /// <param name="Supply">The supply feeding the link, or <see langword="null"/> for a link from a station.</param>
    /// <param name="Path">Where the link is declared, for messages.</param>
    internal sealed record Link(int Index, int From, int To, int Capacity, int Quantity, Conveyor? Conveyor, Source? Supply, string Path);
}
