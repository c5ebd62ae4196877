using System.Collections.Immutable;
using ScottPlot;

namespace LineSim.Plots;

/// <summary>Saves a chart as SVG and PNG with one size, and checks the arguments every chart shares.</summary>
internal static class ChartFile
{
    public const int Width = 900;
    public const int Height = 560;

    public static ImmutableArray<string> Save(Plot plot, string directory, string name)
    {
        Directory.CreateDirectory(directory);
        string svg = Path.Combine(directory, name + ".svg");
        string png = Path.Combine(directory, name + ".png");
        plot.SaveSvg(svg, Width, Height);
        plot.SavePng(png, Width, Height);
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
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

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

        // Labels that would not fit side by side are turned, with room below the axis for the longest.
        int longest = labels.Count == 0 ? 0 : labels.Max(label => label.Length);
        if (labels.Count * (longest + 2) * 7 > Width - 120)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 24 + (longest * 5);
        }
    }

    public static LegendItem Swatch(string label, Color color) => new() { LabelText = label, FillColor = color };
}
