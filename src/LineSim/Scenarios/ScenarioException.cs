using System.Collections.Immutable;

namespace LineSim.Scenarios;

/// <summary>Thrown by <see cref="ScenarioLoadResult.GetScenarioOrThrow"/> for an invalid scenario; lists every problem.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    /// <param name="errors">Every problem found.</param>
    public ScenarioException(ImmutableArray<ScenarioError> errors)
        : base("The scenario is invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors.IsDefault ? [] : errors))
    {
        Errors = errors.IsDefault ? [] : errors;
    }

    /// <summary>Creates the exception with a general message and no listed errors.</summary>
    public ScenarioException()
        : this("The scenario is invalid.")
    {
    }

    /// <summary>Creates the exception with a message and no listed errors.</summary>
    /// <param name="message">The message.</param>
    public ScenarioException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no listed errors.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ScenarioError> Errors { get; }
}
