using LineSim.Experiments;
using LineSim.Model;
using LineSim.Plots.Html;
using LineSim.Results;

namespace LineSim.Plots;

/// <summary>
/// Writes a simulation's results as one self-contained HTML page: the headline figures, station states, buffers, lead
/// time, output over time, carriers and crews, and the scenario with a drawing of the plant; or an experiment's
/// configurations side by side. Charts are inline SVG with
/// a text alternative, tables have headers, styles are inline, and the page loads nothing from elsewhere and runs no
/// script; it prints on A4.
/// </summary>
/// <remarks>
/// The same result, line and options give the same bytes: the page holds no time stamp, its ids are fixed, and numbers
/// are written culture-free. The methods are thread-safe.
/// </remarks>
public static class HtmlReport
{
    /// <summary>The sections in the page's order; a section with nothing to show for a result is left out.</summary>
    private static readonly IReportSection[] s_sections =
    [
        new HeadlineSection(),

        // The losses from takt to JPH and the bottleneck analysis go here, after the headline, as they come.
        new StationsSection(),
        new BuffersSection(),
        new LeadTimeSection(),
        new OutputSection(),
        new ResourcesSection(),
        new ScenarioSection(),
    ];

    /// <summary>Writes the report of <paramref name="result"/>, the result of simulating <paramref name="line"/>.</summary>
    /// <param name="result">The simulation result.</param>
    /// <param name="line">The line that was simulated: the report draws it and reads its calendar, crews and checks.</param>
    /// <param name="writer">Where the page goes, as UTF-8 text.</param>
    /// <param name="options">What the report says beside the results; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/>, <paramref name="line"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The result's stations are not the line's (a result of another line).</exception>
    public static void Write(SimulationResult result, LineModel line, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(writer);
        if (line.Stations.IsDefault || line.Stations.Length != result.Stations.Length
            || !line.Stations.Select(s => s.Name).SequenceEqual(result.Stations.Select(s => s.Name)))
        {
            throw new ArgumentException($"The result of \"{result.Scenario}\" is not a result of the line \"{line.Name}\": their stations differ.", nameof(line));
        }

        var context = new ReportContext(result, line, options ?? new HtmlReportOptions());
        HtmlPage.Section[] sections =
        [
            .. s_sections.Where(section => section.AppliesTo(context))
                .Select(section => new HtmlPage.Section(section.Id, section.Title, html => section.Write(context, html))),
        ];
        HtmlPage.Write(writer, context.Options.Title ?? result.Scenario, sections);
    }

    /// <summary>
    /// Writes the report of an experiment: its configurations' JPH with their 95% intervals, their paired differences to
    /// the first configuration, and a table of every figure with the settings each configuration gives.
    /// </summary>
    /// <param name="result">The experiment's result (of <c>Experiment.Run</c>).</param>
    /// <param name="writer">Where the page goes, as UTF-8 text.</param>
    /// <param name="options">The page's title (default "Experiment"), description and command; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void WriteExperiment(ExperimentResult result, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new HtmlReportOptions();
        HtmlPage.Write(writer, options.Title ?? "Experiment", ExperimentSections.Create(result, options));
    }

    /// <summary>Writes the report of an experiment to the file <paramref name="path"/> (UTF-8), replacing it; see <see cref="WriteExperiment"/>.</summary>
    /// <param name="result">The experiment's result.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">The page's title, description and command; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteExperimentFile(ExperimentResult result, string path, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        HtmlPage.WriteFile(path, page => WriteExperiment(result, page, options));
    }

    /// <summary>Writes the report to the file <paramref name="path"/> (UTF-8), replacing it; see <see cref="Write(SimulationResult, LineModel, TextWriter, HtmlReportOptions?)"/>.</summary>
    /// <param name="result">The simulation result.</param>
    /// <param name="line">The line that was simulated.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">What the report says beside the results; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or the result is not one of the line.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(SimulationResult result, LineModel line, string path, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(line);
        HtmlPage.WriteFile(path, page => Write(result, line, page, options));
    }
}
