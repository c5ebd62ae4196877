using System.Globalization;
using System.Text;
using LineSim.Model;

namespace LineSim.Tests.Network;

/// <summary>Describes a plant one station a line: its time, servers, failures, inputs, routing and quality; then its carriers and crews.</summary>
internal static class PlantText
{
    public static string Describe(LineModel model)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{model.Name} ({model.Blocking})");
        if (!model.Source.IsUnlimited)
        {
            text.Append(CultureInfo.InvariantCulture, $", line source {Supply(model.Source)}");
        }

        for (int i = 0; i < model.Stations.Length; i++)
        {
            Station station = model.Stations[i];
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {station.Name}: {station.ProcessingTime}");
            if (station.Servers > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $" x{station.Servers} servers");
            }

            if (station.Failures is { } f)
            {
                text.Append(CultureInfo.InvariantCulture, $", fails {f.Mode} ttf {f.TimeToFailure} ttr {f.TimeToRepair}");
                if (f.Crew is { } crew)
                {
                    text.Append(CultureInfo.InvariantCulture, $" crew {crew}");
                }
            }

            if (station.TakesFromStationBefore)
            {
                text.Append(i == 0 ? ", from the line source" : $", from {model.Stations[i - 1].Name} [buffer {model.Buffers.FirstOrDefault(b => b.After == model.Stations[i - 1].Name)?.Capacity ?? 0}]");
            }
            else if (station.Inputs.IsEmpty)
            {
                text.Append(", rework only");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $", {(station.Inputs.Length > 1 ? station.Merge + " of " : "from ")}");
                text.AppendJoin(" + ", station.Inputs.Select(Input));
            }

            if (station.Routing is { } routing)
            {
                text.Append(CultureInfo.InvariantCulture, $", routing {routing.Rule}");
                if (!routing.Targets.IsDefaultOrEmpty)
                {
                    text.Append(' ').AppendJoin(" ", routing.Targets.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Station}:{t.Probability:G3}")));
                }
            }

            if (station.Quality is { } quality)
            {
                text.Append(CultureInfo.InvariantCulture, $", yield {quality.FirstPassYield:G3}");
                foreach (ReworkRoute route in quality.Rework)
                {
                    text.Append(CultureInfo.InvariantCulture, $", rework {route.Probability:G3} at {route.Station}");
                }
            }
        }

        foreach (CarrierLoop loop in model.Carriers)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  carriers {loop.Name}: {loop.Count} from {loop.From} to {loop.To}, back in {loop.ReturnTime} s");
            if (loop.Return is { } back)
            {
                text.Append(CultureInfo.InvariantCulture, $", a return of {back.Capacity} taking {back.TravelTime} s");
            }

            if (loop.Storage is { } storage)
            {
                text.Append(CultureInfo.InvariantCulture, $", {storage} stored");
            }
        }

        foreach (RepairCrew crew in model.Crews)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  crew {crew.Name}: {crew.Size}");
        }

        return text.ToString();
    }

    private static string Input(StationInput input)
    {
        string quantity = input.Quantity > 1 ? string.Create(CultureInfo.InvariantCulture, $" x{input.Quantity}") : string.Empty;
        return input switch
        {
            { Supply: { } supply } => Supply(supply) + quantity,
            { Conveyor: { } conveyor } => string.Create(CultureInfo.InvariantCulture, $"{input.From} [conveyor {conveyor.TravelTime} s, {conveyor.Capacity} places]{quantity}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{input.From} [buffer {input.Buffer}]{quantity}"),
        };
    }

    private static string Supply(Source source) => source.IsUnlimited
        ? "unlimited supply"
        : $"arrivals {source.InterarrivalTime} into {(source.InputCapacity is { } c ? c.ToString(CultureInfo.InvariantCulture) : "unlimited")}";
}
