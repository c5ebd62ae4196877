namespace LineSim.Results;

/// <summary>An estimate that belongs to a named part of the line: a server, an input, a carrier loop.</summary>
/// <param name="Name">What the estimate is about.</param>
/// <param name="Value">The mean over replications with its 95% confidence half-width.</param>
public sealed record NamedEstimate(string Name, Estimate Value);
