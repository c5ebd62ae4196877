namespace LineSim.Cli.Tests;

public sealed class ExitCodeTests : IClassFixture<ScenarioFiles>
{
    private const string StackTraceLine = "   at ";
    private readonly ScenarioFiles _files;

    public ExitCodeTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Run_MissingFile_ExitsTwoWithoutAStackTrace()
    {
        string path = Path.Combine(_files.Folder, "missing.json");

        CliRun run = CliRun.Of("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: file not found{Environment.NewLine}", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_InvalidScenario_ExitsTwoListingEveryProblem()
    {
        string path = _files.Write("invalid.json", """
            { "taktTime": -55, "stations": [ { "name": "A", "bufferBefor": 1, "processingTime": { "type": "exponential", "mean": -5 } } ],
              "run": { "replications": 0 } }
            """);

        CliRun run = CliRun.Of("run", path, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: 4 problems:", run.Error, StringComparison.Ordinal);
        Assert.Contains("  taktTime: must be greater than 0, got -55", run.Error, StringComparison.Ordinal);
        Assert.Contains("  stations[0].bufferBefor: unknown field, did you mean \"bufferBefore\"?", run.Error, StringComparison.Ordinal);
        Assert.Contains("  stations[0].processingTime.mean: must be greater than 0, got -5", run.Error, StringComparison.Ordinal);
        Assert.Contains("  run.replications: must be at least 1, got 0", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(StackTraceLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedJson_ExitsTwoNamingLineAndColumn()
    {
        string path = _files.Write("malformed.json", "{\n  \"taktTime\": 55,\n  \"stations\": [ { \"name\": \"A\" \"processingTime\": 40 } ]\n}");

        CliRun run = CliRun.Of("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}: malformed JSON at line 3, column 31: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--replications", "0", "linesim: --replications must be at least 1, got 0.")]
    [InlineData("--replications", "ten", "linesim: --replications must be a whole number, got 'ten'.")]
    [InlineData("--seed", "1.5", "linesim: --seed must be a whole number, got '1.5'.")]
    [InlineData("--warmup", "-1", "linesim: --warmup must be 0 or more seconds, got -1.")]
    [InlineData("--duration", "0", "linesim: --duration must be greater than 0 seconds, got 0.")]
    [InlineData("--duration", "long", "linesim: --duration must be a number of seconds, got 'long'.")]
    public void Run_InvalidOptionValue_ExitsTwo(string option, string value, string message)
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_CsvInMissingFolder_ExitsTwoBeforeRunning()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--csv", Path.Combine(_files.Folder, "no-such-folder", "out.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--csv: the folder of", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("a-folder", "is a folder; give the name of a CSV file to write.")]
    [InlineData("", "--csv must name a file, got an empty path.")]
    public void Run_CsvNotAFile_ExitsTwoBeforeRunning(string name, string message)
    {
        string path = name.Length == 0 ? name : Path.Combine(_files.Folder, name);
        if (name.Length > 0)
        {
            Directory.CreateDirectory(path);
        }

        CliRun run = CliRun.Of("run", _files.ShortPath, "--csv", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_CsvNotWritable_ExitsOneWithoutAStackTrace()
    {
        // A file another writer holds exclusively: the run succeeds, writing its CSV fails.
        string path = Path.Combine(_files.Folder, "locked.csv");
        using var holder = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);

        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "1", "--csv", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("linesim: cannot write the CSV file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(StackTraceLine, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public void Command_FolderForTheScenarioFile_ExitsTwoSayingItIsAFolder(string command)
    {
        CliRun run = CliRun.Of(command, _files.Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{_files.Folder}: is a folder, not a scenario file{Environment.NewLine}", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("run")]
    [InlineData("run", "a.json", "--replication", "3")]
    public void Run_BadCommandLine_ExitsTwoWithUsageHint(params string[] args)
    {
        CliRun run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help' for usage.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(StackTraceLine, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("validate", "--help")]
    public void Help_AnyCommand_ExitsZero(params string[] args)
    {
        CliRun run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("linesim", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidFile_SaysSoAndExitsZero()
    {
        CliRun run = CliRun.Of("validate", _files.ShortPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{_files.ShortPath}: valid. \"Short line\": 3 stations, takt 55 s.{Environment.NewLine}", run.Out);
        Assert.Equal(string.Empty, run.ErrorBesidesWarnings);
    }

    [Fact]
    public void Validate_InvalidFile_PrintsEveryProblemAndExitsTwo()
    {
        string path = _files.Write("two-problems.json", """{ "taktTime": 0, "stations": [ { "name": "A", "processingTime": { "type": "weibul", "shape": 2, "scale": 40 } } ] }""");

        CliRun run = CliRun.Of("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"{path}: 2 problems:{Environment.NewLine}"
            + $"  taktTime: must be greater than 0, got 0{Environment.NewLine}"
            + $"  stations[0].processingTime.type: must be \"constant\", \"exponential\", \"normal\", \"lognormal\", \"gamma\", \"weibull\", \"triangular\", \"uniform\", \"erlang\" or \"empirical\", got \"weibul\"; did you mean \"weibull\"?{Environment.NewLine}",
            run.Error);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        CliRun run = CliRun.Of("validate", Path.Combine(_files.Folder, "missing.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"missing.json: file not found{Environment.NewLine}", run.Error, StringComparison.Ordinal);
    }
}
