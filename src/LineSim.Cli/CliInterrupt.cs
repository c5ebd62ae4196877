using System.Runtime.InteropServices;

namespace LineSim.Cli;

/// <summary>
/// How the user stops a long command: the first Ctrl-C (SIGINT) or SIGTERM cancels <see cref="Token"/>, and the command
/// finishes the work under way and reports what it did; a second one ends the process at once.
/// </summary>
internal sealed class CliInterrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _signals;
    private PosixSignal _signal = PosixSignal.SIGINT;

    /// <summary>An interrupt that comes only from <see cref="Cancel"/>, for commands run in process.</summary>
    public CliInterrupt()
        : this(error: null)
    {
    }

    private CliInterrupt(TextWriter? error)
    {
        _signals = error is null ? [] : [Handle(PosixSignal.SIGINT, error), Handle(PosixSignal.SIGTERM, error)];
    }

    /// <summary>Cancelled when the user interrupts the command.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The exit code of a command that was interrupted: 128 plus the signal's number, 130 for Ctrl-C.</summary>
    public int ExitCode => _signal == PosixSignal.SIGTERM ? 143 : ExitCodes.Interrupted;

    /// <summary>Listens for the process's signals, telling the user on <paramref name="error"/> what an interrupt does.</summary>
    public static CliInterrupt OfProcess(TextWriter error) => new(error);

    /// <summary>Interrupts the command as Ctrl-C does.</summary>
    public void Cancel() => _source.Cancel();

    public void Dispose()
    {
        foreach (PosixSignalRegistration signal in _signals)
        {
            signal.Dispose();
        }

        _source.Dispose();
    }

    private PosixSignalRegistration Handle(PosixSignal signal, TextWriter error) => PosixSignalRegistration.Create(signal, context =>
    {
        if (_source.IsCancellationRequested)
        {
            return; // The second: the default action ends the process.
        }

        context.Cancel = true;
        _signal = context.Signal;
        error.WriteLine();
        error.WriteLine("linesim: interrupted; finishing the work under way (interrupt again to stop at once)");
        _source.Cancel();
    });
}
