using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LineSim.Model;

namespace LineSim.Tests.Properties;

/// <summary>
/// Generates small valid lines: 1 to 6 stations with processing times of every kind (means of 20 to 80 s), buffers
/// of 0 to 5 (or none), optional failures of both modes, either blocking policy, and an unlimited supply or an
/// arrival source with or without an input capacity. The line's name describes it, so that a counterexample reads.
/// </summary>
public static class LineArbitraries
{
    public static Arbitrary<LineModel> Lines() => Arb.From(Line);

    public static Gen<LineModel> Line =>
        from count in Gen.Choose(1, 6)
        from stations in Gen.ArrayOf(StationParts, count)
        from buffers in Gen.ArrayOf(Gen.Choose(-1, 5), Math.Max(0, count - 1))
        from blocking in Gen.Elements(BlockingPolicy.AfterService, BlockingPolicy.BeforeService)
        from source in Sources
        select Build(stations, buffers, blocking, source);

    public static Gen<Distribution> ProcessingTime =>
        from mean in Gen.Choose(20, 80).Select(m => (double)m)
        from spread in Gen.Choose(1, 100).Select(p => p / 100.0)
        from k in Gen.Choose(1, 5)
        from values in Gen.ArrayOf(Gen.Choose(10, 90).Select(v => (double)v), k)
        from kind in Gen.Choose(0, 10)
        select kind switch
        {
            0 => Distribution.Constant(mean),
            1 => Distribution.Exponential(mean),
            2 => Distribution.Normal(mean, mean * spread / 2),
            3 => Distribution.LogNormal(mean, mean * spread),
            4 => Distribution.Gamma(mean, mean * spread),
            5 => Distribution.GammaShapeScale(0.5 + (4.5 * spread), mean / (0.5 + (4.5 * spread))),
            6 => Distribution.Weibull(0.8 + (3 * spread), mean),
            7 => Distribution.Triangular(mean * (1 - spread) / 2, mean * (1 - (spread / 2)), mean * 1.5),
            8 => Distribution.Uniform(mean * (1 - spread), mean * (1 + spread)),
            9 => Distribution.Erlang(k, mean),
            _ => Distribution.Empirical(values),
        };

    private static Gen<FailureModel?> Failures =>
        from has in Gen.Choose(0, 2)
        from mtbf in Gen.Choose(500, 5_000).Select(m => (double)m)
        from mttr in Gen.Choose(20, 300).Select(m => (double)m)
        from weibull in Gen.Elements(false, true)
        from mode in Gen.Elements(FailureMode.OperationDependent, FailureMode.TimeDependent)
        select has == 0
            ? weibull
                ? new FailureModel(Distribution.Weibull(1.5, mtbf), Distribution.Uniform(mttr / 2, mttr * 1.5), mode)
                : FailureModel.FromMeans(mtbf, mttr, mode)
            : null;

    private static Gen<(Distribution Processing, FailureModel? Failures)> StationParts =>
        Gen.Zip(ProcessingTime, Failures).Select(p => (p.Item1, p.Item2));

    private static Gen<Source> Sources =>
        from kind in Gen.Choose(0, 3)
        from mean in Gen.Choose(30, 90).Select(m => (double)m)
        from capacity in Gen.Choose(-1, 5)
        select kind switch
        {
            0 or 1 => Source.Unlimited,
            2 => Source.Arrivals(Distribution.Exponential(mean), capacity < 0 ? null : capacity),
            _ => Source.Arrivals(Distribution.Uniform(mean / 2, mean * 1.5), capacity < 0 ? null : capacity),
        };

    private static LineModel Build((Distribution Processing, FailureModel? Failures)[] parts, int[] buffers, BlockingPolicy blocking, Source source)
    {
        var stations = new Station[parts.Length];
        var description = new List<string>();
        if (source.InterarrivalTime is { } arrivals)
        {
            description.Add($"arrivals {arrivals} into {(source.InputCapacity is { } c ? c.ToString(CultureInfo.InvariantCulture) : "unlimited")}");
        }

        var lineBuffers = new List<LineBuffer>();
        for (int i = 0; i < parts.Length; i++)
        {
            stations[i] = new Station($"S{i}", parts[i].Processing, parts[i].Failures);
            string failures = parts[i].Failures is { } f ? $" fails {f.Mode} ttf {f.TimeToFailure} ttr {f.TimeToRepair}" : string.Empty;
            description.Add($"S{i} {parts[i].Processing}{failures}");
            if (i < buffers.Length && buffers[i] >= 0)
            {
                lineBuffers.Add(new LineBuffer($"S{i}", buffers[i]));
                description.Add($"[{buffers[i]}]");
            }
        }

        description.Add(blocking.ToString());
        return new LineModel
        {
            Name = string.Join(" > ", description),
            TaktTime = 55,
            Stations = [.. stations],
            Buffers = [.. lineBuffers],
            Blocking = blocking,
            Source = source,
        };
    }
}
