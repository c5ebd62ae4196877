using LineSim.Engine;
using LineSim.RandomNumbers;

namespace LineSim.Tests.RandomNumbers;

public sealed class XoshiroLanesTests
{
    /// <summary>The widths this machine accelerates, as lanes per register, scalar included.</summary>
    public static TheoryData<int> Widths() => [.. LaneWidths.Accelerated.Select(width => (int)width)];

    [Theory]
    [MemberData(nameof(Widths))]
    public void FillExponential_AnyWidth_EachLaneSameAsItsScalarStream(int lanesPerRegister)
    {
        var width = (LaneWidth)lanesPerRegister;
        // 4,000 draws a lane: some 45 of them go beyond their layer and finish alone.
        const int Draws = 4_000;
        int lanes = 2 * (int)width;
        var state = new ulong[4 * lanes];
        var streams = new XoshiroStream[lanes];
        for (int j = 0; j < lanes; j++)
        {
            XoshiroLanes.Seed(state, lanes, j, (ulong)(1_000 + (j * 7919)));
            streams[j] = new XoshiroStream((ulong)(1_000 + (j * 7919)));
        }

        var drawn = new double[Draws * lanes];
        for (int o = 0; o < lanes; o += (int)width)
        {
            Fill(width, ref state[o], lanes, ref drawn[o], Draws, 55);
        }

        for (int slot = 0; slot < Draws; slot++)
        {
            for (int j = 0; j < lanes; j++)
            {
                double expected = streams[j].NextExponential(55);
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(drawn[(slot * lanes) + j]),
                    $"{width}, lane {j}, draw {slot}: expected {expected:R}, actual {drawn[(slot * lanes) + j]:R}");
            }
        }
    }

    private static void Fill(LaneWidth width, ref ulong state, int stride, ref double destination, int draws, double mean)
    {
        switch (width)
        {
            case LaneWidth.Vector512:
                XoshiroLanes.FillExponential<Vector512Lanes>(ref state, stride, ref destination, draws, mean);
                break;
            case LaneWidth.Vector256:
                XoshiroLanes.FillExponential<Vector256Lanes>(ref state, stride, ref destination, draws, mean);
                break;
            case LaneWidth.Vector128:
                XoshiroLanes.FillExponential<Vector128Lanes>(ref state, stride, ref destination, draws, mean);
                break;
            default:
                XoshiroLanes.FillExponential<ScalarLanes>(ref state, stride, ref destination, draws, mean);
                break;
        }
    }
}
