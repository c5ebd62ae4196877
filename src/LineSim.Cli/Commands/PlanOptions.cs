using System.CommandLine;

namespace LineSim.Cli.Commands;

/// <summary>The options that <c>experiment</c>, <c>compare</c> and <c>optimise</c> share; <c>--report</c> where the command writes one.</summary>
internal sealed record PlanOptions(Option<int?> Replications, Option<long?> Seed, Option<int?> Threads, Option<bool> Json, Option<string?> Csv, Option<string?>? Report)
{
    public static PlanOptions Create(bool report = false) => new(
        CliOptions.Integer("--replications", "N", "Replications of each configuration; overrides run.replications.", "-r"),
        CliOptions.Long("--seed", "S", "Seed of every configuration; overrides run.seed.", "-s"),
        CliOptions.Integer("--threads", "T", "The most replications run at once (default: one per processor); results do not depend on it."),
        new Option<bool>("--json") { Description = "Print only a JSON document of the results on standard output." },
        new Option<string?>("--csv") { HelpName = "FILE", Description = "Also write one row per configuration and replication to this CSV file." },
        report ? new Option<string?>("--report") { HelpName = "FILE", Description = "Also write a self-contained HTML report (each configuration's JPH and paired difference as charts, every figure as a table) to this file." } : null);

    public void AddTo(Command command)
    {
        command.Options.Add(Replications);
        command.Options.Add(Seed);
        command.Options.Add(Threads);
        command.Options.Add(Json);
        command.Options.Add(Csv);
        if (Report is not null)
        {
            command.Options.Add(Report);
        }
    }

    public PlanArguments Read(ParseResult parse, params string[] files) =>
        new(files, parse.GetValue(Replications), parse.GetValue(Seed), parse.GetValue(Json), parse.GetValue(Csv), parse.GetValue(Threads))
        {
            Report = Report is null ? null : parse.GetValue(Report),
            CommandLine = CliOptions.CommandLine(parse),
        };
}
