using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Plots;

/// <summary>
/// Writes charts of a <see cref="SimulationResult"/>, each as an SVG and a PNG file 900 pixels wide and 560 high (taller
/// for a chart with a row per station or buffer, so that every row has room for its label), with a title,
/// axis labels with units and a legend.
/// </summary>
/// <remarks>
/// Every method creates the directory when it does not exist and overwrites files of the same name. The methods are
/// thread-safe for different directories.
/// </remarks>
public static class LinePlots
{
    /// <summary>
    /// Writes every chart the result supports: station states, throughput per replication, throughput over time (with
    /// <see cref="SimulationOptions.OutputInterval"/> set or a shift calendar: each interval for a window of up to two
    /// weeks, <c>throughput-per-day</c> and <c>throughput-per-week</c> for longer ones), lead time and its histogram
    /// (when a part left the line), buffer occupancy and levels (when the line has a buffer with room for parts).
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <param name="line">
    /// The line that was simulated, when known: with its shift calendar, throughput over time is per working hour (without
    /// it, per calendar hour).
    /// </param>
    /// <returns>The paths of the files written, SVG then PNG for each chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or names a file.</exception>
    public static ImmutableArray<string> WriteAll(SimulationResult result, string directory, LineModel? line = null)
    {
        Check(result, directory);
        var files = ImmutableArray.CreateBuilder<string>();
        foreach (Chart chart in ChartSet.All(result, line?.Calendar))
        {
            files.AddRange(ChartFile.Save(chart, directory));
        }

        return files.ToImmutable();
    }

    /// <summary>
    /// Writes <c>station-states.svg</c> and <c>.png</c>: per station, in flow order, stacked bars of the share of time
    /// working, starved, blocked and down (means over replications).
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or names a file.</exception>
    public static ImmutableArray<string> WriteStationStates(SimulationResult result, string directory)
    {
        Check(result, directory);
        return ChartFile.Save(StationStatesChart.Create(result), directory);
    }

    /// <summary>
    /// Writes <c>throughput.svg</c> and <c>.png</c>: each replication's throughput in jobs per hour, their mean with
    /// its 95% confidence interval, and the throughput the takt time asks for.
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or names a file.</exception>
    public static ImmutableArray<string> WriteThroughput(SimulationResult result, string directory)
    {
        Check(result, directory);
        return ChartFile.Save(ThroughputChart.Create(result), directory);
    }

    /// <summary>
    /// Writes <c>throughput-over-time.svg</c> and <c>.png</c>: throughput in jobs per hour in each interval of the
    /// observation window (<see cref="SimulationResult.OutputInterval"/>), its 95% confidence band over replications, and
    /// the throughput the takt time asks for.
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <param name="line">The line that was simulated, when known: with its shift calendar, throughput is per working hour.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="directory"/> is empty or names a file, or the result counts no output per interval (set
    /// <see cref="SimulationOptions.OutputInterval"/>).
    /// </exception>
    public static ImmutableArray<string> WriteThroughputOverTime(SimulationResult result, string directory, LineModel? line = null)
    {
        Check(result, directory);
        if (ThroughputSeries.PerInterval(result, line?.Calendar) is not { } series)
        {
            throw new ArgumentException("The result counts no output per interval: set SimulationOptions.OutputInterval (for example 3600 s) to chart throughput over time.", nameof(result));
        }

        return ChartFile.Save(ThroughputOverTimeChart.Create(result, series), directory);
    }

    /// <summary>
    /// Writes <c>buffer-levels.svg</c> and <c>.png</c>: each buffer's average level in each interval of the
    /// observation window (<see cref="BufferSummary.AverageLevelOverTime"/>), one line per buffer.
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="directory"/> is empty or names a file, or the result has no buffer with room or no levels per
    /// interval (set <see cref="SimulationOptions.OutputInterval"/>).
    /// </exception>
    public static ImmutableArray<string> WriteBufferLevels(SimulationResult result, string directory)
    {
        Check(result, directory);
        if (BufferLevelsChart.Buffers(result).Count == 0)
        {
            throw new ArgumentException("The result has no buffer levels per interval to chart: it needs a buffer with room and SimulationOptions.OutputInterval set (for example 3600 s).", nameof(result));
        }

        return ChartFile.Save(BufferLevelsChart.Create(result), directory);
    }

    /// <summary>
    /// Writes <c>lead-time-histogram.svg</c> and <c>.png</c>: the share of parts by lead time over all replications
    /// (<see cref="SimulationResult.LeadTimeHistogram"/>), with the mean and the 95th percentile marked.
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or names a file, or no part left the line.</exception>
    public static ImmutableArray<string> WriteLeadTimeHistogram(SimulationResult result, string directory)
    {
        Check(result, directory);
        if (!LeadTimeHistogramChart.HasData(result))
        {
            throw new ArgumentException("No part left the line in any replication's observation window, so there are no lead times to chart.", nameof(result));
        }

        return ChartFile.Save(LeadTimeHistogramChart.Create(result), directory);
    }

    /// <summary>
    /// Writes <c>lead-time.svg</c> and <c>.png</c>: the mean, median and 95th percentile lead time in seconds, each
    /// with its 95% confidence interval over replications.
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="directory"/> is empty or names a file, or no part left the line in any replication's
    /// observation window, so that lead time is undefined.
    /// </exception>
    public static ImmutableArray<string> WriteLeadTime(SimulationResult result, string directory)
    {
        Check(result, directory);
        if (!LeadTimeChart.HasData(result))
        {
            throw new ArgumentException("No part left the line in the observation window of any replication, so lead time is undefined.", nameof(result));
        }

        return ChartFile.Save(LeadTimeChart.Create(result), directory);
    }

    /// <summary>
    /// Writes <c>buffer-occupancy.svg</c> and <c>.png</c>: per buffer with room for parts (the input buffer first,
    /// buffers of capacity 0 left out), stacked bars of the share of time empty, partly filled and full, labelled with
    /// the average level.
    /// </summary>
    /// <param name="result">The simulation result to chart.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="directory"/> is empty or names a file, or the line has no buffer with a capacity above 0.
    /// </exception>
    public static ImmutableArray<string> WriteBufferOccupancy(SimulationResult result, string directory)
    {
        Check(result, directory);
        if (BufferOccupancyChart.Buffers(result).Count == 0)
        {
            throw new ArgumentException($"The line \"{result.Scenario}\" has no buffer with a capacity above 0.", nameof(result));
        }

        return ChartFile.Save(BufferOccupancyChart.Create(result), directory);
    }

    /// <summary>
    /// Writes <c><paramref name="fileName"/>.svg</c> and <c>.png</c>: the throughput in jobs per hour with its 95%
    /// confidence interval against a swept parameter, such as a buffer capacity, and the throughput the takt asks for.
    /// </summary>
    /// <param name="points">The sweep, one point per value of the parameter, all of the same line's takt time.</param>
    /// <param name="parameter">The parameter's name with its unit, the horizontal axis's label, such as <c>"Buffer capacity (parts)"</c>.</param>
    /// <param name="directory">The folder to write to.</param>
    /// <param name="fileName">The files' name without extension.</param>
    /// <returns>The paths of the SVG and the PNG file.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="points"/> is empty or holds a <see langword="null"/> result, <paramref name="parameter"/> or
    /// <paramref name="fileName"/> is empty, or <paramref name="directory"/> is empty or names a file.
    /// </exception>
    public static ImmutableArray<string> WriteThroughputSweep(IReadOnlyList<SweepPoint> points, string parameter, string directory, string fileName = "throughput-sweep")
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentException.ThrowIfNullOrWhiteSpace(parameter);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ChartFile.CheckDirectory(directory);
        if (points.Count == 0)
        {
            throw new ArgumentException("The sweep must have at least one point, got none.", nameof(points));
        }

        for (int i = 0; i < points.Count; i++)
        {
            if (points[i].Result is null)
            {
                throw new ArgumentException($"points[{i}].Result must be a simulation result, got null.", nameof(points));
            }
        }

        return ChartFile.Save(ThroughputSweepChart.Create(points, parameter, fileName), directory);
    }

    private static void Check(SimulationResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ChartFile.CheckDirectory(directory);
    }
}
