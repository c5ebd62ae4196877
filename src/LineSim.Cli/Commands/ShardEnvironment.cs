using System.Globalization;
using LineSim.Experiments.Shards;

namespace LineSim.Cli.Commands;

/// <summary>
/// The shard of an array job's task, from the variables its scheduler sets: Slurm's <c>SLURM_ARRAY_TASK_ID</c> (of
/// <c>SLURM_ARRAY_TASK_COUNT</c> shards for an array 0 to N - 1, else of <c>--shards N</c>), a Kubernetes Indexed Job's
/// <c>JOB_COMPLETION_INDEX</c> or AWS Batch's <c>AWS_BATCH_JOB_ARRAY_INDEX</c>, these two with <c>--shards N</c>.
/// </summary>
internal static class ShardEnvironment
{
    public const string SlurmId = "SLURM_ARRAY_TASK_ID";
    public const string SlurmCount = "SLURM_ARRAY_TASK_COUNT";
    public const string SlurmMin = "SLURM_ARRAY_TASK_MIN";
    public const string SlurmMax = "SLURM_ARRAY_TASK_MAX";
    public const string SlurmStep = "SLURM_ARRAY_TASK_STEP";
    public const string Kubernetes = "JOB_COMPLETION_INDEX";
    public const string AwsBatch = "AWS_BATCH_JOB_ARRAY_INDEX";

    /// <summary>The shard the variables give, or the problem with them, naming the variable.</summary>
    /// <param name="environment">Reads a variable.</param>
    /// <param name="shards">The <c>--shards</c> option's value.</param>
    public static (Shard? Shard, string? Problem) Read(Func<string, string?> environment, int? shards)
    {
        try
        {
            if (environment(SlurmId) is not null)
            {
                return Slurm(environment, shards);
            }

            foreach ((string variable, string scheduler, string total) in new[] { (Kubernetes, "a Kubernetes Indexed Job", "its completions"), (AwsBatch, "an AWS Batch array job", "the array's size") })
            {
                if (environment(variable) is not null)
                {
                    long index = Whole(environment, variable)!.Value;
                    return shards is { } count
                        ? Make(index, count, $"{variable} = {index}")
                        : (null, $"--shard-from-env: {variable} is set ({scheduler}), which does not tell the number of shards; give it with --shards N ({total}).");
                }
            }

            return (null, $"--shard-from-env: none of {SlurmId} (Slurm array job), {Kubernetes} (Kubernetes Indexed Job) or {AwsBatch} (AWS Batch array job) is set; run it as a task of an array job, or give --shard K/N.");
        }
        catch (FormatException exception)
        {
            return (null, $"--shard-from-env: {exception.Message}");
        }
    }

    /// <summary>
    /// Shard <c>SLURM_ARRAY_TASK_ID</c> of <c>--shards N</c>, or of the array's size when it is the whole array 0 to
    /// N - 1. An array of some shards only (a failed one run again with <c>--array=K</c>) does not tell N: it needs
    /// <c>--shards</c>, rather than a shard of a wrong split.
    /// </summary>
    private static (Shard? Shard, string? Problem) Slurm(Func<string, string?> environment, int? shards)
    {
        long id = Whole(environment, SlurmId)!.Value;
        long? min = Whole(environment, SlurmMin);
        long? max = Whole(environment, SlurmMax);
        long? count = Whole(environment, SlurmCount);
        long step = Whole(environment, SlurmStep) ?? 1;
        if (shards is { } given)
        {
            return Make(id, given, $"{SlurmId} = {id} with --shards {given}");
        }

        if (count is null && max is null)
        {
            return (null, $"--shard-from-env: {SlurmId} is set but neither {SlurmCount} nor {SlurmMax}; is this an array job (sbatch --array)? Or give --shards N.");
        }

        long total = count ?? (max!.Value - (min ?? 0) + 1);
        if ((min ?? 0) != 0 || (max is { } last && last != total - 1) || step != 1)
        {
            return (null, $"--shard-from-env: the array's tasks are {min ?? 0} to {max?.ToString(CultureInfo.InvariantCulture) ?? "?"} (step {step}), not the whole split 0 to N - 1 that {SlurmCount} = {total} would make; give --shards N (the number of shards, as when the plan was first submitted), so that task K runs shard K of N.");
        }

        return Make(id, total, $"{SlurmId} = {id}");
    }

    private static (Shard? Shard, string? Problem) Make(long index, long count, string source) =>
        Shard.TryCreate(index, count, out Shard shard, out string? problem) ? (shard, null) : (null, $"--shard-from-env: {source}: {problem}.");

    /// <summary>The variable's whole value, or <see langword="null"/> when it is not set.</summary>
    /// <exception cref="FormatException">It is set, but not to a whole number; the message names it.</exception>
    private static long? Whole(Func<string, string?> environment, string variable)
    {
        string? text = environment(variable);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw new FormatException($"{variable} must be a whole number, got '{text}'.");
    }
}
