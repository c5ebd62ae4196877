using System.Collections.Immutable;
using System.Globalization;
using LineSim.Model;

namespace LineSim.Plots.Html;

/// <summary>
/// The plant as a graph to draw: supplies, stations and the exit as nodes; buffers, conveyors and rework as edges.
/// Station <c>i</c> is node <c>i</c>; supplies and the exit follow.
/// </summary>
internal sealed class PlantGraph
{
    public PlantGraph(LineModel line)
    {
        int n = line.Stations.Length;
        ImmutableArray<int> between = line.BufferCapacities();
        var fed = new bool[n];
        for (int i = 0; i < n; i++)
        {
            Station station = line.Stations[i];
            Nodes.Add(new PlantNode(station.Name, Detail(station), PlantNodeKind.Station));
        }

        for (int i = 0; i < n; i++)
        {
            Station station = line.Stations[i];
            if (station.TakesFromStationBefore)
            {
                if (i == 0)
                {
                    Edges.Add(new PlantEdge(AddSupply(line.Source), 0, SupplyLabel(line.Source), PlantEdgeKind.Flow));
                }
                else
                {
                    Edges.Add(new PlantEdge(i - 1, i, Capacity(between[i - 1]), PlantEdgeKind.Flow));
                    fed[i - 1] = true;
                }

                continue;
            }

            foreach (StationInput input in station.Inputs)
            {
                if (input.Supply is { } supply)
                {
                    Edges.Add(new PlantEdge(AddSupply(supply), i, SupplyLabel(supply), PlantEdgeKind.Flow));
                }
                else if (input.From is { } from)
                {
                    int source = line.IndexOf(from);
                    fed[source] = true;
                    Edges.Add(input.Conveyor is { } conveyor
                        ? new PlantEdge(source, i, $"conv {conveyor.Capacity.ToString(CultureInfo.InvariantCulture)}", PlantEdgeKind.Conveyor)
                        : new PlantEdge(source, i, Capacity(input.Buffer), PlantEdgeKind.Flow));
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            foreach (ReworkRoute route in line.Stations[i].Quality?.Rework ?? [])
            {
                Edges.Add(new PlantEdge(i, line.IndexOf(route.Station), string.Empty, PlantEdgeKind.Rework));
            }
        }

        Nodes.Add(new PlantNode("Exit", "parts out", PlantNodeKind.Exit));
        int exit = Nodes.Count - 1;
        for (int i = 0; i < n; i++)
        {
            if (!fed[i])
            {
                Edges.Add(new PlantEdge(i, exit, string.Empty, PlantEdgeKind.Flow));
            }
        }
    }

    public List<PlantNode> Nodes { get; } = [];

    public List<PlantEdge> Edges { get; } = [];

    private int AddSupply(Source source)
    {
        (string name, string detail) = source switch
        {
            { IsUnlimited: true } => ("Supply", "unlimited"),
            { Schedule: { } schedule } => ("Deliveries", schedule.MeanInterval is { } every ? $"every {Numbers.Plain(Math.Round(every, 1))} s" : $"{schedule.Times.Length} in all"),
            _ => ("Arrivals", $"every {Numbers.Plain(Math.Round(source.InterarrivalTime!.Mean, 1))} s"),
        };
        Nodes.Add(new PlantNode(name, detail, PlantNodeKind.Supply));
        return Nodes.Count - 1;
    }

    private static string SupplyLabel(Source source) =>
        source.IsUnlimited ? string.Empty : source.InputCapacity is { } capacity ? Capacity(capacity) : "∞";

    private static string Capacity(int capacity) => capacity.ToString(CultureInfo.InvariantCulture);

    private static string Detail(Station station)
    {
        var details = new List<string>();
        if (station.Servers > 1)
        {
            details.Add($"{station.Servers.ToString(CultureInfo.InvariantCulture)} servers");
        }

        if (!station.TakesFromStationBefore && station.Inputs.Count(input => input.Supply is null) > 1)
        {
            details.Add(station.Merge == MergeRule.Assembly ? "assembly" : "join");
        }

        if (station.Quality is { } quality)
        {
            details.Add($"yield {Numbers.Percent(quality.FirstPassYield)}");
        }

        details.Add($"{Numbers.Plain(Math.Round(station.ProcessingTime.Mean, 1))} s");
        return string.Join(", ", details);
    }
}
