using LineSim.Model;

namespace LineSim.Tests.Planning;

/// <summary>
/// A paced segment's first station holds its part until the segment indexes, and the segment indexes only when that
/// station has its next part to take. So the part must wait in front of it, in a place of its own: a buffer of a
/// capacity of 1 (the input's quantity) or more, a conveyor, or an unlimited supply. Through a buffer of 0 no part
/// could ever arrive (the station is never idle to take one) and the segment would stand starved for good.
/// </summary>
public sealed class PacedSegmentValidationTests
{
    private static readonly LineModel s_line = new()
    {
        TaktTime = 60,
        Stations = [new("U", Distribution.Constant(40)), new("A", Distribution.Constant(50)), new("B", Distribution.Constant(50)), new("C", Distribution.Constant(50))],
    };

    [Fact]
    public void Validate_SegmentAfterAStationWithoutABuffer_Reported()
    {
        LineModel line = s_line with { Segments = [new PacedSegment("Paced", "A", "C", 60)] };

        Assert.Contains(line.Validate(), p => p.StartsWith("Segments[0].First: 'A' holds its part until segment 'Paced' indexes, so its next part needs a place before it: give the buffer after 'U' a capacity of 1 or more, got 0.", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => Simulation.Create(line));
    }

    [Fact]
    public void Validate_TwoSegmentsWithoutABufferBetween_Reported()
    {
        LineModel line = s_line with { Segments = [new PacedSegment("One", "U", "A", 60), new PacedSegment("Two", "B", "C", 60)], Buffers = [new LineBuffer("A", 0)] };

        Assert.Contains("Buffers[0].Capacity: 'B' holds its part until segment 'Two' indexes, so its next part needs a place before it: give the buffer after 'A' a capacity of 1 or more, got 0.", line.Validate());
        Assert.DoesNotContain(line.Validate(), p => p.StartsWith("Segments[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SegmentFedByArrivalsIntoNoInputBuffer_Reported()
    {
        LineModel line = s_line with { Source = Source.Arrivals(Distribution.Exponential(60), inputCapacity: 0), Segments = [new PacedSegment("Paced", "U", "B", 60)] };

        Assert.Contains(line.Validate(), p => p.StartsWith("Source.InputCapacity: 'U' holds its part until segment 'Paced' indexes, so its next part needs a place before it: give the source an input capacity of 1 or more, got 0.", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SegmentStartingAtAnAssemblyWithFewerPlacesThanItsQuantity_Reported()
    {
        LineModel line = s_line with
        {
            Stations =
            [
                s_line.Stations[0],
                new("Feeder", Distribution.Constant(20)) { Inputs = [StationInput.FromSupply(Source.Unlimited)] },
                new("A", Distribution.Constant(50)) { Inputs = [StationInput.FromStation("U", buffer: 1), StationInput.FromStation("Feeder", buffer: 1) with { Quantity = 2 }] },
                s_line.Stations[2],
            ],
            Segments = [new PacedSegment("Paced", "A", "B", 60)],
        };

        IReadOnlyList<string> problems = line.Validate();

        Assert.Contains(problems, p => p.StartsWith("Stations[2] 'A'.Inputs[1].Buffer: 'A' holds its part until segment 'Paced' indexes, so its next 2 parts from 'Feeder' need places before it: a buffer of 2 or more, got 1.", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("Inputs[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SegmentWithAPlaceBeforeIt_Valid()
    {
        LineModel buffered = s_line with { Segments = [new PacedSegment("Paced", "A", "C", 60)], Buffers = [new LineBuffer("U", 1)] };
        LineModel atTheStart = s_line with { Segments = [new PacedSegment("Paced", "U", "B", 60)] };
        LineModel fromArrivals = atTheStart with { Source = Source.Arrivals(Distribution.Exponential(60), inputCapacity: 1) };
        LineModel fromUnlimitedArrivals = atTheStart with { Source = Source.Arrivals(Distribution.Exponential(60)) };
        LineModel fromConveyor = s_line with
        {
            Stations = [s_line.Stations[0], s_line.Stations[1] with { Inputs = [StationInput.FromConveyor("U", new Conveyor(30, 1))] }, .. s_line.Stations[2..]],
            Segments = [new PacedSegment("Paced", "A", "C", 60)],
        };

        Assert.All(new[] { buffered, atTheStart, fromArrivals, fromUnlimitedArrivals, fromConveyor }, line => Assert.Empty(line.Validate()));
    }
}
