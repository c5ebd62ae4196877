namespace LineSim;

/// <summary>
/// A run stopped because its parts outgrew <see cref="SimulationOptions.MemoryLimit"/>: an unlimited input buffer
/// filled faster than the line took parts from it, which the line's figures alone could not show before the run began.
/// </summary>
/// <remarks>
/// The message begins with the model path of the field to change (<c>Source.InputCapacity: ...</c>), as the problems of
/// <see cref="Model.LineModel.Validate"/> do; <see cref="Scenarios.ScenarioLoader.ErrorAt"/> gives its path in a scenario file.
/// </remarks>
public sealed class MemoryLimitExceededException : InvalidOperationException
{
    /// <summary>Creates the exception with the problem: a model path, a colon, and what went wrong.</summary>
    public MemoryLimitExceededException(string problem)
        : base(problem)
    {
    }

    /// <summary>Creates the exception with an empty problem.</summary>
    public MemoryLimitExceededException()
    {
    }

    /// <summary>Creates the exception with a problem and the exception that caused it.</summary>
    public MemoryLimitExceededException(string problem, Exception innerException)
        : base(problem, innerException)
    {
    }
}
