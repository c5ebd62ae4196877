using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LineSim.Scenarios;

namespace LineSim.Experiments;

/// <summary>
/// Reads a plan: <c>name</c>, <c>description</c>, <c>scenario</c>, <c>factors</c> or <c>scenarios</c>, <c>run</c> and
/// <c>optimise</c> (read by <see cref="GoalReader"/>), and makes and checks every configuration.
/// </summary>
internal static class PlanReader
{
    /// <summary>The most configurations a plan may cross its factors into.</summary>
    public const int MaxConfigurations = 100_000;

    private const int MaxReportedConfigurations = 5;

    public static ExperimentPlan? Read(JsonElement root, string baseDirectory, string defaultName, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(root, string.Empty, errors, "a plan", "$schema", "name", "description", "scenario", "factors", "scenarios", "run", "optimise");
        if (fields is null)
        {
            return null;
        }

        fields.String("$schema", nonEmpty: false);
        string name = fields.String("name") ?? defaultName;
        fields.String("description", nonEmpty: false);
        ScenarioTemplate? template = ReadScenario(fields, baseDirectory, defaultName, errors);
        bool runValid = true;
        if (fields.TryGet("run", out JsonElement run))
        {
            runValid = RunReader.Read(run, "run", errors) is not null;
            if (runValid && template is not null)
            {
                ApplyRun(template.Root, run);
            }
        }

        bool optimising = fields.Has("optimise");
        if (fields.Has("factors") && fields.Has("scenarios"))
        {
            fields.Report("scenarios", "give either factors (crossed) or scenarios (named configurations), not both");
            return null;
        }

        if (!fields.Has("factors") && (optimising || !fields.Has("scenarios")))
        {
            fields.ReportMissing("factors");
        }

        if (template is null)
        {
            return null;
        }

        List<FactorEntry>? factors = null;
        if (fields.TryGet("factors", out JsonElement factorList))
        {
            factors = ReadFactors(factorList, fields.At("factors"), template, optimising, errors);
        }

        if (!runValid)
        {
            return null;
        }

        ScenarioLoadResult baseline = template.Load([]);
        if (!baseline.IsValid)
        {
            // Only the plan's run section can make a valid scenario invalid here.
            errors.Add("run", $"makes {template.Describe(baseline)}");
            return null;
        }

        // Each value alone, so that a value the scenario refuses is reported where it is written.
        foreach (FactorEntry entry in factors ?? [])
        {
            CheckEachValue(entry, template, errors);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        if (fields.TryGet("scenarios", out JsonElement scenarios))
        {
            return NamedScenarios(scenarios, fields.At("scenarios"), name, template, errors);
        }

        if (optimising)
        {
            fields.TryGet("optimise", out JsonElement goal);
            return GoalReader.Read(goal, fields.At("optimise"), name, template, baseline.Scenario, factors!, errors);
        }

        return Crossed(name, template, factors!, fields.At("factors"), errors);
    }

    private static ScenarioTemplate? ReadScenario(JsonFields fields, string baseDirectory, string defaultName, ScenarioErrorList errors)
    {
        if (!fields.TryGet("scenario", out JsonElement element))
        {
            fields.ReportMissing("scenario");
            return null;
        }

        string at = fields.At("scenario");
        if (element.ValueKind == JsonValueKind.Object)
        {
            var inline = (JsonObject)JsonNode.Parse(element.GetRawText())!;
            var template = new ScenarioTemplate(inline, "the inline scenario", defaultName);
            ScenarioLoadResult loaded = template.Load([]);
            foreach (ScenarioError error in loaded.Errors)
            {
                errors.Add(JsonPath.Property(at, error.Path), error.Message);
            }

            return loaded.IsValid ? template : null;
        }

        string? file = JsonFields.ReadString(element, at, errors);
        if (file is null)
        {
            return null;
        }

        string path = Path.Combine(baseDirectory, file);
        ScenarioLoadResult result = ScenarioLoader.LoadFile(path);
        if (!result.IsValid)
        {
            foreach (ScenarioError error in result.Errors)
            {
                errors.Add(at, $"{file}: {error}");
            }

            return null;
        }

        var root = (JsonObject)JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8), documentOptions: ScenarioLoader.DocumentOptions)!;
        return new ScenarioTemplate(root, file, Path.GetFileNameWithoutExtension(file));
    }

    /// <summary>Sets the plan's run settings in the scenario's, a duration replacing a part count and the other way round.</summary>
    private static void ApplyRun(JsonObject scenario, JsonElement run)
    {
        if (scenario["run"] is not JsonObject target)
        {
            target = [];
            scenario["run"] = target;
        }

        foreach (JsonProperty property in run.EnumerateObject())
        {
            target.Remove(property.Name switch
            {
                "duration" => "partCount",
                "partCount" => "duration",
                _ => string.Empty,
            });
            target[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }
    }

    private static List<FactorEntry> ReadFactors(JsonElement element, string path, ScenarioTemplate template, bool ranges, ScenarioErrorList errors)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            errors.Add(path, element.ValueKind == JsonValueKind.Array ? "needs at least one factor, got an empty list" : $"must be a list of factors, got {JsonText.Describe(element)}");
            return [];
        }

        var factors = new List<FactorEntry>();
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string at = JsonPath.Index(path, index++);
            JsonFields? fields = JsonFields.Open(item, at, errors, "a factor", "set", "values", "min", "max", "step");
            if (fields is null)
            {
                continue;
            }

            string? text = fields.String("set", required: true);
            ImmutableArray<ValueTarget> targets = text is null ? [] : Targets(text, fields.At("set"), template, errors);
            ImmutableArray<double>? values = ReadValues(fields, ranges, errors);
            if (!targets.IsEmpty && values is { } read)
            {
                factors.Add(new FactorEntry(new PlanFactor(text!, read), targets, at, !fields.Has("values")));
            }
        }

        CheckOverlaps(factors.Select(f => (f.Targets, f.At)), errors);
        return factors;
    }

    /// <summary>The values <paramref name="text"/> finds in the scenario, or none after reporting why.</summary>
    internal static ImmutableArray<ValueTarget> Targets(string text, string at, ScenarioTemplate template, ScenarioErrorList errors)
    {
        SettingPath? path = SettingPath.Parse(text, out string? problem);
        if (path is null)
        {
            errors.Add(at, problem!);
            return [];
        }

        ImmutableArray<ValueTarget> targets = path.Resolve(template.Root, out problem);
        if (targets.IsEmpty)
        {
            errors.Add(at, $"selects nothing in {template.Source}: {problem}");
        }

        return targets;
    }

    private static ImmutableArray<double>? ReadValues(JsonFields fields, bool rangesAllowed, ScenarioErrorList errors)
    {
        bool listed = fields.Has("values");
        bool range = fields.Has("min") || fields.Has("max");
        if (listed == range)
        {
            fields.Report(listed ? "min" : "values", listed ? "give either values or min and max, not both" : "needs values (a list of numbers) or min and max (a range)");
            return null;
        }

        if (listed && fields.Has("step"))
        {
            fields.Report("step", "goes with min and max; a list of values takes none");
            return null;
        }

        if (listed)
        {
            fields.TryGet("values", out JsonElement list);
            string at = fields.At("values");
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                errors.Add(at, list.ValueKind == JsonValueKind.Array ? "needs at least one value, got an empty list" : $"must be a list of numbers, got {JsonText.Describe(list)}");
                return null;
            }

            var values = ImmutableArray.CreateBuilder<double>();
            int k = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                string itemAt = JsonPath.Index(at, k++);
                if (JsonFields.ReadNumber(item, itemAt, NumberRule.Any, errors) is { } value)
                {
                    if (values.Contains(value))
                    {
                        errors.Add(itemAt, $"repeats the value {item.GetRawText()}; give each value once");
                    }

                    values.Add(value);
                }
            }

            return values.Count == k ? values.ToImmutable() : null;
        }

        double? min = fields.Number("min", NumberRule.Any, required: true);
        double? max = fields.Number("max", NumberRule.Any, required: true);
        double? step = fields.Number("step", NumberRule.Positive) ?? 1;
        if (min is null || max is null || step is null)
        {
            return null;
        }

        if (max < min)
        {
            fields.Report("max", $"must be at least min ({min.Value.ToString("R", CultureInfo.InvariantCulture)}), got {max.Value.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }

        double count = Math.Floor(((max.Value - min.Value) / step.Value) + 1e-9) + 1;
        if (count > 1_000)
        {
            fields.Report("step", $"makes {count:F0} values from min to max; at most 1000");
            return null;
        }

        return [.. Enumerable.Range(0, (int)count).Select(k => min.Value + (k * step.Value))];
    }

    /// <summary>Reports a value that two factors (or settings) set.</summary>
    internal static void CheckOverlaps(IEnumerable<(ImmutableArray<ValueTarget> Targets, string At)> factors, ScenarioErrorList errors)
    {
        var seen = new List<(ValueTarget Target, string At)>();
        foreach ((ImmutableArray<ValueTarget> targets, string at) in factors)
        {
            foreach (ValueTarget target in targets)
            {
                foreach ((ValueTarget other, string otherAt) in seen)
                {
                    int shorter = Math.Min(target.Steps.Length, other.Steps.Length);
                    if (otherAt != at && target.Steps.Take(shorter).SequenceEqual(other.Steps.Take(shorter)))
                    {
                        errors.Add(at, $"sets {target.Text}, which {otherAt} sets too; give each value to one factor");
                        return;
                    }
                }
            }

            seen.AddRange(targets.Select(t => (t, at)));
        }
    }

    private static ExperimentPlan? Crossed(string name, ScenarioTemplate template, List<FactorEntry> factors, string at, ScenarioErrorList errors)
    {
        double count = factors.Aggregate(1.0, (product, f) => product * f.Factor.Values.Length);
        if (count > MaxConfigurations)
        {
            errors.Add(at, $"the factors cross into {count:F0} configurations; at most {MaxConfigurations}");
            return null;
        }

        var configurations = ImmutableArray.CreateBuilder<ExperimentConfiguration>((int)count);
        var digits = new int[factors.Count];
        int invalid = 0;
        for (int c = 0; c < (int)count; c++)
        {
            int rest = c;
            for (int f = factors.Count - 1; f >= 0; f--)
            {
                (rest, digits[f]) = Math.DivRem(rest, factors[f].Factor.Values.Length);
            }

            ImmutableArray<Setting> settings = [.. factors.Select((f, i) => new Setting(f.Factor.Path, f.Factor.Values[digits[i]]))];
            ScenarioLoadResult loaded = template.Load([.. factors.SelectMany((f, i) => f.Targets.Select(t => (t, f.Factor.Values[digits[i]])))]);
            if (loaded.IsValid)
            {
                configurations.Add(new ExperimentConfiguration((c + 1).ToString(CultureInfo.InvariantCulture), loaded.Scenario.Line, loaded.Scenario.Options) { Settings = settings });
            }
            else if (++invalid <= MaxReportedConfigurations)
            {
                errors.Add(at, $"configuration {c + 1} ({Describe(settings)}) makes {template.Describe(loaded)}");
            }
        }

        if (invalid > MaxReportedConfigurations)
        {
            errors.Add(at, $"and {invalid - MaxReportedConfigurations} more configurations are invalid");
        }

        return invalid > 0 ? null : new ExperimentPlan
        {
            Name = name,
            Scenario = template.Source,
            Factors = [.. factors.Select(f => f.Factor)],
            Configurations = configurations.MoveToImmutable(),
            Template = template,
        };
    }

    private static ExperimentPlan? NamedScenarios(JsonElement element, string path, string name, ScenarioTemplate template, ScenarioErrorList errors)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            errors.Add(path, element.ValueKind == JsonValueKind.Array ? "needs at least one scenario, got an empty list" : $"must be a list of named configurations, got {JsonText.Describe(element)}");
            return null;
        }

        var configurations = ImmutableArray.CreateBuilder<ExperimentConfiguration>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string at = JsonPath.Index(path, index++);
            JsonFields? fields = JsonFields.Open(item, at, errors, "a named configuration", "name", "set");
            string? configurationName = fields?.String("name", required: true);
            if (configurationName is not null && !names.Add(configurationName))
            {
                fields!.Report("name", $"duplicate name {JsonText.Quote(configurationName)}; give each configuration its own");
            }

            IReadOnlyList<(string Key, JsonElement Value, string Path)>? set = fields?.Map("set", "values by path", required: true);
            if (configurationName is null || set is null)
            {
                continue;
            }

            int before = errors.Count;
            var values = new List<(ValueTarget, double)>();
            var settings = ImmutableArray.CreateBuilder<Setting>();
            var targetsByKey = new List<(ImmutableArray<ValueTarget>, string)>();
            foreach ((string key, JsonElement value, string valueAt) in set)
            {
                ImmutableArray<ValueTarget> targets = Targets(key, valueAt, template, errors);
                double? number = JsonFields.ReadNumber(value, valueAt, NumberRule.Any, errors);
                if (number is { } v)
                {
                    values.AddRange(targets.Select(t => (t, v)));
                    settings.Add(new Setting(key, v));
                }

                targetsByKey.Add((targets, valueAt));
            }

            CheckOverlaps(targetsByKey, errors);
            if (errors.Count > before)
            {
                continue;
            }

            ScenarioLoadResult loaded = template.Load(values);
            if (loaded.IsValid)
            {
                configurations.Add(new ExperimentConfiguration(configurationName, loaded.Scenario.Line, loaded.Scenario.Options) { Settings = settings.ToImmutable() });
            }
            else
            {
                errors.Add(fields!.At("set"), $"makes {template.Describe(loaded)}");
            }
        }

        return errors.Count > 0 ? null : new ExperimentPlan
        {
            Name = name,
            Scenario = template.Source,
            Factors = [],
            Configurations = configurations.ToImmutable(),
            Template = template,
        };
    }

    /// <summary>Reports each value of a factor that makes the scenario invalid on its own.</summary>
    internal static void CheckEachValue(FactorEntry entry, ScenarioTemplate template, ScenarioErrorList errors)
    {
        ImmutableArray<double> values = entry.Factor.Values;
        for (int k = 0; k < values.Length; k++)
        {
            ScenarioLoadResult alone = template.Load([.. entry.Targets.Select(t => (t, values[k]))]);
            if (!alone.IsValid)
            {
                errors.Add(entry.ValueAt(k), $"{entry.Factor.Path} = {Number(values[k])} makes {template.Describe(alone)}");
            }
        }
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Describe(IEnumerable<Setting> settings) => string.Join(", ", settings.Select(s => $"{s.Path} = {Number(s.Value)}"));
}
