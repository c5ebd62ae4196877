using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LineSim.Model;
using LineSim.Tests.Plants;
using LineSim.Tests.Properties;

namespace LineSim.Tests.Network;

/// <summary>
/// Generates small valid plants: 1 to 3 feeder lines of 1 to 3 stations, each starting from an unlimited supply or
/// arrivals, joined by an assembly station or a first-available join; then, each optional, a cell of 1 to 3 servers,
/// a split into two parallel stations that join again, and a last station. Links are buffers of 0 to 3 places or
/// conveyors. Optional, too: a quality check on the main line with scrap and rework (back to a station of the main line
/// or to a rework station of its own), a carrier loop along the main line, and a repair crew for every station that
/// fails. Stations fail in either mode, under either blocking policy. Every choice is drawn from a fixed array of
/// numbers, so a plant is a pure function of FsCheck's draws.
/// </summary>
public static class PlantArbitraries
{
    private const int DrawCount = 160;

    public static Arbitrary<Plant> Plants() => Arb.From(Plant);

    public static Gen<Plant> Plant =>
        from draws in Gen.ArrayOf(Gen.Choose(0, 9_999), DrawCount)
        from processing in Gen.ArrayOf(LineArbitraries.ProcessingTime, 20)
        select Build(new Draws(draws), processing);

    private static Plant Build(Draws d, Distribution[] processing)
    {
        var stations = new List<Station>();
        var buffers = new List<LineBuffer>();
        var mustPass = new List<string>();
        var spine = new List<string>();
        int time = 0;
        bool crew = d.Chance(40);

        Station NewStation(string name) => new(name, processing[time++], Failures(d, crew));

        // Feeder lines: each station takes from the one before it, through a buffer or a conveyor.
        int feeders = d.Int(1, 3);
        var ends = new string[feeders];
        var feederStations = new List<string>[feeders];
        for (int f = 0; f < feeders; f++)
        {
            feederStations[f] = [];
            int length = d.Int(1, 3);
            for (int j = 0; j < length; j++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"F{f}S{j}");
                Station station = NewStation(name);
                station = j == 0 ? station with { Inputs = [StationInput.FromSupply(Supply(d))] } : Follow(d, station, stations[^1].Name, buffers);
                stations.Add(station);
                feederStations[f].Add(name);
            }

            ends[f] = stations[^1].Name;
        }

        if (feeders == 1)
        {
            spine.AddRange(feederStations[0]);
        }
        else
        {
            MergeRule rule = d.Chance(50) ? MergeRule.Assembly : MergeRule.FirstAvailable;
            stations.Add(NewStation("Merge") with
            {
                Servers = d.Int(1, 2),
                Merge = rule,
                Inputs = [.. ends.Select((end, k) => Link(d, end) with { Quantity = rule == MergeRule.Assembly && k > 0 ? d.Int(1, 2) : 1 })],
            });
            spine.Add("Merge");
            if (rule == MergeRule.Assembly)
            {
                // The assembled part carries on as the first input's part.
                mustPass.AddRange(feederStations[0]);
            }
        }

        if (d.Chance(50))
        {
            stations.Add(Follow(d, NewStation("Cell") with { Servers = d.Int(1, 3) }, stations[^1].Name, buffers));
            spine.Add("Cell");
        }

        if (d.Chance(50))
        {
            Routing routing = d.Int(0, 2) switch
            {
                0 => Routing.ByProbability(new RouteTarget("PA", d.Int(1, 9) / 10.0), new RouteTarget("PB", 0)),
                1 => new Routing(RoutingRule.RoundRobin),
                _ => new Routing(RoutingRule.FirstWithSpace),
            };
            if (routing.Rule == RoutingRule.Probability)
            {
                double p = routing.Targets[0].Probability;
                routing = Routing.ByProbability(new RouteTarget("PA", p), new RouteTarget("PB", 1 - p));
            }

            stations.Add(Follow(d, NewStation("Split") with { Routing = routing }, stations[^1].Name, buffers));
            stations.Add(NewStation("PA") with { Inputs = [Link(d, "Split")] });
            stations.Add(NewStation("PB") with { Inputs = [Link(d, "Split")] });
            stations.Add(NewStation("Join") with { Merge = MergeRule.FirstAvailable, Inputs = [Link(d, "PA"), Link(d, "PB")] });
            spine.Add("Split");
            spine.Add("Join");
        }

        if (spine.Count == 0 || d.Chance(50))
        {
            stations.Add(Follow(d, NewStation("Last"), stations[^1].Name, buffers));
            spine.Add("Last");
        }

        // A quality check on the main line; parts that fail are scrapped, sent back along the main line, or repaired
        // at a rework station of their own, from which they leave the line without passing the stations after the check.
        int checkAt = spine.Count;
        if (d.Chance(50))
        {
            checkAt = d.Int(0, spine.Count - 1);
            var quality = new Quality(d.Int(60, 98) / 100.0);
            switch (d.Int(0, 2))
            {
                case 0:
                    break;
                case 1:
                    quality = quality with { Rework = [new ReworkRoute(spine[d.Int(0, checkAt)], d.Int(2, 10) / 10.0)] };
                    break;
                default:
                    quality = quality with { Rework = [new ReworkRoute("Rework", d.Int(2, 10) / 10.0)] };
                    stations.Add(NewStation("Rework") with { Inputs = [] });
                    break;
            }

            int index = stations.FindIndex(s => s.Name == spine[checkAt]);
            stations[index] = stations[index] with { Quality = quality };
        }

        bool reworkStation = stations.Any(s => s.Name == "Rework");
        mustPass.AddRange(reworkStation ? spine.Take(checkAt) : spine);

        var carriers = new List<CarrierLoop>();
        if (d.Chance(40))
        {
            int from = d.Int(0, spine.Count - 1);
            int to = d.Int(from, spine.Count - 1);
            carriers.Add(new CarrierLoop("Carriers", d.Int(1, 6), spine[from], spine[to], d.Int(0, 4) * 30));
        }

        var model = new LineModel
        {
            Name = "Plant",
            TaktTime = 55,
            Stations = [.. stations],
            Buffers = [.. buffers],
            Blocking = d.Chance(50) ? BlockingPolicy.AfterService : BlockingPolicy.BeforeService,
            Carriers = [.. carriers],
            Crews = crew && stations.Any(s => s.Failures is not null) ? [new RepairCrew("Crew", d.Int(1, 2))] : [],
        };
        if (model.Crews.IsEmpty)
        {
            model = model with { Stations = [.. model.Stations.Select(s => s.Failures is { Crew: not null } f ? s with { Failures = f with { Crew = null } } : s)] };
        }

        IReadOnlyList<string> problems = model.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The generator built an invalid plant:" + Environment.NewLine + PlantText.Describe(model) + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return new Plant(model, [.. mustPass.Distinct()]);
    }

    /// <summary><paramref name="station"/> takes its parts from <paramref name="before"/>, listed just before it: by default through a line buffer, or through an input of its own.</summary>
    internal static Station Follow(Draws d, Station station, string before, List<LineBuffer> buffers)
    {
        if (d.Chance(50))
        {
            int capacity = d.Int(-1, 3);
            if (capacity >= 0)
            {
                buffers.Add(new LineBuffer(before, capacity));
            }

            return station;
        }

        return station with { Inputs = [Link(d, before)] };
    }

    /// <summary>An input from <paramref name="from"/>: a buffer of 0 to 3 places, or a conveyor.</summary>
    internal static StationInput Link(Draws d, string from) => d.Chance(70)
        ? StationInput.FromStation(from, d.Int(0, 3))
        : StationInput.FromConveyor(from, new Conveyor(d.Int(0, 6) * 20, d.Int(1, 5)));

    internal static Source Supply(Draws d)
    {
        int capacity = d.Int(-1, 5);
        int? inputCapacity = capacity < 0 ? null : capacity;
        double mean = d.Int(30, 120);
        return d.Int(0, 3) switch
        {
            0 or 1 => Source.Unlimited,
            2 => Source.Arrivals(Distribution.Exponential(mean), inputCapacity),
            _ => Source.Arrivals(Distribution.Uniform(mean / 2, mean * 1.5), inputCapacity),
        };
    }

    internal static FailureModel? Failures(Draws d, bool crew)
    {
        if (!d.Chance(33))
        {
            return null;
        }

        double mtbf = d.Int(500, 5_000);
        double mttr = d.Int(20, 300);
        FailureMode mode = d.Chance(50) ? FailureMode.OperationDependent : FailureMode.TimeDependent;
        FailureModel failures = d.Chance(50)
            ? new FailureModel(Distribution.Weibull(1.5, mtbf), Distribution.Uniform(mttr / 2, mttr * 1.5), mode)
            : FailureModel.FromMeans(mtbf, mttr, mode);
        return crew ? failures with { Crew = "Crew" } : failures;
    }
}
