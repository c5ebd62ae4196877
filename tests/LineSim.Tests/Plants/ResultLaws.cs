using System.Collections.Immutable;
using System.Globalization;
using LineSim.Model;
using LineSim.Results;

namespace LineSim.Tests.Plants;

/// <summary>
/// Every law a result obeys, whatever the plant, its features and its run: every fraction a fraction, each station's
/// states summing to one, levels within capacity, crews busy at most their size, parts conserved, the window and its
/// working time as the calendar has them (by <see cref="CalendarScan"/>), per replication and in the summary; then,
/// from the parts' logged entries and exits, Little's law with its boundary terms and the variant shares at the exits;
/// and a run repeated, on one thread or four, bit for bit. One helper, so that every law class checks every law.
/// </summary>
internal static partial class ResultLaws
{
    private const double Day = 86_400;

    // Times in each state are sums of many intervals: a fraction or a sum of them may miss by rounding.
    private const double Rounding = 1e-9;

    /// <summary>The laws of every replication of <paramref name="result"/>, and of its summary.</summary>
    public static void Hold(LineModel model, SimulationOptions options, SimulationResult result)
    {
        foreach (ReplicationResult replication in result.ReplicationResults)
        {
            Hold(model, options, replication);
        }

        HoldForSummary(result);
    }

    /// <summary>The laws of one replication, from the result alone.</summary>
    public static void Hold(LineModel model, SimulationOptions options, ReplicationResult r)
    {
        HoldForWindow(model, options, r);
        HoldForParts(model, r);
        for (int i = 0; i < model.Stations.Length; i++)
        {
            HoldForStation(model, model.Stations[i], r.Stations[i], r);
        }

        foreach (BufferStatistics buffer in r.InputBuffer is { } input ? [.. r.Buffers, input] : r.Buffers)
        {
            HoldForBuffer(buffer);
        }

        HoldForCarriersAndCrews(model, r);
        HoldForSegments(model, r);
        HoldForVariantMismatches(model, r);
        HoldForBottlenecks(model, options, r);
    }

    /// <summary>
    /// Only an assembly station joins parts of different variants, at most once a part it makes; and only when
    /// something upstream of it puts a supply's parts out of step: scrap or rework, a cell whose robots overtake each
    /// other, routing or a join that mixes streams. Without those, every supply's k-th set reaches it together.
    /// </summary>
    private static void HoldForVariantMismatches(LineModel model, ReplicationResult r)
    {
        LineTopology topology = model.Topology();
        for (int i = 0; i < model.Stations.Length; i++)
        {
            StationStatistics s = r.Stations[i];
            bool assembly = model.Stations[i].Merge == MergeRule.Assembly && topology.InputsOf[i].Length > 1;
            if (!assembly || model.Variants is null || !OutOfStepUpstream(model, topology, i))
            {
                Assert.True(s.VariantMismatches == 0, $"replication {r.Index}, {s.Name}: {s.VariantMismatches} variant mismatches, but its inputs cannot get out of step");
            }
            else
            {
                Assert.InRange(s.VariantMismatches, 0, s.PartsProcessed);
            }
        }
    }

    /// <summary>Whether a station upstream of station <paramref name="s"/> can reorder parts or drop some of one supply's.</summary>
    private static bool OutOfStepUpstream(LineModel model, LineTopology topology, int s)
    {
        var reworkTargets = model.Stations.SelectMany(station => station.Quality?.Rework.Select(route => route.Station) ?? []).ToHashSet();
        var seen = new HashSet<int>();
        var next = new Stack<int>(topology.InputsOf[s].Select(l => topology.Links[l].From).Where(from => from >= 0));
        while (next.TryPop(out int u))
        {
            if (!seen.Add(u))
            {
                continue;
            }

            Station station = model.Stations[u];
            if (station.Quality is not null || station.Servers > 1 || topology.OutputsOf[u].Length > 1 || reworkTargets.Contains(station.Name)
                || (station.Merge == MergeRule.FirstAvailable && topology.InputsOf[u].Length > 1))
            {
                return true;
            }

            foreach (int l in topology.InputsOf[u])
            {
                if (topology.Links[l].From >= 0)
                {
                    next.Push(topology.Links[l].From);
                }
            }
        }

        return false;
    }

    /// <summary>Asserts that <paramref name="actual"/> is <paramref name="expected"/> but for rounding, relative to the larger of it and 1.</summary>
    public static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Rounding * Math.Max(1, Math.Abs(expected)), string.Create(CultureInfo.InvariantCulture, $"{what}: {actual}, expected {expected}"));

    /// <summary>Asserts that <paramref name="value"/> is a fraction, but for rounding.</summary>
    public static void Fraction(double value, string what) =>
        Assert.True(value >= -Rounding && value <= 1 + Rounding, string.Create(CultureInfo.InvariantCulture, $"{what} = {value}, not a fraction"));

    /// <summary>The window, its working time by the brute-force calendar, and the figures per hour of it.</summary>
    private static void HoldForWindow(LineModel model, SimulationOptions options, ReplicationResult r)
    {
        Assert.Equal(options.Warmup, r.EndTime - r.ObservedTime, 6);
        if (options.Duration is { } duration)
        {
            Assert.Equal(duration, r.ObservedTime, 6);
        }
        else
        {
            Assert.Equal(options.PartCount, r.PartsOut);
        }

        double working = model.Calendar is { } calendar
            ? new CalendarScan(calendar, r.EndTime).WorkingBetween(options.Warmup, r.EndTime)
            : r.ObservedTime;
        Assert.True(Math.Abs(working - r.WorkingTime) <= 1e-6, $"working time {r.WorkingTime} s, the calendar has {working} s in the window");
        HoldWorkingTimePer(model, options, r, Day, r.WorkingTimePerDay, r.OutputPerDay.Length);
        HoldWorkingTimePer(model, options, r, 7 * Day, r.WorkingTimePerWeek, r.OutputPerWeek.Length);
        if (options.OutputInterval is { } interval)
        {
            HoldWorkingTimePer(model, options, r, interval, r.WorkingTimePerInterval, r.OutputPerInterval.Length);
        }
        if (r.ObservedTime > 0)
        {
            Close(r.PartsOut * 3_600 / r.ObservedTime, r.ThroughputPerHour, "JPH");
        }

        if (r.WorkingTime > 0)
        {
            Close(r.PartsOut * 3_600 / r.WorkingTime, r.ThroughputPerWorkingHour, "JPH per working hour");
            Close(r.ThroughputPerWorkingHour * model.TaktTime / 3_600, r.TaktAttainment, "takt attainment");
        }

        Assert.True(r.WorkInProcess >= 0, $"work in process {r.WorkInProcess}");
        Assert.Equal(r.PartsOut == 0, double.IsNaN(r.LeadTime));
        if (r.PartsOut > 0)
        {
            Assert.True(r.LeadTime >= 0, $"lead time {r.LeadTime}");
            Assert.False(r.LeadTimeP50 > r.LeadTimeP95, $"median lead time {r.LeadTimeP50} above the 95th percentile {r.LeadTimeP95}");
            Assert.False(r.CalendarLeadTimeP50 > r.CalendarLeadTimeP95, $"median calendar lead time {r.CalendarLeadTimeP50} above the 95th percentile {r.CalendarLeadTimeP95}");
            Assert.True(r.CalendarLeadTime >= r.LeadTime - (Rounding * r.LeadTime), $"calendar lead time {r.CalendarLeadTime} shorter than the working lead time {r.LeadTime}");
        }

        if (model.Calendar is null)
        {
            Assert.Equal((r.LeadTime, r.LeadTimeP50, r.LeadTimeP95), (r.CalendarLeadTime, r.CalendarLeadTimeP50, r.CalendarLeadTimeP95));
        }

        if (model.Calendar is null)
        {
            Assert.Empty(r.OutputPerDay);
            Assert.Empty(r.OutputPerWeek);
            Assert.Empty(r.OutputPerShift);
        }
        else
        {
            Assert.Equal(r.PartsOut, r.OutputPerDay.Sum());
            Assert.Equal(r.PartsOut, r.OutputPerWeek.Sum());
            Assert.Equal((int)Math.Ceiling(r.ObservedTime / Day), r.OutputPerDay.Length);
            Assert.Equal((int)Math.Ceiling(r.ObservedTime / (7 * Day)), r.OutputPerWeek.Length);
            Assert.InRange(r.OutputPerShift.Sum(shift => shift.Parts), 0, r.PartsOut);
        }
    }

    /// <summary>Each period's working time as the calendar scan has it, one per period counted, summing to the window's.</summary>
    private static void HoldWorkingTimePer(LineModel model, SimulationOptions options, ReplicationResult r, double length, ImmutableArray<double> working, int periods)
    {
        Assert.Equal(periods, working.Length);
        var scan = model.Calendar is { } calendar ? new CalendarScan(calendar, r.EndTime) : null;
        for (int k = 0; k < periods; k++)
        {
            double from = options.Warmup + (k * length);
            double to = Math.Min(r.EndTime, from + length);
            double expected = scan?.WorkingBetween(from, to) ?? (to - from);
            Assert.True(Math.Abs(expected - working[k]) <= 1e-6, $"replication {r.Index}: period {k} of {length} s has {working[k]} working seconds, the calendar {expected}");
        }

        if (periods > 0)
        {
            Assert.True(Math.Abs(working.Sum() - r.WorkingTime) <= 1e-6 * Math.Max(1, r.WorkingTime), $"replication {r.Index}: the periods of {length} s hold {working.Sum()} working seconds, the window {r.WorkingTime}");
        }
    }

    /// <summary>Parts are conserved; the variants' outputs add up to the parts out.</summary>
    private static void HoldForParts(LineModel model, ReplicationResult r)
    {
        Assert.Equal(r.Released, r.Completed + r.Scrapped + r.Assembled + r.WorkInProcessAtEnd);
        Assert.InRange(r.PartsOut, 0, r.Completed);
        Assert.InRange(r.WorkInProcessAtEnd, 0, r.Released);
        Assert.InRange(r.Scrapped, r.Stations.Sum(s => s.Scrapped), r.Released);
        if (!model.Stations.Any(s => s is { Merge: MergeRule.Assembly, Inputs.IsDefault: false } && s.Inputs.Sum(input => input.Quantity) > 1))
        {
            Assert.Equal(0, r.Assembled);
        }

        if (model.Variants is { } mix)
        {
            Assert.Equal(mix.Variants, r.OutputByVariant.Select(v => v.Variant));
            Assert.Equal(r.PartsOut, r.OutputByVariant.Sum(v => v.Parts));
        }
        else
        {
            Assert.Empty(r.OutputByVariant);
        }
    }

    /// <summary>
    /// A station is down only for a failure of one of its profiles, maintenance or a count-based stop, and each of
    /// those only while down; its profiles' failures add up to its own.
    /// </summary>
    private static void HoldForStoppages(Station station, StationStatistics s, string at)
    {
        Assert.True(s.Stopped <= s.Down + Rounding, $"{at}: stopped {s.Stopped} is more than down {s.Down}");
        if (station.Stops.IsEmpty)
        {
            Assert.Equal(0, s.Stopped);
        }

        Assert.Equal(station.FailureProfiles.Select(profile => profile.Name ?? "failures"), s.DownByFailure.Select(profile => profile.Name));
        Assert.Equal(s.Failures, s.DownByFailure.Sum(profile => profile.Failures));
        Assert.All(s.DownByFailure, profile => Assert.True(profile.Fraction <= s.Down + Rounding, $"{at}: down by {profile.Name} {profile.Fraction} is more than down {s.Down}"));
        double causes = s.DownByFailure.Sum(profile => profile.Fraction) + s.Maintenance + s.Stopped;
        Assert.True(s.Down <= causes + Rounding, $"{at}: down {s.Down}, but failures, maintenance and stops account for {causes}");
        if (station.Failures is null && station.Stops.IsEmpty)
        {
            Close(s.Maintenance, s.Down, $"{at}: down, which is all maintenance");
        }
    }

    /// <summary>Every fraction of a station is a fraction; its states sum to one; what it lacks it spends no time in.</summary>
    private static void HoldForStation(LineModel model, Station station, StationStatistics s, ReplicationResult r)
    {
        string at = $"replication {r.Index}, {s.Name}";
        Assert.Equal(station.Name, s.Name);
        Assert.Equal(station.Servers, s.Servers);
        (string Name, double Value)[] fractions =
        [
            ("working", s.Working), ("starved", s.Starved), ("blocked", s.Blocked), ("down", s.Down), ("setup", s.Setup),
            ("off shift", s.OffShift), ("maintenance", s.Maintenance), ("waiting for crew", s.WaitingForCrew), ("stopped", s.Stopped),
            ("availability", s.Availability), ("performance", s.Performance), ("quality", s.Quality), ("OEE", s.Oee),
            .. s.ServerWorking.Select((working, k) => ($"server {k + 1} working", working)),
            .. s.StarvedByInput.Select(input => ($"starved by {input.From}", input.Fraction)),
            .. s.DownByFailure.Select(profile => ($"down by {profile.Name}", profile.Fraction)),
        ];
        foreach ((string name, double value) in fractions)
        {
            Fraction(value, $"{at}: {name}");
        }

        Assert.True(Math.Abs(1 - (s.Working + s.Starved + s.Blocked + s.Down + s.Setup + s.OffShift)) <= Rounding,
            $"{at}: working {s.Working} + starved {s.Starved} + blocked {s.Blocked} + down {s.Down} + setup {s.Setup} + off shift {s.OffShift} is not 1");
        Assert.True(s.Maintenance <= s.Down + Rounding, $"{at}: maintenance {s.Maintenance} is more than down {s.Down}");
        Assert.True(s.WaitingForCrew <= s.Down + Rounding, $"{at}: waiting for the crew {s.WaitingForCrew} is more than down {s.Down}");
        if (r.ObservedTime > 0)
        {
            Assert.True(Math.Abs(s.OffShift - (1 - (r.WorkingTime / r.ObservedTime))) <= Rounding, $"{at}: off shift {s.OffShift}, but {r.WorkingTime} s of {r.ObservedTime} s were working time");
        }

        Assert.Equal(s.Servers, s.ServerWorking.Length);
        Close(s.Working, s.ServerWorking.Average(), $"{at}: working, the mean of its servers'");
        if (s.Servers == 1)
        {
            // A single machine is idle only while empty and up: starved.
            Assert.All(s.StarvedByInput, input => Assert.True(input.Fraction <= s.Starved + Rounding, $"{at}: short of {input.From} {input.Fraction} of the time, starved {s.Starved}"));
        }

        Assert.InRange(s.Scrapped + s.Reworked, 0, s.PartsProcessed);
        if (station.Quality is null)
        {
            Assert.Equal((0, 0), (s.Scrapped, s.Reworked));
        }

        HoldForStoppages(station, s, at);
        if (station.FailureProfiles.All(profile => profile.Crew is null))
        {
            Assert.Equal(0, s.WaitingForCrew);
        }

        if (station.Maintenance.IsDefaultOrEmpty)
        {
            Assert.Equal(0, s.Maintenance);
        }

        if (station.Setup is null || model.Variants is not { Variants.Length: > 1 })
        {
            Assert.Equal(0, s.Setup);
        }
    }

    /// <summary>A buffer or conveyor holds between none and its capacity; full and empty are fractions that agree with its level.</summary>
    private static void HoldForBuffer(BufferStatistics buffer)
    {
        string at = $"{buffer.After ?? "supply"} -> {buffer.Before}";
        Assert.True(buffer.AverageLevel >= 0 && buffer.AverageLevel <= buffer.Capacity * (1 + 1e-12), $"{at}: level {buffer.AverageLevel} of {buffer.Capacity}");
        Fraction(buffer.FullFraction, $"{at}: full");
        Fraction(buffer.EmptyFraction, $"{at}: empty");
        if (buffer.Capacity > 0)
        {
            // The level is integrated over the window; the rounding is absolute: 1 - EmptyFraction cancels.
            double rounding = Rounding * Math.Min(buffer.Capacity, 1e6);
            Assert.InRange(buffer.FullFraction + buffer.EmptyFraction, 0, 1 + Rounding);
            Assert.InRange(buffer.AverageLevel, (buffer.FullFraction * buffer.Capacity) - rounding, (buffer.Capacity * (1 - buffer.EmptyFraction)) + rounding);
        }
    }

    /// <summary>
    /// Every carrier is loaded, on its way back or idle; a crew's technicians are busy at most all of them. A crew
    /// repairs exactly the down time of its machines that is neither spent waiting for a technician nor in maintenance (a
    /// repair may overlap a maintenance window), and its machines wait exactly as long as it has them waiting: crews and
    /// stations count the same working time.
    /// </summary>
    private static void HoldForCarriersAndCrews(LineModel model, ReplicationResult r)
    {
        Assert.Equal(model.Carriers.Select(c => (c.Name, c.Count)), r.Carriers.Select(c => (c.Name, c.Count)));
        foreach (CarrierStatistics carriers in r.Carriers)
        {
            Close(carriers.Count, carriers.AverageLoaded + carriers.AverageReturning + carriers.AverageIdle, $"{carriers.Name}: loaded, returning and idle");
            Assert.True(carriers.AverageLoaded >= -Rounding && carriers.AverageReturning >= -Rounding && carriers.AverageIdle >= -Rounding, $"{carriers.Name}: a negative number of carriers");
            Fraction(carriers.NoneIdleFraction, $"{carriers.Name}: none idle");
            Fraction(carriers.WaitingForCarrierFraction, $"{carriers.Name}: waiting for a carrier");
            Fraction(carriers.ReturnBlockedFraction, $"{carriers.Name}: blocked by the return");
            CarrierLoop loop = model.Carriers.Single(c => c.Name == carriers.Name);
            if (loop.Return is null)
            {
                Assert.Equal(0, carriers.ReturnBlockedFraction);
            }

            if (loop.Storage is { } storage)
            {
                Assert.True(carriers.AverageIdle <= storage + Rounding, $"{carriers.Name}: {carriers.AverageIdle} carriers in a storage of {storage}");
            }
            Fraction(carriers.Utilisation, $"{carriers.Name}: utilisation");
        }

        Assert.Equal(model.Crews.Select(c => (c.Name, c.Size)), r.Crews.Select(c => (c.Name, c.Size)));
        foreach (CrewStatistics crew in r.Crews)
        {
            Fraction(crew.Utilisation, $"crew {crew.Name}: utilisation");
            Assert.True(crew.AverageWaiting >= -Rounding, $"crew {crew.Name}: {crew.AverageWaiting} machines waiting");

            // A station with one profile is repaired by the crew while down and not waiting for it, but for maintenance
            // and stops; one with several profiles at most while failed by those the crew repairs (each counting in
            // full when two are at once), and waits for a technician at least as long as any of them waits.
            double repairing = 0;
            double maintained = 0;
            double most = 0;
            double waiting = 0;
            bool several = false;
            for (int i = 0; i < r.Stations.Length; i++)
            {
                ImmutableArray<FailureModel> profiles = model.Stations[i].FailureProfiles;
                if (!profiles.Any(profile => profile.Crew == crew.Name))
                {
                    continue;
                }

                StationStatistics s = r.Stations[i];
                waiting += s.Servers * s.WaitingForCrew;
                if (profiles.Length == 1)
                {
                    repairing += s.Servers * (s.Down - s.WaitingForCrew);
                    maintained += s.Servers * (s.Maintenance + s.Stopped);
                    most += s.Servers * (s.Down - s.WaitingForCrew);
                }
                else
                {
                    several = true;
                    most += s.Servers * s.DownByFailure.Where((_, p) => profiles[p].Crew == crew.Name).Sum(profile => profile.Fraction);
                }
            }

            Assert.InRange(crew.AverageBusy, repairing - maintained - Rounding, most + Rounding);
            if (several)
            {
                Assert.True(crew.AverageWaiting >= waiting - Rounding, $"crew {crew.Name}: {crew.AverageWaiting} machines waiting, fewer than the stations' {waiting}");
            }
            else
            {
                Close(waiting, crew.AverageWaiting, $"crew {crew.Name}: machines waiting");
            }
        }
    }

    /// <summary>A paced segment indexes at most once a takt of working time, late at most every time, and stops for one cause at a time.</summary>
    private static void HoldForSegments(LineModel model, ReplicationResult r)
    {
        Assert.Equal(model.Segments.Select(g => g.Name), r.Segments.Select(g => g.Name));
        for (int g = 0; g < r.Segments.Length; g++)
        {
            SegmentStatistics segment = r.Segments[g];
            Assert.InRange(segment.LateIndexes, 0, segment.Indexes);
            double[] stops = [segment.StoppedBusy, segment.StoppedFailure, segment.StoppedStarved, segment.StoppedBlocked];
            Assert.All(stops, stop => Fraction(stop, $"segment {segment.Name}: stopped"));
            Fraction(stops.Sum(), $"segment {segment.Name}: stopped for any cause");
            Assert.True(segment.Indexes <= Math.Floor((r.WorkingTime / model.Segments[g].TaktTime) + Rounding) + 1, $"{segment.Indexes} indexes in {r.WorkingTime} s of working time at a takt of {model.Segments[g].TaktTime} s");
        }
    }

    /// <summary>The summary's means of fractions are fractions.</summary>
    private static void HoldForSummary(SimulationResult result)
    {
        foreach (StationSummary s in result.Stations)
        {
            Estimate[] fractions =
            [
                s.Working, s.Starved, s.Blocked, s.Down, s.Availability, s.Setup, s.OffShift, s.Maintenance, s.WaitingForCrew, s.Quality, s.Oee,
                .. s.ServerWorking.Select(e => e.Value), .. s.StarvedByInput.Select(e => e.Value),
            ];
            Assert.All(fractions, e => Fraction(e.Mean, $"summary of {s.Name}"));
        }

        Assert.All(result.Buffers, b => Assert.All(new[] { b.FullFraction, b.EmptyFraction }, e => Fraction(e.Mean, $"summary of {b.After} -> {b.Before}")));
        Assert.All(result.Carriers, c => Assert.All(new[] { c.NoneIdleFraction, c.Utilisation, c.WaitingForCarrierFraction, c.ReturnBlockedFraction }, e => Fraction(e.Mean, $"summary of {c.Name}")));
        Assert.All(result.Crews, c => Fraction(c.Utilisation.Mean, $"summary of crew {c.Name}"));
        Assert.All(result.Segments, g => Assert.All(new[] { g.StoppedBusy, g.StoppedFailure, g.StoppedStarved, g.StoppedBlocked }, e => Fraction(e.Mean, $"summary of {g.Name}")));
    }
}
