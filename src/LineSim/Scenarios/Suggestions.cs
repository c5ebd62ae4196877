namespace LineSim.Scenarios;

/// <summary>Finds the name a misspelt one probably meant, by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="found"/>, if it is close enough to be a likely typo.</summary>
    public static string? Closest(string found, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = Distance(found.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        int allowed = found.Length switch
        {
            <= 3 => 1,
            <= 6 => 2,
            _ => 3,
        };
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions that turn one string into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
