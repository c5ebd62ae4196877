using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a distribution: <c>{ "type": ..., parameters }</c>, or a bare time for a constant (a number of seconds or a
/// string with a unit, as every time parameter may be). Checks the parameters
/// with the rules of the <see cref="Distribution"/> factories, reporting each problem with its path.
/// </summary>
internal static class DistributionReader
{
    public const string Constant = "constant";
    public const string Exponential = "exponential";
    public const string Normal = "normal";
    public const string LogNormal = "lognormal";
    public const string Gamma = "gamma";
    public const string Weibull = "weibull";
    public const string Triangular = "triangular";
    public const string Uniform = "uniform";
    public const string Erlang = "erlang";
    public const string Empirical = "empirical";

    public static readonly IReadOnlyList<string> Types = [Constant, Exponential, Normal, LogNormal, Gamma, Weibull, Triangular, Uniform, Erlang, Empirical];

    private const string Kind = "a distribution";

    /// <summary>Reads the distribution at <paramref name="path"/>; <see langword="null"/> when it is invalid.</summary>
    public static Distribution? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        if (element.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            return JsonFields.ReadTime(element, path, NumberRule.NonNegative, errors) is { } value
                ? Distribution.Constant(value)
                : null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"must be a distribution (an object with a \"type\", a number of seconds, or a string with a unit as \"55 s\"), got {JsonText.Describe(element)}");
            return null;
        }

        string? type = TypeField.Read(element, path, errors, Kind, Types);
        if (type is null)
        {
            return null;
        }

        int before = errors.Count;
        Distribution? distribution;
        try
        {
            distribution = ReadTyped(element, path, errors, type);
        }
        catch (ArgumentException exception)
        {
            // The factories check what the readers do not (parameters that are valid one by one but not together);
            // their parameter names are the file's field names.
            string at = exception.ParamName is { Length: > 0 } field ? JsonPath.Property(path, field) : path;
            string message = exception.Message;
            int suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            errors.Add(at, (suffix >= 0 ? message[..suffix] : message).Split('\n')[0].Trim().TrimEnd('.'));
            return null;
        }

        // A field reported as unknown (a typo) invalidates the distribution even when its parameters were complete.
        return errors.Count == before ? distribution : null;
    }

    private static Distribution? ReadTyped(JsonElement element, string path, ScenarioErrorList errors, string type) =>
        type switch
        {
            Constant => ReadConstant(Open(element, path, errors, type, "value")),
            Exponential => ReadExponential(Open(element, path, errors, type, "mean")),
            Normal => ReadNormal(Open(element, path, errors, type, "mean", "stdDev")),
            LogNormal => ReadLogNormal(Open(element, path, errors, type, "mean", "stdDev")),
            Gamma => ReadGamma(Open(element, path, errors, type, "mean", "stdDev", "shape", "scale")),
            Weibull => ReadWeibull(Open(element, path, errors, type, "shape", "scale")),
            Triangular => ReadTriangular(Open(element, path, errors, type, "min", "mode", "max")),
            Uniform => ReadUniform(Open(element, path, errors, type, "min", "max")),
            Erlang => ReadErlang(Open(element, path, errors, type, "k", "mean")),
            Empirical => ReadEmpirical(Open(element, path, errors, type, "values"), errors),
            _ => null,
        };

    private static JsonFields Open(JsonElement element, string path, ScenarioErrorList errors, string type, params string[] parameters) =>
        JsonFields.Open(element, path, errors, $"a {type} distribution", [TypeField.Name, .. parameters])!;

    private static Distribution? ReadConstant(JsonFields fields) =>
        fields.Time("value", NumberRule.NonNegative, required: true) is { } value ? Distribution.Constant(value) : null;

    private static Distribution? ReadExponential(JsonFields fields) =>
        fields.Time("mean", NumberRule.Positive, required: true) is { } mean ? Distribution.Exponential(mean) : null;

    private static Distribution? ReadNormal(JsonFields fields)
    {
        double? mean = fields.Time("mean", NumberRule.Positive, required: true);
        double? stdDev = fields.Time("stdDev", NumberRule.NonNegative, required: true);
        return mean is { } m && stdDev is { } s ? Distribution.Normal(m, s) : null;
    }

    private static Distribution? ReadLogNormal(JsonFields fields)
    {
        double? mean = fields.Time("mean", NumberRule.Positive, required: true);
        double? stdDev = fields.Time("stdDev", NumberRule.Positive, required: true);
        return mean is { } m && stdDev is { } s ? Distribution.LogNormal(m, s) : null;
    }

    private static Distribution? ReadGamma(JsonFields fields)
    {
        bool moments = fields.Has("mean") || fields.Has("stdDev");
        bool shapeScale = fields.Has("shape") || fields.Has("scale");
        if (moments && shapeScale)
        {
            fields.Report(fields.Has("shape") ? "shape" : "scale", "give either mean and stdDev or shape and scale, not both");
            return null;
        }

        if (shapeScale)
        {
            double? shape = fields.Number("shape", NumberRule.Positive, required: true);
            double? scale = fields.Time("scale", NumberRule.Positive, required: true);
            return shape is { } k && scale is { } theta ? Distribution.GammaShapeScale(k, theta) : null;
        }

        double? mean = fields.Time("mean", NumberRule.Positive, required: true);
        double? stdDev = fields.Time("stdDev", NumberRule.Positive, required: true);
        return mean is { } m && stdDev is { } s ? Distribution.Gamma(m, s) : null;
    }

    private static Distribution? ReadWeibull(JsonFields fields)
    {
        double? shape = fields.Number("shape", NumberRule.Positive, required: true);
        double? scale = fields.Time("scale", NumberRule.Positive, required: true);
        return shape is { } k && scale is { } lambda ? Distribution.Weibull(k, lambda) : null;
    }

    private static Distribution? ReadTriangular(JsonFields fields)
    {
        double? min = fields.Time("min", NumberRule.NonNegative, required: true);
        double? mode = fields.Time("mode", NumberRule.Any, required: true);
        double? max = fields.Time("max", NumberRule.Any, required: true);
        if (min is not { } a || mode is not { } c || max is not { } b)
        {
            return null;
        }

        if (b <= a)
        {
            fields.Report("max", $"must be greater than min ({Require.Format(a)}), got {Require.Format(b)}");
            return null;
        }

        if (c < a || c > b)
        {
            fields.Report("mode", $"must lie between min ({Require.Format(a)}) and max ({Require.Format(b)}), got {Require.Format(c)}");
            return null;
        }

        return Distribution.Triangular(a, c, b);
    }

    private static Distribution? ReadUniform(JsonFields fields)
    {
        double? min = fields.Time("min", NumberRule.NonNegative, required: true);
        double? max = fields.Time("max", NumberRule.Any, required: true);
        if (min is not { } a || max is not { } b)
        {
            return null;
        }

        if (b <= a)
        {
            fields.Report("max", $"must be greater than min ({Require.Format(a)}), got {Require.Format(b)}");
            return null;
        }

        return Distribution.Uniform(a, b);
    }

    private static Distribution? ReadErlang(JsonFields fields)
    {
        int? k = fields.Integer("k", minimum: 1, required: true);
        double? mean = fields.Time("mean", NumberRule.Positive, required: true);
        return k is { } phases && mean is { } m ? Distribution.Erlang(phases, m) : null;
    }

    private static Distribution? ReadEmpirical(JsonFields fields, ScenarioErrorList errors)
    {
        if (!fields.TryGet("values", out JsonElement values))
        {
            fields.ReportMissing("values");
            return null;
        }

        string path = fields.At("values");
        if (values.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"must be a list of numbers, got {JsonText.Describe(values)}");
            return null;
        }

        if (values.GetArrayLength() == 0)
        {
            errors.Add(path, "must hold at least one observed value, got an empty list");
            return null;
        }

        var observed = new List<double>(values.GetArrayLength());
        bool valid = true;
        int index = 0;
        foreach (JsonElement value in values.EnumerateArray())
        {
            if (JsonFields.ReadTime(value, JsonPath.Index(path, index), NumberRule.NonNegative, errors) is { } number)
            {
                observed.Add(number);
            }
            else
            {
                valid = false;
            }

            index++;
        }

        return valid ? Distribution.Empirical(observed) : null;
    }
}
