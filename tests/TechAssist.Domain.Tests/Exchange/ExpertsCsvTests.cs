using NodaTime;
using TechAssist.Assistance;
using TechAssist.Convention;
using TechAssist.Exchange;
using TechAssist.Experts;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Exchange;

public class ExpertsCsvTests
{
    private const string Header = "id,name,nationality,nominating_state,languages,expertise,assistance_types,availability,capacity,employer,employer_state,conflicts";

    private static TechAssist.Validation.ImportResult<Expert> Read(string text) => ExpertsCsv.Read(new StringReader(text), "experts.csv");

    private static string Write(IEnumerable<Expert> experts, bool includeContactDetails = false)
    {
        var writer = new StringWriter();
        ExpertsCsv.Write(writer, experts, includeContactDetails);
        return writer.ToString();
    }

    private static Expert WithContact() => new()
    {
        Id = ExpertId.From("KEN-2026-020"),
        Name = "Grace Wanjiru",
        Nationality = CountryCode.Parse("KEN"),
        NominatingState = CountryCode.Parse("KEN"),
        Languages = [LanguageCode.English],
        Expertise = [new Expertise { Coverage = Coverage.OfProvisions(ProvisionReference.Parse("36")), Years = 9 }],
        Contact = new ExpertContact { Email = "g.wanjiru@example.org", Telephone = "+254 20 000 000" },
    };

    [Fact]
    public void Read_ExampleFile_AcceptsItsTwoExperts()
    {
        using var file = CsvExamples.Open("experts.csv");

        var result = ExpertsCsv.Read(file, "experts.csv");

        result.Problems.Should().BeEmpty();
        result.Accepted.Should().HaveCount(2);
        result.Accepted[0].Should().Be(new Expert
        {
            Id = ExpertId.From("FRA-2026-001"),
            Name = "Jeanne Martin",
            Nationality = CountryCode.Parse("FRA"),
            NominatingState = CountryCode.Parse("FRA"),
            Languages = [LanguageCode.French, LanguageCode.English],
            Expertise =
            [
                new Expertise { Coverage = Coverage.OfProvisions(ProvisionReference.Parse("52"), ProvisionReference.Parse("53")), Years = 12 },
                new Expertise { Coverage = Coverage.OfThematicAreas(ThematicArea.AssetRecovery), Years = 8 },
            ],
            AssistanceTypes = [AssistanceType.LegalAdvice, AssistanceType.CapacityBuilding],
            Availability =
            [
                new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)),
                new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 31)),
            ],
            Capacity = 2,
            Employer = new Employer { Name = "Agence française anticorruption", State = CountryCode.Parse("FRA") },
        });
        result.Accepted[1].Expertise.Single().Coverage.Should().Be(Coverage.OfChapters(ChapterNumber.III));
        result.Accepted[1].ExplicitConflicts.Should().Equal(CountryCode.Parse("UGA"), CountryCode.Parse("TZA"));
        result.Accepted[1].Employer.Should().BeNull();
        result.Accepted[1].Contact.Should().BeNull();
    }

    [Fact]
    public void Read_BadRows_ReportsEachProblemWithItsLineAndColumn()
    {
        var result = Read(string.Join('\n',
            Header + ",email",
            "X-1,Ann Lee,GBR,GBR,,52=70;Corruption=3,,2026-01-01/2026-06-30;2026-03-01/2026-09-30,0,,KEN,GBR,ann.example.org",
            "X-2,Bo Li,CHN,CHN,zh,52,,2026-06-30/2026-01-01,,,,,"));

        result.Accepted.Should().BeEmpty();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "experts.csv:2: column languages: an expert needs at least one language",
            "experts.csv:2: column expertise: 'Corruption' is neither a provision (such as 52(1)), a chapter (I to VIII) nor a thematic area (Prevention, CriminalizationAndLawEnforcement, InternationalCooperation, AssetRecovery or TechnicalAssistanceAndInformationExchange)",
            "experts.csv:2: column expertise: years of experience must be from 0 to 60, not 70",
            "experts.csv:2: column availability: overlaps availability[0] ([2026-01-01, 2026-06-30]); merge the two ranges",
            "experts.csv:2: column capacity: the capacity must be at least 1 engagement, not 0",
            "experts.csv:2: column employer: an employer State needs the employer's name",
            "experts.csv:2: column email: an e-mail address has a name, an @ and a domain, without spaces",
            "experts.csv:3: column expertise: '52' is not a field of expertise: expected what it covers, = and the years, such as 52(1) 53=12",
            "experts.csv:3: column expertise: an expert needs at least one field of expertise",
            "experts.csv:3: column availability: '2026-06-30/2026-01-01' is not a date range: expected first day/last day, such as 2026-01-01/2026-06-30, the last not before the first");
    }

    [Fact]
    public void Write_WithoutAskingForContactDetails_LeavesThemOut()
    {
        var text = Write([WithContact()]);

        text.Should().Be(Header + "\r\nKEN-2026-020,Grace Wanjiru,KEN,KEN,en,36=9,,,1,,,\r\n");
        text.Should().NotContain("wanjiru@").And.NotContain("+254");
        Read(text).Accepted.Should().Equal(WithContact().WithoutContactDetails());
    }

    [Fact]
    public void Write_WithContactDetails_WritesThemAndReadsThemBack()
    {
        var text = Write([WithContact()], includeContactDetails: true);

        text.Should().Be(Header + ",email,telephone\r\nKEN-2026-020,Grace Wanjiru,KEN,KEN,en,36=9,,,1,,,,g.wanjiru@example.org,\"'+254 20 000 000\"\r\n");
        Read(text).Accepted.Should().Equal(WithContact());
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameExperts()
    {
        using var file = CsvExamples.Open("experts.csv");
        var experts = ExpertsCsv.Read(file, "experts.csv").Accepted.Append(WithContact()).ToList();

        var again = Read(Write(experts, includeContactDetails: true));

        again.Problems.Should().BeEmpty();
        again.Accepted.Should().Equal(experts.OrderBy(e => e.Id));
    }
}
