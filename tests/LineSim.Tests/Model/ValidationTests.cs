using LineSim.Model;

namespace LineSim.Tests.Model;

/// <summary>Every bad input fails in <see cref="Simulation.Create"/> or a factory with an <see cref="ArgumentException"/> naming what is wrong.</summary>
public sealed class ValidationTests
{
    private static LineModel Valid => new()
    {
        TaktTime = 55,
        Stations = [new("Press", Distribution.Constant(40)), new("Weld", Distribution.Exponential(50))],
        Buffers = [new("Press", 2)],
    };

    private static ArgumentException CreateFails(LineModel line, SimulationOptions? options = null)
    {
        Exception? error = Record.Exception(() => Simulation.Create(line, options));
        return Assert.IsAssignableFrom<ArgumentException>(error);
    }

    private static void AssertMentions(Exception error, params string[] words)
    {
        foreach (string word in words)
        {
            Assert.Contains(word, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_ValidLine_Succeeds()
    {
        Assert.Empty(Valid.Validate());
        Assert.NotNull(Simulation.Create(Valid));
    }

    [Fact]
    public void Create_EmptyLine_NamesStations()
    {
        ArgumentException error = CreateFails(Valid with { Stations = [], Buffers = [] });

        AssertMentions(error, "Stations");
    }

    [Fact]
    public void Create_NegativeBufferCapacity_NamesTheBufferAndCapacity()
    {
        ArgumentException error = CreateFails(Valid with { Buffers = [new("Press", -1)] });

        AssertMentions(error, "Buffers[0]", "Capacity", "-1");
    }

    [Fact]
    public void Create_BufferAfterUnknownStation_NamesTheBufferAndTheName()
    {
        ArgumentException error = CreateFails(Valid with { Buffers = [new("Paint", 1)] });

        AssertMentions(error, "Buffers[0]", "After", "'Paint'");
    }

    [Fact]
    public void Create_BufferAfterLastStation_NamesTheStation()
    {
        ArgumentException error = CreateFails(Valid with { Buffers = [new("Weld", 1)] });

        AssertMentions(error, "Buffers[0]", "After", "'Weld'");
    }

    [Fact]
    public void Create_TwoBuffersAfterOneStation_NamesTheStation()
    {
        ArgumentException error = CreateFails(Valid with { Buffers = [new("Press", 1), new("Press", 2)] });

        AssertMentions(error, "Buffers[1]", "'Press'");
    }

    [Fact]
    public void Create_DuplicateStationName_NamesTheStationAndField()
    {
        ArgumentException error = CreateFails(Valid with { Stations = [new("Press", Distribution.Constant(1)), new("Press", Distribution.Constant(2))], Buffers = [] });

        AssertMentions(error, "Stations[1]", "'Press'", "Name");
    }

    [Fact]
    public void Create_EmptyStationName_NamesTheField()
    {
        ArgumentException error = CreateFails(Valid with { Stations = [new(" ", Distribution.Constant(1))], Buffers = [] });

        AssertMentions(error, "Stations[0]", "Name");
    }

    [Fact]
    public void Create_NullProcessingTime_NamesTheStationAndField()
    {
        ArgumentException error = CreateFails(Valid with { Stations = [new("Press", null!)], Buffers = [] });

        AssertMentions(error, "'Press'", "ProcessingTime");
    }

    [Fact]
    public void Create_FailureWithZeroMeanTimeToFailure_NamesTheStationAndField()
    {
        var failures = new FailureModel(Distribution.Constant(0), Distribution.Exponential(100));
        ArgumentException error = CreateFails(Valid with { Stations = [new("Press", Distribution.Constant(40), failures)], Buffers = [] });

        AssertMentions(error, "'Press'", "TimeToFailure");
    }

    [Fact]
    public void Create_UndefinedFailureMode_NamesTheStationAndField()
    {
        var failures = new FailureModel(Distribution.Exponential(1_000), Distribution.Exponential(100), (FailureMode)7);
        ArgumentException error = CreateFails(Valid with { Stations = [new("Press", Distribution.Constant(40), failures)], Buffers = [] });

        AssertMentions(error, "'Press'", "Mode");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-55)]
    [InlineData(0)]
    [InlineData(double.PositiveInfinity)]
    public void Create_BadTaktTime_NamesTaktTime(double taktTime)
    {
        ArgumentException error = CreateFails(Valid with { TaktTime = taktTime });

        AssertMentions(error, "TaktTime");
    }

    [Fact]
    public void Create_UndefinedBlockingPolicy_NamesBlocking()
    {
        ArgumentException error = CreateFails(Valid with { Blocking = (BlockingPolicy)9 });

        AssertMentions(error, "Blocking");
    }

    [Fact]
    public void Create_SeveralProblems_ListsThemAll()
    {
        ArgumentException error = CreateFails(Valid with { TaktTime = -1, Buffers = [new("Nowhere", -2)] });

        AssertMentions(error, "TaktTime", "Nowhere", "Capacity");
    }

    [Fact]
    public void Arrivals_NegativeInputCapacity_NamesTheParameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Source.Arrivals(Distribution.Exponential(60), -1));

        Assert.Equal("inputCapacity", error.ParamName);
    }

    [Theory]
    [InlineData(-1, 300, "mtbf")]
    [InlineData(0, 300, "mtbf")]
    [InlineData(double.NaN, 300, "mtbf")]
    [InlineData(3_600, -5, "mttr")]
    [InlineData(3_600, double.PositiveInfinity, "mttr")]
    public void FromMeans_ImpossibleMean_NamesMtbfOrMttr(double mtbf, double mttr, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FailureModel.FromMeans(mtbf, mttr));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(parameter + " must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ZeroReplications_NamesReplications()
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { Replications = 0 });

        AssertMentions(error, "Replications", "0");
        Assert.Equal("options", error.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_BadWarmup_NamesWarmup(double warmup)
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { Warmup = warmup });

        AssertMentions(error, "Warmup");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    public void Create_BadDuration_NamesDuration(double duration)
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { Duration = duration });

        AssertMentions(error, "Duration");
    }

    [Fact]
    public void Create_BothDurationAndPartCount_NamesBoth()
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { Duration = 1_000, PartCount = 10 });

        AssertMentions(error, "Duration", "PartCount");
    }

    [Fact]
    public void Create_ZeroPartCount_NamesPartCount()
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { PartCount = 0 });

        AssertMentions(error, "PartCount");
    }

    [Fact]
    public void Create_ZeroParallelism_NamesMaxDegreeOfParallelism()
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { MaxDegreeOfParallelism = 0 });

        AssertMentions(error, "MaxDegreeOfParallelism");
    }

    [Fact]
    public void Create_UndefinedEngine_NamesEngine()
    {
        ArgumentException error = CreateFails(Valid, new SimulationOptions { Engine = (EngineSelection)5 });

        AssertMentions(error, "Engine");
    }

    [Fact]
    public void RunReplication_NegativeIndex_NamesIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Simulation.Create(Valid).RunReplication(-1));

        Assert.Equal("index", error.ParamName);
    }

    public static TheoryData<string, string> ImpossibleDistributions => new()
    {
        { "Constant(-1)", "value" },
        { "Constant(NaN)", "value" },
        { "Exponential(0)", "mean" },
        { "Exponential(-3)", "mean" },
        { "Exponential(Infinity)", "mean" },
        { "Normal(0, 1)", "mean" },
        { "Normal(10, -1)", "stdDev" },
        { "Normal(NaN, 1)", "mean" },
        { "LogNormal(10, 0)", "stdDev" },
        { "LogNormal(-1, 1)", "mean" },
        { "Gamma(10, 0)", "stdDev" },
        { "Gamma(0, 1)", "mean" },
        { "GammaShapeScale(0, 1)", "shape" },
        { "GammaShapeScale(1, -1)", "scale" },
        { "Weibull(0, 1)", "shape" },
        { "Weibull(1, 0)", "scale" },
        { "Triangular(-1, 0, 1)", "min" },
        { "Triangular(5, 6, 5)", "max" },
        { "Triangular(1, 4, 3)", "mode" },
        { "Triangular(1, NaN, 3)", "mode" },
        { "Uniform(-1, 1)", "min" },
        { "Uniform(3, 3)", "max" },
        { "Uniform(0, NaN)", "max" },
        { "Erlang(0, 10)", "k" },
        { "Erlang(2, 0)", "mean" },
        { "Empirical(1, -2)", "values[1]" },
        { "Empirical(NaN)", "values[0]" },
        { "Empirical()", "values" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleDistributions))]
    public void Factory_ImpossibleParameters_ThrowsNamingTheParameter(string call, string parameter)
    {
        Exception? error = Record.Exception(() => DistributionCall.Make(call));

        var argument = Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal(parameter, argument.ParamName);
        Assert.Contains(parameter, argument.Message, StringComparison.Ordinal);
    }
}
