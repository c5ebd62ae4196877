using System.Collections.Immutable;
using System.Globalization;

namespace LineSim.Model;

/// <summary>
/// An immutable description of a serial production line: stations in flow order, the buffers between them,
/// the source that feeds the first station and the takt time the line is paced against.
/// </summary>
/// <remarks>
/// Parts leave the last station into an unlimited sink, which never blocks it. All times are in seconds.
/// <see cref="Validate"/> lists every problem at once; <see cref="Simulation.Create"/> refuses a model with any.
/// </remarks>
public sealed record LineModel
{
    /// <summary>A name for reports.</summary>
    /// <value>Defaults to <c>"Line"</c>.</value>
    public string Name { get; init; } = "Line";

    /// <summary>The stations in flow order; at least one.</summary>
    public required ImmutableArray<Station> Stations { get; init; }

    /// <summary>The buffers between consecutive stations; a pair without one has a buffer of capacity 0.</summary>
    /// <value>Defaults to none.</value>
    public ImmutableArray<LineBuffer> Buffers { get; init; } = [];

    /// <summary>Where parts come from.</summary>
    /// <value>Defaults to <see cref="Source.Unlimited"/>.</value>
    public Source Source { get; init; } = Source.Unlimited;

    /// <summary>The takt time the line is paced against, in seconds (e.g. 55); greater than zero.</summary>
    public required double TaktTime { get; init; }

    /// <summary>When stations are blocked by a full downstream buffer.</summary>
    /// <value>Defaults to <see cref="BlockingPolicy.AfterService"/>.</value>
    public BlockingPolicy Blocking { get; init; } = BlockingPolicy.AfterService;

    /// <summary>
    /// The capacity of the buffer after each station but the last, in flow order: element i lies between
    /// station i and station i + 1.
    /// </summary>
    /// <exception cref="ArgumentException">The model is invalid (see <see cref="Validate"/>).</exception>
    public ImmutableArray<int> BufferCapacities()
    {
        ThrowIfInvalid();
        var capacities = new int[Stations.Length - 1];
        foreach (LineBuffer buffer in Buffers)
        {
            capacities[IndexOf(buffer.After)] = buffer.Capacity;
        }

        return [.. capacities];
    }

    /// <summary>The position of the station named <paramref name="name"/> in flow order, or -1.</summary>
    /// <param name="name">The station's name.</param>
    public int IndexOf(string name)
    {
        if (Stations.IsDefault)
        {
            return -1;
        }

        for (int i = 0; i < Stations.Length; i++)
        {
            if (Stations[i]?.Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Lists every problem with the model, each naming the station or buffer and the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("Name: must not be empty.");
        }

        if (!double.IsFinite(TaktTime) || TaktTime <= 0)
        {
            problems.Add($"TaktTime: must be a number greater than 0, got {Require.Format(TaktTime)}.");
        }

        if (!Enum.IsDefined(Blocking))
        {
            problems.Add($"Blocking: must be AfterService or BeforeService, got {(int)Blocking}.");
        }

        if (Source is null)
        {
            problems.Add("Source: must not be null; use Source.Unlimited or Source.Arrivals(...).");
        }
        else if (Source.InterarrivalTime is { Mean: <= 0 })
        {
            problems.Add("Source.InterarrivalTime: mean must be greater than 0, got 0; parts would arrive without end at one instant.");
        }

        if (Stations.IsDefaultOrEmpty)
        {
            problems.Add("Stations: the line needs at least one station, got none.");
            return problems;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Stations.Length; i++)
        {
            Station station = Stations[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"Stations[{i}]");
            if (station is null)
            {
                problems.Add($"{at}: must not be null.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(station.Name))
            {
                problems.Add($"{at}.Name: must not be empty.");
            }
            else
            {
                at = $"{at} '{station.Name}'";
                if (!names.Add(station.Name))
                {
                    problems.Add($"{at}.Name: another station already has this name; station names must be unique.");
                }
            }

            if (station.ProcessingTime is null)
            {
                problems.Add($"{at}.ProcessingTime: must not be null.");
            }

            if (station.Failures is { } failures)
            {
                if (failures.TimeToFailure is null)
                {
                    problems.Add($"{at}.Failures.TimeToFailure: must not be null.");
                }
                else if (failures.TimeToFailure.Mean <= 0)
                {
                    problems.Add($"{at}.Failures.TimeToFailure: mean must be greater than 0, got {Require.Format(failures.TimeToFailure.Mean)}.");
                }

                if (failures.TimeToRepair is null)
                {
                    problems.Add($"{at}.Failures.TimeToRepair: must not be null.");
                }

                if (!Enum.IsDefined(failures.Mode))
                {
                    problems.Add($"{at}.Failures.Mode: must be OperationDependent or TimeDependent, got {(int)failures.Mode}.");
                }
            }
        }

        bool anyTimeTaken = false;
        foreach (Station station in Stations)
        {
            anyTimeTaken |= station?.ProcessingTime is { Mean: > 0 };
        }

        if (!anyTimeTaken && Source is { IsUnlimited: true })
        {
            problems.Add("Stations: every processing time is 0, so an unlimited supply would push parts through without end at one instant; give at least one station a processing time.");
        }

        if (!Buffers.IsDefault)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < Buffers.Length; i++)
            {
                LineBuffer buffer = Buffers[i];
                string at = string.Create(CultureInfo.InvariantCulture, $"Buffers[{i}]");
                if (buffer is null)
                {
                    problems.Add($"{at}: must not be null.");
                    continue;
                }

                int index = IndexOf(buffer.After);
                if (index < 0)
                {
                    problems.Add($"{at}.After: no station is named '{buffer.After}'.");
                }
                else if (index == Stations.Length - 1)
                {
                    problems.Add($"{at}.After: '{buffer.After}' is the last station; parts leave it into an unlimited sink, so no buffer can follow it.");
                }
                else if (!seen.Add(buffer.After))
                {
                    problems.Add($"{at}.After: another buffer already follows '{buffer.After}'.");
                }

                if (buffer.Capacity < 0)
                {
                    problems.Add($"{at}.Capacity: must be 0 or more, got {buffer.Capacity}.");
                }
            }
        }

        return problems;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there is any.</summary>
    /// <exception cref="ArgumentException">The model is invalid.</exception>
    public void ThrowIfInvalid()
    {
        IReadOnlyList<string> problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The line '{Name}' is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }
    }
}
