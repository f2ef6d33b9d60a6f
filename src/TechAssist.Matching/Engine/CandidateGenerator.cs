namespace TechAssist.Matching.Engine;

/// <summary>Finds, filters and scores the candidates of every open need, in parallel, deterministically.</summary>
internal static class CandidateGenerator
{
    private const int ChunkSize = 256;

    // Read once: Enum.GetValues allocates a new array on every call, and this runs once per need.
    private static readonly int FilterSlots = Enum.GetValues<FilterKind>().Length + 1;

    internal static CandidateTable Generate(EngineModel model, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken)
    {
        var needCount = model.Needs.Length;
        var offerings = new int[needCount][];
        var scores = new int[needCount][];
        var found = new int[needCount];
        var filtered = new int[needCount][];
        var chunks = (needCount + ChunkSize - 1) / ChunkSize;
        var done = 0;
        var progressLock = new object();

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Workspace(model.Offerings.Length),
            (chunk, _, workspace) =>
            {
                var end = Math.Min(needCount, (chunk + 1) * ChunkSize);
                for (var n = chunk * ChunkSize; n < end; n++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Score(model, n, workspace, out offerings[n], out scores[n], out found[n], out filtered[n]);
                }

                if (progress is not null)
                {
                    lock (progressLock)
                    {
                        progress.Report(new MatchingProgress(MatchingStage.Scoring, ++done / (double)chunks));
                    }
                }

                return workspace;
            },
            _ => { });

        var start = new int[needCount + 1];
        for (var n = 0; n < needCount; n++)
        {
            start[n + 1] = start[n] + offerings[n].Length;
        }

        var allOfferings = new int[start[needCount]];
        var allScores = new int[start[needCount]];
        for (var n = 0; n < needCount; n++)
        {
            offerings[n].CopyTo(allOfferings, start[n]);
            scores[n].CopyTo(allScores, start[n]);
        }

        return new CandidateTable(start, allOfferings, allScores, found, filtered);
    }

    private static void Score(EngineModel model, int n, Workspace workspace, out int[] offerings, out int[] scores, out int found, out int[] filtered)
    {
        var need = model.Needs[n];
        filtered = new int[FilterSlots];
        found = 0;
        if (!need.IsOpen || need.State < 0)
        {
            offerings = [];
            scores = [];
            return;
        }

        var stamp = n + 1;
        var article = need.Need.Provision.Article.Value;
        var kept = workspace.Kept;
        kept.Clear();
        Span<CandidateScorer.Component> components = stackalloc CandidateScorer.Component[CandidateScorer.ComponentCount];
        foreach (var geo in model.States.GeoKeys[need.State])
        {
            foreach (var o in model.Index.Lookup(article, geo))
            {
                if (workspace.Stamp[o] == stamp)
                {
                    continue;
                }

                workspace.Stamp[o] = stamp;
                found++;
                var filter = model.Scorer.Evaluate(need, model.Offerings[o], components, out var total);
                if (filter is { } removed)
                {
                    filtered[(int)removed]++;
                }
                else
                {
                    kept.Add((o, total));
                }
            }
        }

        // Offerings come from several geography keys: order them by index so the row does not depend on lookup order.
        kept.Sort(static (a, b) => a.Offering.CompareTo(b.Offering));
        offerings = new int[kept.Count];
        scores = new int[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            (offerings[i], scores[i]) = kept[i];
        }
    }

    /// <summary>One thread's scratch space: which offerings it has seen for the current need.</summary>
    private sealed class Workspace(int offeringCount)
    {
        internal int[] Stamp { get; } = new int[offeringCount];

        internal List<(int Offering, int Score)> Kept { get; } = new(64);
    }
}
