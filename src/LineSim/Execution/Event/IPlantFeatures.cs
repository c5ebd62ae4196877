using LineSim.Execution.Compiled;

namespace LineSim.Execution.Event;

/// <summary>
/// Which features a plant uses, known when it is compiled, as a type argument of <see cref="PlantRun{TFeatures}"/>: the
/// JIT compiles the run once per combination in use, so the tests of a feature a plant lacks cost nothing and its code
/// is left out (the <see cref="IFlag"/> technique, one flag per feature).
/// </summary>
internal interface IPlantFeatures
{
    /// <summary>A station with several servers, several inputs (an assembly or a join) or several outputs (routing).</summary>
    static abstract bool Cells { get; }

    /// <summary>A conveyor between stations.</summary>
    static abstract bool Conveyors { get; }

    /// <summary>A quality check (scrap and rework), or a station fed only by rework.</summary>
    static abstract bool Quality { get; }

    /// <summary>A carrier loop.</summary>
    static abstract bool Carriers { get; }

    /// <summary>Variants (with their setups and routing), paced segments or planned maintenance.</summary>
    static abstract bool Planning { get; }

    /// <summary>A shift calendar: the run's clock is working time.</summary>
    static abstract bool Calendar { get; }

    /// <summary>Failures (and the crews that repair them).</summary>
    static abstract bool Failures { get; }

    /// <summary>Blocking before service, tracing, a departure observer, or series per output interval.</summary>
    static abstract bool Extras { get; }

    /// <summary>The active period method's bookkeeping (<see cref="Statistics.ActivePeriods"/>), asked for by <see cref="SimulationOptions.AnalyseBottlenecks"/>.</summary>
    static abstract bool Bottlenecks { get; }
}
