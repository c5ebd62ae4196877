using LineSim.Execution.Compiled;

namespace LineSim.Execution.Event;

// Stops after a count of parts (tip dressing every 200 welds): the count per machine, the stop and its end.
internal sealed partial class PlantRun<TFeatures>
{
    /// <summary>
    /// Server <paramref name="m"/> finished <paramref name="part"/>: each of its station's stops that counts the part
    /// counts it, and those whose count is full stop the server, for the sum of their durations, from now.
    /// </summary>
    private void CountTowardsStops(int m, int part)
    {
        ref ServerSlot server = ref _server[m];
        CompiledPlant.StopPlan[] stops = _plant.Stops[server.Station];
        int[] counts = _stopCounts[m]!;
        double duration = 0;
        bool due = false;
        for (int k = 0; k < stops.Length; k++)
        {
            if (stops[k].Variant >= 0 && stops[k].Variant != _variant[part])
            {
                continue;
            }

            if (++counts[k] == stops[k].Every)
            {
                counts[k] = 0;
                duration += stops[k].Duration.Sample(_stopRandom[m]!);
                due = true;
            }
        }

        if (!due)
        {
            return;
        }

        server.Stopped = true;
        server.StoppedSince = Now;
        if (!server.Down)
        {
            Halt(m);
        }
        else if (TFeatures.Bottlenecks)
        {
            Reclassify(ref server);
        }

        _calendar.Schedule(Timer(m, _stopTimer), Now + duration);
    }

    /// <summary>The count-based stop of server <paramref name="m"/> ends; it goes on unless it is failed or in maintenance.</summary>
    private void OnStopEnd(int m)
    {
        ref ServerSlot server = ref _server[m];
        server.Stopped = false;
        server.StoppedTime += Now - Math.Max(server.StoppedSince, _windowStartWorking);
        if (server.FailedProfiles == 0 && _station[server.Station].MaintenanceOpen == 0)
        {
            Unhalt(m);
        }
        else if (TFeatures.Bottlenecks)
        {
            Reclassify(ref server);
        }
    }
}
