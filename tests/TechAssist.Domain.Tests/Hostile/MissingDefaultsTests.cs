using TechAssist.Experts;
using TechAssist.Iati;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Hostile;

/// <summary>
/// A property a document leaves out keeps its documented default. Regression: the source-generated reader used to set
/// it to 0 or null (an undefined participation, funding status or IATI vocabulary, no eligibility, schema version 0).
/// </summary>
public class MissingDefaultsTests
{
    [Fact]
    public void Read_OfferingWithoutDefaults_TakesTheDefaults()
    {
        var document = TechAssistJson.Deserialize<SupplyDocument>(Corpus.ReadText("supply-defaults-left-out.json")).GetValueOrThrow();

        document.SchemaVersion.Should().Be(1);
        var offering = document.Offerings.Single();
        offering.FundingStatus.Should().Be(FundingStatus.Funded);
        offering.Eligibility.Should().Be(Eligibility.Default);
        offering.Eligibility.StatesPartiesOnly.Should().BeTrue();
        offering.Scope.IatiRegions.Single().Vocabulary.Should().Be(IatiRegionVocabulary.OecdDac);
        document.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Read_AssignmentWithoutParticipation_IsFull()
    {
        // The fuzzer's reproducer: a mangled property name leaves participation out.
        var document = TechAssistJson.Deserialize<RegionalGroupsDocument>(Corpus.ReadText("regional-groups-participation-left-out.json")).GetValueOrThrow();

        document.Assignments.Single().Participation.Should().Be(GroupParticipation.Full);
        TechAssistJson.Serialize(document).Should().Contain("\"participation\": \"Full\"");
    }

    [Theory]
    [InlineData("""{ "experts": [] }""")]
    [InlineData("""{ "experts": [], "schemaVersion": 1 }""")]
    public void Read_DocumentWithoutSchemaVersion_IsTheCurrentVersion(string json) =>
        TechAssistJson.Deserialize<ExpertDirectoryDocument>(json).GetValueOrThrow().Validate().IsValid.Should().BeTrue();

    [Fact]
    public void Read_GivenValues_AreKept()
    {
        var read = TechAssistJson.Deserialize<Eligibility>("""{ "statesPartiesOnly": false }""").GetValueOrThrow();
        var options = TechAssistJson.Deserialize<IatiImportOptions>("""{ "sdgTarget16Point5IsRelevant": false }""").GetValueOrThrow();

        read.StatesPartiesOnly.Should().BeFalse();
        options.SdgTarget16Point5IsRelevant.Should().BeFalse();
        TechAssistJson.Deserialize<IatiImportOptions>("{}").GetValueOrThrow().SdgTarget16Point5IsRelevant.Should().BeTrue();
    }

    [Fact]
    public void Read_ExpertWithoutCapacity_HasCapacityOne()
    {
        const string json = """{ "id": "KEN-1", "name": "Amina Otieno", "nationality": "KEN", "nominatingState": "KEN" }""";

        TechAssistJson.Deserialize<Expert>(json).GetValueOrThrow().Capacity.Should().Be(1);
    }
}
