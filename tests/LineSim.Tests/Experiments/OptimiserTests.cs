using LineSim.Experiments;
using LineSim.Model;

namespace LineSim.Tests.Experiments;

/// <summary>
/// The optimiser against exhaustive search on a balanced line of four exponential stations with up to twelve buffer
/// places: every allocation is simulated on more and longer replications than the search uses, and the optimiser's
/// choice must be the best or within its indifference zone of it.
/// </summary>
public sealed class OptimiserTests
{
    private const string Factors = """[ { "set": "stations[*].bufferBefore", "min": 0, "max": 12 } ]""";

    private static readonly Lazy<Dictionary<(int, int, int), double>> s_exhaustive = new(Exhaustive);

    [Fact]
    public void Run_MaximiseWithinABudget_ChoiceWithinTheIndifferenceZoneOfTheExhaustiveBest()
    {
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 55, 55, 55], replications: 10, seed: 3, duration: 200_000), Factors, """
            "optimise": { "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 12 },
                          "selection": { "indifferenceZone": 0.5 } }
            """));

        OptimisationResult result = Optimiser.Run(plan);

        (int, int, int) chosen = Allocation(result.Best!);
        KeyValuePair<(int, int, int), double> best = s_exhaustive.Value.MaxBy(e => e.Value);
        Assert.True(best.Value - s_exhaustive.Value[chosen] <= 0.5, $"chose {chosen} at {s_exhaustive.Value[chosen]:F2} JPH, the best is {best.Key} at {best.Value:F2}");
        Assert.Equal(12, result.Best!.Total);
        Assert.NotNull(result.RunnerUp);
        Assert.Equal((0.5, 0.95), (result.Selection!.IndifferenceZone, result.Selection.ProbabilityOfCorrectSelection));
        Assert.True(result.ConfigurationsEvaluated < 91, $"{result.ConfigurationsEvaluated} configurations evaluated, as many as exhaustive search");
    }

    [Fact]
    public void Exhaustive_BalancedExponentialLine_MorePlacesTowardTheMiddle()
    {
        (int first, int middle, int last) = s_exhaustive.Value.MaxBy(e => e.Value).Key;

        Assert.True(middle >= first && middle >= last, $"the best allocation is ({first}, {middle}, {last})");

        // The bowl: moving places from the middle to the ends costs throughput.
        Assert.True(s_exhaustive.Value[(4, 4, 4)] > s_exhaustive.Value[(6, 0, 6)] + 1);
        Assert.True(s_exhaustive.Value[(3, 6, 3)] > s_exhaustive.Value[(6, 0, 6)] + 1);
    }

    [Fact]
    public void Run_MinimiseTheTotalSubjectToJph_NoFewerPlacesMeetTheBound()
    {
        const double Bound = 49;
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 55, 55, 55], replications: 10, seed: 3, duration: 200_000), Factors, $$"""
            "optimise": { "minimise": "stations[*].bufferBefore", "subjectTo": { "throughputPerHour": { "atLeast": {{Bound}} } } }
            """));

        OptimisationResult result = Optimiser.Run(plan);

        Assert.True(result.Feasible);
        int total = (int)result.Best!.Total;
        Assert.InRange(total, 9, 12);
        Assert.True(result.Best.Figures.ThroughputPerHour.Mean >= Bound - result.Goal.IndifferenceZone, result.Best.Figures.ThroughputPerHour.ToString());
        double bestWithOneLess = Enumerable.Range(0, total).SelectMany(a => Enumerable.Range(0, total - a).Select(b => (a, b, total - 1 - a - b))).Max(Jph);
        Assert.True(bestWithOneLess < Bound + result.Goal.IndifferenceZone, $"{total - 1} places already give {bestWithOneLess:F2} JPH");
    }

    [Fact]
    public void Run_SamePlanAnyThreadCount_SameSearchAndChoice()
    {
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 55, 55, 55], replications: 4, seed: 8, duration: 100_000), Factors, """
            "optimise": { "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 6 } }
            """));

        OptimisationResult one = Optimiser.Run(plan, maxDegreeOfParallelism: 1);
        OptimisationResult two = Optimiser.Run(plan, maxDegreeOfParallelism: 2);

        Assert.Equal(one.Steps.Select(s => (s.Phase, string.Join(",", s.Settings), s.Objective)), two.Steps.Select(s => (s.Phase, string.Join(",", s.Settings), s.Objective)));
        Assert.Equal(Allocation(one.Best!), Allocation(two.Best!));
        Assert.Equal(one.Best!.Figures.ThroughputPerHour, two.Best!.Figures.ThroughputPerHour);
    }

    [Fact]
    public void Run_Cancelled_ReportsInterruptedWithoutSelection()
    {
        ExperimentPlan plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 55, 55, 55], replications: 2, duration: 20_000), Factors, """
            "optimise": { "maximise": "throughputPerHour", "budget": { "total": "stations[*].bufferBefore", "atMost": 6 } }
            """));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        OptimisationResult result = Optimiser.Run(plan, cancellationToken: cancelled.Token);

        Assert.True(result.Interrupted);
        Assert.Null(result.Selection);
    }

    private static double Jph((int, int, int) allocation) => s_exhaustive.Value[allocation];

    private static (int, int, int) Allocation(OptimisedConfiguration configuration) =>
        ((int)configuration.Settings[0].Value, (int)configuration.Settings[1].Value, (int)configuration.Settings[2].Value);

    /// <summary>JPH of every allocation of eight to twelve places, on 12 replications of 300,000 s (the search runs 10 of 200,000 s).</summary>
    private static Dictionary<(int, int, int), double> Exhaustive()
    {
        var allocations = new List<(int, int, int)>();
        for (int a = 0; a <= 12; a++)
        {
            for (int b = 0; a + b <= 12; b++)
            {
                for (int c = Math.Max(0, 8 - a - b); a + b + c <= 12; c++)
                {
                    allocations.Add((a, b, c));
                }
            }
        }

        var options = new SimulationOptions { Seed = 1_000, Replications = 12, Warmup = 10_000, Duration = 300_000 };
        ExperimentResult result = Experiment.Create(allocations.Select(x => new ExperimentConfiguration(x.ToString(), Line(x), options))).Run();
        return result.Configurations.ToDictionary(c => allocations[c.Index], c => c.Figures.ThroughputPerHour.Mean);
    }

    private static LineModel Line((int A, int B, int C) buffers) => ReferenceLines.Line(4, 0) with
    {
        Buffers = [new("S1", buffers.A), new("S2", buffers.B), new("S3", buffers.C)],
    };
}
