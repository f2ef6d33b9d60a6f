using NodaTime;
using TechAssist.States;

namespace TechAssist.Tests.States;

public class ConventionStatusTableTests
{
    private static readonly LocalDate Meeting = new(2008, 12, 18);

    private static ConventionStatusTable Sample() => ConventionStatusTable.Create(
    [
        // Illustrative dates, not the real ones: no verified list of parties ships with the library.
        new ConventionStatus { Party = CountryCode.Parse("KEN"), SignedOn = new(2003, 12, 9), ConsentedOn = new(2003, 12, 9), Consent = ConsentKind.Ratification },
        new ConventionStatus { Party = CountryCode.Parse("DEU"), SignedOn = new(2003, 12, 9), ConsentedOn = new(2014, 11, 12), Consent = ConsentKind.Ratification },
        new ConventionStatus { Party = CountryCode.Parse("AGO"), SignedOn = new(2003, 12, 10), ConsentedOn = new(2006, 8, 29), Consent = ConsentKind.Ratification },
        new ConventionStatus { Party = CountryCode.Parse("OMN"), ConsentedOn = new(2014, 1, 9), Consent = ConsentKind.Accession },
        new ConventionStatus { Party = PartyId.EuropeanUnion, SignedOn = new(2005, 9, 15), ConsentedOn = new(2008, 9, 12), Consent = ConsentKind.Approval },
    ]).GetValueOrThrow();

    [Fact]
    public void PartiesOn_ADate_AreThoseWhoHadConsentedByThen()
    {
        var table = Sample();

        table.PartiesOn(Meeting).Select(p => p.Value).Should().Equal("AGO", "EU", "KEN");
        table.StatesPartiesOn(Meeting).Select(p => p.Value).Should().Equal("AGO", "KEN");
        table.SignatoriesOn(Meeting).Select(p => p.Value).Should().Equal("DEU");
        table.PartiesOn(new LocalDate(2020, 1, 1)).Should().HaveCount(5);
    }

    [Theory]
    [InlineData("DEU", 2003, 12, 8, ConventionStanding.None)]
    [InlineData("DEU", 2003, 12, 9, ConventionStanding.Signatory)]
    [InlineData("DEU", 2014, 11, 11, ConventionStanding.Signatory)]
    [InlineData("DEU", 2014, 11, 12, ConventionStanding.Party)]
    [InlineData("OMN", 2010, 1, 1, ConventionStanding.None)]
    [InlineData("OMN", 2014, 1, 9, ConventionStanding.Party)]
    [InlineData("FRA", 2020, 1, 1, ConventionStanding.None)]
    public void StandingOn_ADate_FollowsTheDates(string party, int year, int month, int day, ConventionStanding expected) =>
        Sample().StandingOn(PartyId.Parse(party), new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void Create_BadStatuses_ListsEveryProblem()
    {
        var result = ConventionStatusTable.Create(
        [
            new ConventionStatus { Party = CountryCode.Parse("XXX") },
            new ConventionStatus { Party = CountryCode.Parse("KEN"), SignedOn = new(2005, 1, 1), ConsentedOn = new(2004, 1, 1), Consent = ConsentKind.Ratification },
            new ConventionStatus { Party = CountryCode.Parse("KEN") },
            new ConventionStatus { Party = CountryCode.Parse("FRA"), ConsentedOn = new(2005, 7, 11) },
            new ConventionStatus { Party = CountryCode.Parse("ITA"), Consent = ConsentKind.Ratification },
            new ConventionStatus { Party = CountryCode.Parse("OMN"), SignedOn = new(2010, 1, 1), ConsentedOn = new(2014, 1, 9), Consent = ConsentKind.Accession },
        ]);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "statuses[0].party: 'XXX' is not a State in the catalogue of 195 States nor EU",
            "statuses[1].consentedOn: consent (2004-01-01) comes before signature (2005-01-01)",
            "statuses[2].party: KEN is listed more than once",
            "statuses[3].consent: a consent date needs its kind (Ratification, Acceptance, Approval or Accession)",
            "statuses[4].consentedOn: Ratification is given without its date",
            "statuses[5].signedOn: accession is for parties that did not sign; a signatory ratifies, accepts or approves");
        result.Problems[1].Value.Should().Be("2004-01-01");
    }

    [Fact]
    public void Empty_HasNoParties() =>
        ConventionStatusTable.Empty.PartiesOn(Meeting).Should().BeEmpty();
}
