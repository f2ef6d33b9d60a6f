using FsCheck;
using FsCheck.Fluent;
using TechAssist.Collections;
using TechAssist.States;
using static TechAssist.Tests.Properties.ValueGenerators;

namespace TechAssist.Tests.Properties;

/// <summary>Generators of valid Convention status and regional group documents.</summary>
internal static class StatesGenerators
{
    private static readonly PartyId[] Parties = [PartyId.EuropeanUnion, .. StateCatalogue.All.Select(s => PartyId.ForState(s.Code))];

    internal static Gen<ConventionStatusDocument> ConventionStatusDocuments { get; } =
        from parties in Distinct(Parties, 0, 12)
        from statuses in Gen.CollectToArray(parties.Select(Status))
        select new ConventionStatusDocument { Statuses = statuses };

    internal static Gen<RegionalGroupsDocument> RegionalGroupsDocuments { get; } =
        from states in Distinct(StateCatalogue.All.Select(s => s.Code), 0, 12)
        from assignments in Gen.CollectToArray(states.Select(Assignment))
        select new RegionalGroupsDocument { Assignments = assignments };

    // Signed or not, then a consent on or after the signature: accession only without one.
    private static Gen<ConventionStatus> Status(PartyId party) =>
        from signed in Optional(Dates)
        from consented in Optional(Gen.Choose(0, 2000))
        from kind in Gen.Elements(ConsentKind.Ratification, ConsentKind.Acceptance, ConsentKind.Approval)
        select new ConventionStatus
        {
            Party = party,
            SignedOn = signed,
            ConsentedOn = consented is { } days ? (signed ?? new NodaTime.LocalDate(2004, 1, 1)).PlusDays(days) : null,
            Consent = consented is null ? null : signed is null ? ConsentKind.Accession : kind,
        };

    private static Gen<RegionalGroupAssignment> Assignment(CountryCode state) =>
        from regionalGroup in Optional(OneOfEnum<RegionalGroup>())
        from participation in OneOfEnum<GroupParticipation>()
        from others in Distinct(Enum.GetValues<RegionalGroup>().Where(g => g != regionalGroup), 0, 2)
        from note in Gen.OrNull(Text)
        select new RegionalGroupAssignment { State = state, Group = regionalGroup, Participation = participation, AlsoParticipatesIn = others, Note = note };
}
