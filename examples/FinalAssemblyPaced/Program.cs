// FinalAssemblyPaced: how many cars does a paced final-assembly line at a 55 s takt build in the first three quarters?
// Covers: three paced segments (Trim, Chassis, Final) decoupled by buffers, two variants in a repeating sequence
// (Sedan Sedan Touring) with the Touring's longer work at two stations, a changeover at the marriage station, failures,
// a two-shift calendar (two 8-hour shifts with a 30-minute break, Monday to Friday), and the projected output of three
// quarters (39 weeks) with its 95% interval, per variant, per shift and per week.
// Seed 55, ten replications of 39 weeks from an empty line (no warm-up: the projection counts from the first car).
// examples/scenarios/final-assembly-paced.json is the same line: `linesim run` reproduces the projection.
using System.Collections.Immutable;
using LineSim;
using LineSim.Model;
using LineSim.Results;

var touringTrim = ImmutableDictionary<string, Distribution>.Empty.Add("Touring", Distribution.Normal(mean: 58, stdDev: 2));
FailureModel robot = FailureModel.FromMeans(mtbf: 4 * 3_600, mttr: 360);
var line = new LineModel
{
    Name = "Final assembly, paced at 55 s",
    TaktTime = 55,
    Variants = ProductMix.BySequence("Sedan", "Sedan", "Touring"),
    Calendar = ShiftCalendar.TwoShiftsFiveDays,
    Stations =
    [
        new("Trim 1", Distribution.Normal(mean: 50, stdDev: 2)),
        new("Trim 2", Distribution.Normal(mean: 50, stdDev: 2)) { ProcessingTimeByVariant = touringTrim },
        new("Trim 3", Distribution.Normal(mean: 49, stdDev: 2), robot),
        new("Marriage", Distribution.Constant(44), robot) { Setup = new Changeover(Distribution.Constant(8)) },
        new("Chassis 1", Distribution.Normal(mean: 50, stdDev: 2)),
        new("Chassis 2", Distribution.Normal(mean: 50, stdDev: 2)) { ProcessingTimeByVariant = touringTrim },
        new("Final 1", Distribution.Normal(mean: 48, stdDev: 2)),
        new("Final 2", Distribution.Normal(mean: 48, stdDev: 2), robot),
        new("Test", Distribution.Constant(45)),
    ],
    Buffers = [new(After: "Trim 3", Capacity: 4), new(After: "Chassis 2", Capacity: 4)],
    Segments =
    [
        new PacedSegment("Trim", First: "Trim 1", Last: "Trim 3", TaktTime: 55),
        new PacedSegment("Chassis", First: "Marriage", Last: "Chassis 2", TaktTime: 55),
        new PacedSegment("Final", First: "Final 1", Last: "Test", TaktTime: 55),
    ],
};
const double Weeks = 39;
var options = new SimulationOptions { Seed = 55, Replications = 10, Warmup = 0, Duration = Weeks * 7 * 86_400 };
SimulationResult result = Simulation.Create(line, options).Run();

Console.WriteLine($"{line.Name}: {Weeks} weeks of two shifts, {result.WorkingHours.Mean:F0} working hours");
Console.WriteLine($"Projected output, first three quarters: {result.PartsOut.ToString("F0")} cars (95% interval {result.PartsOut.Lower:F0} to {result.PartsOut.Upper:F0})");
foreach (NamedEstimate variant in result.OutputByVariant)
{
    Console.WriteLine($"  {variant.Name,-8} {variant.Value.ToString("F0")}");
}

Console.WriteLine($"JPH per working hour {result.ThroughputPerWorkingHour.ToString("F1")} against takt {3_600 / line.TaktTime:F1}; per calendar hour {result.ThroughputPerHour.ToString("F1")}");
Console.WriteLine($"Per shift: {string.Join(", ", result.OutputPerShift.Select(s => $"{s.Name} {s.Value.ToString("F0")}"))} cars; per week {result.OutputPerWeek.Average(w => w.Mean):F0}");
Console.WriteLine("Segment   late indexes   stopped: busy  failure  starved  blocked (share of working time)");
foreach (SegmentSummary segment in result.Segments)
{
    double late = segment.LateIndexes.Mean / segment.Indexes.Mean;
    Console.WriteLine($"{segment.Name,-9} {100 * late,11:F1}%   {100 * segment.StoppedBusy.Mean,13:F1}%  {100 * segment.StoppedFailure.Mean,6:F1}%  {100 * segment.StoppedStarved.Mean,6:F1}%  {100 * segment.StoppedBlocked.Mean,6:F1}%");
}
