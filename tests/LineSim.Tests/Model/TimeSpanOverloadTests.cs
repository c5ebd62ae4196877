using System.Collections.Immutable;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Model;

/// <summary>Every overload that takes a <see cref="TimeSpan"/> gives the model, and so the run, of its seconds form, bit for bit.</summary>
public sealed class TimeSpanOverloadTests
{
    private static readonly ImmutableArray<DayOfWeek> s_weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Fact]
    public void Constructors_TimeSpans_EqualTheirSecondsForms()
    {
        Assert.Equal(new Conveyor(12.5, 4), new Conveyor(TimeSpan.FromSeconds(12.5), 4));
        Assert.Equal(new ShiftBreak(7_200, 1_800), new ShiftBreak(TimeSpan.FromHours(2), TimeSpan.FromMinutes(30)));
        Assert.Equal(new PacedSegment("Trim", "A", "B", 55), new PacedSegment("Trim", "A", "B", TimeSpan.FromSeconds(55)));
        Assert.Equal(new CountStop("Tips", 20, Distribution.Constant(30)).Duration.ToString(), new CountStop("Tips", 20, TimeSpan.FromSeconds(30)).Duration.ToString());
        var seconds = new Shift("Early", s_weekdays, 21_600, 28_800);
        var spans = new Shift("Early", s_weekdays, TimeSpan.FromHours(6), TimeSpan.FromHours(8));
        Assert.Equal((seconds.Start, seconds.Length), (spans.Start, spans.Length));
    }

    [Fact]
    public void Run_LineWrittenInTimeSpans_BitIdenticalToSeconds()
    {
        SimulationResult seconds = Run(Line(
            Source.Scheduled(Schedule.At([0, 20, 45.5], repeatEvery: 100), inputCapacity: 3),
            new CountStop("Tips", 20, Distribution.Constant(30)),
            new MaintenanceWindow(3_600, 28_800, 1_800),
            new Conveyor(12.5, 4),
            new PacedSegment("Trim", "Trim 1", "Trim 2", 50),
            Schedule.Every(55, 10),
            new ShiftCalendar([new Shift("Early", s_weekdays, 21_600, 28_800) { Breaks = [new ShiftBreak(7_200, 1_800)] }])));
        SimulationResult spans = Run(Line(
            Source.Scheduled(Schedule.At([TimeSpan.Zero, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(45.5)], TimeSpan.FromSeconds(100)), inputCapacity: 3),
            new CountStop("Tips", 20, TimeSpan.FromSeconds(30)),
            new MaintenanceWindow(TimeSpan.FromHours(1), TimeSpan.FromHours(8), TimeSpan.FromMinutes(30)),
            new Conveyor(TimeSpan.FromSeconds(12.5), 4),
            new PacedSegment("Trim", "Trim 1", "Trim 2", TimeSpan.FromSeconds(50)),
            Schedule.Every(TimeSpan.FromSeconds(55), TimeSpan.FromSeconds(10)),
            new ShiftCalendar([new Shift("Early", s_weekdays, TimeSpan.FromHours(6), TimeSpan.FromHours(8)) { Breaks = [new ShiftBreak(TimeSpan.FromHours(2), TimeSpan.FromMinutes(30))] }])));

        Assert.True(seconds.PartsOut.Mean > 0);
        Assert.Equal(seconds.ThroughputPerHour.Mean, spans.ThroughputPerHour.Mean);
        Assert.Equal(seconds.LeadTime.Mean, spans.LeadTime.Mean);
        Assert.Equal(
            seconds.ReplicationResults.Select(r => (r.PartsOut, r.EventsProcessed, r.InputBuffer!.HeldBack)),
            spans.ReplicationResults.Select(r => (r.PartsOut, r.EventsProcessed, r.InputBuffer!.HeldBack)));
        Assert.Equal(seconds.Stations.Select(s => s.Working.Mean), spans.Stations.Select(s => s.Working.Mean));
    }

    private static LineModel Line(Source source, CountStop stop, MaintenanceWindow window, Conveyor conveyor, PacedSegment segment, Schedule pull, ShiftCalendar calendar) => new()
    {
        TaktTime = 55,
        Source = source,
        Calendar = calendar,
        Stations =
        [
            new("Load", Distribution.Exponential(TimeSpan.FromSeconds(25))),
            new("Weld", Distribution.Uniform(30, 45)) { Stops = [stop], Maintenance = [window] },
            new("Hem", Distribution.Constant(35)) { Inputs = [StationInput.FromConveyor("Weld", conveyor)] },
            new("Trim 1", Distribution.Constant(30)),
            new("Trim 2", Distribution.Constant(40)),
            new("Paint intake", Distribution.Constant(20)) { Pull = pull },
        ],
        Buffers = [new("Load", 2), new("Hem", 3), new("Trim 2", 2)],
        Segments = [segment],
    };

    private static SimulationResult Run(LineModel line) =>
        Simulation.Create(line, new SimulationOptions { Seed = 7, Replications = 2, Duration = 3 * 86_400 }).Run();
}
