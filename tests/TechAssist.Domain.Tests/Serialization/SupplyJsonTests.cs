using System.Text.Json.Nodes;
using TechAssist.Collections;
using TechAssist.Experts;
using TechAssist.Iati;
using TechAssist.Knowledge;
using TechAssist.Languages;
using TechAssist.Serialization;
using TechAssist.Supply;
using TechAssist.Tests.Iati;
using TechAssist.Tests.Supply;

namespace TechAssist.Tests.Serialization;

/// <summary>JSON round trips of the supply-side types, on source-generated metadata only (reflection is off in tests).</summary>
public class SupplyJsonTests
{
    private static T RoundTrip<T>(T value)
    {
        var json = TechAssistJson.Serialize(value);
        var back = TechAssistJson.Deserialize<T>(json);
        back.Problems.Should().BeEmpty(json);
        return back.Value!;
    }

    [Fact]
    public void RoundTrip_Values()
    {
        RoundTrip(LanguageCode.Parse("fr")).Should().Be(LanguageCode.French);
        RoundTrip(CurrencyCode.Parse("EUR")).Should().Be(CurrencyCode.Parse("EUR"));
        RoundTrip(OfferingId.From("o-1")).Should().Be(OfferingId.From("o-1"));
        RoundTrip(ExpertId.From("e-1")).Should().Be(ExpertId.From("e-1"));
        RoundTrip(KnowledgeResourceId.From("k-1")).Should().Be(KnowledgeResourceId.From("k-1"));
        RoundTrip(ProviderKind.DevelopmentBank).Should().Be(ProviderKind.DevelopmentBank);
        RoundTrip(Modality.ExchangeOfNationalExperts).Should().Be(Modality.ExchangeOfNationalExperts);
        RoundTrip(FundingStatus.SeekingVoluntaryFunding).Should().Be(FundingStatus.SeekingVoluntaryFunding);
        RoundTrip(PolicySignificance.PrincipalObjective).Should().Be(PolicySignificance.PrincipalObjective);
        RoundTrip(ScopeLevel.Regional).Should().Be(ScopeLevel.Regional);
        RoundTrip(IatiRegionVocabulary.UnM49).Should().Be(IatiRegionVocabulary.UnM49);
        RoundTrip(KnowledgeResourceKind.ModelAgreement).Should().Be(KnowledgeResourceKind.ModelAgreement);
    }

    [Fact]
    public void RoundTrip_SupplyRecords()
    {
        var offering = SupplySamples.Offering;
        RoundTrip(SupplySamples.Provider).Should().Be(SupplySamples.Provider);
        RoundTrip(offering).Should().Be(offering);
        RoundTrip(offering.Coverage).Should().Be(offering.Coverage);
        RoundTrip(offering.Scope).Should().Be(offering.Scope);
        RoundTrip(offering.Capacity).Should().Be(offering.Capacity);
        RoundTrip(offering.Capacity.Budget).Should().Be(offering.Capacity.Budget);
        RoundTrip(offering.Eligibility).Should().Be(offering.Eligibility);
        RoundTrip(Scope.ForIatiRegions(new IatiRegion { Code = "014", Vocabulary = IatiRegionVocabulary.UnM49 }))
            .IatiRegions.Single().Should().Be(new IatiRegion { Code = "014", Vocabulary = IatiRegionVocabulary.UnM49 });
        RoundTrip(SupplySamples.KnowledgeResource).Should().Be(SupplySamples.KnowledgeResource);
    }

    [Fact]
    public void RoundTrip_ExpertRecords()
    {
        var expert = SupplySamples.Expert;
        RoundTrip(expert).Should().Be(expert);
        RoundTrip(expert.Expertise[0]).Should().Be(expert.Expertise[0]);
        RoundTrip(expert.Employer).Should().Be(expert.Employer);
        RoundTrip(expert.Contact).Should().Be(expert.Contact);
    }

    [Fact]
    public void RoundTrip_Documents()
    {
        var supply = new SupplyDocument
        {
            Providers = EquatableArray.Create(SupplySamples.Provider),
            Offerings = EquatableArray.Create(SupplySamples.Offering),
            KnowledgeResources = EquatableArray.Create(SupplySamples.KnowledgeResource),
        };
        var experts = new ExpertDirectoryDocument { Experts = EquatableArray.Create(SupplySamples.Expert) };

        RoundTrip(supply).Should().Be(supply);
        RoundTrip(experts).Should().Be(experts);
    }

    [Fact]
    public void RoundTrip_IatiTypes()
    {
        var result = IatiExamples.Import("iatikit-fixture-org-activities-2.03.xml");
        var options = new IatiImportOptions
        {
            RelevantSectorCodes = EquatableArray.Create("15113"),
            ProviderStates = EquatableArray.Create(new ProviderState { Provider = ProviderId.From("XM-DAC-7"), State = TechAssist.States.CountryCode.Parse("NLD") }),
        };

        RoundTrip(result).Should().Be(result);
        RoundTrip(result.Activities[0]).Should().Be(result.Activities[0]);
        RoundTrip(options).Should().Be(options);
        RoundTrip(options.ProviderStates[0]).Should().Be(options.ProviderStates[0]);
        var problem = new IatiImportProblem { FileName = "a.xml", Line = 3, IatiIdentifier = "X-1", Reason = "r" };
        RoundTrip(problem).Should().Be(problem);
    }

    [Fact]
    public void Serialize_Offering_WritesTheDocumentedShape()
    {
        var node = JsonNode.Parse(TechAssistJson.Serialize(SupplySamples.Offering))!;

        node["scope"]!["level"]!.GetValue<string>().Should().Be("Regional");
        node["scope"]!["regionalGroup"]!.GetValue<string>().Should().Be("LatinAmericanAndCaribbean");
        node["coverage"]!["thematicAreas"]![0]!.GetValue<string>().Should().Be("AssetRecovery");
        node["coverage"]!.AsObject().ContainsKey("isEmpty").Should().BeFalse();
        node["capacity"]!["budget"]!["currency"]!.GetValue<string>().Should().Be("USD");
        node["period"]!["start"]!.GetValue<string>().Should().Be("2026-01-01");
        node["genderEquality"]!.GetValue<string>().Should().Be("SignificantObjective");
        node["languages"]![1]!.GetValue<string>().Should().Be("pt");
    }

    [Fact]
    public void Deserialize_BadLanguageCode_IsAProblemNamingTheValue()
    {
        var json = TechAssistJson.Serialize(SupplySamples.Provider).Replace("\"pt\"", "\"por\"", StringComparison.Ordinal);

        var result = TechAssistJson.Deserialize<Provider>(json);

        result.IsValid.Should().BeFalse();
        // The path is the array's own ("$[0]"): EquatableArray is read through a nested ImmutableArray reader.
        result.Problems.Single().Message.Should().StartWith("'por' is not valid here: expected an ISO 639-1 two-letter language code such as \"en\"");
    }

    [Fact]
    public void Deserialize_PeriodEndingBeforeItStarts_IsAProblemAtThePeriod()
    {
        // A DateInterval cannot end before it starts, so the rule lives at reading: the offering is refused, not thrown.
        var json = TechAssistJson.Serialize(SupplySamples.Offering).Replace("\"2026-12-31\"", "\"2025-01-01\"", StringComparison.Ordinal);

        var result = TechAssistJson.Deserialize<Offering>(json);

        result.IsValid.Should().BeFalse();
        result.Problems.Single().Path.Should().Be("$.period");
    }
}
