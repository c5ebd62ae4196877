using FsCheck;
using FsCheck.Fluent;
using LineSim.Model;

namespace LineSim.Tests.SamplePath;

/// <summary>
/// Lines the sample-path engine runs exactly: 1 to 8 stations with every kind of distribution (constants and
/// empirical values make ties), buffers of 0 to 5, both blocking policies, some operation-dependent failures, an
/// unlimited supply or an arrival source with a finite input buffer, and short runs that end by duration or part count.
/// </summary>
public static class SamplePathArbitraries
{
    public static Arbitrary<EngineCase> EngineCase() => Arb.From(CaseGen());

    private static Gen<double> Between(int low, int high) => Gen.Choose(low * 4, high * 4).Select(x => x / 4.0);

    private static Gen<Distribution> Processing() => Gen.OneOf(
        Between(1, 60).Select(Distribution.Constant),
        Between(5, 60).Select(Distribution.Exponential),
        Gen.Zip(Between(20, 60), Between(0, 20)).Select(p => Distribution.Normal(p.Item1, p.Item2)),
        Gen.Zip(Between(20, 60), Between(1, 30)).Select(p => Distribution.LogNormal(p.Item1, p.Item2)),
        Gen.Zip(Between(20, 60), Between(1, 30)).Select(p => Distribution.Gamma(p.Item1, p.Item2)),
        Gen.Zip(Between(1, 4), Between(20, 60)).Select(p => Distribution.Weibull(p.Item1, p.Item2)),
        from min in Between(0, 20) from mode in Between(20, 40) from max in Between(41, 70) select Distribution.Triangular(min, mode, max),
        Gen.Zip(Between(0, 30), Between(31, 70)).Select(p => Distribution.Uniform(p.Item1, p.Item2)),
        Gen.Zip(Gen.Choose(1, 5), Between(10, 60)).Select(p => Distribution.Erlang(p.Item1, p.Item2)),
        Gen.ArrayOf(Gen.Choose(1, 6).Select(x => x * 10.0), 4).Select(v => Distribution.Empirical(v)));

    private static Gen<FailureModel?> Failures() => Gen.Frequency(
        (3, Gen.Constant<FailureModel?>(null)),
        (1, Gen.Zip(Between(100, 2000), Between(10, 300)).Select(p => (FailureModel?)FailureModel.FromMeans(p.Item1, p.Item2))),
        (1, Gen.Zip(Between(100, 1000), Between(10, 100)).Select(p => (FailureModel?)new FailureModel(Distribution.Uniform(0, p.Item1), Distribution.Constant(p.Item2)))));

    private static Gen<Source> Sources() => Gen.Frequency(
        (2, Gen.Constant(Source.Unlimited)),
        (1, Gen.Zip(Between(10, 80), Gen.Choose(0, 5)).Select(p => Source.Arrivals(Distribution.Exponential(p.Item1), p.Item2))),
        (1, Gen.Zip(Between(10, 80), Gen.Choose(0, 5)).Select(p => Source.Arrivals(Distribution.Constant(p.Item1), p.Item2))),
        (1, Between(30, 80).Select(mean => Source.Arrivals(Distribution.Exponential(mean)))));

    private static Gen<SimulationOptions> Options() =>
        from seed in Gen.Choose(0, int.MaxValue)
        from warmup in Gen.Elements(0.0, 500, 1234.5)
        from byDuration in Gen.Elements(true, false)
        from duration in Between(500, 20_000)
        from parts in Gen.Choose(1, 300)
        from interval in Gen.Elements<double?>(null, 333.3, 3_600)
        select new SimulationOptions
        {
            Seed = seed,
            Replications = 1,
            Warmup = warmup,
            Duration = byDuration ? duration : null,
            PartCount = byDuration ? null : parts,
            OutputInterval = interval,
        };

    private static Gen<EngineCase> CaseGen() =>
        from count in Gen.Choose(1, 8)
        from processing in Gen.ArrayOf(Processing(), count)
        from failures in Gen.ArrayOf(Failures(), count)
        from buffers in Gen.ArrayOf(Gen.Choose(0, 5), count)
        from blocking in Gen.Elements(BlockingPolicy.AfterService, BlockingPolicy.BeforeService)
        from source in Sources()
        from options in Options()
        select new EngineCase(
            new LineModel
            {
                Name = "Generated",
                TaktTime = 55,
                Blocking = blocking,
                Source = source,
                Stations = [.. Enumerable.Range(0, count).Select(i => new Station($"S{i}", processing[i], failures[i]))],
                Buffers = [.. Enumerable.Range(0, count - 1).Select(i => new LineBuffer($"S{i}", buffers[i]))],
            },
            options);
}
