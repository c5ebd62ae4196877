using System.Globalization;
using System.Net;
using System.Text;
using LineSim.Model;

namespace LineSim.Plots.Html;

/// <summary>
/// Draws the plant's graph as SVG, flowing left to right: each node in the column after the latest of its inputs,
/// pulled right to just before the first station it feeds (so a feeder line sits beside its join), ordered in its column
/// by where its inputs are; buffers' and conveyors' capacities beside the arrows, rework dashed below, paced segments
/// framed.
/// </summary>
internal sealed class PlantDiagram
{
    private const double NodeWidth = 124;
    private const double ColumnGap = 60;
    private const double RowGap = 30;
    private const double Margin = 24;
    private const double LineHeight = 13;
    private const int LineLength = 18;

    private readonly PlantGraph _graph;
    private readonly LineModel _line;
    private readonly int[] _column;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _height;
    private readonly string[][] _lines;

    public PlantDiagram(LineModel line)
    {
        _line = line;
        _graph = new PlantGraph(line);
        int count = _graph.Nodes.Count;
        _column = Columns();
        _lines = [.. _graph.Nodes.Select(node => Wrap(node.Name))];
        _height = new double[count];
        for (int v = 0; v < count; v++)
        {
            int inputs = _graph.Edges.Count(e => e.To == v && e.Kind != PlantEdgeKind.Rework);
            _height[v] = Math.Max(((_lines[v].Length + 1) * LineHeight) + 12, 18.0 * (inputs + 1));
        }

        _x = new double[count];
        _y = new double[count];
        Place();
        Width = (int)Math.Ceiling(_x.Max() + NodeWidth + Margin);
        Height = (int)Math.Ceiling(Enumerable.Range(0, count).Max(v => _y[v] + _height[v]) + Margin + 24);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The SVG elements of the drawing.</summary>
    public string Svg()
    {
        var svg = new StringBuilder();
        svg.Append("<defs><marker id=\"plant-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#455a64\"/></marker></defs>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Segments(svg);
        var ports = new Dictionary<int, int>();
        foreach (PlantEdge edge in _graph.Edges)
        {
            if (edge.Kind == PlantEdgeKind.Rework)
            {
                Rework(svg, edge);
                continue;
            }

            int inputs = _graph.Edges.Count(e => e.To == edge.To && e.Kind != PlantEdgeKind.Rework);
            int port = ports.GetValueOrDefault(edge.To);
            ports[edge.To] = port + 1;
            double x1 = _x[edge.From] + NodeWidth;
            double y1 = _y[edge.From] + (_height[edge.From] / 2);
            double x2 = _x[edge.To];
            double y2 = _y[edge.To] + (_height[edge.To] * (port + 1) / (inputs + 1));
            double bend = Math.Max(20, (x2 - x1) / 2);
            string dash = edge.Kind == PlantEdgeKind.Conveyor ? " stroke-dasharray=\"1 3\" stroke-width=\"2.5\" stroke-linecap=\"round\"" : " stroke-width=\"1.5\"";
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{F(x1)},{F(y1)} C{F(x1 + bend)},{F(y1)} {F(x2 - bend)},{F(y2)} {F(x2)},{F(y2)}\" fill=\"none\" stroke=\"#455a64\"{dash} marker-end=\"url(#plant-arrow)\"/>\n");
            if (edge.Label.Length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x2 - 9)}\" y=\"{F(y2 - 4)}\" text-anchor=\"end\" class=\"edge\">{WebUtility.HtmlEncode(edge.Label)}</text>\n");
            }
        }

        for (int v = 0; v < _graph.Nodes.Count; v++)
        {
            Node(svg, v);
        }

        return svg.ToString();
    }

    private void Node(StringBuilder svg, int v)
    {
        PlantNode node = _graph.Nodes[v];
        string shape = node.Kind switch
        {
            PlantNodeKind.Station => "station",
            PlantNodeKind.Supply => "supply",
            _ => "exit",
        };
        double radius = node.Kind == PlantNodeKind.Station ? 4 : _height[v] / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{shape}\"><title>{WebUtility.HtmlEncode(node.Name)}: {WebUtility.HtmlEncode(node.Detail)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(_x[v])}\" y=\"{F(_y[v])}\" width=\"{F(NodeWidth)}\" height=\"{F(_height[v])}\" rx=\"{F(Math.Min(radius, 18))}\"/>");
        double top = _y[v] + ((_height[v] - ((_lines[v].Length + 1) * LineHeight)) / 2) + 10;
        double middle = _x[v] + (NodeWidth / 2);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(middle)}\" y=\"{F(top)}\" text-anchor=\"middle\">");
        for (int k = 0; k < _lines[v].Length; k++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(middle)}\" dy=\"{(k == 0 ? "0" : F(LineHeight))}\">{WebUtility.HtmlEncode(_lines[v][k])}</tspan>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(middle)}\" dy=\"{F(LineHeight)}\" class=\"detail\">{WebUtility.HtmlEncode(Shorten(node.Detail, LineLength + 4))}</tspan></text></g>\n");
    }

    /// <summary>Rework: a dashed arrow below the nodes, from the checking station back to where the part is reworked.</summary>
    private void Rework(StringBuilder svg, PlantEdge edge)
    {
        double x1 = _x[edge.From] + (NodeWidth / 2) + 8;
        double y1 = _y[edge.From] + _height[edge.From];
        double x2 = _x[edge.To] + (NodeWidth / 2) - 8;
        double y2 = _y[edge.To] + _height[edge.To];
        double low = Math.Max(y1, y2) + 22;
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{F(x1)},{F(y1)} C{F(x1)},{F(low)} {F(x2)},{F(low)} {F(x2)},{F(y2)}\" fill=\"none\" stroke=\"#8e24aa\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" marker-end=\"url(#plant-arrow)\"/>\n");
    }

    /// <summary>A dashed frame around each paced segment's stations, its name inside the frame's head.</summary>
    private void Segments(StringBuilder svg)
    {
        foreach (PacedSegment segment in _line.Segments.IsDefault ? [] : _line.Segments)
        {
            int first = _line.IndexOf(segment.First);
            int last = _line.IndexOf(segment.Last);
            double left = double.MaxValue, top = double.MaxValue, right = 0, bottom = 0;
            for (int v = first; v <= last; v++)
            {
                left = Math.Min(left, _x[v]);
                top = Math.Min(top, _y[v]);
                right = Math.Max(right, _x[v] + NodeWidth);
                bottom = Math.Max(bottom, _y[v] + _height[v]);
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"segment\" x=\"{F(left - 8)}\" y=\"{F(top - 20)}\" width=\"{F(right - left + 16)}\" height=\"{F(bottom - top + 28)}\" rx=\"6\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 2)}\" y=\"{F(top - 7)}\" class=\"edge\">{WebUtility.HtmlEncode($"paced segment {segment.Name}, takt {Numbers.Plain(segment.TaktTime)} s")}</text>\n");
        }
    }

    /// <summary>
    /// Each node's column: one after the latest of its inputs (supplies first), then, from the exit back, pulled right to
    /// just before the first node it feeds; a rework-only station sits before the station it feeds.
    /// </summary>
    private int[] Columns()
    {
        int count = _graph.Nodes.Count;
        var column = new int[count];
        List<PlantEdge> flow = [.. _graph.Edges.Where(e => e.Kind != PlantEdgeKind.Rework)];
        int[] order = TopologicalOrder(count, flow);
        foreach (int v in order)
        {
            foreach (PlantEdge edge in flow.Where(e => e.From == v))
            {
                column[edge.To] = Math.Max(column[edge.To], column[v] + 1);
            }
        }

        int exit = count - 1;
        column[exit] = column.Max();
        foreach (int v in order.Reverse())
        {
            if (v != exit && flow.Any(e => e.From == v))
            {
                column[v] = flow.Where(e => e.From == v).Min(e => column[e.To]) - 1;
            }
        }

        return column;
    }

    private static int[] TopologicalOrder(int count, List<PlantEdge> flow)
    {
        var inputs = new int[count];
        foreach (PlantEdge edge in flow)
        {
            inputs[edge.To]++;
        }

        var ready = new Queue<int>(Enumerable.Range(0, count).Where(v => inputs[v] == 0));
        var order = new List<int>(count);
        while (ready.Count > 0)
        {
            int v = ready.Dequeue();
            order.Add(v);
            foreach (PlantEdge edge in flow.Where(e => e.From == v))
            {
                if (--inputs[edge.To] == 0)
                {
                    ready.Enqueue(edge.To);
                }
            }
        }

        return [.. order];
    }

    /// <summary>
    /// Orders each column by the mean position of the nodes feeding it (the file's order first), then stacks it from the
    /// top; columns are placed left to right.
    /// </summary>
    private void Place()
    {
        int count = _graph.Nodes.Count;
        var rank = new double[count];
        for (int v = 0; v < count; v++)
        {
            // Stations in the file's order; a supply just before the station it feeds; the exit last.
            PlantEdge? feeds = _graph.Edges.FirstOrDefault(e => e.From == v);
            rank[v] = _graph.Nodes[v].Kind switch
            {
                PlantNodeKind.Station => v,
                PlantNodeKind.Supply => (feeds?.To ?? 0) - 0.5,
                _ => count,
            };
        }

        int columns = _column.Max() + 1;
        for (int c = 0; c < columns; c++)
        {
            List<int> nodes = [.. Enumerable.Range(0, count).Where(v => _column[v] == c)];
            foreach (int v in nodes)
            {
                double[] from = [.. _graph.Edges.Where(e => e.To == v && e.Kind != PlantEdgeKind.Rework && _column[e.From] < c).Select(e => _y[e.From] + (_height[e.From] / 2))];
                if (from.Length > 0)
                {
                    rank[v] = from.Average();
                }
            }

            nodes.Sort((a, b) => rank[a] != rank[b] ? rank[a].CompareTo(rank[b]) : a.CompareTo(b));
            double y = Margin + 20;
            foreach (int v in nodes)
            {
                _x[v] = Margin + (c * (NodeWidth + ColumnGap));
                _y[v] = y;
                y += _height[v] + RowGap;
            }
        }
    }

    /// <summary>A name in lines of at most <see cref="LineLength"/> characters, broken at spaces; at most two lines.</summary>
    private static string[] Wrap(string name)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (string word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > LineLength)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(current.ToString());
        return lines.Count <= 2
            ? [.. lines.Select(line => Shorten(line, LineLength))]
            : [Shorten(lines[0], LineLength), Shorten(string.Join(' ', lines.Skip(1)), LineLength)];
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
