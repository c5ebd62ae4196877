using System.Buffers;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using Json.Schema;
using LineSim.Model;
using LineSim.Scenarios;
using LineSim.Tests.Planning;
using LineSim.Tests.Plants;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Scenarios;

/// <summary>
/// Over generated plants, with every feature of the model, and generated serial lines: written by
/// <see cref="ScenarioWriter"/>, a line's file passes the editors' schema, and loaded, it writes the same text again, its
/// run settings come back, and a run with the same seed gives bit-identical results.
/// </summary>
public sealed class ScenarioWriterPropertyTests
{
    private const string Replay = "(2718281,1414213563)";

    [Property(MaxTest = 60, Arbitrary = [typeof(AllFeaturePlants)], Replay = Replay)]
    public void Write_AnyPlant_LoadsToAnEqualPlant(PlantCase plant, int seed)
    {
        SimulationOptions options = plant.Options(seed);

        Scenario read = AssertRoundTrip(plant.Model, options);

        Assert.Equal(PlanningText.Describe(plant.Model), PlanningText.Describe(read.Line));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(LineArbitraries)], Replay = Replay)]
    public void Write_AnyLine_LoadsToAnEqualLine(LineModel line, int seed)
    {
        var options = new SimulationOptions { Seed = seed, Replications = 2, Duration = 20_000, MaxDegreeOfParallelism = 1 };

        AssertRoundTrip(line, options);
    }

    /// <summary>
    /// Any distribution the factories build, from parameters of any magnitude and all their digits, reads back with the
    /// same moments and the same draws from the same stream, bit for bit.
    /// </summary>
    [Property(MaxTest = 500, Replay = Replay)]
    public void Write_AnyDistribution_ReadsBackBitIdentical(byte kind, NormalFloat a, NormalFloat b, NormalFloat c, sbyte exponent)
    {
        double scale = Math.Pow(10, exponent % 12);
        double x = Math.Abs(a.Get) * scale;
        double y = Math.Abs(b.Get) * scale;
        double z = Math.Abs(c.Get) * scale;
        Distribution distribution;
        try
        {
            distribution = (kind % 10) switch
            {
                0 => Distribution.Constant(x),
                1 => Distribution.Exponential(x),
                2 => Distribution.Normal(x, y),
                3 => Distribution.LogNormal(x, y),
                4 => Distribution.Gamma(x, y),
                5 => Distribution.Weibull(1 + (Math.Abs(a.Get) % 3), y),
                6 => Distribution.Triangular(Math.Min(x, y), Math.Min(x, y) + (z / 2), Math.Min(x, y) + z),
                7 => Distribution.Uniform(Math.Min(x, y), Math.Max(x, y)),
                8 => Distribution.Erlang(1 + (kind % 7), x),
                _ => Distribution.Empirical([x, y, z]),
            };
        }
        catch (ArgumentException)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DistributionWriter.Write(writer, distribution, "d");
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        var errors = new ScenarioErrorList();
        Distribution? read = DistributionReader.Read(document.RootElement, "d", errors);

        Assert.True(read is not null, string.Join("; ", errors.Errors));
        Assert.Equal(distribution.GetType(), read.GetType());
        Assert.Equal(BitConverter.DoubleToInt64Bits(distribution.Mean), BitConverter.DoubleToInt64Bits(read.Mean));
        Assert.Equal(BitConverter.DoubleToInt64Bits(distribution.StandardDeviation), BitConverter.DoubleToInt64Bits(read.StandardDeviation));
        var first = new Random(kind);
        var second = new Random(kind);
        for (int k = 0; k < 20; k++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(distribution.Sample(first)), BitConverter.DoubleToInt64Bits(read.Sample(second)));
        }
    }

    private static Scenario AssertRoundTrip(LineModel line, SimulationOptions options)
    {
        string text = ScenarioWriter.Write(line, options);
        Scenario read = ScenarioWriterTests.Load(text);

        Assert.Equal(text, ScenarioWriter.Write(read));
        EvaluationResults schema = ScenarioSchemaTests.Evaluate(text);
        Assert.True(schema.IsValid, ScenarioSchemaTests.Problems(schema));

        // The file holds the scenario's settings; how many threads run it, and whether to analyse it, are the caller's.
        Assert.Equal(options with { MaxDegreeOfParallelism = null, AnalyseBottlenecks = false }, read.Options);
        Assert.Equal(ScenarioWriterTests.Fingerprint(line, options), ScenarioWriterTests.Fingerprint(read.Line, options));
        return read;
    }
}
