using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace LineSim.Cli.Tests.Cluster;

/// <summary>
/// A single-node Slurm cluster started for the tests, as the user that runs them: munged, slurmctld and slurmd in the
/// foreground as child processes, with a generated slurm.conf, key and spool folders in a temporary folder and free
/// ports, the node's CPUs as slurmd detects them. <see cref="Dispose"/> shuts down the daemons it started and deletes
/// the folder. Starting throws (failing the tests) when Slurm or munge is missing or does not come up.
/// </summary>
public sealed class SlurmCluster : IDisposable
{
    private static readonly TimeSpan s_startLimit = TimeSpan.FromSeconds(60);
    private readonly List<Process> _daemons = [];

    public SlurmCluster()
    {
        Folder = Directory.CreateTempSubdirectory("linesim-slurm-").FullName;
        try
        {
            Start();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The temporary folder of the cluster's files; jobs may write under it.</summary>
    public string Folder { get; }

    /// <summary>The generated slurm.conf, which the Slurm commands find through SLURM_CONF.</summary>
    public string Configuration => Path.Combine(Folder, "slurm.conf");

    /// <summary>The environment the Slurm commands need.</summary>
    internal Dictionary<string, string?> Environment => new() { ["SLURM_CONF"] = Configuration };

    /// <summary>Runs a Slurm command (<c>sbatch</c>, <c>squeue</c>, ...) against the cluster.</summary>
    internal CliRun Command(string command, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? limit = null, string? directory = null)
    {
        Dictionary<string, string?> all = Environment;
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        return LinesimProcess.Run(Find(command), arguments, all, limit ?? TimeSpan.FromSeconds(30), directory);
    }

    /// <summary>The last lines of the daemons' logs, for a failure's message.</summary>
    public string Logs()
    {
        string log = Path.Combine(Folder, "log");
        return !Directory.Exists(log) ? string.Empty : string.Join("\n", Directory.GetFiles(log).Order(StringComparer.Ordinal).Select(f =>
            $"--- {Path.GetFileName(f)}\n" + string.Join("\n", File.ReadAllLines(f).TakeLast(15))));
    }

    public void Dispose()
    {
        if (_daemons.Any(d => !d.HasExited) && File.Exists(Configuration))
        {
            try
            {
                Command("scontrol", ["shutdown"]);
            }
            catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or Xunit.Sdk.XunitException)
            {
                // The daemons are killed below.
            }
        }

        // munged last: slurmctld and slurmd need it to shut down.
        foreach (Process daemon in Enumerable.Reverse(_daemons))
        {
            if (daemon != _daemons[0] && !daemon.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                daemon.Kill(entireProcessTree: true);
            }
        }

        if (_daemons.Count > 0 && !_daemons[0].HasExited)
        {
            _daemons[0].Kill(entireProcessTree: true);
        }

        foreach (Process daemon in _daemons)
        {
            daemon.WaitForExit(TimeSpan.FromSeconds(10));
            daemon.Dispose();
        }

        _daemons.Clear();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A job's file still open; the temporary folder is the system's to clean.
        }
    }

    private void Start()
    {
        foreach (string folder in new[] { "munge", "log", "state", "spool" })
        {
            Directory.CreateDirectory(Path.Combine(Folder, folder));
        }

        string munge = Path.Combine(Folder, "munge");
        string key = Path.Combine(munge, "munge.key");
        File.WriteAllBytes(key, RandomNumberGenerator.GetBytes(1024));
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Slurm runs on Linux");
        }

        File.SetUnixFileMode(key, UnixFileMode.UserRead);
        string socket = Path.Combine(munge, "munge.socket");
        Daemon("munged", "--foreground", "--force", $"--socket={socket}", $"--key-file={key}", $"--pid-file={Path.Combine(munge, "munged.pid")}", $"--log-file={Path.Combine(Folder, "log", "munged.log")}", $"--seed-file={Path.Combine(munge, "munged.seed")}");
        WaitFor(() => File.Exists(socket), "munged to create its socket");

        // slurmd -C prints the node as Slurm sees it: "NodeName=host CPUs=2 Boards=1 ... RealMemory=...".
        CliRun node = LinesimProcess.Run(Find("slurmd"), ["-C"], new Dictionary<string, string?>(), TimeSpan.FromSeconds(30));
        string line = node.Out.Split('\n')[0];
        Dictionary<string, string> fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1]);
        if (!fields.TryGetValue("NodeName", out string? name) || !fields.TryGetValue("CPUs", out string? cpus))
        {
            throw new InvalidOperationException($"slurmd -C did not describe the node: {node}");
        }

        string user = System.Environment.UserName;
        File.WriteAllText(Configuration, string.Join("\n",
            "ClusterName=linesim-test",
            $"SlurmctldHost={name}(127.0.0.1)",
            $"SlurmUser={user}",
            $"SlurmdUser={user}",
            "AuthType=auth/munge",
            "CredType=cred/munge",
            $"AuthInfo=socket={socket}",
            $"SlurmctldPort={FreePort()}",
            $"SlurmdPort={FreePort()}",
            $"StateSaveLocation={Path.Combine(Folder, "state")}",
            $"SlurmdSpoolDir={Path.Combine(Folder, "spool")}",
            $"SlurmctldPidFile={Path.Combine(Folder, "slurmctld.pid")}",
            $"SlurmdPidFile={Path.Combine(Folder, "slurmd.pid")}",
            $"SlurmctldLogFile={Path.Combine(Folder, "log", "slurmctld.log")}",
            $"SlurmdLogFile={Path.Combine(Folder, "log", "slurmd.log")}",
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core",
            "SchedulerType=sched/backfill",
            "MpiDefault=none",
            "ReturnToService=2",
            "JobCompType=jobcomp/none",
            "JobAcctGatherType=jobacct_gather/none",
            "AccountingStorageType=accounting_storage/none",
            "SwitchType=switch/none",
            $"NodeName={name} NodeAddr=127.0.0.1 CPUs={cpus} State=UNKNOWN",
            $"PartitionName=linesim Nodes={name} Default=YES MaxTime=INFINITE State=UP",
            string.Empty));
        Daemon("slurmctld", "-D", "-i", "-f", Configuration);
        Daemon("slurmd", "-D", "-f", Configuration);
        WaitFor(() => Command("sinfo", ["--noheader", "--format=%T"]).Out.Trim() is "idle" or "mixed" or "allocated", "the node to be up (sinfo shows it idle)");
    }

    private void Daemon(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(program)) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SLURM_CONF"] = Configuration;
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _daemons.Add(process);
    }

    private void WaitFor(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_daemons.FirstOrDefault(d => d.HasExited) is { } stopped)
            {
                throw new InvalidOperationException($"Slurm did not start: {stopped.StartInfo.FileName} exited with {stopped.ExitCode} while waiting for {what}.\n{Logs()}");
            }

            if (clock.Elapsed > s_startLimit)
            {
                throw new InvalidOperationException($"Slurm did not start: waited {s_startLimit.TotalSeconds:F0} s for {what}.\n{Logs()}");
            }

            Thread.Sleep(250);
        }
    }

    /// <summary>The program's path on PATH or in the system folders where Debian puts the daemons.</summary>
    private static string Find(string program)
    {
        string[] folders = [.. (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries), "/usr/sbin", "/usr/bin", "/sbin", "/usr/local/sbin"];
        return folders.Select(f => Path.Combine(f, program)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{program} is not installed: the Slurm tests need Debian's slurm-wlm and munge (apt-get install -y slurm-wlm munge; .ci/run installs them).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
