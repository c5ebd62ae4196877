using LineSim.Experiments;
using LineSim.Model;

namespace LineSim.Tests.Experiments;

public sealed class ExperimentTests
{
    private static readonly ExperimentPlan s_plan = PlanText.Load(PlanText.Plan(PlanText.Line([55, 50, 60], replications: 5, duration: 50_000), """
        [ { "set": "stations[S2].bufferBefore", "values": [0, 2, 4] },
          { "set": "stations[S3].processingTime.mean", "values": [55, 60] } ]
        """));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_AnyThreadCount_BitIdenticalToOneThread(int threads)
    {
        ExperimentResult one = s_plan.CreateExperiment(maxDegreeOfParallelism: 1).Run();

        ExperimentResult many = s_plan.CreateExperiment(threads).Run();

        Assert.Equal(Fingerprint(one), Fingerprint(many));
    }

    [Fact]
    public void Aggregate_TasksRunOneByOne_SameAsRun()
    {
        Experiment experiment = s_plan.CreateExperiment();
        ExperimentTaskResult[] tasks = [.. Enumerable.Range(0, experiment.TaskCount).Reverse().Select(experiment.RunTask).Reverse()];

        ExperimentResult aggregated = experiment.Aggregate(tasks);

        Assert.Equal(Fingerprint(experiment.Run()), Fingerprint(aggregated));
    }

    [Fact]
    public void RunTask_ReplicationR_IsThatReplicationOfTheConfigurationAlone()
    {
        Experiment experiment = s_plan.CreateExperiment();
        ExperimentConfiguration configuration = s_plan.Configurations[3];

        ExperimentTaskResult task = experiment.RunTask((3 * experiment.Replications) + 2);

        var alone = Simulation.Create(configuration.Line, configuration.Options).RunReplication(2);
        Assert.Equal((3, 2, alone.ThroughputPerHour, alone.WorkInProcess), (task.Configuration, task.Replication, task.ThroughputPerHour, task.WorkInProcess));
    }

    [Fact]
    public void Run_Cancelled_KeepsOnlyConfigurationsThatFinished()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        ExperimentResult result = s_plan.CreateExperiment().Run(cancellationToken: cancelled.Token);

        Assert.True(result.Interrupted);
        Assert.Empty(result.Configurations);
        Assert.Equal(6, result.ConfigurationCount);
    }

    [Fact]
    public void Aggregate_MissingTasks_DropsTheirConfigurationsAndDifferencesNeedTheFirst()
    {
        Experiment experiment = s_plan.CreateExperiment();
        ExperimentTaskResult?[] tasks = [.. Enumerable.Range(0, experiment.TaskCount).Select(t => t is 0 or 7 ? null : experiment.RunTask(t))];

        ExperimentResult result = experiment.Aggregate(tasks);

        Assert.Equal([2, 3, 4, 5], result.Configurations.Select(c => c.Index));
        Assert.All(result.Configurations, c => Assert.Null(c.Difference));
    }

    [Fact]
    public void Create_DifferentSeeds_RefusedForCommonRandomNumbers()
    {
        LineModel line = ReferenceLines.Line(2, 1);

        var exception = Assert.Throws<ArgumentException>(() => Experiment.Create([new("a", line, new SimulationOptions { Seed = 1 }), new("b", line, new SimulationOptions { Seed = 2 })]));

        Assert.StartsWith("Configuration 1 'b' has seed 2 and 10 replications, the first 'a' seed 1 and 10", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameConfigurationTwice_DifferenceIsExactlyZero()
    {
        LineModel line = ReferenceLines.Line(3, 2);
        var options = new SimulationOptions { Seed = 4, Replications = 4, PartCount = 2_000 };

        ExperimentResult result = Experiment.Create([new("a", line, options), new("b", line, options)]).Run();

        Assert.Equal((0.0, 0.0), (result.Configurations[1].Difference!.ThroughputPerHour.Mean, result.Configurations[1].Difference!.ThroughputPerHour.HalfWidth));
    }

    private static string Fingerprint(ExperimentResult result) => ExperimentFingerprint.Of(result);
}
