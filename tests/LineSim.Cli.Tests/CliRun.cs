namespace LineSim.Cli.Tests;

/// <summary>What one in-process run of <c>linesim</c> returned and wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => Of(terminal: false, args);

    public static CliRun Of(bool terminal, params string[] args) => Of(terminal, static _ => null, args);

    /// <summary>Runs <c>linesim</c> in process with <paramref name="environment"/> as its environment variables.</summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Of(terminal: false, name => environment.TryGetValue(name, out string? value) ? value : null, args);

    private static CliRun Of(bool terminal, Func<string, string?> environment, string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CliApp.Run(args, new CliConsole(stdout, stderr, terminal) { Environment = environment });
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Standard error without the plausibility warnings (<c>linesim: warning: path: ...</c>), which short test runs draw.</summary>
    public string ErrorBesidesWarnings => string.Concat(Error.Split(Environment.NewLine)
        .Where(line => line.Length > 0 && !(line.StartsWith("linesim: warning: run.", StringComparison.Ordinal) || line.StartsWith("linesim: warning: stations[", StringComparison.Ordinal)))
        .Select(line => line + Environment.NewLine));

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
