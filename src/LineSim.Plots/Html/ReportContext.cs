using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots.Html;

/// <summary>What every section of the report reads: the result, the line that was simulated, and the report's options.</summary>
/// <param name="Result">The simulation result.</param>
/// <param name="Line">The line that was simulated.</param>
/// <param name="Options">The report's options.</param>
internal sealed record ReportContext(SimulationResult Result, LineModel Line, HtmlReportOptions Options)
{
    /// <summary>Whether the line works to a shift calendar.</summary>
    public bool HasCalendar => Line.Calendar is not null;

    /// <summary>The takt's throughput, in parts per hour.</summary>
    public double TaktJph => 3_600 / Result.TaktTime;
}
