using NodaTime;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Exchange;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.States;
using TechAssist.Supply;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Exchange;

public class NeedsCsvTests
{
    private const string Header = "id,state,provision,assistance_type,priority,identified,source,source_reference,consent,gender_responsive,description";

    private static TechAssist.Validation.ImportResult<Need> Read(string text) => NeedsCsv.Read(new StringReader(text), "needs.csv", "secretariat", Clock());

    private static string Write(IEnumerable<Need> needs, Viewer viewer)
    {
        var writer = new StringWriter();
        NeedsCsv.Write(writer, needs, viewer);
        return writer.ToString();
    }

    [Fact]
    public void Read_ExampleFile_AcceptsItsFourNeeds()
    {
        using var file = CsvExamples.Open("needs.csv");

        var result = NeedsCsv.Read(file, "needs.csv", "secretariat", Clock());

        result.Problems.Should().BeEmpty();
        result.Accepted.Select(n => n.Id.Value).Should().Equal(
            "KEN-2008/16(2)/LEGAL_ADVICE", "KEN-2008/52(1)/CAPACITY_BUILDING", "PER-IRM-1", "FRA-D-1");
        result.Accepted[0].Should().Be(new Need
        {
            Id = NeedId.From("KEN-2008/16(2)/LEGAL_ADVICE"),
            State = CountryCode.Parse("KEN"),
            Provision = ProvisionReference.Parse("16(2)"),
            AssistanceType = AssistanceType.LegalAdvice,
            Priority = NeedPriority.High,
            Identified = new LocalDate(2008, 9, 15),
            Source = NeedSource.FromSelfAssessment(ReportId.From("KEN-2008")),
            Consent = SharingConsent.WithAllProviders,
            Status = NeedStatus.Open,
            StatusHistory = [new NeedStatusChange { Status = NeedStatus.Open, On = new LocalDate(2008, 9, 15) }],
            Provenance = [new ProvenanceEntry { At = Now, By = "secretariat", Action = ProvenanceAction.Recorded, Note = "SelfAssessment KEN-2008" }],
        });
        result.Accepted[1].Consent.Should().Be(SharingConsent.WithProviders(ProviderId.From("UNODC"), ProviderId.From("XM-DAC-7")));
        result.Accepted[1].AsksForGenderResponsiveness.Should().BeTrue();
        result.Accepted[1].Description.Should().Be("Training for financial investigators, in English");
        result.Accepted[2].Source.Should().Be(NeedSource.FromReviewMechanism("CAC/COSP/IRG/I/1/1/Add.1"));
        result.Accepted[2].Consent.Should().Be(SharingConsent.Public);
        result.Accepted[3].Priority.Should().Be(NeedPriority.Unstated);
        result.Accepted[3].Provision.Should().Be(ProvisionReference.Parse("46(9)(b)"));
        result.Accepted[3].Source.Should().Be(NeedSource.Direct());
        result.Accepted[3].Consent.Should().Be(SharingConsent.Confidential);
    }

    [Fact]
    public void Read_GoodAndBadRows_KeepsTheGoodOnesAndReportsEveryProblemOfEveryBadRow()
    {
        var text = string.Join('\n',
            Header,
            "KEN-1,KEN,16(2),LEGAL_ADVICE,High,2008-09-15,,,public,,",
            "KEN-2,KEN,16(2),LEGAL_ADVICE,urgent,2008-09-15,,,public,,",
            "KEN-3,XXX,72,HELP,Low,2008-31-01,,,everyone,maybe,",
            "",
            "KEN-1,KEN,5,OTHER,,2008-01-01,,,confidential,,",
            "KEN-4,KEN,5,OTHER,,2009-01-01,ReviewMechanism,,confidential,,",
            ",KEN,5,OTHER,,2008-01-01,,,providers:,,",
            "KEN-5,KEN,5,OTHER,,2008-01-01,,,confidential,,");

        var result = Read(text);

        result.Accepted.Select(n => n.Id.Value).Should().Equal("KEN-1", "KEN-5");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:3: column priority: 'urgent' is not a priority: expected High, Medium, Low or Unstated",
            "needs.csv:4: column state: 'XXX' is not a State in the catalogue of 195 States",
            "needs.csv:4: column provision: '72' is not a provision: article 72 does not exist; expected an article with optional paragraph, subparagraph and clause, such as 16(2) or 52(1)(a)",
            "needs.csv:4: column assistance_type: 'HELP' is not an assistance type: expected LEGAL_ADVICE, LEGISLATIVE_DRAFTING, MODEL_LEGISLATION, MODEL_AGREEMENTS, GOOD_PRACTICES, ACTION_PLAN, ONSITE_EXPERT, CAPACITY_BUILDING, TECHNOLOGY or OTHER",
            "needs.csv:4: column identified: '2008-31-01' is not a date: expected year-month-day, such as 2025-01-31",
            "needs.csv:4: column consent: 'everyone' is not a consent: expected confidential, all-providers, providers: followed by provider ids separated by ; (providers:XM-DAC-7;UNODC), or public",
            "needs.csv:4: column gender_responsive: 'maybe' is not yes or no",
            "needs.csv:6: column id: need KEN-1 is already on line 2",
            "needs.csv:7: column identified: the date identified 2009-01-01 is after today (2008-12-18)",
            "needs.csv:7: column source_reference: a need from the review mechanism names its country report",
            "needs.csv:8: column id: a value is required",
            "needs.csv:8: column consent: consent to share with named providers names none: write providers:ID;ID, or all-providers");
        result.Problems[0].Value.Should().Be("urgent");
        result.Problems[1].Value.Should().Be("XXX");
        result.Problems[10].Value.Should().BeNull();
    }

    [Fact]
    public void Read_SelfAssessmentWithBadReportId_ReportsTheReference()
    {
        var result = Read(Header + "\nKEN-1,KEN,5,OTHER,,2008-01-01,selfassessment,KEN 2008,public,,");

        result.Accepted.Should().BeEmpty();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:2: column source_reference: 'KEN 2008' is not a report id: an identifier must not contain white space or control characters");
    }

    [Fact]
    public void Read_ProvidersConsentWithBadId_ReportsTheId()
    {
        var result = Read(Header + "\nKEN-1,KEN,5,OTHER,,2008-01-01,,,providers:UNODC;UN DP,,");

        result.Problems.Select(p => p.ToString()).Should().Equal(
            "needs.csv:2: column consent: 'UN DP' is not an id: an identifier must not contain white space or control characters");
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameNeeds()
    {
        using var file = CsvExamples.Open("needs.csv");
        var needs = NeedsCsv.Read(file, "needs.csv", "secretariat", Clock()).Accepted;

        var again = Read(Write(needs.Reverse(), Viewer.Secretariat));

        again.Problems.Should().BeEmpty();
        again.Accepted.Should().Equal(needs.OrderBy(n => n.Id));
    }

    [Fact]
    public void Write_SameNeedsInAnyOrder_GivesTheSameBytes()
    {
        var needs = new[] { Need("KEN-B", SharingConsent.Public), Need("KEN-A", SharingConsent.Public) };

        var text = Write(needs, Viewer.Public);

        text.Should().Be(Write(needs.Reverse(), Viewer.Public));
        text.Should().Be(
            Header + "\r\n" +
            "KEN-A,KEN,5,OTHER,Unstated,2008-01-01,Direct,,public,no,\r\n" +
            "KEN-B,KEN,5,OTHER,Unstated,2008-01-01,Direct,,public,no,\r\n");
    }

    [Fact]
    public void Write_LeavesOutTheNeedsTheViewerMayNotSee()
    {
        var needs = new[]
        {
            Need("KEN-PUBLIC", SharingConsent.Public),
            Need("KEN-ALL", SharingConsent.WithAllProviders),
            Need("KEN-UNODC", SharingConsent.WithProviders(ProviderId.From("UNODC"))),
            Need("KEN-CONFIDENTIAL", SharingConsent.Confidential),
        };

        IdsIn(Write(needs, Viewer.Secretariat)).Should().Equal("KEN-ALL", "KEN-CONFIDENTIAL", "KEN-PUBLIC", "KEN-UNODC");
        IdsIn(Write(needs, Viewer.ForProvider(ProviderId.From("UNODC")))).Should().Equal("KEN-ALL", "KEN-PUBLIC", "KEN-UNODC");
        IdsIn(Write(needs, Viewer.ForProvider(ProviderId.From("XM-DAC-7")))).Should().Equal("KEN-ALL", "KEN-PUBLIC");
        IdsIn(Write(needs, Viewer.Public)).Should().Equal("KEN-PUBLIC");
        IdsIn(Write(needs, Viewer.ForState(CountryCode.Parse("KEN")))).Should().Equal("KEN-ALL", "KEN-CONFIDENTIAL", "KEN-PUBLIC", "KEN-UNODC");
    }

    [Fact]
    public void Write_FormulaLikeDescription_IsGuardedAndReadsBack()
    {
        var need = Need("KEN-A", SharingConsent.Public) with { Description = "=HYPERLINK(\"http://evil\",\"x\")" };

        var text = Write([need], Viewer.Public);

        text.Should().EndWith(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n");
        Read(text).Accepted.Single().Description.Should().Be("=HYPERLINK(\"http://evil\",\"x\")");
    }

    private static string[] IdsIn(string csv) => Read(csv).Accepted.Select(n => n.Id.Value).ToArray();

    private static Need Need(string id, SharingConsent consent) => NeedRecording.Record(
        new NeedEntry
        {
            Id = NeedId.From(id),
            State = CountryCode.Parse("KEN"),
            Provision = ProvisionReference.Parse("5"),
            AssistanceType = AssistanceType.Other,
            Identified = new LocalDate(2008, 1, 1),
            Source = NeedSource.Direct(),
            Consent = consent,
        },
        "secretariat",
        Clock()).GetValueOrThrow();
}
