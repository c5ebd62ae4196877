using System.Collections.Immutable;
using System.Globalization;
using LineSim.Model;
using LineSim.Results;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Plants;

// The laws that need each part's entry and exit (Little's law, the variants at the exits), and a run repeated.
internal static partial class ResultLaws
{
    /// <summary>The longest one replication of a generated plant may take before it is taken for one that never ends.</summary>
    private static readonly TimeSpan s_replicationLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs every replication, on the event engine with each part's entry and exit logged where it runs the plant, and
    /// checks every law of each and of their summary.
    /// </summary>
    /// <returns>The result, as <see cref="Simulation.Run"/> gives it but for the lead-time histogram.</returns>
    public static SimulationResult RunAndHold(LineModel model, SimulationOptions options)
    {
        var log = new PartFlowLog();
        Simulation simulation = Simulation.Create(model, options, log);
        var replications = ImmutableArray.CreateBuilder<ReplicationResult>(options.Replications);
        for (int index = 0; index < options.Replications; index++)
        {
            log.Clear();
            Task<ReplicationResult> run = Task.Run(() => simulation.RunReplication(index));
            Assert.True(run.Wait(s_replicationLimit), $"replication {index} did not end within {s_replicationLimit}");
            ReplicationResult r = run.Result;
            Hold(model, options, r);
            if (simulation.Engine == EngineKind.Event)
            {
                HoldForFlow(model, options, r, log);
            }

            replications.Add(r);
        }

        SimulationResult result = SimulationResult.Aggregate(model.Name, options.Seed, options.Warmup, model.TaktTime, replications.MoveToImmutable());
        HoldForSummary(result);
        return result;
    }

    /// <summary>
    /// The same seed gives the same result, bit for bit, on one thread and on four: the summary and every replication,
    /// field by field.
    /// </summary>
    public static void AreReproducible(LineModel model, SimulationOptions options)
    {
        SimulationResult serial = Simulation.Create(model, options with { MaxDegreeOfParallelism = 1 }).Run();
        SimulationResult parallel = Simulation.Create(model, options with { MaxDegreeOfParallelism = 4 }).Run();

        Assert.Equal(ResultFingerprint.OfEachReplication(serial), ResultFingerprint.OfEachReplication(parallel));
    }

    /// <summary>The laws that need each part's logged entry and exit.</summary>
    private static void HoldForFlow(LineModel model, SimulationOptions options, ReplicationResult r, PartFlowLog log)
    {
        Assert.Equal(r.Released, log.Entered.Count);
        Assert.Equal(r.Completed, log.Left.Count);
        Assert.Equal(r.Scrapped, log.Scrapped.Count);
        if (!model.Stations.Any(IsAssembly))
        {
            HoldLittlesLaw(model, options, r, log);
        }

        if (options.Warmup == 0 && model.Variants is { } mix && MainSupplies(model) is { } main)
        {
            HoldVariantShares(mix, main, r);
        }
    }

    /// <summary>
    /// Little's law over the window, exactly: the area under the work in process is the time each part spent in the line
    /// within the window. Of a part that left in the window, that is its lead time, less what it spent before the window
    /// opened; of a part still in the line at the end, or scrapped, what it spent in it within the window. The work in
    /// process is averaged over calendar time, and under a calendar the logged working times are mapped to the calendar
    /// by the brute-force scan: at a working instant that ends one shift and starts the next, the shift ends. The mean
    /// lead time is that of the parts logged leaving in the window, in working time, and mapped, in calendar time.
    /// </summary>
    private static void HoldLittlesLaw(LineModel model, SimulationOptions options, ReplicationResult r, PartFlowLog log)
    {
        double opens = r.EndTime - r.ObservedTime;
        CalendarScan? scan = model.Calendar is { } calendar ? new CalendarScan(calendar, r.EndTime) : null;
        double ToCalendar(double time) => Math.Min(scan?.AtWorking(time) ?? time, r.EndTime);

        double area = 0;
        double leadTimes = 0;
        double calendarLeadTimes = 0;
        long inWindow = 0;
        foreach ((long part, double entered) in log.Entered)
        {
            bool exited = log.Left.TryGetValue(part, out double exit);
            double to = exited ? ToCalendar(exit) : log.Scrapped.TryGetValue(part, out double scrapped) ? ToCalendar(scrapped) : r.EndTime;
            area += Math.Max(0, to - Math.Max(opens, ToCalendar(entered)));
            if (exited && (options.Warmup == 0 || ToCalendar(exit) > opens))
            {
                leadTimes += exit - entered;
                calendarLeadTimes += ToCalendar(exit) - ToCalendar(entered);
                inWindow++;
            }
        }

        double wip = r.WorkInProcess * r.ObservedTime;
        Assert.True(Math.Abs(wip - area) <= 1e-9 * Math.Max(1, area), string.Create(CultureInfo.InvariantCulture,
            $"replication {r.Index}: work in process {r.WorkInProcess} over {r.ObservedTime} s is an area of {wip}; the parts logged spent {area} in the window"));
        if (options.Duration is not null)
        {
            Assert.Equal(inWindow, r.PartsOut);
            if (inWindow > 0)
            {
                Close(leadTimes / inWindow, r.LeadTime, $"replication {r.Index}: mean lead time");
                Close(calendarLeadTimes / inWindow, r.CalendarLeadTime, $"replication {r.Index}: mean calendar lead time");
            }
        }
    }

    /// <summary>
    /// From an empty plant, the parts out of each variant against the mix's shares. Every supply gives its k-th part the
    /// k-th variant of the sequence (or draws it with the shares), and an assembled part carries on as its first input's
    /// part: the parts that leave are those of the main supplies (<see cref="MainSupplies"/>) but for those still in the
    /// plant, scrapped, or leaving after the window closed. Of a sequence of n, a supply's first R parts hold each
    /// variant R x share within n; drawn by shares, within a binomial bound of 4.5 standard deviations. The expected
    /// shares come from the sequence's counts, never from the engine's part numbers.
    /// </summary>
    private static void HoldVariantShares(ProductMix mix, int mainSupplies, ReplicationResult r)
    {
        long missing = r.WorkInProcessAtEnd + r.Scrapped + (r.Completed - r.PartsOut);
        long n = r.PartsOut;
        foreach (VariantOutput output in r.OutputByVariant)
        {
            double share = Share(mix, output.Variant);
            double bound = mix.Sequence.IsDefaultOrEmpty
                ? (4.5 * Math.Sqrt((n + missing) * share * (1 - share))) + missing + 1
                : (mainSupplies * mix.Sequence.Length) + missing;
            Assert.True(Math.Abs(output.Parts - (n * share)) <= bound, string.Create(CultureInfo.InvariantCulture,
                $"replication {r.Index}: {output.Parts} of {n} parts out are {output.Variant}, expected {n * share:F1} within {bound:F1} ({mainSupplies} main supplies, {missing} parts in the plant, scrapped or late)"));
        }
    }

    /// <summary>A variant's share of the mix: its given share, or the fraction of the sequence it takes.</summary>
    public static double Share(ProductMix mix, string variant) => mix.Sequence.IsDefaultOrEmpty
        ? mix.Shares.Where(s => s.Variant == variant).Sum(s => s.Share)
        : mix.Sequence.Count(v => v == variant) / (double)mix.Sequence.Length;

    /// <summary>
    /// How many supplies feed the exits with parts that carry on (at an assembly station, the first input's, which the
    /// others are fitted to; at a join, every input's); <see langword="null"/> when an assembly station takes several parts
    /// at once from its first input, so that only every few of that supply's parts carry on.
    /// </summary>
    public static int? MainSupplies(LineModel model)
    {
        var topology = model.Topology();
        int count = model.Stations.Length;
        var carried = new HashSet<int>[count];
        for (int s = 0; s < count; s++)
        {
            carried[s] = [];
            if (topology.InputsOf[s] is [int first, ..] && model.Stations[s].Merge == MergeRule.Assembly && topology.Links[first].Quantity > 1)
            {
                return null;
            }
        }

        // Rework sends parts back upstream, so the sets grow until nothing changes.
        for (bool changed = true; changed;)
        {
            changed = false;
            for (int s = 0; s < count; s++)
            {
                int[] inputs = topology.InputsOf[s];
                IEnumerable<int> carriers = model.Stations[s].Merge == MergeRule.Assembly ? inputs.Take(1) : inputs;
                foreach (int link in carriers)
                {
                    LineTopology.Link input = topology.Links[link];
                    changed |= input.Supply is not null ? carried[s].Add(link) : Union(carried[s], carried[input.From]);
                }

                foreach (int sender in topology.ReworkSources[s])
                {
                    changed |= Union(carried[s], carried[sender]);
                }
            }
        }

        return Enumerable.Range(0, count).Where(s => topology.OutputsOf[s].Length == 0).SelectMany(s => carried[s]).Distinct().Count();
    }

    private static bool IsAssembly(Station station) =>
        station is { Merge: MergeRule.Assembly, Inputs.IsDefault: false } && station.Inputs.Sum(input => input.Quantity) > 1;

    private static bool Union(HashSet<int> into, HashSet<int> from)
    {
        int before = into.Count;
        into.UnionWith(from);
        return into.Count > before;
    }
}
