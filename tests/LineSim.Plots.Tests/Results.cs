using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots.Tests;

/// <summary>Short simulation results to chart.</summary>
internal static class Results
{
    /// <summary>The line of <see cref="Line"/> with buffers of 2.</summary>
    public static LineModel LineModel { get; } = Model(2);

    /// <summary>Three stations with failures and two buffers: every chart has something to show.</summary>
    public static SimulationResult Line(int bufferCapacity = 2, int replications = 3, double? outputInterval = null) => Simulation.Create(
        Model(bufferCapacity),
        new SimulationOptions { Seed = 7, Replications = replications, Duration = 20_000, OutputInterval = outputInterval }).Run();

    private static LineModel Model(int bufferCapacity) =>
        new()
        {
            Name = "Plot test line",
            TaktTime = 55,
            Stations =
            [
                new("Load", Distribution.Constant(48)),
                new("Weld", Distribution.Exponential(mean: 50), FailureModel.FromMeans(mtbf: 3_600, mttr: 300)),
                new("Unload", Distribution.Uniform(min: 40, max: 52)),
            ],
            Buffers = [new(After: "Load", Capacity: bufferCapacity), new(After: "Weld", Capacity: bufferCapacity)],
        };
}
