using System.Collections.Immutable;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Saves a chart as SVG and PNG, and holds the layout and the argument checks every chart shares.</summary>
internal static class ChartFile
{
    public const int Width = 900;
    public const int Height = 560;

    /// <summary>The font of every chart: one sans-serif face, so that text is measured as it is drawn.</summary>
    public const string Font = "DejaVu Sans";

    /// <summary>The height of a category axis's row (a station, a buffer), in pixels: room for one line of its label.</summary>
    private const int RowHeight = 24;

    public static ImmutableArray<string> Save(Chart chart, string directory)
    {
        Directory.CreateDirectory(directory);
        string svg = Path.Combine(directory, chart.Name + ".svg");
        string png = Path.Combine(directory, chart.Name + ".png");
        chart.Plot.SaveSvg(svg, Width, chart.Height);
        chart.Plot.SavePng(png, Width, chart.Height);
        return [svg, png];
    }

    public static void CheckDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("The directory must be a path, got an empty string.", nameof(directory));
        }

        if (File.Exists(directory))
        {
            throw new ArgumentException($"The directory {directory} is a file.", nameof(directory));
        }
    }

    /// <summary>A plot with the title, axis labels and the style all charts share.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Legend.FontName = Font;
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>The height of a chart with <paramref name="rows"/> categories down its side, each given room for its label.</summary>
    public static int HeightFor(int rows) => Math.Max(Height, 170 + (rows * RowHeight));

    /// <summary>Names the categories along the bottom axis, category <c>i</c> at position <c>i</c>: for a few short labels.</summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels)
    {
        var ticks = new Tick[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            ticks[i] = new Tick(i, labels[i]);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.HideGrid();
    }

    /// <summary>
    /// Names the rows of a chart whose categories run down the left axis, the first at the top; row <c>i</c> is drawn
    /// at <see cref="RowPosition"/>.
    /// </summary>
    public static void Rows(Plot plot, IReadOnlyList<string> labels)
    {
        var ticks = new Tick[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            ticks[i] = new Tick(RowPosition(i, labels.Count), labels[i]);
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimitsY(-0.6, labels.Count - 0.4);
    }

    /// <summary>Where row <paramref name="index"/> of <paramref name="count"/> lies on the vertical axis: the first at the top.</summary>
    public static double RowPosition(int index, int count) => count - 1 - index;

    /// <summary>Shows the legend outside the plot, on the right, so that it covers no data.</summary>
    public static void LegendOutside(Plot plot) => plot.ShowLegend(Edge.Right);

    public static LegendItem Swatch(string label, Color color) => new() { LabelText = label, FillColor = color, LabelFontName = Font };
}
