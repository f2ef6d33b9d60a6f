using NodaTime;
using TechAssist.Collections;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class EligibilityTests
{
    private static readonly LocalDate Day = new(2026, 6, 1);

    private static readonly ConventionStatusTable Statuses = ConventionStatusTable.Create(
    [
        new ConventionStatus { Party = PartyId.Parse("KEN"), SignedOn = new LocalDate(2003, 12, 9), ConsentedOn = new LocalDate(2003, 12, 9), Consent = ConsentKind.Ratification },
        new ConventionStatus { Party = PartyId.Parse("UGA"), SignedOn = new LocalDate(2003, 12, 9) },
    ]).GetValueOrThrow();

    [Fact]
    public void IsEligible_Default_OnlyStatesParties()
    {
        Eligibility.Default.IsEligible(CountryCode.Parse("KEN"), Statuses, Day).Should().BeTrue();
        Eligibility.Default.IsEligible(CountryCode.Parse("UGA"), Statuses, Day).Should().BeFalse("Uganda only signed in this table");
        Eligibility.Default.IsEligible(CountryCode.Parse("TZA"), Statuses, Day).Should().BeFalse("Tanzania is not in this table");
    }

    [Fact]
    public void IsEligible_BeforeConsent_IsFalse() =>
        Eligibility.Default.IsEligible(CountryCode.Parse("KEN"), Statuses, new LocalDate(2003, 1, 1)).Should().BeFalse();

    [Fact]
    public void IsEligible_NotPartiesOnly_AcceptsSignatoriesAndOthers()
    {
        var open = new Eligibility { StatesPartiesOnly = false };

        open.IsEligible(CountryCode.Parse("UGA"), Statuses, Day).Should().BeTrue();
        open.IsEligible(CountryCode.Parse("TZA"), Statuses, Day).Should().BeTrue();
    }

    [Fact]
    public void IsEligible_ExcludedState_IsFalseEvenAsAParty()
    {
        var eligibility = new Eligibility { ExcludedStates = EquatableArray.Create(CountryCode.Parse("KEN")) };

        eligibility.IsEligible(CountryCode.Parse("KEN"), Statuses, Day).Should().BeFalse();
    }

    [Fact]
    public void EligibleStates_Offering_IsItsScopeFilteredByEligibility()
    {
        var offering = SupplySamples.Offering with
        {
            Scope = Scope.ForStates([CountryCode.Parse("KEN"), CountryCode.Parse("UGA")]),
            Eligibility = Eligibility.Default,
        };

        offering.EligibleStates(RegionalGroupTable.Default, Statuses, Day).Should().Equal(CountryCode.Parse("KEN"));
        offering.Reaches(CountryCode.Parse("KEN"), RegionalGroupTable.Default, Statuses, Day).Should().BeTrue();
        offering.Reaches(CountryCode.Parse("UGA"), RegionalGroupTable.Default, Statuses, Day).Should().BeFalse();
    }
}
