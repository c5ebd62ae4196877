using System.Collections.Immutable;
using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// An immutable description of a production line: its stations, the buffers between them, the source that feeds the
/// first station and the takt time the line is paced against.
/// </summary>
/// <remarks>
/// <para>
/// A serial line lists its stations in flow order and needs nothing more. A plant that is not one straight line gives
/// stations <see cref="Station.Inputs"/> (feeder lines, assembly, conveyors), <see cref="Station.Routing"/> (splits),
/// <see cref="Station.Quality"/> (scrap and rework) and <see cref="Station.Servers"/> (robot cells), and the line
/// <see cref="Carriers"/> and repair <see cref="Crews"/>.
/// </para>
/// <para>
/// Parts leave a station that feeds no other into an unlimited sink, which never blocks it. All times are in seconds.
/// </para>
/// <see cref="Validate"/> lists every problem at once; <see cref="Simulation.Create"/> refuses a model with any.
/// </remarks>
public sealed record LineModel
{
    /// <summary>A name for reports.</summary>
    /// <value>Defaults to <c>"Line"</c>.</value>
    public string Name { get; init; } = "Line";

    /// <summary>The stations in flow order; at least one.</summary>
    public required ImmutableArray<Station> Stations { get; init; }

    /// <summary>The buffers between consecutive stations; a pair without one has a buffer of capacity 0.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<LineBuffer> Buffers { get; init; } = [];

    /// <summary>Where parts come from.</summary>
    /// <value>Defaults to <see cref="Source.Unlimited"/>.</value>
    public Source Source { get; init; } = Source.Unlimited;

    /// <summary>The takt time the line is paced against, in seconds (e.g. 55); greater than zero.</summary>
    public required double TaktTime { get; init; }

    /// <summary>When stations are blocked by a full downstream buffer.</summary>
    /// <value>Defaults to <see cref="BlockingPolicy.AfterService"/>.</value>
    public BlockingPolicy Blocking { get; init; } = BlockingPolicy.AfterService;

    /// <summary>Closed loops of carriers (skids, pallets) that parts ride on.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<CarrierLoop> Carriers { get; init; } = [];

    /// <summary>The product variants and the order parts get them in; <see langword="null"/> for a single product.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public ProductMix? Variants { get; init; }

    /// <summary>Paced segments: groups of consecutive stations that index together at their takt.</summary>
    /// <value>Defaults to none: every station passes its part on as soon as it can.</value>
    public ImmutableArray<PacedSegment> Segments { get; init; } = [];

    /// <summary>When the plant works; <see langword="null"/> for around the clock.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public ShiftCalendar? Calendar { get; init; }

    /// <summary>Crews of technicians that repair the stations whose failures name them.</summary>
    /// <value>Defaults to none: every station has a technician at hand.</value>
    public ImmutableArray<RepairCrew> Crews { get; init; } = [];

    /// <summary>
    /// The capacity of the buffer after each station but the last, in flow order: element i lies between
    /// station i and station i + 1 (0 where station i + 1 takes its parts from <see cref="Station.Inputs"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The model is invalid (see <see cref="Validate"/>).</exception>
    public ImmutableArray<int> BufferCapacities()
    {
        ThrowIfInvalid();
        var capacities = new int[Stations.Length - 1];
        foreach (LineBuffer buffer in Buffers)
        {
            capacities[IndexOf(buffer.After)] = buffer.Capacity;
        }

        return [.. capacities];
    }

    /// <summary>The position of the station named <paramref name="name"/> in flow order, or -1.</summary>
    /// <param name="name">The station's name.</param>
    public int IndexOf(string name)
    {
        if (Stations.IsDefault)
        {
            return -1;
        }

        for (int i = 0; i < Stations.Length; i++)
        {
            if (Stations[i]?.Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Lists every problem with the model, each naming the station or buffer and the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("Name: must not be empty.");
        }

        if (!double.IsFinite(TaktTime) || TaktTime <= 0)
        {
            problems.Add($"TaktTime: must be a number greater than 0, got {Require.Format(TaktTime)}.");
        }

        if (!Enum.IsDefined(Blocking))
        {
            problems.Add($"Blocking: must be AfterService or BeforeService, got {(int)Blocking}.");
        }

        if (Source is null)
        {
            problems.Add("Source: must not be null; use Source.Unlimited, Source.Arrivals(...) or Source.Scheduled(...).");
        }
        else if (Source.InterarrivalTime is { Mean: <= 0 })
        {
            problems.Add("Source.InterarrivalTime: mean must be greater than 0, got 0; parts would arrive without end at one instant.");
        }

        if (Stations.IsDefaultOrEmpty)
        {
            problems.Add("Stations: the line needs at least one station, got none.");
            return problems;
        }

        if (Stations.Length > ModelLimits.Stations)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Stations: a line has at most {ModelLimits.Stations:N0} stations, got {Stations.Length:N0}."));
            return problems;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Stations.Length; i++)
        {
            Station station = Stations[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"Stations[{i}]");
            if (station is null)
            {
                problems.Add($"{at}: must not be null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(station.Name))
            {
                problems.Add($"{at}.Name: must not be empty.");
            }
            else
            {
                at = $"{at} '{station.Name}'";
                if (!names.Add(station.Name))
                {
                    problems.Add($"{at}.Name: another station already has this name; station names must be unique.");
                }
            }

            if (station.ProcessingTime is null)
            {
                problems.Add($"{at}.ProcessingTime: must not be null.");
            }

            StoppageRules.Validate(this, station, at, problems);
            ValidateFlowFields(station, at, problems);
            ValidateReworkStations(station, at, problems);
        }

        bool anyTimeTaken = false;
        foreach (Station station in Stations)
        {
            anyTimeTaken |= station?.ProcessingTime is { Mean: > 0 };
        }

        if (!anyTimeTaken && Source is { IsUnlimited: true })
        {
            problems.Add("Stations: every processing time is 0, so an unlimited supply would push parts through without end at one instant; give at least one station a processing time.");
        }

        if (!Buffers.IsDefault)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < Buffers.Length; i++)
            {
                LineBuffer buffer = Buffers[i];
                string at = string.Create(CultureInfo.InvariantCulture, $"Buffers[{i}]");
                if (buffer is null)
                {
                    problems.Add($"{at}: must not be null.");
                    continue;
                }

                int index = IndexOf(buffer.After);
                if (index < 0)
                {
                    problems.Add($"{at}.After: no station is named '{buffer.After}'.");
                }
                else if (index == Stations.Length - 1)
                {
                    problems.Add($"{at}.After: '{buffer.After}' is the last station; parts leave it into an unlimited sink, so no buffer can follow it.");
                }
                else if (Stations[index + 1] is { TakesFromStationBefore: false } next)
                {
                    problems.Add($"{at}.After: '{next.Name}', the station after '{buffer.After}', takes its parts from its Inputs; give the buffer there (StationInput.Buffer).");
                }
                else if (!seen.Add(buffer.After))
                {
                    problems.Add($"{at}.After: another buffer already follows '{buffer.After}'.");
                }

                if (buffer.Capacity < 0)
                {
                    problems.Add($"{at}.Capacity: must be 0 or more, got {buffer.Capacity}.");
                }
            }
        }

        ValidateCarriersAndCrews(problems);
        PlanningRules.Validate(this, problems);
        StoppageRules.ValidatePulls(this, problems);

        // The graph is checked along with the values, so that every problem is reported at once, unless the stations
        // cannot even be told apart or linked.
        if (CanResolveGraph() && LineTopology.Resolve(this, problems) is { } topology && !Carriers.IsDefault)
        {
            for (int c = 0; c < Carriers.Length; c++)
            {
                CarrierLoop loop = Carriers[c];
                if (loop is not null && IndexOf(loop.From) >= 0 && IndexOf(loop.To) >= 0
                    && !topology.Downstream(IndexOf(loop.From))[IndexOf(loop.To)])
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}].To: '{loop.To}' is not downstream of '{loop.From}', so no part could ride a carrier from one to the other."));
                }
                else if (loop is { Return.Capacity: >= 1, Storage: not < 0 })
                {
                    ValidateFiniteReturn(c, loop, topology, problems);
                }
            }
        }

        if (problems.Count == 0)
        {
            ModelTimes.Validate(this, problems);
        }

        return problems;
    }

    /// <summary>
    /// Whether the stations and their inputs can be resolved into a graph (<see cref="LineTopology.Resolve"/>): a source,
    /// no null station, input or rework route, every station named once, and every input naming a station or a supply.
    /// </summary>
    private bool CanResolveGraph()
    {
        if (Source is null)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Station station in Stations)
        {
            if (station is null || string.IsNullOrWhiteSpace(station.Name) || !names.Add(station.Name))
            {
                return false;
            }

            foreach (StationInput input in station.Inputs.IsDefault ? [] : station.Inputs)
            {
                if (input is null || (input.Supply is null && string.IsNullOrWhiteSpace(input.From)))
                {
                    return false;
                }
            }

            foreach (ReworkRoute route in station.Quality is { Rework.IsDefault: false } quality ? quality.Rework : [])
            {
                if (route?.Station is null)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The line resolved into a graph of stations and links; for a valid model only.</summary>
    internal LineTopology Topology()
    {
        var problems = new List<string>();
        LineTopology? topology = LineTopology.Resolve(this, problems);
        return topology ?? throw new InvalidOperationException("The topology of an invalid line was asked for.");
    }

    private static void ValidateFlowFields(Station station, string at, List<string> problems)
    {
        if (station.Servers < 1)
        {
            problems.Add($"{at}.Servers: must be 1 or more, got {station.Servers}.");
        }
        else if (station.Servers > ModelLimits.Servers)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.Servers: must be at most {ModelLimits.Servers:N0} machines (ModelLimits.Servers), got {station.Servers:N0}."));
        }

        if (!Enum.IsDefined(station.Merge))
        {
            problems.Add($"{at}.Merge: must be Assembly or FirstAvailable, got {(int)station.Merge}.");
        }

        if (!station.Inputs.IsDefault)
        {
            for (int k = 0; k < station.Inputs.Length; k++)
            {
                StationInput input = station.Inputs[k];
                string inputAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Inputs[{k}]");
                if (input is null)
                {
                    problems.Add($"{inputAt}: must not be null.");
                    continue;
                }

                if (input.Supply is null && string.IsNullOrWhiteSpace(input.From))
                {
                    problems.Add($"{inputAt}.From: must name a station (or use StationInput.FromSupply).");
                }

                if (input.Buffer < 0)
                {
                    problems.Add($"{inputAt}.Buffer: must be 0 or more, got {input.Buffer}.");
                }

                if (input.Quantity < 1)
                {
                    problems.Add($"{inputAt}.Quantity: must be 1 or more, got {input.Quantity}.");
                }
                else if (input.Quantity > ModelLimits.Quantity)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{inputAt}.Quantity: must be at most {ModelLimits.Quantity:N0} parts per assembly (ModelLimits.Quantity), got {input.Quantity:N0}."));
                }

                if (input.Conveyor is { } conveyor)
                {
                    if (!double.IsFinite(conveyor.TravelTime) || conveyor.TravelTime < 0)
                    {
                        problems.Add($"{inputAt}.Conveyor.TravelTime: must be a number 0 or more, got {Require.Format(conveyor.TravelTime)}.");
                    }

                    if (conveyor.Capacity < 1)
                    {
                        problems.Add($"{inputAt}.Conveyor.Capacity: must be 1 or more, got {conveyor.Capacity}.");
                    }
                }

                if (input.Supply?.InterarrivalTime is { Mean: <= 0 })
                {
                    problems.Add($"{inputAt}.Supply.InterarrivalTime: mean must be greater than 0, got 0; parts would arrive without end at one instant.");
                }
            }
        }

        if (station.Routing is { } routing)
        {
            if (!Enum.IsDefined(routing.Rule))
            {
                problems.Add($"{at}.Routing.Rule: must be Probability, RoundRobin, FirstWithSpace or ByVariant, got {(int)routing.Rule}.");
            }
            else if (routing.Rule == RoutingRule.Probability)
            {
                if (routing.Targets.IsDefaultOrEmpty)
                {
                    problems.Add($"{at}.Routing.Targets: routing by probability needs each downstream station with its probability.");
                }
                else
                {
                    double sum = 0;
                    for (int t = 0; t < routing.Targets.Length; t++)
                    {
                        double p = routing.Targets[t]?.Probability ?? 0;
                        if (!double.IsFinite(p) || p < 0 || p > 1)
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.Routing.Targets[{t}].Probability: must be between 0 and 1, got {Require.Format(p)}."));
                        }

                        sum += p;
                    }

                    if (Math.Abs(sum - 1) > 1e-9)
                    {
                        problems.Add($"{at}.Routing.Targets: the probabilities must sum to 1, got {Require.Format(sum)}.");
                    }
                }
            }
        }

        if (station.Quality is { } quality)
        {
            if (!double.IsFinite(quality.FirstPassYield) || quality.FirstPassYield < 0 || quality.FirstPassYield > 1)
            {
                problems.Add($"{at}.Quality.FirstPassYield: must be between 0 and 1, got {Require.Format(quality.FirstPassYield)}.");
            }

            if (!quality.Rework.IsDefault)
            {
                double sum = 0;
                for (int r = 0; r < quality.Rework.Length; r++)
                {
                    ReworkRoute route = quality.Rework[r];
                    string routeAt = string.Create(CultureInfo.InvariantCulture, $"{at}.Quality.Rework[{r}]");
                    if (route is null)
                    {
                        problems.Add($"{routeAt}: must not be null.");
                        continue;
                    }

                    if (!double.IsFinite(route.Probability) || route.Probability < 0 || route.Probability > 1)
                    {
                        problems.Add($"{routeAt}.Probability: must be between 0 and 1, got {Require.Format(route.Probability)}.");
                    }

                    sum += route.Probability;
                }

                if (sum > 1 + 1e-9)
                {
                    problems.Add($"{at}.Quality.Rework: the rework probabilities sum to {Require.Format(sum)}, more than 1; what is left of 1 is scrapped.");
                }
            }
        }
    }

    private void ValidateReworkStations(Station station, string at, List<string> problems)
    {
        if (station.Quality is not { Rework.IsDefault: false } quality)
        {
            return;
        }

        for (int r = 0; r < quality.Rework.Length; r++)
        {
            if (quality.Rework[r] is { } route && IndexOf(route.Station) < 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.Quality.Rework[{r}].Station: no station is named '{route.Station}'."));
            }
        }
    }

    /// <summary>
    /// A return of limited capacity blocks its release station: refused where that cannot be done (inside a paced
    /// segment, whose stations index together) and where the carriers could fill every place from the boarding to the
    /// release station while the return and the storage are full, so that nothing could ever move again.
    /// </summary>
    private void ValidateFiniteReturn(int c, CarrierLoop loop, LineTopology topology, List<string> problems)
    {
        int from = IndexOf(loop.From);
        int to = IndexOf(loop.To);
        if (!Segments.IsDefault)
        {
            foreach (PacedSegment segment in Segments)
            {
                if (segment is not null && IndexOf(segment.First) is int first and >= 0 && IndexOf(segment.Last) is int last and >= 0 && first <= to && to <= last)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}].Return: '{loop.To}' is in the paced segment '{segment.Name}', whose stations index together and cannot wait for a place on the return; release the carriers after the segment, or return them without a capacity limit."));
                    return;
                }
            }
        }

        if (loop.Storage is not { } storage)
        {
            return;
        }

        // The places a part on the loop can hold from the boarding to the release station: their machines and the
        // links between them. An unlimited link never fills.
        bool[] afterFrom = topology.Downstream(from);
        long places = 0;
        for (int s = 0; s < Stations.Length; s++)
        {
            if (afterFrom[s] && topology.Downstream(s)[to])
            {
                places += Math.Max(1, Stations[s].Servers);
                foreach (int l in topology.InputsOf[s])
                {
                    LineTopology.Link link = topology.Links[l];
                    if (link.From >= 0 && afterFrom[link.From] && s != from)
                    {
                        if (link.Capacity >= int.MaxValue)
                        {
                            return;
                        }

                        places += link.Capacity;
                    }
                }
            }
        }

        long offLine = (long)loop.Return!.Capacity + storage;
        if (loop.Count >= places + offLine)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}].Count: {loop.Count} carriers can fill the {places} places from '{loop.From}' to '{loop.To}' and the return and storage ({offLine}) at once, and then no carrier could move again; use at most {places + offLine - 1} carriers, or more places on the return or in the storage."));
        }
    }

    private void ValidateCarriersAndCrews(List<string> problems)
    {
        if (!Crews.IsDefault)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int c = 0; c < Crews.Length; c++)
            {
                RepairCrew crew = Crews[c];
                string at = string.Create(CultureInfo.InvariantCulture, $"Crews[{c}]");
                if (crew is null)
                {
                    problems.Add($"{at}: must not be null.");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(crew.Name) || !names.Add(crew.Name))
                {
                    problems.Add($"{at}.Name: must be a name no other crew has, got '{crew.Name}'.");
                }

                if (crew.Size < 1)
                {
                    problems.Add($"{at}.Size: a crew needs 1 technician or more, got {crew.Size}.");
                }
            }
        }

        if (!Carriers.IsDefault)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var boarding = new HashSet<string>(StringComparer.Ordinal);
            for (int c = 0; c < Carriers.Length; c++)
            {
                CarrierLoop loop = Carriers[c];
                string at = string.Create(CultureInfo.InvariantCulture, $"Carriers[{c}]");
                if (loop is null)
                {
                    problems.Add($"{at}: must not be null.");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(loop.Name) || !names.Add(loop.Name))
                {
                    problems.Add($"{at}.Name: must be a name no other carrier loop has, got '{loop.Name}'.");
                }

                if (loop.Count < 1)
                {
                    problems.Add($"{at}.Count: a carrier loop needs 1 carrier or more, got {loop.Count}.");
                }
                else if (loop.Count > ModelLimits.Carriers)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.Count: a carrier loop has at most {ModelLimits.Carriers:N0} carriers (ModelLimits.Carriers), got {loop.Count:N0}."));
                }

                if (!double.IsFinite(loop.ReturnTime) || loop.ReturnTime < 0)
                {
                    problems.Add($"{at}.ReturnTime: must be a number 0 or more, got {Require.Format(loop.ReturnTime)}.");
                }

                if (loop.Return is { } back)
                {
                    if (loop.ReturnTime > 0)
                    {
                        problems.Add($"{at}.Return: give either ReturnTime or Return, not both; the return's travel time is Return.TravelTime, got ReturnTime {Require.Format(loop.ReturnTime)}.");
                    }

                    if (!double.IsFinite(back.TravelTime) || back.TravelTime < 0)
                    {
                        problems.Add($"{at}.Return.TravelTime: must be a number 0 or more, got {Require.Format(back.TravelTime)}.");
                    }

                    if (back.Capacity < 1)
                    {
                        problems.Add($"{at}.Return.Capacity: must be at least 1, got {back.Capacity}.");
                    }
                }

                if (loop.Storage is < 0)
                {
                    problems.Add($"{at}.Storage: must be 0 or more, got {loop.Storage}.");
                }
                else if (loop.Storage is not null && loop.Return is null)
                {
                    problems.Add($"{at}.Storage: a storage limit needs a return of limited capacity (Return): carriers beyond the storage would wait on a return that is never full, so the limit would change nothing.");
                }

                if (IndexOf(loop.From) < 0)
                {
                    problems.Add($"{at}.From: no station is named '{loop.From}'.");
                }
                else if (!boarding.Add(loop.From))
                {
                    problems.Add($"{at}.From: parts already board another carrier loop at '{loop.From}'.");
                }

                if (IndexOf(loop.To) < 0)
                {
                    problems.Add($"{at}.To: no station is named '{loop.To}'.");
                }
            }
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    /// <exception cref="ArgumentException">The model is invalid.</exception>
    public void ThrowIfInvalid()
    {
        IReadOnlyList<string> problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The line '{Name}' is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }
    }
}
