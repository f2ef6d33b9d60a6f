using System.Text.Json;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Tests.Testing;
using TechAssist.Validation;

namespace TechAssist.Tests.Serialization;

public class TechAssistJsonTests
{
    [Fact]
    public void ReflectionSerialization_IsSwitchedOffInTheseTests() =>
        JsonSerializer.IsReflectionEnabledByDefault.Should().BeFalse();

    [Fact]
    public void Values_RoundTripAsCompactStrings()
    {
        JsonRoundTrip.Assert(ProvisionReference.Parse("52(1)(a)")).Should().Be("\"52(1)(a)\"");
        JsonRoundTrip.Assert(ArticleNumber.From(16)).Should().Be("\"16\"");
        JsonRoundTrip.Assert(ChapterNumber.III).Should().Be("\"III\"");
        JsonRoundTrip.Assert(CountryCode.Parse("KEN")).Should().Be("\"KEN\"");
        JsonRoundTrip.Assert(PartyId.EuropeanUnion).Should().Be("\"EU\"");
        JsonRoundTrip.Assert(ProviderId.From("XM-DAC-7")).Should().Be("\"XM-DAC-7\"");
        JsonRoundTrip.Assert(ThematicArea.AssetRecovery).Should().Be("\"AssetRecovery\"");
        JsonRoundTrip.Assert(ObligationLevel.Endeavour).Should().Be("\"Endeavour\"");
        JsonRoundTrip.Assert(RegionalGroup.AsiaPacific).Should().Be("\"AsiaPacific\"");
        JsonRoundTrip.Assert(AssistanceType.LegislativeDrafting).Should().Be("\"LegislativeDrafting\"");
    }

    [Fact]
    public void CatalogueEntries_RoundTripToTheSameInstances()
    {
        var article = ConventionCatalogue.GetArticle(ArticleNumber.From(15));
        var json = JsonRoundTrip.Assert(article);

        json.Should().Contain("\"title\": \"Bribery of national public officials\"");
        TechAssistJson.Deserialize<Article>(json).Value.Should().BeSameAs(article);
        JsonRoundTrip.Assert(ConventionCatalogue.GetChapter(ChapterNumber.V));
        JsonRoundTrip.Assert(StateCatalogue.Get(CountryCode.Parse("TUR")));
        JsonRoundTrip.Assert(AssistanceTypeCatalogue.Get(AssistanceType.OnSiteExpert));
        JsonRoundTrip.Assert(ConventionCatalogue.GetObligation(ProvisionReference.Parse("23(2)(a)")));
    }

    [Fact]
    public void ConventionStatusDocument_RoundTrips()
    {
        var document = new ConventionStatusDocument
        {
            Statuses =
            [
                new ConventionStatus { Party = CountryCode.Parse("KEN"), SignedOn = new LocalDate(2003, 12, 9), ConsentedOn = new LocalDate(2003, 12, 9), Consent = ConsentKind.Ratification },
                new ConventionStatus { Party = PartyId.EuropeanUnion, ConsentedOn = new LocalDate(2008, 9, 12), Consent = ConsentKind.Approval },
            ],
        };

        var json = JsonRoundTrip.Assert(document);

        json.Should().Contain("\"schemaVersion\": 1").And.Contain("\"signedOn\": \"2003-12-09\"").And.Contain("\"consent\": \"Approval\"");
        TechAssistJson.Deserialize<ConventionStatusDocument>(json).Value!.ToTable().GetValueOrThrow()
            .PartiesOn(new LocalDate(2008, 12, 18)).Should().HaveCount(2);
    }

    [Fact]
    public void RegionalGroupsDocument_OfTheDefaultTable_RoundTrips()
    {
        var document = RegionalGroupsDocument.From(RegionalGroupTable.Default);

        var json = JsonRoundTrip.Assert(document);

        var table = TechAssistJson.Deserialize<RegionalGroupsDocument>(json).Value!.ToTable().GetValueOrThrow();
        table.Assignments.Should().Equal(RegionalGroupTable.Default.Assignments);
        table.GroupsOf(CountryCode.Parse("TUR")).Should().Equal(RegionalGroup.WesternEuropeanAndOthers, RegionalGroup.AsiaPacific);
    }

    [Fact]
    public void ValidationProblem_RoundTrips() =>
        JsonRoundTrip.Assert(new ValidationProblem("answers[12].provision", "72", "article 72 does not exist"));

    [Fact]
    public void Documents_OfAnotherSchemaVersion_AreRefused()
    {
        var result = TechAssistJson.Deserialize<ConventionStatusDocument>("""{ "schemaVersion": 2, "statuses": [] }""").Value!.ToTable();

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "schemaVersion: schema version 2 is not supported: this version of the library reads version 1");
        new RegionalGroupsDocument { SchemaVersion = 0 }.ToTable().IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{ "statuses": [ { "party": "KENYA" } ] }""", "$.statuses[0].party", "'KENYA' is not valid here: expected a State's ISO 3166-1 alpha-3 code such as \"KEN\", or \"EU\" (line 1)")]
    [InlineData("""{ "statuses": [ { "party": "KEN", "consent": "Signature" } ] }""", "$.statuses[0].consent", "'Signature' is not a ConsentKind: expected one of Ratification, Acceptance, Approval, Accession (line 1)")]
    [InlineData("""{ "statuses": [ { "party": "KEN", "consent": 1 } ] }""", "$.statuses[0].consent", "Expected a ConsentKind as a string (Ratification, Acceptance, Approval, Accession) but found Number (line 1)")]
    [InlineData("""{ "statuses": [ { "party": "KEN", "signedOn": "2003-13-09" } ] }""", "$.statuses[0].signedOn", "*")]
    [InlineData("""{ "statuses": [ { "signedOn": "2003-12-09" } ] }""", "$.statuses[0]", "*missing required properties*party*")]
    [InlineData("""{ "statuses": [ { "party": 12 } ] }""", "$.statuses[0].party", "Expected a string*")]
    [InlineData("""{ "statuses": [ """, "$.statuses[0]", "*")]
    public void Deserialize_BadDocument_GivesAProblemWithThePath(string json, string path, string message)
    {
        var result = TechAssistJson.Deserialize<ConventionStatusDocument>(json);

        result.IsValid.Should().BeFalse();
        result.Problems.Should().ContainSingle();
        result.Problems[0].Path.Should().Be(path);
        result.Problems[0].Message.Should().Match(message);
    }

    [Fact]
    public void Deserialize_Null_IsAProblem() =>
        TechAssistJson.Deserialize<ConventionStatusDocument>("null").Problems.Single().ToString()
            .Should().Be("$: expected a ConventionStatusDocument but found null");

    [Fact]
    public void Deserialize_ArticleThatDoesNotExist_NamesItAndThePath()
    {
        var problem = TechAssistJson.Deserialize<EquatableArray<ProvisionReference>>("""["16(2)", "72"]""").Problems.Single();

        problem.Path.Should().Be("$[1]");
        problem.Message.Should().StartWith("'72' is not valid here: expected a provision of the Convention");
    }

    [Fact]
    public void Serialize_TypeOutsideTheModel_IsNotSupported() =>
        FluentActions.Invoking(() => TechAssistJson.Serialize(new NotAModelType("x"))).Should().Throw<NotSupportedException>()
            .WithMessage("NotAModelType is not a TechAssist model type.");

    private sealed record NotAModelType(string Name);
}
