using LineSim.Model;

namespace LineSim.Execution;

/// <summary>Says why the sample-path engine is not exact for a line, naming the station that stops it.</summary>
internal static class SamplePathEligibility
{
    /// <summary>The reason the sample-path engine cannot run <paramref name="line"/> exactly; <see langword="null"/> when it can.</summary>
    public static string? Reason(CompiledLine line)
    {
        if (line.IsSamplePathExact)
        {
            return null;
        }

        for (int i = 0; i < line.StationCount; i++)
        {
            if (line.Failures[i] is { Mode: FailureMode.TimeDependent })
            {
                return $"Station '{line.Names[i]}' has time-dependent failures; the sample-path engine is exact only for serial "
                    + "lines of single-server stations without time-dependent failures (operation-dependent failures fold into "
                    + "the part they interrupt). Use EngineSelection.Auto or EngineSelection.Event for this line.";
            }
        }

        return $"The line '{line.Model.Name}' is not one the sample-path engine runs exactly; use EngineSelection.Auto or EngineSelection.Event.";
    }
}
