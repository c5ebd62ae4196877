using MathNet.Numerics.LinearAlgebra;

namespace LineSim.Tests.Theory;

/// <summary>The stationary distribution of a finite continuous-time Markov chain, for tests against exact results.</summary>
internal static class StationaryDistribution
{
    /// <summary>
    /// The probabilities pi of the <paramref name="states"/> states, solving pi Q = 0 with sum pi = 1, where Q holds the
    /// <paramref name="transitions"/> (a rate from one state to another; several between the same two add up).
    /// </summary>
    public static Vector<double> Of(int states, IEnumerable<(int From, int To, double Rate)> transitions)
    {
        Matrix<double> q = Matrix<double>.Build.Dense(states, states);
        foreach ((int from, int to, double rate) in transitions)
        {
            q[from, to] += rate;
            q[from, from] -= rate;
        }

        // Transpose, and replace one equation by the normalisation.
        Matrix<double> a = q.Transpose();
        Vector<double> b = Vector<double>.Build.Dense(states);
        for (int j = 0; j < states; j++)
        {
            a[states - 1, j] = 1;
        }

        b[states - 1] = 1;
        return a.Solve(b);
    }
}
