namespace LineSim.Scenarios;

/// <summary>Collects the problems found while reading a scenario, in document order.</summary>
internal sealed class ScenarioErrorList
{
    private readonly List<ScenarioError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<ScenarioError> Errors => _errors;

    public void Add(string path, string message) => _errors.Add(new ScenarioError(path, message));

    public void Add(ScenarioError error) => _errors.Add(error);
}
