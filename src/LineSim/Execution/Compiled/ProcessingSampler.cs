using LineSim.Model;
using LineSim.RandomNumbers;

namespace LineSim.Execution.Compiled;

/// <summary>
/// Draws one station's processing times from its own stream. Exponential times, the common case and the one the
/// benchmarks time, come from a <see cref="XoshiroStream"/> struct without a virtual call; every other distribution
/// draws through a <see cref="StreamRandom"/>. Both give the numbers the same stream would give through
/// <see cref="Distribution.Sample(Random)"/>, so the choice never shows in results.
/// </summary>
internal struct ProcessingSampler
{
    private readonly Distribution _distribution;
    private readonly double _exponentialMean;
    private readonly Random? _random;
    private XoshiroStream _stream;

    /// <param name="distribution">The station's processing time.</param>
    /// <param name="seed">The scenario seed.</param>
    /// <param name="replication">The replication's index.</param>
    /// <param name="streamId">The station's processing stream.</param>
    /// <param name="drawsOtherDistributions">Whether <see cref="Next(Distribution)"/> will be used (variants' own times): then every draw goes through a <see cref="StreamRandom"/>.</param>
    public ProcessingSampler(Distribution distribution, long seed, int replication, ulong streamId, bool drawsOtherDistributions = false)
    {
        _distribution = distribution;
        if (distribution is ExponentialDistribution exponential && !drawsOtherDistributions)
        {
            _exponentialMean = exponential.Mean;
            _stream = new XoshiroStream(RandomStreams.SeedFor(seed, replication, streamId));
        }
        else
        {
            _random = RandomStreams.Create(seed, replication, streamId);
        }
    }

    /// <summary>The next processing time.</summary>
    public double Next() => _random is null ? _stream.NextExponential(_exponentialMean) : _distribution.Sample(_random);

    /// <summary>The next processing time drawn, from the same stream, from <paramref name="distribution"/> instead (a variant's own time).</summary>
    public readonly double Next(Distribution distribution) => distribution.Sample(_random!);

    /// <summary>The next <paramref name="destination"/>.Length processing times, in order.</summary>
    public void Fill(Span<double> destination)
    {
        if (_random is null)
        {
            _stream.FillExponential(destination, _exponentialMean);
            return;
        }

        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = _distribution.Sample(_random);
        }
    }
}
