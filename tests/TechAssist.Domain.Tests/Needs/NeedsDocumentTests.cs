using TechAssist.Assistance;
using TechAssist.Needs;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Needs;

public class NeedsDocumentTests
{
    [Fact]
    public void Import_KeepsGoodNeeds_ReportsBadAndRepeatedOnes()
    {
        var good = Need("KEN", "16", AssistanceType.LegalAdvice);
        var other = Need("NGA", "15", AssistanceType.Technology);
        var document = new NeedsDocument { Needs = new[] { good, good, Need("GHA", "15", AssistanceType.Technology) with { Provenance = default }, null!, other } };

        var result = document.Import(Clock());

        result.Accepted.Should().Equal(good, other);
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs[1].id: need KEN/16/LEGAL_ADVICE is listed more than once",
            "needs[2].provenance: a need keeps at least the entry that recorded it",
            "needs[3]: a need is missing");
    }

    [Fact]
    public void Import_OtherSchemaVersion_AcceptsNothing() =>
        new NeedsDocument { SchemaVersion = 0 }.Import(Clock()).Problems.Select(p => p.ToString()).Should().Equal(
            "schemaVersion: schema version 0 is not supported: this version of the library reads version 1");
}
