using System.Text.Json;
using LineSim.Model;

namespace LineSim.Scenarios;

/// <summary>
/// Writes a distribution as <see cref="DistributionReader"/> reads it: a constant as a bare number of seconds, every other
/// type as <c>{ "type": ..., parameters }</c> with the parameters the distribution keeps, so that it reads back with
/// bit-identical parameters. A gamma distribution is written by its shape and scale, which it keeps, not by the mean and
/// standard deviation it may have been given, which would be derived again with rounding.
/// </summary>
internal static class DistributionWriter
{
    /// <summary>Writes <paramref name="distribution"/> as the value of <paramref name="name"/>.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The field.</param>
    /// <param name="distribution">The distribution.</param>
    /// <param name="at">Its path in the model, for the message about a distribution a file cannot express.</param>
    public static void Write(Utf8JsonWriter writer, string name, Distribution distribution, string at)
    {
        writer.WritePropertyName(name);
        Write(writer, distribution, at);
    }

    /// <summary>Writes <paramref name="distribution"/> as a value.</summary>
    public static void Write(Utf8JsonWriter writer, Distribution distribution, string at)
    {
        if (distribution is ConstantDistribution constant)
        {
            writer.WriteNumberValue(constant.Value);
            return;
        }

        writer.WriteStartObject();
        switch (distribution)
        {
            case ExponentialDistribution exponential:
                writer.WriteString(TypeField.Name, DistributionReader.Exponential);
                writer.WriteNumber("mean", exponential.Mean);
                break;
            case TruncatedNormalDistribution normal:
                writer.WriteString(TypeField.Name, DistributionReader.Normal);
                writer.WriteNumber("mean", normal.Mu);
                writer.WriteNumber("stdDev", normal.Sigma);
                break;
            case LogNormalDistribution logNormal:
                // It keeps the mean and standard deviation it was given and derives mu and sigma from them alone, so the
                // same two numbers give the same mu and sigma.
                writer.WriteString(TypeField.Name, DistributionReader.LogNormal);
                writer.WriteNumber("mean", logNormal.Mean);
                writer.WriteNumber("stdDev", logNormal.StandardDeviation);
                break;
            case GammaDistribution gamma:
                writer.WriteString(TypeField.Name, DistributionReader.Gamma);
                writer.WriteNumber("shape", gamma.Shape);
                writer.WriteNumber("scale", gamma.Scale);
                break;
            case WeibullDistribution weibull:
                writer.WriteString(TypeField.Name, DistributionReader.Weibull);
                writer.WriteNumber("shape", weibull.Shape);
                writer.WriteNumber("scale", weibull.Scale);
                break;
            case TriangularDistribution triangular:
                writer.WriteString(TypeField.Name, DistributionReader.Triangular);
                writer.WriteNumber("min", triangular.Min);
                writer.WriteNumber("mode", triangular.Mode);
                writer.WriteNumber("max", triangular.Max);
                break;
            case UniformDistribution uniform:
                writer.WriteString(TypeField.Name, DistributionReader.Uniform);
                writer.WriteNumber("min", uniform.Min);
                writer.WriteNumber("max", uniform.Max);
                break;
            case ErlangDistribution erlang:
                writer.WriteString(TypeField.Name, DistributionReader.Erlang);
                writer.WriteNumber("k", erlang.K);
                writer.WriteNumber("mean", erlang.Mean);
                break;
            case EmpiricalDistribution empirical:
                writer.WriteString(TypeField.Name, DistributionReader.Empirical);
                writer.WriteStartArray("values");
                foreach (double value in empirical.Values)
                {
                    writer.WriteNumberValue(value);
                }

                writer.WriteEndArray();
                break;
            default:
                throw ScenarioWriter.CannotWrite(at, $"{distribution} ({distribution.GetType().Name}) is not one of the distributions a scenario file can give; build it with the Distribution factories");
        }

        writer.WriteEndObject();
    }
}
