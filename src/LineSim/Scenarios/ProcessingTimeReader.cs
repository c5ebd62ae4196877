using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>processingTime</c>: a distribution, or, for a line with variants, <c>{ "default": distribution,
/// "byVariant": { "Touring": distribution, ... } }</c>. Which variants the names may be is checked on the line
/// (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class ProcessingTimeReader
{
    public const string Default = "default";
    public const string ByVariant = "byVariant";

    /// <summary>Reads the processing time at <paramref name="path"/>; <see langword="null"/> when it is invalid.</summary>
    /// <param name="element">The value of <c>processingTime</c>.</param>
    /// <param name="path">Its path.</param>
    /// <param name="errors">Where to report problems.</param>
    /// <param name="byVariant">The processing times of particular variants; empty for a distribution alone.</param>
    /// <returns>The processing time of every other variant (of every part, without variants).</returns>
    public static Distribution? Read(JsonElement element, string path, ScenarioErrorList errors, out ImmutableDictionary<string, Distribution> byVariant)
    {
        byVariant = ImmutableDictionary<string, Distribution>.Empty;
        if (element.ValueKind != JsonValueKind.Object || !(element.TryGetProperty(Default, out _) || element.TryGetProperty(ByVariant, out _)))
        {
            return DistributionReader.Read(element, path, errors);
        }

        JsonFields fields = JsonFields.Open(element, path, errors, "a processing time by variant", Default, ByVariant)!;
        int before = errors.Count;
        Distribution? time = null;
        if (fields.TryGet(Default, out JsonElement defaultElement))
        {
            time = DistributionReader.Read(defaultElement, fields.At(Default), errors);
        }
        else
        {
            fields.Report(Default, "required field is missing; the processing time of the variants byVariant does not name");
        }

        var times = ImmutableDictionary.CreateBuilder<string, Distribution>(StringComparer.Ordinal);
        if (fields.Map(ByVariant, "processing times by variant name", required: true) is { } entries)
        {
            if (entries.Count == 0)
            {
                fields.Report(ByVariant, "must give at least one variant's processing time, got an empty object; without any, give processingTime as a distribution");
            }

            foreach ((string variant, JsonElement value, string at) in entries)
            {
                if (DistributionReader.Read(value, at, errors) is { } distribution)
                {
                    times[variant] = distribution;
                }
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        byVariant = times.ToImmutable();
        return time;
    }
}
