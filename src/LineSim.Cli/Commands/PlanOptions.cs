using System.CommandLine;

namespace LineSim.Cli.Commands;

/// <summary>The options that <c>experiment</c>, <c>compare</c> and <c>optimise</c> share.</summary>
internal sealed record PlanOptions(Option<int?> Replications, Option<long?> Seed, Option<int?> Threads, Option<bool> Json, Option<string?> Csv)
{
    public static PlanOptions Create() => new(
        CliOptions.Integer("--replications", "N", "Replications of each configuration; overrides run.replications.", "-r"),
        CliOptions.Long("--seed", "S", "Seed of every configuration; overrides run.seed.", "-s"),
        CliOptions.Integer("--threads", "T", "The most replications run at once (default: one per processor); results do not depend on it."),
        new Option<bool>("--json") { Description = "Print only a JSON document of the results on standard output." },
        new Option<string?>("--csv") { HelpName = "FILE", Description = "Also write one row per configuration and replication to this CSV file." });

    public void AddTo(Command command)
    {
        command.Options.Add(Replications);
        command.Options.Add(Seed);
        command.Options.Add(Threads);
        command.Options.Add(Json);
        command.Options.Add(Csv);
    }

    public PlanArguments Read(ParseResult parse, params string[] files) =>
        new(files, parse.GetValue(Replications), parse.GetValue(Seed), parse.GetValue(Json), parse.GetValue(Csv), parse.GetValue(Threads));
}
