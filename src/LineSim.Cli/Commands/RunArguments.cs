using System.Globalization;
using LineSim.Scenarios;

namespace LineSim.Cli.Commands;

/// <summary>The arguments of <c>linesim run</c>; the options, when given, override the scenario's <c>run</c> section.</summary>
/// <remarks><see cref="Warmup"/> is NaN for <c>--warmup auto</c>.</remarks>
internal sealed record RunArguments(
    string File,
    int? Replications,
    long? Seed,
    double? Warmup,
    double? Duration,
    bool Json,
    string? Csv,
    string? Plots,
    string? Engine = null,
    string? Report = null,
    string? CsvSummary = null,
    double? Precision = null,
    int? MaxReplications = null,
    bool Strict = false,
    bool Bottlenecks = false)
{
    /// <summary>The most replications <c>--precision</c> runs unless <c>--max-replications</c> says otherwise.</summary>
    public const int DefaultMaxReplications = 200;

    /// <summary>Whether MSER-5 picks the warm-up (<c>--warmup auto</c>).</summary>
    public bool AutoWarmup => Warmup is double.NaN;

    /// <summary>Every problem with the option values, each naming the option.</summary>
    public List<string> Validate()
    {
        var problems = new List<string>();
        if (Replications is { } replications && replications < 1)
        {
            problems.Add($"--replications must be at least 1, got {replications}.");
        }

        if (Warmup is { } warmup && !double.IsNaN(warmup) && (!double.IsFinite(warmup) || warmup < 0))
        {
            problems.Add($"--warmup must be 0 or more seconds, got {warmup.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (Duration is { } duration && (!double.IsFinite(duration) || duration <= 0))
        {
            problems.Add($"--duration must be greater than 0 seconds, got {duration.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (Engine is not (null or "auto" or "event" or "sample-path"))
        {
            problems.Add($"--engine must be 'auto', 'event' or 'sample-path', got '{Engine}'.");
        }

        if (Precision is { } precision && (!double.IsFinite(precision) || precision <= 0))
        {
            problems.Add($"--precision must be a JPH half-width greater than 0, got {precision.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (MaxReplications is not null && Precision is null)
        {
            problems.Add("--max-replications caps --precision; give --precision H too, or --replications for a fixed number.");
        }
        else if (MaxReplications is < 2)
        {
            problems.Add($"--max-replications must be at least 2, got {MaxReplications}.");
        }

        if (Bottlenecks && Engine == "sample-path")
        {
            problems.Add("--bottlenecks needs the event engine, which keeps every station's state over time; use --engine auto or --engine event.");
        }

        CliOptions.CheckFile(problems, "--csv", Csv, "a CSV file");
        CliOptions.CheckFile(problems, "--csv-summary", CsvSummary, "a CSV file");
        CliOptions.CheckFile(problems, "--report", Report, "an HTML file");
        if (Csv is not null && Csv == CsvSummary)
        {
            problems.Add($"--csv and --csv-summary name the same file, {Csv}; give each its own.");
        }

        if (Plots is { } plots && (plots.Length == 0 || System.IO.File.Exists(plots)))
        {
            problems.Add(plots.Length == 0 ? "--plots must name a folder, got an empty path." : $"--plots: {plots} is a file, not a folder.");
        }

        return problems;
    }

    /// <summary>
    /// <paramref name="message"/>, a problem of the simulation options that starts with the property's name
    /// (<c>Replications: ...</c>), with the name of the command-line option or the field of the scenario
    /// <paramref name="scenario"/> it came from.
    /// </summary>
    public string NameOptions(string message, Scenario scenario)
    {
        (string Property, string Option, bool Given)[] sources =
        [
            ("Replications", "--replications", Replications is not null),
            ("Warmup", "--warmup", Warmup is not null && !AutoWarmup),
            ("Duration", "--duration", Duration is not null),
            ("OutputInterval", "--plots (its hourly output intervals)", Plots is not null && scenario.Options.OutputInterval is null),
        ];
        foreach ((string property, string option, bool given) in sources)
        {
            if (message.StartsWith(property + ":", StringComparison.Ordinal))
            {
                string field = given ? option : $"{File}: run.{char.ToLowerInvariant(property[0])}{property[1..]}";
                return field + message[property.Length..];
            }
        }

        return message;
    }

    /// <summary>The scenario with its run options overridden by the options given.</summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        SimulationOptions options = scenario.Options;
        options = options with
        {
            Replications = Replications ?? options.Replications,
            Seed = Seed ?? options.Seed,
            Warmup = Warmup is { } warmup && !double.IsNaN(warmup) ? warmup : options.Warmup,

            // The charts include throughput over time, hour by hour unless the scenario says otherwise.
            OutputInterval = options.OutputInterval ?? (Plots is null && Report is null ? null : 3_600),
            Engine = Engine switch
            {
                "auto" => EngineSelection.Auto,
                "event" => EngineSelection.Event,
                "sample-path" => EngineSelection.SamplePath,
                _ => options.Engine,
            },
            AnalyseBottlenecks = Bottlenecks || options.AnalyseBottlenecks,
        };
        if (Duration is { } duration)
        {
            options = options with { Duration = duration, PartCount = null };
        }

        return scenario with { Options = options };
    }
}
