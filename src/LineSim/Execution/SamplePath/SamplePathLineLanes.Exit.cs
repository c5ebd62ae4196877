using System.Numerics;
using LineSim.Engine;
using LineSim.Execution.Statistics;
using static LineSim.Execution.SamplePath.SamplePathTime;

namespace LineSim.Execution.SamplePath;

// Parts leaving the line, and lanes whose run ends.
internal sealed partial class SamplePathLineLanes
{
    /// <summary>
    /// The part left the line at <paramref name="up"/> in the register of lanes from <paramref name="o"/> on. Where it
    /// left inside the window in every running lane (and entered after the warm-up), after the window opened, with no
    /// lane stopping at it, it is counted for all lanes at once; otherwise each lane counts it alone.
    /// </summary>
    private void Leave<TLanes>(int o, TLanes up, bool untilPartCount)
        where TLanes : struct, ILaneVector<TLanes>
    {
        int width = TLanes.Count;
        uint all = AllLanes<TLanes>();
        TLanes entry = TLanes.Load(ref _entry[o]);
        uint usual = TLanes.LessThanOrEqual(up, TLanes.Load(ref _end[o]))
            & TLanes.GreaterThan(up, TLanes.Create(_windowOpens))
            & TLanes.GreaterThan(entry, TLanes.Create(_warmup));
        uint finished = 0;
        uint stopped = 0;
        for (int lane = 0; lane < width; lane++)
        {
            finished |= _finished[o + lane] ? 1u << lane : 0;
            stopped |= _stopped[o + lane] ? 1u << lane : 0;
        }

        Span<double> values = _scratch;
        if (((usual | finished) & ~stopped) == all && _partsLeft[o] > 1)
        {
            // In the window from entry to exit: the work in process and the lead time both add up - entry.
            TLanes leadTime = TLanes.Subtract(up, entry);
            Accumulate(ref _workInProcessArea[o], leadTime);
            Accumulate(ref _leadTimeSum[o], leadTime);
            TLanes.Store(TLanes.Minimum(TLanes.Load(ref _leadTimeMin[o]), leadTime), ref _leadTimeMin[o]);
            TLanes.Store(TLanes.Maximum(TLanes.Load(ref _leadTimeMax[o]), leadTime), ref _leadTimeMax[o]);
            TLanes units = TLanes.Round(TLanes.Multiply(TLanes.Minimum(leadTime, TLanes.Create(LeadTimeStatistics.HighestLeadTime)), TLanes.Create(LeadTimeStatistics.UnitsPerSecond)));
            TLanes.Store(units, ref values[0]);
            TLanes.Store(up, ref values[width]);
            for (uint running = ~finished & all; running != 0; running &= running - 1)
            {
                int lane = BitOperations.TrailingZeroCount(running);
                _leadTime[o + lane].Histogram.RecordValue((long)values[lane]);
                _output[o + lane]?.Add(values[width + lane]);
            }

            _leftTogether[o]++;
            _partsLeft[o]--;
            return;
        }

        TLanes.Store(up, ref values[0]);
        long partsLeft = long.MaxValue;
        for (int lane = 0; lane < width; lane++)
        {
            int j = o + lane;
            if (!_finished[j])
            {
                LeaveAlone(j, values[lane], untilPartCount);
                if (!_stopped[j])
                {
                    partsLeft = Math.Min(partsLeft, _stopAfterParts - PartsOut(j));
                }
            }
        }

        _partsLeft[o] = partsLeft;
    }

    /// <summary>Lane <paramref name="j"/>'s part left the line at <paramref name="up"/>: the scalar run's counts and lead time.</summary>
    private void LeaveAlone(int j, double up, bool untilPartCount)
    {
        double entry = _entry[j];
        double end = _end[j];
        if (up <= end)
        {
            _completed[j]++;
            if (!_stopped[j] && up > _windowOpens)
            {
                _partsOut[j]++;
                double leadTime = up - entry;
                _leadTimeSum[j] += leadTime;
                _leadTimeMin[j] = Math.Min(_leadTimeMin[j], leadTime);
                _leadTimeMax[j] = Math.Max(_leadTimeMax[j], leadTime);
                _leadTime[j].Histogram.RecordValue(LeadTimeStatistics.HistogramValue(leadTime));
                _output[j]?.Add(up);
                if (untilPartCount && PartsOut(j) >= _stopAfterParts)
                {
                    _stopped[j] = true;
                    end = _end[j] = up;
                }
            }
        }

        AddInside(ref _workInProcessArea[j], entry, up, _warmup, end);
    }

    /// <summary>Parts lane <paramref name="j"/> has counted out.</summary>
    private long PartsOut(int j) => _partsOut[j] + _leftTogether[RegisterOf(j)];

    /// <summary>Parts that left lane <paramref name="j"/>'s line by its end.</summary>
    private long Completed(int j) => _completed[j] + _leftTogether[RegisterOf(j)];
    /// <summary>Lane <paramref name="j"/>'s part <paramref name="n"/> enters after its end: its result is taken, and the lane rides along inside an endless window.</summary>
    private void Finish(int j, long n, LeadTimeDistribution? leadTimes)
    {
        var stations = new SamplePathStation[_stations];
        for (int i = 0; i < _stations; i++)
        {
            int s = (i * _lanes) + j;
            long inside = _insideParts[(i * _lanes) + RegisterOf(j)];
            stations[i] = new SamplePathStation
            {
                Capacity = _station[i].Capacity,
                HasRing = _station[i].HasRing,
                Working = _state[At(i, Working, j)],
                Blocked = _state[At(i, Blocked, j)],
                Down = _state[At(i, Down, j)],
                Processed = inside + _processed[s],
                Completions = inside + _completions[s],
                Failures = _failures[s],
                LevelArea = _state[At(i, LevelArea, j)],
                NonEmpty = _state[At(i, NonEmpty, j)],
                Full = _state[At(i, Full, j)],
            };
        }

        if (j < _count)
        {
            LeadTimeStatistics leadTime = _leadTime[j];
            leadTime.AddRecorded(PartsOut(j), _leadTimeSum[j], _leadTimeMin[j], _leadTimeMax[j]);
            leadTimes?.Add(leadTime);
            _results[j] = SamplePathLineRun.BuildResult(
                _line, stations, _replications[j], _warmup, _end[j], _workInProcessArea[j], n, Completed(j), PartsOut(j), leadTime, _output[j], _levels[j]);
        }

        _finished[j] = true;
        _stopped[j] = false;
        _end[j] = double.PositiveInfinity;
        _opens[j] = double.NegativeInfinity;
    }
}
