using System.Collections.Immutable;
using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Reads one element of <c>stations</c>: <c>name</c>, <c>processingTime</c>, <c>bufferBefore</c>, <c>failures</c>,
/// <c>servers</c>, <c>inputs</c>, <c>merge</c>, <c>routing</c>, <c>quality</c>, <c>setup</c> and <c>maintenance</c>.
/// </summary>
internal static class StationReader
{
    public const string Assembly = "assembly";
    public const string FirstAvailable = "firstAvailable";

    private static readonly IReadOnlyList<string> s_merges = [Assembly, FirstAvailable];

    public static StationEntry? Read(JsonElement element, string path, int index, ScenarioErrorList errors)
    {
        JsonFields? fields = JsonFields.Open(element, path, errors, "a station", "name", "processingTime", "bufferBefore", "failures", "servers", "inputs", "merge", "routing", "quality", "setup", "maintenance", "stops", "pull");
        if (fields is null)
        {
            return null;
        }

        int before = errors.Count;
        string? name = fields.String("name", required: true);

        Distribution? processingTime = null;
        ImmutableDictionary<string, Distribution> byVariant = ImmutableDictionary<string, Distribution>.Empty;
        if (fields.TryGet("processingTime", out JsonElement processing))
        {
            processingTime = ProcessingTimeReader.Read(processing, fields.At("processingTime"), errors, out byVariant);
        }
        else
        {
            fields.ReportMissing("processingTime");
        }

        int? bufferBefore = null;
        if (fields.Has("bufferBefore") && fields.Has("inputs"))
        {
            fields.Report("bufferBefore", "not allowed together with inputs: give the buffer before this station as inputs[k].buffer");
        }
        else if (index == 0 && fields.Has("bufferBefore"))
        {
            fields.Report("bufferBefore", "not allowed on the first station: no station comes before it (an arrival source's input buffer is source.capacity)");
        }
        else
        {
            bufferBefore = fields.Integer("bufferBefore", minimum: 0);
        }

        ImmutableArray<FailureModel> failures = [];
        if (fields.TryGet("failures", out JsonElement failureElement))
        {
            failures = FailureReader.ReadProfiles(failureElement, fields.At("failures"), errors) ?? [];
        }

        int? servers = fields.Integer("servers", minimum: 1);
        ImmutableArray<StationInput>? inputs = fields.List("inputs", "inputs (where the station's parts come from)", (item, at) => InputReader.Read(item, at, errors));
        string? merge = fields.Choice("merge", s_merges);

        Routing? routing = null;
        if (fields.TryGet("routing", out JsonElement routingElement))
        {
            routing = RoutingReader.Read(routingElement, fields.At("routing"), errors);
        }

        Quality? quality = null;
        if (fields.TryGet("quality", out JsonElement qualityElement))
        {
            quality = QualityReader.Read(qualityElement, fields.At("quality"), errors);
        }

        Changeover? setup = null;
        if (fields.TryGet("setup", out JsonElement setupElement))
        {
            setup = SetupReader.Read(setupElement, fields.At("setup"), errors);
        }

        ImmutableArray<MaintenanceWindow>? maintenance = fields.List("maintenance", "maintenance windows", (item, at) => MaintenanceReader.Read(item, at, errors));
        Schedule? pull = null;
        if (fields.TryGet("pull", out JsonElement pullElement))
        {
            pull = ScheduleReader.Read(pullElement, fields.At("pull"), errors);
        }

        ImmutableArray<CountStop>? stops = fields.List("stops", "stops after a count of parts", (item, at) => StopReader.Read(item, at, errors));

        if (errors.Count > before || name is null || processingTime is null)
        {
            return null;
        }

        var station = new Station(name, processingTime, failures.IsEmpty ? null : failures[0])
        {
            AdditionalFailures = failures.IsEmpty ? [] : failures[1..],
            Stops = stops ?? [],
            Pull = pull,
            Servers = servers ?? 1,
            Inputs = inputs ?? default,
            Merge = merge == FirstAvailable ? MergeRule.FirstAvailable : MergeRule.Assembly,
            Routing = routing,
            Quality = quality,
            ProcessingTimeByVariant = byVariant,
            Setup = setup,
            Maintenance = maintenance ?? [],
        };
        return new StationEntry(station, bufferBefore);
    }
}
