using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Reports;
using TechAssist.Serialization;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Reports;

public class SelfAssessmentReportDocumentTests
{
    [Fact]
    public void Import_KeepsGoodReports_AndReportsTheBadOnesWithTheirIndex()
    {
        var good = Report("KEN", Answer("15", Compliance.Partial, AssistanceType.LegalAdvice));
        var document = new SelfAssessmentReportDocument { Reports = new SelfAssessmentReport[] {good, Report("NGA", Answer("5", Compliance.Full)), null!, Report("GHA")} };

        var result = document.Import(Clock());

        result.Accepted.Should().Equal(good, Report("GHA"));
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "reports[1].answers[0].provision: provision 5 is not an item of checklist review-cycle-1 v1",
            "reports[2]: a report is missing");
        result.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void Import_OtherSchemaVersion_AcceptsNothing()
    {
        var result = new SelfAssessmentReportDocument { SchemaVersion = 2, Reports = new SelfAssessmentReport[] {Report("KEN")} }.Import(Clock());

        result.Accepted.Should().BeEmpty();
        result.Problems.Select(p => p.ToString()).Should().Equal("schemaVersion: schema version 2 is not supported: this version of the library reads version 1");
    }

    [Fact]
    public void Deserialize_ProvisionThatDoesNotExist_IsAProblemNotAnException()
    {
        var json = """
            { "schemaVersion": 1, "reports": [ { "id": "KEN-2008", "state": "KEN", "checklist": "review-cycle-1", "checklistVersion": 1,
              "status": "Final", "submissionDate": "2008-06-02", "consent": { "scope": "Public" },
              "answers": [ { "provision": "72", "compliance": "Full" } ] } ] }
            """;

        var result = TechAssistJson.Deserialize<SelfAssessmentReportDocument>(json);

        result.IsValid.Should().BeFalse();
        // The path is only the innermost array's ("$[0].provision"): arrays inside arrays are read by a nested call.
        result.Problems.Should().ContainSingle().Which.Path.Should().EndWith("[0].provision");
        result.Problems[0].Message.Should().Contain("'72' is not valid here");
    }
}
