namespace LineSim.Scenarios;

/// <summary>One problem with a scenario file: where it is and what is wrong.</summary>
/// <param name="Path">
/// The JSON path of the offending value, such as <c>stations[2].processingTime.mean</c>; empty for a problem with the
/// document as a whole (malformed JSON, a missing file).
/// </param>
/// <param name="Message">What is wrong and what was found, such as <c>must be greater than 0, got -5</c>.</param>
public sealed record ScenarioError(string Path, string Message)
{
    /// <summary>The error as one line: <c>path: message</c>, or the message alone when the path is empty.</summary>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
