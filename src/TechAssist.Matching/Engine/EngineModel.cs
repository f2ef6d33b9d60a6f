using System.Collections.Frozen;
using TechAssist.Matching.Allocation;
using TechAssist.Supply;

namespace TechAssist.Matching.Engine;

/// <summary>
/// The input compiled for matching: needs and offerings in id order as dense indexes, their facts, the States, and
/// the offering index. Built once by the matching engine; read-only afterwards, so shared by every run and thread.
/// </summary>
internal sealed class EngineModel
{
    internal EngineModel(MatchingInput input, MatchingOptions options)
    {
        Input = input;
        Options = options;
        States = new StateSpace(input.Groups, input.Statuses, input.AsOf);
        Providers = [.. input.Providers.OrderBy(p => p.Id)];
        ProviderIndex = Providers.Select((p, i) => (p.Id, i)).ToFrozenDictionary(pair => pair.Id, pair => pair.i);

        Offerings = [.. input.Offerings.OrderBy(o => o.Id).Select(offering =>
        {
            var provider = ProviderIndex.GetValueOrDefault(offering.Provider, -1);
            var providerState = provider >= 0 && Providers[provider].State is { } state ? States.IndexOf(state) : -1;
            var developing = providerState >= 0 && States.IsDeveloping[providerState];
            return new OfferingFacts(offering, provider, developing, providerState, States);
        })];
        OfferingIds = Offerings.Select((o, i) => (o.Offering.Id, i)).ToFrozenDictionary(pair => pair.Id, pair => pair.i);
        Index = new OfferingIndex(Offerings, [.. Offerings.Select(GeoKeysOf)], States.GeoCount);

        Needs = [.. input.Needs.OrderBy(n => n.Id).Select(need => new NeedFacts(need, States.IndexOf(need.State), options, ProviderIndex))];
        NeedIds = Needs.Select((n, i) => (n.Need.Id, i)).ToFrozenDictionary(pair => pair.Id, pair => pair.i);
        Scorer = new CandidateScorer(options, input.AsOf, States);
        Knowledge = [.. input.KnowledgeResources.OrderBy(k => k.Id).Select(k => (k, new CoverageFacts(k.Coverage)))];
    }

    /// <summary>The knowledge resources in id order with their compiled coverage.</summary>
    internal (Knowledge.KnowledgeResource Resource, CoverageFacts Coverage)[] Knowledge { get; }

    internal MatchingInput Input { get; }

    internal MatchingOptions Options { get; }

    internal StateSpace States { get; }

    internal Provider[] Providers { get; }

    internal FrozenDictionary<ProviderId, int> ProviderIndex { get; }

    internal OfferingFacts[] Offerings { get; }

    internal FrozenDictionary<OfferingId, int> OfferingIds { get; }

    internal OfferingIndex Index { get; }

    internal NeedFacts[] Needs { get; }

    internal FrozenDictionary<Needs.NeedId, int> NeedIds { get; }

    internal CandidateScorer Scorer { get; }

    /// <summary>
    /// The allocation problem of a run: needs and offerings by index, an edge per candidate weighted by its score times
    /// the need's priority weight (the objective <see cref="MatchingEngine.Run(AllocationStrategy)"/> maximises).
    /// </summary>
    /// <param name="candidates">The candidates of this model, in their rows by need and offering.</param>
    /// <returns>The problem; it shares the candidates' offsets and offerings, which neither changes.</returns>
    internal AllocationProblem AllocationProblemOf(CandidateTable candidates)
    {
        var weights = new int[candidates.Count];
        for (var n = 0; n < Needs.Length; n++)
        {
            var weight = Needs[n].Weight;
            for (var e = candidates.Start[n]; e < candidates.Start[n + 1]; e++)
            {
                weights[e] = candidates.Score[e] * weight;
            }
        }

        var groups = Needs.Select(need => need.State >= 0 ? States.CountingGroup[need.State] : -1).ToArray();
        var states = Needs.Select(need => need.State).ToArray();
        var capacities = Offerings.Select(o => o.Capacity).ToArray();
        return AllocationProblem.FromRows(capacities, candidates.Start, candidates.Offering, weights, groups, StateSpace.GroupCount, states, States.Count);
    }

    /// <summary>The geography keys an offering is listed under: its State, its group, the States it names, or global.</summary>
    private int[] GeoKeysOf(OfferingFacts offering)
    {
        var scope = offering.Offering.Scope;
        switch (scope.Level)
        {
            case ScopeLevel.Bilateral:
                return scope.Recipient is { } recipient && States.IndexOf(recipient) is var i and >= 0 ? [i] : [];
            case ScopeLevel.Global:
                return [States.GlobalKey];
            default:
                var keys = new SortedSet<int>();
                if (scope.RegionalGroup is { } group)
                {
                    keys.Add(States.GroupKey(group));
                }

                foreach (var state in scope.States)
                {
                    if (States.IndexOf(state) is var s and >= 0)
                    {
                        keys.Add(s);
                    }
                }

                foreach (var region in scope.IatiRegions)
                {
                    foreach (var state in region.ResolveStates())
                    {
                        if (States.IndexOf(state) is var s and >= 0)
                        {
                            keys.Add(s);
                        }
                    }
                }

                return [.. keys];
        }
    }
}
