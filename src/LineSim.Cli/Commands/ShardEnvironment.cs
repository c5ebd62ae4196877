using System.Globalization;
using LineSim.Experiments.Shards;

namespace LineSim.Cli.Commands;

/// <summary>
/// The shard of an array job's task, from the variables its scheduler sets: Slurm's <c>SLURM_ARRAY_TASK_ID</c> with
/// <c>SLURM_ARRAY_TASK_COUNT</c> (or <c>_MIN</c> and <c>_MAX</c>), a Kubernetes Indexed Job's <c>JOB_COMPLETION_INDEX</c>
/// or AWS Batch's <c>AWS_BATCH_JOB_ARRAY_INDEX</c>, each with <c>--shards N</c>.
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

    private static (Shard? Shard, string? Problem) Slurm(Func<string, string?> environment, int? shards)
    {
        long id = Whole(environment, SlurmId)!.Value;
        long min = Whole(environment, SlurmMin) ?? 0;
        long? max = Whole(environment, SlurmMax);
        long? count = Whole(environment, SlurmCount);
        if (Whole(environment, SlurmStep) is { } step && step != 1)
        {
            return (null, $"--shard-from-env: {SlurmStep} is {step}; submit the array without a step (--array=0-N-1 for N shards), so that its tasks are the shards 0 to N - 1.");
        }

        if (count is { } c && max is { } m && c != m - min + 1)
        {
            return (null, $"--shard-from-env: the array has gaps ({SlurmCount} = {c}, but {SlurmMin} to {SlurmMax} is {min} to {m}); submit --array=0-{c - 1} and run a failed shard again by its number.");
        }

        long? total = count ?? (max - min + 1);
        if (total is null)
        {
            return (null, $"--shard-from-env: {SlurmId} is set but neither {SlurmCount} nor {SlurmMax}; is this an array job (sbatch --array)?");
        }

        if (shards is { } given && given != total)
        {
            return (null, $"--shards {given} disagrees with the Slurm array, which has {total} tasks ({SlurmCount}).");
        }

        return Make(id - min, total.Value, $"{SlurmId} = {id}" + (min != 0 ? $" less {SlurmMin} = {min}" : string.Empty));
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
