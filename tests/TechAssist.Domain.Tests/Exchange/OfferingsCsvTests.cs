using NodaTime;
using TechAssist.Assistance;
using TechAssist.Convention;
using TechAssist.Exchange;
using TechAssist.Iati;
using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Exchange;

public class OfferingsCsvTests
{
    private const string Header = "id,provider,title,assistance_types,provisions,chapters,thematic_areas,scope,recipient,regional_group,scope_states,iati_regions,modality,languages,engagements,budget_amount,budget_currency,start,end,funding_status,states_parties_only,excluded_states,gender_equality";

    private static TechAssist.Validation.ImportResult<Offering> Read(string text) => OfferingsCsv.Read(new StringReader(text), "offerings.csv");

    private static string Write(IEnumerable<Offering> offerings)
    {
        var writer = new StringWriter();
        OfferingsCsv.Write(writer, offerings);
        return writer.ToString();
    }

    [Fact]
    public void Read_ExampleFile_AcceptsItsThreeOfferings()
    {
        using var file = CsvExamples.Open("offerings.csv");

        var result = OfferingsCsv.Read(file, "offerings.csv", [ProviderId.From("UNODC"), ProviderId.From("XM-DAC-7")]);

        result.Problems.Should().BeEmpty();
        result.Accepted.Select(o => o.Id.Value).Should().Equal("UNODC-GLOBAL-1", "NL-AFR-1", "NL-KEN-1");
        result.Accepted[1].Should().Be(new Offering
        {
            Id = OfferingId.From("NL-AFR-1"),
            Provider = ProviderId.From("XM-DAC-7"),
            Title = "Financial investigation training in East Africa",
            AssistanceTypes = [AssistanceType.CapacityBuilding],
            Coverage = new Coverage { Provisions = [ProvisionReference.Parse("52(1)"), ProvisionReference.Parse("58")], ThematicAreas = [ThematicArea.AssetRecovery] },
            Scope = Scope.ForRegionalGroup(RegionalGroup.African),
            Modality = Modality.RegionalWorkshop,
            Languages = [LanguageCode.English],
            Capacity = new Capacity { Engagements = 3, Budget = new Budget { Amount = 2_000_000m, Currency = CurrencyCode.Parse("EUR") } },
            FundingStatus = FundingStatus.Pipeline,
            Eligibility = new Eligibility { ExcludedStates = [CountryCode.Parse("SOM")] },
            GenderEquality = PolicySignificance.SignificantObjective,
        });
        result.Accepted[0].Coverage.Chapters.Should().Equal(ChapterNumber.III);
        (result.Accepted[0].Period == new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2010, 12, 31))).Should().BeTrue();
        result.Accepted[2].Scope.Should().Be(Scope.Bilateral(CountryCode.Parse("KEN")));
        result.Accepted[2].Capacity.Budget!.Amount.Should().Be(250_000.50m);
        result.Accepted[2].Eligibility.StatesPartiesOnly.Should().BeFalse();
        result.Accepted[2].GenderEquality.Should().Be(PolicySignificance.SignificantObjective);
    }

    [Fact]
    public void Read_BadRow_ListsAllItsProblemsLeftToRight()
    {
        var result = Read(Header + "\nX-1,UNODC,Advice,,,,,Bilateral,,African,,,RemoteAdvice,,0,1000,,2009-01-01,,,,,7");

        result.Accepted.Should().BeEmpty();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "offerings.csv:2: column provisions: the coverage must name at least one provision, chapter or thematic area",
            "offerings.csv:2: column scope: a bilateral scope names only its recipient, not a group, States or regions",
            "offerings.csv:2: column recipient: a bilateral scope needs its recipient State",
            "offerings.csv:2: column engagements: the capacity must be at least 1 engagement, not 0",
            "offerings.csv:2: column budget_currency: a budget amount needs its currency",
            "offerings.csv:2: column end: a period with a start needs its end (leave both empty for an open offering)",
            "offerings.csv:2: column gender_equality: '7' is not a policy significance: expected NotTargeted, SignificantObjective, PrincipalObjective, PrincipalObjectiveAndInSupportOfAnActionProgramme or ExplicitPrimaryObjective, or its IATI code 0 to 4");
    }

    [Fact]
    public void Read_CellsThatDoNotParse_SayWhatIsExpectedAndTheRowIsStillValidated()
    {
        var result = Read(Header + "\nX-1,UNODC,Advice,TRAINING,,IX,Ethics,Everywhere,,,,2:abc-1,Online,,three,1.000,45,2009-02-30,2009-01-01,Maybe,perhaps,,");

        result.Problems.Select(p => p.Message).Should().Equal(
            "column assistance_types: 'TRAINING' is not an assistance type: expected LEGAL_ADVICE, LEGISLATIVE_DRAFTING, MODEL_LEGISLATION, MODEL_AGREEMENTS, GOOD_PRACTICES, ACTION_PLAN, ONSITE_EXPERT, CAPACITY_BUILDING, TECHNOLOGY or OTHER",
            "column provisions: the coverage must name at least one provision, chapter or thematic area",
            "column chapters: 'IX' is not a chapter: expected I to VIII",
            "column thematic_areas: 'Ethics' is not a thematic area: expected Prevention, CriminalizationAndLawEnforcement, InternationalCooperation, AssetRecovery or TechnicalAssistanceAndInformationExchange",
            "column scope: 'Everywhere' is not a scope: expected Bilateral, Regional or Global",
            "column iati_regions: '2:abc-1' is not an IATI region: expected an OECD DAC region code such as 298, or vocabulary:code such as 2:002 (1 OECD DAC, 2 UN M49, 99 the reporting organisation's)",
            "column modality: 'Online' is not a modality: expected InCountryExpert, RegionalWorkshop, RemoteAdvice, ExchangeOfNationalExperts, Funding or ToolsAndTechnology",
            "column engagements: 'three' is not a whole number",
            "column budget_currency: '45' is not a currency code of the IATI list, such as EUR or USD",
            "column start: '2009-02-30' is not a date: expected year-month-day, such as 2025-01-31",
            "column funding_status: 'Maybe' is not a funding status: expected Funded, Pipeline or SeekingVoluntaryFunding",
            "column states_parties_only: 'perhaps' is not yes or no");
    }

    [Fact]
    public void Read_EndBeforeStart_IsReported()
    {
        var result = Read(Header + "\nX-1,UNODC,Advice,,5,,,Global,,,,,RemoteAdvice,,1,,,2009-06-01,2009-01-01,,,,");

        result.Problems.Select(p => p.ToString()).Should().Equal("offerings.csv:2: column end: the end 2009-01-01 is before the start 2009-06-01");
    }

    [Fact]
    public void Read_ProviderNotAmongThoseGiven_IsRefused()
    {
        var result = OfferingsCsv.Read(new StringReader(Header + "\nX-1,UNDP,Advice,,5,,,Global,,,,,RemoteAdvice,,1,,,,,,,,"), "offerings.csv", [ProviderId.From("UNODC")]);

        result.Accepted.Should().BeEmpty();
        result.Problems.Select(p => p.ToString()).Should().Equal("offerings.csv:2: column provider: provider UNDP is not among the providers given");
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameOfferings()
    {
        using var file = CsvExamples.Open("offerings.csv");
        var offerings = OfferingsCsv.Read(file, "offerings.csv").Accepted
            .Append(new Offering
            {
                Id = OfferingId.From("A-REGIONS"),
                Provider = ProviderId.From("UNODC"),
                Title = "-Regional mentors",
                Coverage = Coverage.OfChapters(ChapterNumber.II, ChapterNumber.V),
                Scope = new Scope { Level = ScopeLevel.Regional, States = [CountryCode.Parse("KEN"), CountryCode.Parse("UGA")], IatiRegions = [new IatiRegion { Code = "298" }, new IatiRegion { Code = "002", Vocabulary = IatiRegionVocabulary.UnM49 }] },
                Modality = Modality.ExchangeOfNationalExperts,
                Capacity = new Capacity { Engagements = 2 },
                FundingStatus = FundingStatus.SeekingVoluntaryFunding,
            })
            .ToList();

        var text = Write(offerings);

        text.Should().Contain("\r\nA-REGIONS,UNODC,\"'-Regional mentors\",,,II;V,,Regional,,,KEN;UGA,298;2:002,ExchangeOfNationalExperts,,2,,,,,SeekingVoluntaryFunding,yes,,\r\n");
        var again = Read(text);
        again.Problems.Should().BeEmpty();
        again.Accepted.Should().Equal(offerings.OrderBy(o => o.Id));
    }
}
