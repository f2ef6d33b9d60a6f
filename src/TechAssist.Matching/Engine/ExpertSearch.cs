using TechAssist.Collections;
using TechAssist.Matching.Allocation;
using TechAssist.Matching.Experts;

namespace TechAssist.Matching.Engine;

/// <summary>Ranks experts for needs and shares experts' capacity among open needs.</summary>
internal sealed class ExpertSearch
{
    private readonly EngineModel _model;
    private readonly ExpertFacts[] _experts;
    private readonly int[][] _byArticle;
    private readonly ExpertScorer _scorer;

    internal ExpertSearch(EngineModel model)
    {
        _model = model;
        _experts = [.. model.Input.Experts.OrderBy(e => e.Id).Select(e => new ExpertFacts(e, model.States))];
        _byArticle = [.. Enumerable.Range(0, 72).Select(a => Enumerable.Range(0, _experts.Length)
            .Where(x => a > 0 && _experts[x].Articles.Contains(Convention.ArticleNumber.From(a))).ToArray())];
        _scorer = new ExpertScorer(model.Options, model.Input.AsOf, model.States);
    }

    /// <summary>The experts that pass every filter for need n, best first (score, then expert id).</summary>
    internal EquatableArray<ExpertMatch> Find(int n)
    {
        var need = _model.Needs[n];
        if (need.State < 0)
        {
            return default;
        }

        return Candidates(n)
            .Select(x => new ExpertMatch { Expert = _experts[x.Expert].Expert.Id, Name = _experts[x.Expert].Expert.Name, Explanation = _scorer.Explain(need, _experts[x.Expert]) })
            .OrderByDescending(m => m.Explanation.Total)
            .ThenBy(m => m.Expert)
            .ToEquatableArray();
    }

    internal ExpertAllocation Allocate(AllocationStrategy strategy, CancellationToken cancellationToken)
    {
        var edges = new List<AllocationEdge>();
        for (var n = 0; n < _model.Needs.Length; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_model.Needs[n].IsOpen)
            {
                continue;
            }

            foreach (var (expert, score) in Candidates(n))
            {
                edges.Add(new AllocationEdge(n, expert, score * _model.Needs[n].Weight));
            }
        }

        var problem = AllocationProblem.Create(
            _model.Needs.Length,
            _experts.Select(e => Math.Max(0, e.Expert.Capacity)).ToArray(),
            edges.ToArray(),
            _model.Needs.Select(need => need.State >= 0 ? _model.States.CountingGroup[need.State] : -1).ToArray(),
            StateSpace.GroupCount,
            _model.Needs.Select(need => need.State).ToArray(),
            _model.States.Count);
        var allocation = Allocator.Allocate(problem, strategy, new FairnessOptions { MaxServedPerState = _model.Options.MaxNeedsPerState }, null, cancellationToken);

        var assignments = new List<ExpertAssignment>();
        var unserved = new List<Needs.NeedId>();
        for (var n = 0; n < _model.Needs.Length; n++)
        {
            var need = _model.Needs[n];
            var expert = allocation.SupplierOfNeed[n];
            if (expert >= 0)
            {
                var facts = _experts[expert];
                assignments.Add(new ExpertAssignment
                {
                    Need = need.Need.Id,
                    State = need.Need.State,
                    Consent = need.Need.Consent ?? Consent.SharingConsent.Confidential,
                    Expert = facts.Expert.Id,
                    Name = facts.Expert.Name,
                    Weight = problem.EdgeWeight[allocation.AssignedEdge[n]],
                    Explanation = _scorer.Explain(need, facts),
                });
            }
            else if (problem.EdgeStart[n + 1] > problem.EdgeStart[n])
            {
                unserved.Add(need.Need.Id);
            }
        }

        return new ExpertAllocation { Strategy = strategy, Assignments = [.. assignments], Unserved = [.. unserved] };
    }

    private List<(int Expert, int Score)> Candidates(int n)
    {
        var need = _model.Needs[n];
        var found = new List<(int, int)>();
        if (need.State < 0)
        {
            return found;
        }

        Span<CandidateScorer.Component> components = stackalloc CandidateScorer.Component[ExpertScorer.ComponentCount];
        foreach (var x in _byArticle[need.Need.Provision.Article.Value])
        {
            if (_scorer.Evaluate(need, _experts[x], components, out var total) is null)
            {
                found.Add((x, total));
            }
        }

        return found;
    }
}
