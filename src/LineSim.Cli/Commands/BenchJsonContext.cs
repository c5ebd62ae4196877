using System.Text.Json.Serialization;

namespace LineSim.Cli.Commands;

/// <summary>Source-generated JSON for <see cref="BenchCommand.Measurement"/>, camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BenchCommand.Measurement))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
