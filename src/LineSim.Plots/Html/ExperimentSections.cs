using LineSim.Experiments;
using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>
/// The sections of an experiment's page: the headline (how many configurations, replications and seed, the highest
/// JPH, how the configurations compare with the first on common random numbers) and the configurations (JPH with its
/// interval, the paired difference to the first, and a table of every figure with the settings).
/// </summary>
internal static class ExperimentSections
{
    /// <summary>Up to this many configurations are charted one row each, by name; more are charted by number.</summary>
    private const int NamedRows = 40;

    // A configuration's JPH against the first's at 95%, paired.
    private const string Better = "higher";
    private const string Worse = "lower";

    public static HtmlPage.Section[] Create(ExperimentResult result, HtmlReportOptions options) =>
    [
        new("headline", "Headline", html => Headline(result, options, html)),
        new("configurations", "Configurations", html => Configurations(result, html)),
    ];

    private static void Headline(ExperimentResult result, HtmlReportOptions options, HtmlWriter html)
    {
        if (options.Description is { Length: > 0 } description)
        {
            html.Element("p", description);
        }

        html.Raw("<dl class=\"figures\">\n");
        string finished = result.Interrupted ? $"of {Numbers.Whole(result.ConfigurationCount)} (interrupted: those that finished)" : "run on common random numbers";
        html.KeyFigure("Configurations", Numbers.Whole(result.Configurations.Length), finished);
        html.KeyFigure("Replications", Numbers.Whole(result.Replications), $"of each configuration, seed {Numbers.Whole(result.Seed)}");
        if (!result.Configurations.IsEmpty)
        {
            ConfigurationResult best = result.Configurations.MaxBy(c => c.Figures.ThroughputPerHour.Mean)!;
            html.KeyFigure("Highest JPH", Numbers.Estimate(best.Figures.ThroughputPerHour, 1), $"configuration {best.Name}, takt attainment {Numbers.PercentEstimate(best.Figures.TaktAttainment)}");
            if (result.Configurations.Length > 1)
            {
                int better = result.Configurations.Count(c => Verdict(c) == Better);
                int worse = result.Configurations.Count(c => Verdict(c) == Worse);
                int same = result.Configurations.Length - 1 - better - worse;
                html.KeyFigure($"Against {result.Configurations[0].Name}", $"{better} higher, {worse} lower", $"in JPH at 95% on paired replications; {same} cannot be told apart from it");
            }
        }

        html.Raw("</dl>\n");
        html.Element("p", "Each figure is the mean over replications with the half-width of its 95% confidence interval. Replication r of every configuration uses the same random numbers, so the differences to the first configuration are paired and their intervals narrower than those of the figures themselves.", "note");
        if (options.Command is { } command)
        {
            html.ReproduceWith(command);
        }
    }

    private static void Configurations(ExperimentResult result, HtmlWriter html)
    {
        if (result.Configurations.IsEmpty)
        {
            html.Element("p", "No configuration finished.");
            return;
        }

        bool named = result.Configurations.Length <= NamedRows;
        html.Figure(IntervalChart(result, named, difference: false), "experiment-jph");
        if (result.Configurations.Length > 1)
        {
            html.Figure(IntervalChart(result, named, difference: true), "experiment-difference");
        }

        string[] paths = [.. result.Configurations.SelectMany(c => c.Settings).Select(s => s.Path).Distinct(StringComparer.Ordinal)];
        if (paths.Length > 0)
        {
            html.Table(
                "The settings the configurations vary, by column",
                ["Column", "Path in the scenario"],
                [false, false],
                paths.Select((path, f) => (IReadOnlyList<string>)[Letter(f), path]));
        }

        string first = result.Configurations[0].Name;
        html.Table(
            "Every configuration's figures (95% half-widths) and its paired difference in JPH to the first",
            ["Configuration", .. paths.Select((_, f) => Letter(f)), "JPH", "Takt attainment", "WIP", "Lead time (s)", "Busiest station", $"JPH - {first} (paired)", "At 95%"],
            [false, .. paths.Select(_ => true), true, true, true, true, false, true, false],
            result.Configurations.Select(c => (IReadOnlyList<string>)
            [
                c.Name,
                .. paths.Select(p => c.Settings.FirstOrDefault(s => s.Path == p) is { Path: not null } setting ? Numbers.Plain(setting.Value) : string.Empty),
                Numbers.Estimate(c.Figures.ThroughputPerHour, 1),
                Numbers.PercentEstimate(c.Figures.TaktAttainment),
                Numbers.Estimate(c.Figures.WorkInProcess, 1),
                Numbers.Estimate(c.Figures.LeadTime, 0),
                c.Bottleneck,
                c.Difference is { } difference ? Signed(difference.ThroughputPerHour) : "-",
                c.Difference is null ? "-" : Verdict(c) ?? "cannot tell",
            ]));
    }

    /// <summary>Each configuration's JPH (or its paired difference to the first) as its mean and 95% interval.</summary>
    private static Chart IntervalChart(ExperimentResult result, bool named, bool difference)
    {
        ConfigurationResult[] configurations = difference ? [.. result.Configurations.Skip(1)] : [.. result.Configurations];
        string first = result.Configurations[0].Name;
        string title = difference ? $"Paired difference in JPH to configuration {first}" : "Throughput per configuration";
        string axis = difference ? $"JPH - JPH of {first} (parts per hour)" : "Throughput (JPH, parts per hour)";
        ScottPlot.Plot plot = ChartFile.Create(title, named ? axis : "Configuration", named ? "Configuration" : axis);
        int n = configurations.Length;
        var bars = new List<ScottPlot.Bar>(n);
        var position = new double[n];
        var mean = new double[n];
        for (int i = 0; i < n; i++)
        {
            Estimate estimate = difference ? configurations[i].Difference!.ThroughputPerHour : configurations[i].Figures.ThroughputPerHour;
            double halfWidth = double.IsNaN(estimate.HalfWidth) ? 0 : estimate.HalfWidth;
            position[i] = named ? ChartFile.RowPosition(i, n) : configurations[i].Index + 1;
            mean[i] = estimate.Mean;
            bars.Add(new ScottPlot.Bar { Position = position[i], ValueBase = estimate.Mean - halfWidth, Value = estimate.Mean + halfWidth, FillColor = ChartColors.Partly, LineWidth = 0, Size = 0.3 });
        }

        var intervals = plot.Add.Bars(bars);
        intervals.Horizontal = named;
        var means = named ? plot.Add.Markers(mean, position) : plot.Add.Markers(position, mean);
        means.Color = ChartColors.Estimate;
        means.MarkerSize = 8;
        if (difference)
        {
            var zero = named ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine(0) : plot.Add.HorizontalLine(0);
            zero.Color = ChartColors.Takt;
            zero.LineWidth = 1.5f;
        }

        if (named)
        {
            ChartFile.Rows(plot, [.. configurations.Select(c => c.Name)]);
        }

        plot.Legend.ManualItems.Add(ChartFile.Swatch("95% interval", ChartColors.Partly));
        plot.Legend.ManualItems.Add(ChartFile.Swatch("Mean", ChartColors.Estimate));
        ChartFile.LegendOutside(plot);
        string what = difference
            ? $"each configuration's difference in JPH to configuration {first}, paired replication by replication, with its 95% confidence interval; an interval clear of the zero line is a difference at 95%."
            : "each configuration's throughput in jobs per hour with its 95% confidence interval.";
        string layout = named ? "One row per configuration, in the plan's order: " : "By configuration number: ";
        return new Chart(difference ? "experiment-difference" : "experiment-jph", plot, named ? ChartFile.HeightFor(n) : ChartFile.Height, layout + what);
    }

    /// <summary>Whether a configuration's JPH is higher or lower than the first's at 95% (paired), or <see langword="null"/>.</summary>
    private static string? Verdict(ConfigurationResult configuration) => configuration.Difference?.ThroughputPerHour switch
    {
        { } d when d.Lower > 0 => Better,
        { } d when d.Upper < 0 => Worse,
        _ => null,
    };

    private static string Signed(Estimate estimate) => (estimate.Mean >= 0 ? "+" : string.Empty) + Numbers.Estimate(estimate, 1);

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"F{index + 1}";
}
