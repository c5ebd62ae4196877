using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using LineSim.Model;

namespace LineSim.Tests.SamplePath;

/// <summary>
/// Assembly lines the sample-path engine runs exactly: 2 or 3 feeder lines (sometimes one: a serial line given by
/// inputs, whose last station may take several parts at a time) of 1 to 3 stations (buffers of 0 to 3
/// between them, some through the station before and the line's buffers, the first one sometimes from the line's
/// source), each from an unlimited supply or arrivals into an input buffer of 0 to 3 places or unlimited, merging at
/// an assembly station through buffers of 0 to 3 with quantities of 1 to 3; sometimes a supply straight into the
/// assembly, a feeder that starts at a sub-assembly of two feeders, and 0 to 2 stations after the assembly. Every
/// kind of processing time (constants and empirical values make ties), both blocking policies, some
/// operation-dependent failures, and short runs that end by duration or part count.
/// </summary>
public static class AssemblyArbitraries
{
    public static Arbitrary<AssemblyCase> AssemblyCase() => Arb.From(CaseGen());

    private static Gen<double> Between(int low, int high) => Gen.Choose(low * 4, high * 4).Select(x => x / 4.0);

    private static Gen<Distribution> Processing() => Gen.OneOf(
        Between(1, 60).Select(Distribution.Constant),
        Gen.Elements(10.0, 20, 30, 40).Select(Distribution.Constant),
        Between(5, 60).Select(Distribution.Exponential),
        Gen.Zip(Between(20, 60), Between(1, 30)).Select(p => Distribution.LogNormal(p.Item1, p.Item2)),
        Gen.Zip(Between(0, 30), Between(31, 70)).Select(p => Distribution.Uniform(p.Item1, p.Item2)),
        Gen.Zip(Gen.Choose(1, 5), Between(10, 60)).Select(p => Distribution.Erlang(p.Item1, p.Item2)),
        Gen.ArrayOf(Gen.Choose(1, 6).Select(x => x * 10.0), 4).Select(v => Distribution.Empirical(v)));

    private static Gen<FailureModel?> Failures() => Gen.Frequency(
        (4, Gen.Constant<FailureModel?>(null)),
        (1, Gen.Zip(Between(100, 2000), Between(10, 300)).Select(p => (FailureModel?)FailureModel.FromMeans(p.Item1, p.Item2))),
        (1, Gen.Zip(Between(100, 1000), Between(10, 100)).Select(p => (FailureModel?)new FailureModel(Distribution.Uniform(0, p.Item1), Distribution.Constant(p.Item2)))));

    private static Gen<Source> Supplies() => Gen.Frequency(
        (3, Gen.Constant(Source.Unlimited)),
        (1, Gen.Zip(Between(10, 80), Gen.Choose(0, 3)).Select(p => Source.Arrivals(Distribution.Exponential(p.Item1), p.Item2))),
        (1, Gen.Zip(Between(10, 80), Gen.Choose(0, 3)).Select(p => Source.Arrivals(Distribution.Constant(p.Item1), p.Item2))),
        (1, Between(20, 80).Select(mean => Source.Arrivals(Distribution.Exponential(mean)))));

    private static Gen<int> Quantities() => Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 3)));

    /// <summary>A station: its processing time and failures, with a buffer after it and whether it takes from the station before implicitly.</summary>
    private static Gen<(Distribution Time, FailureModel? Failures, int Buffer, bool Implicit)> StationSpecs() =>
        from time in Processing()
        from failures in Failures()
        from buffer in Gen.Choose(0, 3)
        from implicitInput in Gen.Elements(true, false)
        select (time, failures, buffer, implicitInput);

    /// <summary>A feeder line: its stations, its supply, and the buffer and quantity of the input it feeds.</summary>
    private static Gen<Feeder> Feeders(int maxStations) =>
        from count in Gen.Choose(1, maxStations)
        from stations in Gen.ArrayOf(StationSpecs(), count)
        from supply in Supplies()
        from buffer in Gen.Choose(0, 3)
        from quantity in Quantities()
        select new Feeder([.. stations], supply, buffer, quantity);

    private static Gen<SimulationOptions> Options() =>
        from seed in Gen.Choose(0, int.MaxValue)
        from warmup in Gen.Elements(0.0, 500, 1234.5)
        from byDuration in Gen.Elements(true, true, false)
        from duration in Between(500, 15_000)
        from parts in Gen.Choose(1, 150)
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

    private static Gen<AssemblyCase> CaseGen() =>
        from feederCount in Gen.Frequency((1, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
        from feeders in Gen.ArrayOf(Feeders(3), feederCount)
        from nested in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from subFeeders in Gen.ArrayOf(Feeders(2), 2)
        from subAssembly in StationSpecs()
        from direct in Gen.Frequency((3, Gen.Constant<Feeder?>(null)), (1, Feeders(1).Select(f => (Feeder?)f)))
        from assembly in StationSpecs()
        from trunkLength in Gen.Choose(0, 2)
        from trunk in Gen.ArrayOf(StationSpecs(), trunkLength)
        from lineSource in Gen.Elements(true, false)
        from blocking in Gen.Elements(BlockingPolicy.AfterService, BlockingPolicy.BeforeService)
        from options in Options()
        select new AssemblyCase(Build(feeders, nested ? (subFeeders, subAssembly) : null, direct, assembly, trunk, lineSource, blocking), options);

    private static LineModel Build(
        Feeder[] feeders,
        (Feeder[] Feeders, (Distribution Time, FailureModel? Failures, int Buffer, bool Implicit) Station)? sub,
        Feeder? direct,
        (Distribution Time, FailureModel? Failures, int Buffer, bool Implicit) assembly,
        (Distribution Time, FailureModel? Failures, int Buffer, bool Implicit)[] trunk,
        bool lineSource,
        BlockingPolicy blocking)
    {
        var stations = new List<Station>();
        var buffers = new List<LineBuffer>();
        Source source = Source.Unlimited;

        // Adds a feeder line whose first station takes from `start` (a supply, or a station through a buffer); returns its last station.
        string AddChain(string prefix, Feeder feeder, StationInput start)
        {
            string previous = "";
            for (int k = 0; k < feeder.Stations.Length; k++)
            {
                var spec = feeder.Stations[k];
                string name = $"{prefix}{k}";
                var station = new Station(name, spec.Time, spec.Failures);
                if (k == 0)
                {
                    if (stations.Count == 0 && lineSource && start.Supply is { } supply)
                    {
                        source = supply; // The line's own source feeds the first station listed.
                    }
                    else
                    {
                        station = station with { Inputs = [start] };
                    }
                }
                else if (spec.Implicit)
                {
                    buffers.Add(new LineBuffer(previous, feeder.Stations[k - 1].Buffer));
                }
                else
                {
                    station = station with { Inputs = [StationInput.FromStation(previous, feeder.Stations[k - 1].Buffer)] };
                }

                stations.Add(station);
                previous = name;
            }

            return previous;
        }

        var inputs = new List<StationInput>();
        for (int f = 0; f < feeders.Length; f++)
        {
            StationInput start = StationInput.FromSupply(feeders[f].Supply);
            if (f == 0 && sub is { } nested)
            {
                var subInputs = new List<StationInput>();
                for (int g = 0; g < nested.Feeders.Length; g++)
                {
                    string subLast = AddChain($"G{g}S", nested.Feeders[g], StationInput.FromSupply(nested.Feeders[g].Supply));
                    subInputs.Add(StationInput.FromStation(subLast, nested.Feeders[g].Buffer) with { Quantity = nested.Feeders[g].Quantity });
                }

                stations.Add(new Station("Sub", nested.Station.Time, nested.Station.Failures) { Inputs = [.. subInputs] });
                start = StationInput.FromStation("Sub", nested.Station.Buffer);
            }

            string last = AddChain($"F{f}S", feeders[f], start);
            inputs.Add(StationInput.FromStation(last, feeders[f].Buffer) with { Quantity = feeders[f].Quantity });
        }

        if (direct is { } supplyInput)
        {
            inputs.Add(StationInput.FromSupply(supplyInput.Supply) with { Quantity = supplyInput.Quantity });
        }

        stations.Add(new Station("Asm", assembly.Time, assembly.Failures) { Inputs = [.. inputs] });
        string before = "Asm";
        int bufferAfter = assembly.Buffer;
        for (int t = 0; t < trunk.Length; t++)
        {
            string name = $"T{t}";
            var station = new Station(name, trunk[t].Time, trunk[t].Failures);
            if (trunk[t].Implicit)
            {
                buffers.Add(new LineBuffer(before, bufferAfter));
            }
            else
            {
                station = station with { Inputs = [StationInput.FromStation(before, bufferAfter)] };
            }

            stations.Add(station);
            before = name;
            bufferAfter = trunk[t].Buffer;
        }

        return new LineModel
        {
            Name = "Generated assembly",
            TaktTime = 55,
            Blocking = blocking,
            Source = source,
            Stations = [.. stations],
            Buffers = [.. buffers],
        };
    }

    /// <summary>A feeder line's stations, supply, and the buffer and quantity of the assembly input it feeds.</summary>
    private sealed record Feeder(
        ImmutableArray<(Distribution Time, FailureModel? Failures, int Buffer, bool Implicit)> Stations,
        Source Supply,
        int Buffer,
        int Quantity);
}
