using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>routing</c>: <c>{ "rule": "probability" | "roundRobin" | "firstWithSpace" | "byVariant",
/// "targets": [ { "station": name, "probability": p, "variants": [names] } ] }</c>. Which stations the targets may name,
/// that the probabilities sum to 1 and which variants there are, are checked on the line as a whole
/// (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class RoutingReader
{
    public const string Probability = "probability";
    public const string RoundRobin = "roundRobin";
    public const string FirstWithSpace = "firstWithSpace";
    public const string ByVariant = "byVariant";

    private static readonly IReadOnlyList<string> s_rules = [Probability, RoundRobin, FirstWithSpace, ByVariant];

    public static Routing? Read(JsonElement element, string path, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a routing", "rule", "targets");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? rule = fields.Choice("rule", s_rules, required: true);
        ImmutableArray<RouteTarget>? targets = fields.List("targets", "targets (stations to send parts to)", (item, at) => ReadTarget(item, at, rule, errors));
        if (rule == Probability && !fields.Has("targets"))
        {
            fields.Report("targets", "required field is missing; routing by probability lists each station this one feeds, with its probability");
        }
        else if (rule == ByVariant && !fields.Has("targets"))
        {
            fields.Report("targets", "required field is missing; routing by variant lists each station this one feeds, with the variants sent there");
        }

        if (errors.Count > before || rule is null)
        {
            return null;
        }

        RoutingRule routingRule = rule switch
        {
            Probability => RoutingRule.Probability,
            RoundRobin => RoutingRule.RoundRobin,
            ByVariant => RoutingRule.ByVariant,
            _ => RoutingRule.FirstWithSpace,
        };
        return new Routing(routingRule, targets ?? default);
    }

    private static RouteTarget? ReadTarget(JsonElement element, string path, string? rule, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a routing target", "station", "probability", "variants");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? station = fields.String("station", required: true);
        double? probability = null;
        if (rule is null or Probability)
        {
            probability = fields.Number("probability", NumberRule.Probability, required: rule == Probability);
        }
        else if (fields.Has("probability"))
        {
            fields.Report("probability", rule == ByVariant
                ? $"not allowed with rule {JsonText.Quote(rule)}: only routing by \"probability\" gives targets probabilities; a target's variants say which parts go there"
                : $"not allowed with rule {JsonText.Quote(rule)}: only routing by \"probability\" gives targets probabilities; the targets' order is the order they are tried in");
        }

        ImmutableArray<string>? variants = null;
        if (rule is null or ByVariant)
        {
            variants = fields.List("variants", "variant names", (item, at) => JsonFields.ReadString(item, at, errors));
            if (variants is { IsEmpty: true })
            {
                fields.Report("variants", "must name at least one variant, got an empty list; leave variants out for the target that takes every variant the others do not name");
            }
        }
        else if (fields.Has("variants"))
        {
            fields.Report("variants", $"not allowed with rule {JsonText.Quote(rule)}: only routing by \"byVariant\" sends variants to targets");
        }

        return errors.Count == before && station is not null ? new RouteTarget(station, probability ?? 0) { Variants = variants ?? [] } : null;
    }
}
