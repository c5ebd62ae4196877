using System.CommandLine;
using LineSim.Cli.Reporting;
using LineSim.Scenarios;
using LineSim.Validation;

namespace LineSim.Cli.Commands;

/// <summary><c>linesim validate FILE</c>: prints every problem with a scenario file, or that it is valid.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario file (JSON)." };
        Option<bool> strict = CliOptions.Strict();
        var command = new Command("validate", "Check a scenario file and print every problem, or that it is valid, and its plausibility warnings.") { file, strict };
        command.SetAction(parse => Execute(parse.GetValue(file)!, parse.GetValue(strict), console));
        return command;
    }

    private static int Execute(string path, bool strict, CliConsole console)
    {
        ScenarioLoadResult result = ScenarioLoader.LoadFile(path);
        if (!result.IsValid)
        {
            ScenarioFile.WriteErrors(path, result, console.Error);
            return ExitCodes.InvalidInput;
        }

        Scenario scenario = result.Scenario;
        int stations = scenario.Line.Stations.Length;
        if (!ScenarioFile.WriteWarnings(Plausibility.Check(scenario.Line, scenario.Options), strict, console))
        {
            return ExitCodes.InvalidInput;
        }

        console.Out.WriteLine($"{path}: valid. \"{scenario.Name}\": {stations} station{(stations == 1 ? string.Empty : "s")}, takt {Format.Number(scenario.Line.TaktTime)} s.");
        return ExitCodes.Success;
    }
}
