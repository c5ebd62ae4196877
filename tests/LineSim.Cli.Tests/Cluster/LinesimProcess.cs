using System.Diagnostics;
using System.Text;

namespace LineSim.Cli.Tests.Cluster;

/// <summary>Runs programs as processes of their own: the built <c>linesim</c> (beside the tests) and the Slurm commands.</summary>
internal static class LinesimProcess
{
    /// <summary>The dotnet host that runs the tests, which runs <c>linesim</c> too.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The built <c>linesim</c>, beside the tests.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "LineSim.Cli.dll");

    /// <summary>Writes an executable <c>linesim</c> script into <paramref name="folder"/> that runs the built tool, for a PATH.</summary>
    public static void WriteWrapper(string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "linesim");
        File.WriteAllText(path, $"#!/bin/sh\nexec '{DotnetHost}' '{Assembly}' \"$@\"\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the scheduler tests run on Linux");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    /// <summary>Runs the built <c>linesim</c> with <paramref name="arguments"/> and <paramref name="environment"/> added to the test's.</summary>
    public static CliRun Linesim(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Run(DotnetHost, [Assembly, .. arguments], environment, TimeSpan.FromMinutes(3));

    /// <summary>Runs <paramref name="program"/>; its exit code, output and errors. A run past <paramref name="limit"/> is killed and fails the test.</summary>
    public static CliRun Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan limit, string? directory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string? value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} ran past {limit}; output so far:\n{output}\n{error}");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, output.ToString(), error.ToString());
    }
}
