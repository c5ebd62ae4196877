using System.Globalization;

namespace LineSim.Model;

/// <summary>Argument checks whose messages name the parameter and the value found.</summary>
internal static class Require
{
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number, got {Format(value)}.");
        }
    }

    public static void Positive(double value, string name)
    {
        Finite(value, name);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than 0, got {Format(value)}.");
        }
    }

    public static void NonNegative(double value, string name)
    {
        Finite(value, name);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be 0 or more, got {Format(value)}.");
        }
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
