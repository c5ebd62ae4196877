using System.Text;

namespace LineSim.RandomNumbers;

/// <summary>
/// Derives one independent random stream per random source from (scenario seed, replication index, stream id),
/// so that a seed fixes every number and each source keeps its own numbers when other sources change.
/// </summary>
internal static class RandomStreams
{
    /// <summary>What a station draws a stream for.</summary>
    public enum Purpose : ulong
    {
        Processing = 1,
        Failure = 2,
        Repair = 3,
        Arrival = 4,
        Quality = 5,
        Routing = 6,
        Variant = 7,
        Setup = 8,
        Stop = 9,
    }

    /// <summary>A stream id from a model element's name (stable across runs and machines) and the stream's purpose.</summary>
    public static ulong StreamId(string name, Purpose purpose)
    {
        // FNV-1a over the UTF-8 bytes: stable, unlike string.GetHashCode.
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return Mix(hash ^ (ulong)purpose);
    }

    /// <summary>The generator for one stream of one replication, for MathNet's samplers.</summary>
    public static StreamRandom Create(long seed, int replication, ulong streamId) => new(SeedFor(seed, replication, streamId));

    /// <summary>The 64-bit seed of one stream of one replication; the generator expands it to its 256-bit state.</summary>
    public static ulong SeedFor(long seed, int replication, ulong streamId)
    {
        ulong h = Mix((ulong)seed);
        h = Mix(h ^ (ulong)(uint)replication);
        return Mix(h ^ streamId);
    }

    /// <summary>
    /// The <paramref name="index"/>-th uniform double in [0, 1) of the counter-based stream <paramref name="streamSeed"/>
    /// (from <see cref="SeedFor"/>): a pure function of the two, for draws that must agree wherever the same index is
    /// drawn (the k-th part of every supply gets the same variant) without keeping the draws.
    /// </summary>
    public static double UniformAt(ulong streamSeed, long index) => (Mix(streamSeed ^ Mix((ulong)index)) >> 11) * (1.0 / (1UL << 53));

    /// <summary>The SplitMix64 finaliser: a bijective mix of all 64 bits.</summary>
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
