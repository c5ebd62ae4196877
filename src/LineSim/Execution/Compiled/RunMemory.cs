using System.Globalization;
using LineSim.Model;

namespace LineSim.Execution.Compiled;

/// <summary>
/// What a run keeps in memory, known from the line and the options before it starts: every replication's results
/// (figures per station, buffer, crew, carrier loop and segment; the series by output interval, day, week and shift)
/// and, while it runs, one engine per thread. Nothing else grows with the run's length or the number of parts, except
/// the parts waiting in an unlimited input buffer, which <see cref="MostParts"/> bounds by what the limit leaves.
/// </summary>
/// <remarks>
/// The figures are estimates of the managed objects' sizes, rounded up; a run is refused when they exceed
/// <see cref="SimulationOptions.MemoryLimit"/>, so that it fails at once with the field to change rather than after
/// hours with the machine out of memory.
/// </remarks>
internal readonly record struct RunMemory(long PerReplication, long PerInterval, long Intervals, long PerThread, int Replications)
{
    private const long ObjectHeader = 24;
    private const long Reference = 8;

    /// <summary>The bytes the run needs at its peak: every replication's results, and an engine on each thread.</summary>
    public long Total => Plus(Times(Plus(PerReplication, Times(PerInterval, Intervals)), Replications), PerThread);

    /// <summary>The default limit: half the memory the process may use on this machine.</summary>
    public static long DefaultLimit => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2;

    /// <summary>The limit a run with <paramref name="options"/> keeps to: <see cref="SimulationOptions.MemoryLimit"/>, or <see cref="DefaultLimit"/>.</summary>
    public static long LimitOf(SimulationOptions options) => options.MemoryLimit ?? DefaultLimit;

    /// <summary>Estimates the memory of running <paramref name="line"/> with <paramref name="options"/>.</summary>
    public static RunMemory Of(CompiledLine line, SimulationOptions options)
    {
        LineModel model = line.Model;
        int links = line.Topology.Links.Length;
        long perReplication = 512;
        for (int s = 0; s < line.StationCount; s++)
        {
            // The station's record, its servers' working times, and per input a starvation figure.
            perReplication += 256 + (16L * line.Servers[s]) + (64L * line.Topology.InputsOf[s].Length);
        }

        perReplication += links * 160L;
        perReplication += (model.Crews.Length * 96L) + (model.Carriers.Length * 112L) + (model.Segments.Length * 112L);
        perReplication += (model.Variants?.Variants.Length ?? 0) * 64L;

        double window = WindowLength(line, options);
        if (model.Calendar is { } calendar)
        {
            // Output per day, per week, and per shift of the window.
            double days = Math.Ceiling(window / 86_400);
            double shifts = days * calendar.Shifts.Length;
            perReplication = Plus(perReplication, (long)Math.Min(long.MaxValue / 2, (8 * (days + Math.Ceiling(window / 604_800))) + (64 * shifts)));
        }

        long intervals = 0;
        long perInterval = 0;
        if (options.OutputInterval is { } interval)
        {
            // Output and working time per interval, and each buffer's average level per interval.
            intervals = (long)Math.Min(long.MaxValue / 2, Math.Ceiling(window / interval));
            perInterval = 16 + (8L * links);
        }

        // An engine's arrays per station, server and link, its lead-time histogram (about 85 kB) and its series; per
        // machine its state and random streams, per carrier its return time, per assembly input rings of its quantity.
        long engine = (128 * 1024) + (line.StationCount * 512L) + (links * 1024L);
        for (int s = 0; s < line.StationCount; s++)
        {
            engine += 256L * line.Servers[s];
        }

        foreach (CarrierLoop loop in model.Carriers.IsDefault ? [] : model.Carriers)
        {
            // A return of limited capacity holds no more carriers than that.
            engine += 16L * Math.Min(loop.Count, loop.Return?.Capacity ?? int.MaxValue);
        }

        foreach (LineTopology.Link link in line.Topology.Links)
        {
            engine += 48L * link.Quantity;
        }

        long perThread = Plus(engine, Times(perInterval, intervals));
        return new RunMemory(perReplication, perInterval, intervals, Times(perThread, Threads(options)), options.Replications);
    }

    /// <summary>The bytes a part in the line holds in an event engine: its entry time, number and places in rings and per-part arrays, doubled as they grow.</summary>
    public const long BytesPerPart = 64;

    /// <summary>The replications that run at once, each with its own engine.</summary>
    public static int Threads(SimulationOptions options) =>
        Math.Max(1, Math.Min(options.Replications, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount));

    /// <summary>
    /// The most parts one replication's engine may hold at once: unlimited when every buffer a supply fills has a
    /// capacity, so that the parts in the line are bounded by the line itself; with an unlimited input buffer, what the
    /// memory limit leaves after the run's planned memory, shared among the threads.
    /// </summary>
    public static int MostParts(CompiledLine line, SimulationOptions options)
    {
        if (!RunTimeRules.UnlimitedInputBuffers(line.Model).Any())
        {
            return int.MaxValue;
        }

        long limit = LimitOf(options);
        long left = Math.Max(0, limit - Of(line, options).Total);
        return (int)Math.Clamp(left / Threads(options) / BytesPerPart, 1024, Array.MaxLength);
    }

    /// <summary>
    /// Why the run does not fit in <paramref name="limit"/> bytes, naming the option to change (as its property name,
    /// which scenario files and the command line translate to their own), or <see langword="null"/> when it does.
    /// </summary>
    public (string Option, string Message)? Refusal(long limit)
    {
        if (Intervals > Array.MaxLength)
        {
            // More than an array holds, whatever memory the limit allows.
            return ("OutputInterval", string.Create(CultureInfo.InvariantCulture, $"{Intervals:N0} output intervals per replication are more than the {Array.MaxLength:N0} a series can hold. Give a longer interval."));
        }

        if (Total <= limit)
        {
            return null;
        }

        string need = $"a run needs about {Bytes(Total)}, more than the memory limit of {Bytes(limit)} (SimulationOptions.MemoryLimit)";
        if (Times(PerInterval, Intervals) > PerReplication)
        {
            return ("OutputInterval", string.Create(CultureInfo.InvariantCulture, $"{Intervals:N0} output intervals per replication make each replication's results about {Bytes(Times(PerInterval, Intervals))}; {need}. Give a longer interval."));
        }

        long fit = Math.Max(0, (limit - PerThread) / Math.Max(1, Plus(PerReplication, Times(PerInterval, Intervals))));
        return ("Replications", string.Create(CultureInfo.InvariantCulture, $"{Replications:N0} replications keep about {Bytes(Plus(PerReplication, Times(PerInterval, Intervals)))} of results each; {need}. At most {fit:N0} fit."));
    }

    /// <summary>The observation window's length, in seconds: the duration, or for a run by part count the least time the parts take at the slowest station.</summary>
    private static double WindowLength(CompiledLine line, SimulationOptions options)
    {
        if (options.Duration is { } duration)
        {
            return duration;
        }

        double slowest = 0;
        for (int s = 0; s < line.StationCount; s++)
        {
            slowest = Math.Max(slowest, line.Processing[s].Mean / line.Servers[s]);
        }

        return (options.PartCount ?? 0) * slowest;
    }

    // Sums and products of sizes, held at long.MaxValue instead of wrapping round.
    private static long Plus(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Times(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 40 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 40):F1} TB"),
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):F1} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):F1} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} kB"),
    };
}
