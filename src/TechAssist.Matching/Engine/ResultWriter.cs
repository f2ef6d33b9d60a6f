using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Matching.Allocation;
using TechAssist.States;

namespace TechAssist.Matching.Engine;

/// <summary>Writes an allocation up as matches with explanations and unassigned needs with reasons.</summary>
internal static class ResultWriter
{
    internal static MatchingResult Write(EngineModel model, CandidateTable candidates, AllocationResult allocation, AllocationStrategy strategy)
    {
        var matches = new List<Match>();
        var unassigned = new List<UnassignedNeed>();
        var knowledge = new List<KnowledgeSuggestion>();
        var needsPerGroup = new int[StateSpace.GroupCount + 1];
        var servedPerGroup = new int[StateSpace.GroupCount + 1];

        for (var n = 0; n < model.Needs.Length; n++)
        {
            var facts = model.Needs[n];
            if (!facts.IsOpen)
            {
                continue;
            }

            var need = facts.Need;
            var groupIndex = facts.State >= 0 ? model.States.CountingGroup[facts.State] : -1;
            RegionalGroup? group = groupIndex >= 0 ? (RegionalGroup)(groupIndex + 1) : null;
            var slot = groupIndex >= 0 ? groupIndex : StateSpace.GroupCount;
            var consent = need.Consent ?? SharingConsent.Confidential;
            needsPerGroup[slot]++;

            var resources = KnowledgeMatcher.For(model, facts);
            if (!resources.IsEmpty)
            {
                knowledge.Add(new KnowledgeSuggestion { Need = need.Id, State = need.State, Consent = consent, Resources = resources });
            }

            var supplier = allocation.SupplierOfNeed[n];
            if (supplier >= 0)
            {
                servedPerGroup[slot]++;
                var offering = model.Offerings[supplier];
                matches.Add(new Match
                {
                    Need = need.Id,
                    State = need.State,
                    Group = group,
                    Consent = consent,
                    Provision = need.Provision,
                    AssistanceType = need.AssistanceType,
                    Offering = offering.Offering.Id,
                    Provider = offering.Offering.Provider,
                    Weight = allocation.Problem.EdgeWeight[allocation.AssignedEdge[n]],
                    Explanation = model.Scorer.Explain(facts, offering),
                });
                continue;
            }

            unassigned.Add(Unassigned(model, candidates, allocation, n, group, consent));
        }

        var coverage = new List<GroupCoverage>();
        foreach (var group in Enum.GetValues<RegionalGroup>())
        {
            coverage.Add(new GroupCoverage { Group = group, Needs = needsPerGroup[(int)group - 1], Served = servedPerGroup[(int)group - 1] });
        }

        coverage.Add(new GroupCoverage { Group = null, Needs = needsPerGroup[StateSpace.GroupCount], Served = servedPerGroup[StateSpace.GroupCount] });

        return new MatchingResult
        {
            Strategy = strategy,
            IsApproximate = allocation.IsApproximate,
            Matches = [.. matches],
            Unassigned = [.. unassigned],
            CoverageByGroup = [.. coverage],
            Knowledge = [.. knowledge],
        };
    }

    private static UnassignedNeed Unassigned(EngineModel model, CandidateTable candidates, AllocationResult allocation, int n, RegionalGroup? group, SharingConsent consent)
    {
        var need = model.Needs[n].Need;
        var filtered = candidates.Filtered[n];
        var counts = Enum.GetValues<FilterKind>()
            .Where(kind => filtered[(int)kind] > 0)
            .Select(kind => new FilterCount { Filter = kind, Removed = filtered[(int)kind] })
            .ToEquatableArray();
        var hasCandidates = candidates.Start[n + 1] > candidates.Start[n];
        UnassignedReason reason;
        EquatableArray<Supply.OfferingId> full = default;
        if (candidates.Found[n] == 0)
        {
            reason = UnassignedReason.NoOfferingFound;
        }
        else if (!hasCandidates)
        {
            reason = filtered[(int)FilterKind.BelowMinimumScore] > 0 ? UnassignedReason.BelowMinimumScore : UnassignedReason.NoEligibleOffering;
        }
        else if (allocation.IsBlockedByCapacity(n, out var fullSuppliers))
        {
            reason = UnassignedReason.CapacityTaken;
            full = fullSuppliers.Select(s => model.Offerings[s].Offering.Id).ToEquatableArray();
        }
        else
        {
            reason = UnassignedReason.NotSelected;
        }

        return new UnassignedNeed
        {
            Need = need.Id,
            State = need.State,
            Group = group,
            Consent = consent,
            Reason = reason,
            OfferingsFound = candidates.Found[n],
            Filtered = counts,
            FullOfferings = full,
        };
    }
}
