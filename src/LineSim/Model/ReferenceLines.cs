using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// Standard lines for benchmarks and validation. <see cref="Line"/> is LINE(K, B): K single-server stations in
/// series with exponential processing times, a buffer of B between consecutive stations, blocking after service, an
/// unlimited supply and an unlimited sink. With K = 2 its throughput is exactly mu (B + 2) / (B + 3).
/// </summary>
public static class ReferenceLines
{
    /// <summary>Builds LINE(<paramref name="stations"/>, <paramref name="buffer"/>).</summary>
    /// <param name="stations">K, the number of stations; 1 or more. They are named "S1" to "SK".</param>
    /// <param name="buffer">B, the capacity of every buffer between consecutive stations (parts waiting, not counting those on machines); 0 or more.</param>
    /// <param name="meanProcessingTime">The mean of every station's exponential processing time, in seconds; greater than zero; 55 by default.</param>
    /// <returns>A line named "LINE(K,B)" with takt time equal to <paramref name="meanProcessingTime"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range; the message names it and its value.</exception>
    public static LineModel Line(int stations, int buffer, double meanProcessingTime = 55)
    {
        if (stations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(stations), stations, $"stations must be at least 1, got {stations}.");
        }

        if (buffer < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(buffer), buffer, $"buffer must be 0 or more, got {buffer}.");
        }

        Distribution processing = Distribution.Exponential(meanProcessingTime);
        var stationList = new Station[stations];
        var buffers = new LineBuffer[stations - 1];
        for (int i = 0; i < stations; i++)
        {
            stationList[i] = new Station(string.Create(CultureInfo.InvariantCulture, $"S{i + 1}"), processing);
            if (i + 1 < stations)
            {
                buffers[i] = new LineBuffer(stationList[i].Name, buffer);
            }
        }

        return new LineModel
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"LINE({stations},{buffer})"),
            TaktTime = meanProcessingTime,
            Stations = [.. stationList],
            Buffers = [.. buffers],
        };
    }
}
