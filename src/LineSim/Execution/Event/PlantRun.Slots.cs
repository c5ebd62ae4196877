using System.Runtime.CompilerServices;
using LineSim.Execution.Statistics;
using LineSim.Model;

namespace LineSim.Execution.Event;

// The state of stations, servers and links.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>Time spent in each <see cref="StationState"/>, indexed by it.</summary>
    [InlineArray(5)]
    private struct StationTimes
    {
        private double _element;
    }

    /// <summary>What the run tracks about one station; its servers are <see cref="FirstServer"/> onwards.</summary>
    private struct StationSlot
    {
        public int FirstServer;
        public int Servers;

        /// <summary>The station's only input link, or -1 (none, or several); its only output link likewise (-1: an exit).</summary>
        public int Input;
        public int Output;

        /// <summary>Whether the station is on the work list.</summary>
        public bool Queued;

        /// <summary>Parts processed in the window.</summary>
        public long Processed;

        /// <summary>Servers that are empty and up.</summary>
        public int IdleUp;

        /// <summary>Servers holding a finished part not yet passed on, or a part they may not start.</summary>
        public int Blocked;

        public bool Assembly;
        public RoutingRule Rule;
        public int NextTarget;
        public int BoardsLoop;
        public int Crew;

        /// <summary>Maintenance windows open now; while any is, every server is stopped.</summary>
        public int MaintenanceOpen;

        public double MaintenanceSince;

        /// <summary>Server-seconds of maintenance in the window.</summary>
        public double MaintenanceTime;
    }

    /// <summary>What the run tracks about one server (machine).</summary>
    private struct ServerSlot
    {
        public int Station;
        public Phase Phase;
        public StationState State;
        public bool Down;
        public bool Fails;
        public bool FailsInOperation;
        public bool CompletionIsFailure;
        public bool CompletionPending;

        /// <summary>In a stop after a count of parts.</summary>
        public bool Stopped;

        /// <summary>Failure profiles failed now (in repair or waiting for it); <see cref="Down"/> also in maintenance or a count-based stop.</summary>
        public int FailedProfiles;

        /// <summary>The failure profile whose operation-dependent failure comes first: the one <see cref="TimeToFailure"/> counts down.</summary>
        public int NextFailure;

        /// <summary>Failure profiles waiting for a technician now.</summary>
        public int CrewWaits;

        /// <summary>Whether a completion was frozen when the server stopped, with <see cref="Frozen"/> seconds left.</summary>
        public bool IsFrozen;

        public int Part;
        public int LastVariant;
        public double Frozen;

        /// <summary>The link the part goes to; <see cref="NoTarget"/> before it is chosen, <see cref="AnyTarget"/> for the first with space.</summary>
        public int Target;

        /// <summary>Orders blocked servers of a station: the longest blocked goes first.</summary>
        public long BlockedSequence;

        /// <summary>Whether the server holds a finished part whose carrier finds the return of loop <see cref="ReturnLoop"/> full.</summary>
        public bool WaitsForReturn;
        public int ReturnLoop;

        public double StateSince;

        /// <summary>Work left on the part: interrupted by a failure, or drawn while waiting to start.</summary>
        public double Remaining;

        /// <summary>Processing time left before the next operation-dependent failure (of any profile).</summary>
        public double TimeToFailure;

        public double StoppedSince;
        public double StoppedTime;

        /// <summary>The server's number within its station, from 0.</summary>
        public int Number;

        /// <summary>What the server is doing for the active period method (<see cref="StationActivity"/>).</summary>
        public int Activity;

        public double WaitingSince;
        public double WaitedForCrew;
        public StationTimes Times;
    }

    /// <summary>What the run tracks about one failure profile of one server (a failure unit).</summary>
    private struct FailureSlot
    {
        /// <summary>Whether the profile's time to failure counts processing time only.</summary>
        public bool InOperation;

        /// <summary>Failed: in repair or waiting for it.</summary>
        public bool Failed;

        public bool WaitingForCrew;

        /// <summary>With several profiles, the processing time left before this profile's next operation-dependent failure.</summary>
        public double TimeToFailure;

        /// <summary>When it failed, in working time; the window's seconds failed, and failures begun in it.</summary>
        public double FailedSince;
        public double DownTime;
        public long Failures;

        /// <summary>The server's number within its station, from 0.</summary>
        public int Number;

        /// <summary>What the server is doing for the active period method (<see cref="StationActivity"/>).</summary>
        public int Activity;

        /// <summary>With failures counted in calendar time: when the pending time-dependent failure is due, in calendar time.</summary>
        public double FailureDueAt;

        /// <summary>With failures counted in calendar time: when the last one took effect, in calendar time (when work resumed, if it was due off shift).</summary>
        public double FailedAt;

        /// <summary>With failures counted in calendar time: a failure due off shift has been put behind the events due at the working instant it takes effect.</summary>
        public bool FailureHeldBack;
    }

    /// <summary>What the run tracks about one link; its parts are in <see cref="_items"/>.</summary>
    private struct LinkSlot
    {
        /// <summary>The station the link takes parts from (-1: a supply) and the one it feeds, as the topology has them.</summary>
        public int From;
        public int To;
        public int Count;
        public int Head;
        public int Capacity;
        public int Reserved;
        public int Quantity;

        /// <summary>For a conveyor, the parts at its far end, ready to be taken: the first <see cref="Ready"/> of the queue.</summary>
        public int Ready;

        public bool IsConveyor;
        public bool UnlimitedSupply;
        public double Travel;
        public double LevelSince;
        public double LevelArea;
        public double FullTime;
        public double EmptyTime;
    }
}
