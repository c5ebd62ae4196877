using LineSim.Model;

namespace LineSim.Tests.Model;

/// <summary><see cref="LineModel.Validate"/> on the graph elements: names that match no station, and graph problems found along with others.</summary>
public sealed class GraphValidationTests
{
    [Fact]
    public void Validate_ReworkAtUnknownStation_NamesTheRoute()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Constant(40)) { Quality = new Quality(0.9) { Rework = [new ReworkRoute("Nope", 1)] } }],
        };

        Assert.Equal(["Stations[0] 'A'.Quality.Rework[0].Station: no station is named 'Nope'."], line.Validate());
    }

    [Fact]
    public void Validate_RoutingTargetUnknownStation_SaysNoStationHasTheName()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations =
            [
                new("A", Distribution.Constant(40)) { Routing = new Routing(RoutingRule.RoundRobin, [new RouteTarget("B"), new RouteTarget("X")]) },
                new("B", Distribution.Constant(40)) { Inputs = [StationInput.FromStation("A")] },
            ],
        };

        Assert.Equal(["Stations[0] 'A'.Routing.Targets[1].Station: no station is named 'X'."], line.Validate());
    }

    [Fact]
    public void Validate_GraphProblemAlongWithAValueProblem_ReportsBoth()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations =
            [
                new("A", Distribution.Constant(40)) { Servers = 0 },
                new("B", Distribution.Constant(40)) { Inputs = [StationInput.FromStation("X")] },
            ],
        };

        Assert.Equal(["Stations[0] 'A'.Servers: must be 1 or more, got 0.", "Stations[1] 'B'.Inputs[0].From: no station is named 'X'."], line.Validate());
    }

    [Fact]
    public void Validate_CarrierToUnknownStation_IsNotAlsoCheckedDownstream()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Constant(40)), new("B", Distribution.Constant(40))],
            Carriers = [new CarrierLoop("Skids", 4, "A", "Z")],
        };

        Assert.Equal(["Carriers[0].To: no station is named 'Z'."], line.Validate());
    }

    [Fact]
    public void Validate_DuplicateStationNames_LeaveTheGraphUnchecked()
    {
        var line = new LineModel
        {
            TaktTime = 55,
            Stations = [new("A", Distribution.Constant(40)), new("A", Distribution.Constant(40)) { Inputs = [StationInput.FromStation("X")] }],
        };

        Assert.Equal(["Stations[1] 'A'.Name: another station already has this name; station names must be unique."], line.Validate());
    }
}
