using MathNet.Numerics;

namespace LineSim.Model;

/// <summary>Weibull durations by shape and scale.</summary>
internal sealed class WeibullDistribution(double shape, double scale) : Distribution
{
    public double Shape { get; } = shape;

    public double Scale { get; } = scale;

    public override double Mean => Scale * SpecialFunctions.Gamma(1 + (1 / Shape));

    /// <remarks>
    /// The variance is scale^2 (G(1 + 2x) - G(1 + x)^2) with x = 1/k, a difference of two numbers that agree to ever more
    /// digits as the shape k grows (at k = 1e9 they cancel to nothing, or below it). Above k = 1000 it is computed as
    /// scale^2 G(1 + x)^2 expm1(d), d = lnG(1 + 2x) - 2 lnG(1 + x), from the series of lnG near 1:
    /// d = zeta(2) x^2 - 2 zeta(3) x^3 + 3.5 zeta(4) x^4 - ..., and expm1(d) = d + d^2 / 2 to double precision there.
    /// </remarks>
    public override double StandardDeviation
    {
        get
        {
            double x = 1 / Shape;
            if (x >= 1e-3)
            {
                return Scale * Math.Sqrt(SpecialFunctions.Gamma(1 + (2 * x)) - Math.Pow(SpecialFunctions.Gamma(1 + x), 2));
            }

            double d = x * x * ((Math.PI * Math.PI / 6) - (2 * ZetaOfThree * x) + (3.5 * Math.Pow(Math.PI, 4) / 90 * x * x));
            return Scale * Math.Exp(SpecialFunctions.GammaLn(1 + x)) * Math.Sqrt(d + (d * d / 2));
        }
    }

    private const double ZetaOfThree = 1.2020569031595942;

    public override double Sample(Random random) => MathNet.Numerics.Distributions.Weibull.Sample(random, Shape, Scale);

    public override string ToString() => $"weibull(shape {F(Shape)}, scale {F(Scale)})";
}
