using ScottPlot;

namespace LineSim.Plots;

/// <summary>The colours of the charts, the same state always in the same colour.</summary>
internal static class ChartColors
{
    public static readonly Color Working = Color.FromHex("#2E7D32");
    public static readonly Color Starved = Color.FromHex("#F9A825");
    public static readonly Color Blocked = Color.FromHex("#1565C0");
    public static readonly Color Down = Color.FromHex("#C62828");
    public static readonly Color Setup = Color.FromHex("#8E24AA");
    public static readonly Color OffShift = Color.FromHex("#BDBDBD");
    public static readonly Color Partly = Color.FromHex("#90CAF9");
    public static readonly Color Estimate = Color.FromHex("#37474F");
    public static readonly Color Takt = Color.FromHex("#C62828");
}
