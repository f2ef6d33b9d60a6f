using FluentAssertions;
using TechAssist.Assistance;
using TechAssist.Supply;
using TechAssist.Matching.Tests.Testing;
using Xunit;

namespace TechAssist.Matching.Tests;

/// <summary>The checks across the parts of an input that <see cref="MatchingEngine.Create"/> makes, each with its exact text.</summary>
public sealed class InputChecksTests
{
    [Fact]
    public void Create_EveryKindOfInconsistency_IsListedInOrder()
    {
        var input = HandBuiltCase.Input;
        var broken = input with
        {
            // needs: N2 given again at index 8, a missing need at 9, a State outside the catalogue at 10.
            Needs = [.. input.Needs, input.Needs[1], null!, Build.Need("N10", "XYZ", "23", AssistanceType.LegalAdvice)],
            // providers: a missing one at 3, P-NOR again at 4.
            Providers = [.. input.Providers, null!, input.Providers[0]],
            // offerings: O1 again at 3 (its provider is known), a missing one at 4, an unknown provider at 5.
            Offerings = [.. input.Offerings, input.Offerings[0], null!, Build.Offering("O9", "P-NONE", Scope.Global, Coverage.OfProvisions(Build.Provision("5")), [], 1)],
            Groups = null!,
            Statuses = null!,
        };

        var result = MatchingEngine.Create(broken);

        result.IsValid.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs[8].id: 'N2' is already the id of needs[1]",
            "needs[9]: a need is missing",
            "providers[3]: a provider is missing",
            "providers[4].id: 'P-NOR' is already the id of providers[0]",
            "offerings[3].id: 'O1' is already the id of offerings[0]",
            "offerings[4]: an offering is missing",
            "offerings[5].provider: 'P-NONE' is not one of the input's providers",
            "needs[10].state: 'XYZ' is not a State in the catalogue of 195 States",
            "groups: a regional group table is required (RegionalGroupTable.Default)",
            "statuses: a Convention status table is required (ConventionStatusTable.Empty for none)");
        result.Problems.Select(p => p.Value).Should().Equal("N2", null, null, "P-NOR", "O1", null, "P-NONE", "XYZ", null, null);
    }

    [Fact]
    public void Create_ConsistentInput_HasNoProblem()
    {
        MatchingEngine.Create(HandBuiltCase.Input).Problems.Should().BeEmpty();
    }
}
