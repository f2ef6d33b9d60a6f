using System.Text.Json.Nodes;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.Reviews;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Serialization;

public class DemandJsonTests
{
    private static T RoundTrip<T>(T value)
    {
        var json = TechAssistJson.Serialize(value);
        var back = TechAssistJson.Deserialize<T>(json);
        back.Problems.Should().BeEmpty(json);
        return back.Value!;
    }

    private static SelfAssessmentReport FullReport() => Report(
        "KEN",
        Answer("15", Compliance.Partial, AssistanceType.LegislativeDrafting, AssistanceType.ModelLegislation) with
        {
            MeasuresTaken = "A bill is before parliament.",
            Obstacles = EquatableArray.Create(ObstacleCode.From("LIMITED_RESOURCES")),
            ObstaclesDescription = "Few drafters.",
            Priority = NeedPriority.High,
            AsksForGenderResponsiveness = true,
            AssistanceReceived = EquatableArray.Create(new AssistanceReceived { Provider = ProviderId.From("UNODC"), ProviderName = "UNODC", Types = EquatableArray.Create(AssistanceType.LegalAdvice), Description = "Review of the bill" }),
        },
        Answer("16", Compliance.Full)) with { Consent = SharingConsent.WithProviders(ProviderId.From("UNDP"), ProviderId.From("UNODC")) };

    [Fact]
    public void Checklists_RoundTrip()
    {
        RoundTrip(ReviewCycleChecklists.FirstCycle).Should().Be(ReviewCycleChecklists.FirstCycle);
        var document = ChecklistDocument.From(ReviewCycleChecklists.SecondCycle) with { Adopted = new LocalDate(2015, 11, 6) };
        RoundTrip(document).Should().Be(document);
        RoundTrip(ChecklistId.From("review-cycle-1")).Should().Be(ChecklistId.From("review-cycle-1"));
        RoundTrip(ObstacleCode.From("X")).Should().Be(ObstacleCode.From("X"));
        RoundTrip(Compliance.NotApplicable).Should().Be(Compliance.NotApplicable);
    }

    [Fact]
    public void Reports_RoundTrip()
    {
        var report = FullReport();
        RoundTrip(report).Should().Be(report);
        var document = new SelfAssessmentReportDocument { Reports = EquatableArray.Create(report, Report("NGA")) };
        RoundTrip(document).Should().Be(document);
        var import = document.Import(Clock());
        RoundTrip(import).Should().Be(import);
        RoundTrip(ReportStatus.Submitted).Should().Be(ReportStatus.Submitted);
    }

    [Fact]
    public void Report_IsWrittenWithCodesAndStrings()
    {
        var json = JsonNode.Parse(TechAssistJson.Serialize(FullReport()))!;

        json["answers"]![0]!["provision"]!.GetValue<string>().Should().Be("15");
        json["answers"]![0]!["compliance"]!.GetValue<string>().Should().Be("Partial");
        json["consent"]!["scope"]!.GetValue<string>().Should().Be("Providers");
        json["submissionDate"]!.GetValue<string>().Should().Be("2008-06-02");
        json["isSubmitted"].Should().BeNull();
    }

    [Fact]
    public void Consent_RoundTrips()
    {
        foreach (var consent in new[] { SharingConsent.Confidential, SharingConsent.Public, SharingConsent.WithAllProviders, SharingConsent.WithProviders(ProviderId.From("UNODC")) })
        {
            RoundTrip(consent).Should().Be(consent);
        }

        foreach (var viewer in new[] { Viewer.Public, Viewer.Secretariat, Viewer.ForProvider(ProviderId.From("UNODC")), Viewer.ForState(CountryCode.Parse("KEN")) })
        {
            RoundTrip(viewer).Should().Be(viewer);
        }
    }

    [Fact]
    public void Needs_RoundTrip()
    {
        var needs = NeedDerivation.FromReport(FullReport(), Now, "state:KEN");
        var changed = needs[0].ChangeStatus(NeedStatus.Planned, new LocalDate(2008, 12, 1), "secretariat", Now, "note");
        RoundTrip(changed).Should().Be(changed);
        var document = new NeedsDocument { Needs = needs };
        RoundTrip(document).Should().Be(document);
        RoundTrip(document.Import(Clock())).Should().Be(document.Import(Clock()));
        var entry = new NeedEntry
        {
            Id = NeedId.From("n-1"),
            State = CountryCode.Parse("KEN"),
            Provision = TechAssist.Convention.ProvisionReference.Parse("52(1)(a)"),
            AssistanceType = AssistanceType.Technology,
            Identified = new LocalDate(2008, 1, 1),
            Source = NeedSource.FromReviewMechanism("country report"),
            Consent = SharingConsent.Public,
        };
        RoundTrip(entry).Should().Be(entry);
        RoundTrip(NeedSource.Direct("letter")).Should().Be(NeedSource.Direct("letter"));
    }

    [Fact]
    public void Reviews_RoundTrip()
    {
        var scenario = TechAssist.Samples.IllustrativeScenario.Create();
        var rates = ResponseRateReview.Compute(scenario.Statuses, scenario.Groups, scenario.Reports, scenario.At, ReviewCycleChecklists.FirstCycleId);
        RoundTrip(rates).Should().Be(rates);
        RoundTrip(rates.ToRows()).Should().Equal(rates.ToRows());
        RoundTrip(rates.ToNonReportingRows()).Should().Equal(rates.ToNonReportingRows());
        var compliance = ComplianceReview.Compute(scenario.Reports, ReviewCycleChecklists.FirstCycleId, scenario.Groups, null);
        RoundTrip(compliance).Should().Be(compliance);
        RoundTrip(compliance.ToRows()).Should().Equal(compliance.ToRows());
        var needs = NeedsReview.Compute(scenario.Needs, scenario.Groups);
        RoundTrip(needs).Should().Be(needs);
        RoundTrip(needs.ToRows()).Should().Equal(needs.ToRows());
        RoundTrip(needs.ToRankingRows()).Should().Equal(needs.ToRankingRows());
        var commonality = CommonalityReview.Compute(scenario.Needs, scenario.Groups);
        RoundTrip(commonality).Should().Be(commonality);
        RoundTrip(commonality.ToRows()).Should().Equal(commonality.ToRows());
        RoundTrip(Rate.From(70, 127)).Should().Be(Rate.From(70, 127));
    }

    [Fact]
    public void Need_WithUnknownStatusName_IsAProblemWithItsPath()
    {
        var json = TechAssistJson.Serialize(Need("KEN", "16", AssistanceType.LegalAdvice)).Replace("\"status\": \"Open\"", "\"status\": \"Closed\"", StringComparison.Ordinal);

        var result = TechAssistJson.Deserialize<Need>(json);

        result.Problems.Should().ContainSingle().Which.Path.Should().Be("$.status");
    }

    [Fact]
    public void ImportResult_IsComplete_IsNotWritten() =>
        JsonNode.Parse(TechAssistJson.Serialize(new ImportResult<Need> { Accepted = default, Problems = default }))!["isComplete"].Should().BeNull();
}
