namespace LineSim.Cli.Reporting;

/// <summary>Writes a command's <c>--report</c> page and says so, or says why it could not.</summary>
internal static class ReportFile
{
    /// <summary>Writes the page with <paramref name="write"/>; whether that went well (else the problem is printed).</summary>
    /// <param name="console">Where the messages go.</param>
    /// <param name="path">The HTML file to write.</param>
    /// <param name="json">Whether standard output holds only a JSON document, so nothing else may be printed there.</param>
    /// <param name="write">Writes the page to the path it is given.</param>
    public static bool Write(CliConsole console, string path, bool json, Action<string> write)
    {
        try
        {
            write(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"linesim: cannot write the report {path}: {exception.Message}");
            return false;
        }

        if (!json)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote the HTML report to {path}");
        }

        return true;
    }
}
