using System.CommandLine;
using LineSim.Experiments.Shards;

namespace LineSim.Cli.Commands;

/// <summary>The options of <c>linesim experiment</c> that run one shard of a plan: <c>--shard K/N</c> or <c>--shard-from-env [--shards N]</c>, with <c>--out DIR</c>.</summary>
internal sealed record ShardOptions(Option<string?> Shard, Option<bool> FromEnvironment, Option<int?> Shards, Option<string?> Out)
{
    public static ShardOptions Create() => new(
        new Option<string?>("--shard") { HelpName = "K/N", Description = "Run only shard K of N (K from 0 to N - 1: tasks K, K + N, K + 2N, ...) and write its results to --out; linesim merge makes the experiment's output of the N shards." },
        new Option<bool>("--shard-from-env") { Description = "Like --shard, with K and N from the array job's variables: SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (Slurm), JOB_COMPLETION_INDEX (Kubernetes) or AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch), the last two with --shards N." },
        CliOptions.Integer("--shards", "N", "The number of shards, for --shard-from-env where the scheduler does not tell it (Kubernetes, AWS Batch)."),
        new Option<string?>("--out") { HelpName = "DIR", Description = "The folder a shard's file (shard-K-of-N) is written to; created when missing." });

    public void AddTo(Command command)
    {
        command.Options.Add(Shard);
        command.Options.Add(FromEnvironment);
        command.Options.Add(Shards);
        command.Options.Add(Out);
    }

    /// <summary>
    /// The command that runs the whole plan in one process: this one less the shard options and <c>--threads</c> (on
    /// which results do not depend), for the report of the merge.
    /// </summary>
    public static string OneProcessCommand(ParseResult parse)
    {
        var words = new List<string>();
        IReadOnlyList<System.CommandLine.Parsing.Token> tokens = parse.Tokens;
        for (int t = 0; t < tokens.Count; t++)
        {
            string word = tokens[t].Value;
            if (word is "--shard" or "--shards" or "--out" or "--threads")
            {
                t++;
            }
            else if (word != "--shard-from-env")
            {
                words.Add(word);
            }
        }

        return CliOptions.CommandLine(words);
    }

    /// <summary>Whether any shard option was given.</summary>
    public static bool Given(ParseResult parse, ShardOptions options) =>
        parse.GetResult(options.Shard) is not null || parse.GetValue(options.FromEnvironment) || parse.GetResult(options.Shards) is not null || parse.GetResult(options.Out) is not null;

    /// <summary>The shard asked for and the folder, or every problem with the options (each naming the option or variable).</summary>
    public (Shard Shard, string Directory)? Read(ParseResult parse, PlanArguments arguments, Func<string, string?> environment, List<string> problems)
    {
        string? text = parse.GetValue(Shard);
        bool fromEnvironment = parse.GetValue(FromEnvironment);
        int? shards = parse.GetValue(Shards);
        string? directory = parse.GetValue(Out);
        int before = problems.Count;
        if (text is not null && fromEnvironment)
        {
            problems.Add("give --shard K/N or --shard-from-env, not both.");
        }
        else if (text is null && !fromEnvironment)
        {
            problems.Add("--shards and --out run one shard of the plan: give --shard K/N or --shard-from-env.");
        }

        if (shards is not null && !fromEnvironment)
        {
            problems.Add("--shards goes with --shard-from-env; with --shard K/N, N is the number of shards.");
        }
        else if (shards is < 1)
        {
            problems.Add($"--shards must be at least 1, got {shards}.");
        }

        if (string.IsNullOrEmpty(directory))
        {
            problems.Add("a shard needs --out DIR, the folder its file is written to (shared by the shards and linesim merge).");
        }
        else if (File.Exists(directory))
        {
            problems.Add($"--out: {directory} is a file; give the folder the shards are written to.");
        }

        if (arguments.Json || arguments.Csv is not null || arguments.Report is not null)
        {
            problems.Add("--json, --csv and --report are options of linesim merge, which prints the experiment's results from its shards; a shard writes its results to --out only.");
        }

        if (problems.Count > before)
        {
            return null;
        }

        Shard shard;
        if (text is not null)
        {
            if (!Experiments.Shards.Shard.TryParse(text, out shard, out string? problem))
            {
                problems.Add($"--shard {text}: {problem}.");
                return null;
            }
        }
        else
        {
            (Shard? read, string? problem) = ShardEnvironment.Read(environment, shards);
            if (read is null)
            {
                problems.Add(problem!);
                return null;
            }

            shard = read.Value;
        }

        return (shard, directory!);
    }
}
