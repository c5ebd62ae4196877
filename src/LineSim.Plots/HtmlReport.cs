using System.Net;
using System.Text;
using LineSim.Model;
using LineSim.Plots.Html;
using LineSim.Results;

namespace LineSim.Plots;

/// <summary>
/// Writes a simulation's results as one self-contained HTML page: the headline figures, station states, buffers, lead
/// time, output over time, carriers and crews, and the scenario with a drawing of the plant. Charts are inline SVG with
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
        new BottlenecksSection(),
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
        IReportSection[] sections = [.. s_sections.Where(section => section.AppliesTo(context))];
        var html = new HtmlWriter(writer);
        string title = WebUtility.HtmlEncode(result.Scenario);
        html.Raw($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}: LineSim report</title>\n<style>\n{ReportStyle.Css}</style>\n</head>\n<body>\n<header>\n");
        html.Element("h1", result.Scenario);
        html.Element("p", "LineSim simulation report", "note");
        html.Raw("<nav aria-label=\"Sections\"><ol>");
        foreach (IReportSection section in sections)
        {
            html.Raw($"<li><a href=\"#{section.Id}\">{WebUtility.HtmlEncode(section.Title)}</a></li>");
        }

        html.Raw("</ol></nav>\n</header>\n<main>\n");
        foreach (IReportSection section in sections)
        {
            html.Raw($"<section id=\"{section.Id}\" aria-labelledby=\"{section.Id}-title\">\n<h2 id=\"{section.Id}-title\">{WebUtility.HtmlEncode(section.Title)}</h2>\n");
            section.Write(context, html);
            html.Raw("</section>\n");
        }

        html.Raw("</main>\n</body>\n</html>\n");
    }

    /// <summary>Writes the report to the file <paramref name="path"/> (UTF-8), replacing it; see <see cref="Write"/>.</summary>
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
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new StringWriter();
        Write(result, line, stream, options);
        File.WriteAllText(path, stream.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
