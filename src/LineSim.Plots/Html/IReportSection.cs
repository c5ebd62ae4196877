namespace LineSim.Plots.Html;

/// <summary>
/// One section of the HTML report: a heading, its figures and tables. The report lists its sections in
/// <see cref="HtmlReport"/>; a section that has nothing to show for a result says so in <see cref="AppliesTo"/> and is
/// left out, heading and all.
/// </summary>
internal interface IReportSection
{
    /// <summary>The section's id in the page (its anchor), stable across runs.</summary>
    string Id { get; }

    /// <summary>The section's heading.</summary>
    string Title { get; }

    /// <summary>Whether the result has anything for this section.</summary>
    bool AppliesTo(ReportContext context);

    /// <summary>Writes the section's content, after its heading.</summary>
    void Write(ReportContext context, HtmlWriter html);
}
