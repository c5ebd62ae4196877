using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LineSim.Cli.Tests;

/// <summary>
/// <c>linesim run</c> as a user runs it, in its own process, interrupted while it works: it finishes the replications
/// under way, prints the results of those done with a line saying so, and exits with 128 plus the signal's number.
/// </summary>
/// <remarks>
/// Ctrl-C (SIGINT) and SIGTERM go to the same handler. The test sends SIGTERM: a process started from a test host
/// (or any background job of a shell) inherits SIGINT ignored, and the runtime then leaves it ignored.
/// </remarks>
public sealed class InterruptTests : IClassFixture<ScenarioFiles>
{
    private readonly ScenarioFiles _files;

    public InterruptTests(ScenarioFiles files)
    {
        _files = files;
    }

    [Fact]
    public void Run_Sigterm_ReportsTheReplicationsDoneAndExits143()
    {
        // Many short replications: a run of some minutes, each replication a few tens of milliseconds.
        string path = _files.Write("long.json", """
            { "name": "Long run", "taktTime": 60,
              "stations": [ { "name": "A", "processingTime": { "type": "exponential", "mean": 50 } },
                            { "name": "B", "bufferBefore": 2, "processingTime": { "type": "exponential", "mean": 50 } } ],
              "run": { "duration": 2000000, "replications": 20000, "seed": 3 } }
            """);
        string cli = Path.Combine(AppContext.BaseDirectory, "LineSim.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "run", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(errors, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Interrupt once it has surely finished some replications: after seconds of processor time, not of waiting,
        // which a busy machine could spend starting the process.
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && ProcessorSeconds(process.Id) < 3 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(50);
        }

        Assert.False(process.HasExited, $"linesim ended before it was interrupted:\n{output}\n{errors}");
        using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "linesim did not stop after SIGTERM");
        process.WaitForExit(); // Drains the redirected output.
        string text = Text(output);
        Assert.True(process.ExitCode == 143, $"exit {process.ExitCode}\n{text}\n{errors}");
        Assert.Matches(@"^Long run\n\d+ replications \(interrupted: the replications that finished\) of 2000000 s", text);
        Assert.Matches(@"JPH\s+\d+\.\d ± \d+\.\d against takt 60\.0", text);
        Assert.Contains("linesim: interrupted; finishing the work under way", Text(errors), StringComparison.Ordinal);
        Assert.Matches(@"linesim: interrupted: the results are those of the \d+ of 20000 replications that finished\.", Text(errors));
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>The processor time of process <paramref name="id"/> so far, from /proc (Process.TotalProcessorTime keeps its first reading).</summary>
    private static double ProcessorSeconds(int id)
    {
        try
        {
            // Fields 14 and 15, after the command's closing parenthesis: user and system time in clock ticks (100 a second).
            string stat = File.ReadAllText($"/proc/{id}/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0; // Exited.
        }
    }

    [Fact]
    public void Run_ReplicationsTooManyToHold_ExitsTwoNamingTheOption()
    {
        CliRun run = CliRun.Of("run", _files.ShortPath, "--replications", "2147483647");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("linesim: --replications: 2,147,483,647 replications keep about", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_FileReplicationsTooManyToHold_ExitsTwoNamingTheField()
    {
        string path = _files.Write("huge.json", """
            { "taktTime": 60, "stations": [ { "name": "A", "processingTime": 50 } ], "run": { "replications": 2147483647 } }
            """);

        CliRun run = CliRun.Of("run", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}: 1 problem:{Environment.NewLine}  run.replications: 2,147,483,647 replications keep about", run.Error, StringComparison.Ordinal);
    }
}
