namespace TechAssist.Matching.Engine;

/// <summary>The candidates of every need after the filters: offerings and scores in compressed rows, plus what the filters removed.</summary>
internal sealed class CandidateTable
{
    internal CandidateTable(int[] start, int[] offering, int[] score, int[] found, int[][] filtered)
    {
        Start = start;
        Offering = offering;
        Score = score;
        Found = found;
        Filtered = filtered;
    }

    /// <summary>The candidates of need n are Start[n]..Start[n+1]-1, by offering index.</summary>
    internal int[] Start { get; }

    internal int[] Offering { get; }

    internal int[] Score { get; }

    /// <summary>Per need, how many offerings the index found for its article and geography.</summary>
    internal int[] Found { get; }

    /// <summary>Per need, how many candidates each <see cref="FilterKind"/> removed (indexed by the enum's value).</summary>
    internal int[][] Filtered { get; }

    internal int Count => Offering.Length;
}
