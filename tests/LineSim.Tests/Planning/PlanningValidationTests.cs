using System.Collections.Immutable;
using LineSim.Model;

namespace LineSim.Tests.Planning;

public sealed class PlanningValidationTests
{
    private static readonly LineModel s_line = new()
    {
        TaktTime = 55,
        Stations = [new("A", Distribution.Constant(50)), new("B", Distribution.Constant(50)), new("C", Distribution.Constant(50))],
    };

    [Fact]
    public void Validate_OverlappingShifts_NamesBoth()
    {
        ImmutableArray<DayOfWeek> weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday];
        LineModel line = s_line with { Calendar = new ShiftCalendar([new Shift("Early", weekdays, 6 * 3_600, 9 * 3_600), new Shift("Late", weekdays, 14 * 3_600, 8 * 3_600)]) };

        Assert.Contains(line.Validate(), p => p.StartsWith("Calendar.Shifts: shifts 'Early' and 'Late' overlap on Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BreakOutsideShift_NamesTheBreak()
    {
        LineModel line = s_line with { Calendar = new ShiftCalendar([new Shift("Early", [DayOfWeek.Monday], 6 * 3_600, 8 * 3_600) { Breaks = [new ShiftBreak(7.9 * 3_600, 1_800)] }]) };

        Assert.Contains(line.Validate(), p => p.StartsWith("Calendar.Shifts[0] 'Early'.Breaks[0].Start:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownVariantInProcessingTimes_NamesTheVariants()
    {
        LineModel line = s_line with
        {
            Variants = ProductMix.BySequence("Sedan", "Touring"),
            Stations = [s_line.Stations[0] with { ProcessingTimeByVariant = ImmutableDictionary<string, Distribution>.Empty.Add("Coupe", Distribution.Constant(60)) }, .. s_line.Stations[1..]],
        };

        Assert.Contains("Stations[0] 'A'.ProcessingTimeByVariant['Coupe']: unknown variant 'Coupe'; the variants are 'Sedan', 'Touring'.", line.Validate());
    }

    [Fact]
    public void Validate_SharesNotSummingToOne_Reported()
    {
        LineModel line = s_line with { Variants = ProductMix.ByShares(new VariantShare("Sedan", 0.7), new VariantShare("Touring", 0.2)) };

        Assert.Contains("Variants.Shares: the shares must sum to 1, got 0.9.", line.Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-55)]
    public void Validate_SegmentTaktNotPositive_Reported(double takt)
    {
        LineModel line = s_line with { Segments = [new PacedSegment("Trim", "A", "C", takt)] };

        Assert.Contains(line.Validate(), p => p.StartsWith("Segments[0].TaktTime: must be a number greater than 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SegmentWithBufferInside_Reported()
    {
        LineModel line = s_line with { Segments = [new PacedSegment("Trim", "A", "C", 55)], Buffers = [new LineBuffer("A", 2)] };

        Assert.Contains("Buffers[0]: 'A' is inside paced segment 'Trim', whose stations pass parts on without buffers.", line.Validate());
    }

    [Fact]
    public void Validate_ReworkIntoTheMiddleOfASegment_Reported()
    {
        LineModel line = s_line with
        {
            Segments = [new PacedSegment("Trim", "A", "B", 55)],
            Stations = [s_line.Stations[0], s_line.Stations[1], s_line.Stations[2] with { Quality = new Quality(0.9) { Rework = [new ReworkRoute("B", 1)] } }],
        };

        Assert.Contains(line.Validate(), p => p.StartsWith("Stations[2] 'C'.Quality.Rework[0].Station: 'B' is inside paced segment 'Trim'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CarriersBoardingInsideASegment_NamesTheLoop()
    {
        LineModel line = s_line with { Segments = [new PacedSegment("Trim", "A", "C", 55)], Carriers = [new CarrierLoop("Skids", 4, "B", "C")] };

        Assert.Contains(line.Validate(), p => p.StartsWith("Carriers[0].From: parts board at 'B', inside paced segment 'Trim'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownVariantOfARoutingTarget_NamesItsPlaceInTheList()
    {
        LineModel line = s_line with
        {
            Variants = ProductMix.BySequence("Sedan", "Touring"),
            Stations =
            [
                s_line.Stations[0] with { Routing = new Routing(RoutingRule.ByVariant, [new RouteTarget("B") { Variants = ["Sedan", "Coupe"] }, new RouteTarget("C")]) },
                s_line.Stations[1] with { Inputs = [StationInput.FromStation("A")] },
                s_line.Stations[2] with { Inputs = [StationInput.FromStation("A")] },
            ],
        };

        Assert.Contains("Stations[0] 'A'.Routing.Targets[0].Variants[1]: unknown variant 'Coupe'; the variants are 'Sedan', 'Touring'.", line.Validate());
    }

    [Fact]
    public void Validate_SetupWithoutVariants_Reported()
    {
        LineModel line = s_line with { Stations = [s_line.Stations[0] with { Setup = new Changeover(Distribution.Constant(10)) }, .. s_line.Stations[1..]] };

        Assert.Contains("Stations[0] 'A'.Setup: a setup happens when the variant changes, but the line has no variants.", line.Validate());
    }

    [Fact]
    public void Validate_MaintenanceLongerThanItsPeriod_Reported()
    {
        LineModel line = s_line with { Stations = [s_line.Stations[0] with { Maintenance = [new MaintenanceWindow(0, 3_600, 7_200)] }, .. s_line.Stations[1..]] };

        Assert.Contains(line.Validate(), p => p.StartsWith("Stations[0] 'A'.Maintenance[0].Every: must be longer than the window's duration", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DefaultListsOnAPlant_MeanNone()
    {
        LineModel line = s_line with
        {
            Crews = default,
            Carriers = default,
            Segments = default,
            Buffers = default,
            Stations = [s_line.Stations[0] with { Servers = 2, Maintenance = default }, .. s_line.Stations[1..]],
        };

        Assert.Empty(line.Validate());
        Assert.True(Simulation.Create(line, new SimulationOptions { Replications = 1, Duration = 10_000 }).RunReplication(0).PartsOut > 0);
    }

    [Fact]
    public void Validate_NullProcessingTimesByVariant_Reported()
    {
        LineModel line = s_line with { Stations = [s_line.Stations[0] with { ProcessingTimeByVariant = null! }, .. s_line.Stations[1..]] };

        Assert.Contains(line.Validate(), p => p.StartsWith("Stations[0] 'A'.ProcessingTimeByVariant: must not be null", StringComparison.Ordinal));
    }
}
