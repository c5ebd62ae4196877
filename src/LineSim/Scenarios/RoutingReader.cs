using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads a station's <c>routing</c>: <c>{ "rule": "probability" | "roundRobin" | "firstWithSpace", "targets": [ {
/// "station": name, "probability": p } ] }</c>. Which stations the targets may name, and that the probabilities sum to
/// 1, are checked on the line as a whole (<see cref="LineModel.Validate"/>).
/// </summary>
internal static class RoutingReader
{
    public const string Probability = "probability";
    public const string RoundRobin = "roundRobin";
    public const string FirstWithSpace = "firstWithSpace";

    private static readonly IReadOnlyList<string> s_rules = [Probability, RoundRobin, FirstWithSpace];

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

        if (errors.Count > before || rule is null)
        {
            return null;
        }

        RoutingRule routingRule = rule switch
        {
            Probability => RoutingRule.Probability,
            RoundRobin => RoutingRule.RoundRobin,
            _ => RoutingRule.FirstWithSpace,
        };
        return new Routing(routingRule, targets ?? default);
    }

    private static RouteTarget? ReadTarget(JsonElement element, string path, string? rule, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a routing target", "station", "probability");
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
            fields.Report("probability", $"not allowed with rule {JsonText.Quote(rule)}: only routing by \"probability\" gives targets probabilities; the targets' order is the order they are tried in");
        }

        return errors.Count == before && station is not null ? new RouteTarget(station, probability ?? 0) : null;
    }
}
