using NodaTime;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Reports;
using TechAssist.States;
using TechAssist.Supply;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Reports;

public class SelfAssessmentReportValidatorTests
{
    private static SelfAssessmentReport Valid() => Report(
        "KEN",
        Answer("15", Compliance.Partial, AssistanceType.LegislativeDrafting),
        Answer("16", Compliance.Full));

    private static string[] Problems(SelfAssessmentReport report) =>
        SelfAssessmentReportValidator.Validate(report, Clock()).Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Validate_ValidReport_HasNoProblem()
    {
        var result = SelfAssessmentReportValidator.Validate(Valid(), Clock());

        result.IsValid.Should().BeTrue();
        result.Value.Should().Be(Valid());
    }

    [Fact]
    public void Validate_UnknownState_IsAProblem()
    {
        var result = SelfAssessmentReportValidator.Validate(Valid() with { State = CountryCode.Parse("XXX") }, Clock());

        result.Problems.Should().ContainSingle().Which.Should().Be(new TechAssist.Validation.ValidationProblem("state", "XXX", "'XXX' is not a State in the catalogue of 195 States"));
    }

    [Fact]
    public void Validate_MissingIdAndState_AreProblems() =>
        Problems(Valid() with { Id = default, State = default }).Should().Equal(
            "id: a report needs an id",
            "state: a report needs the State that reports");

    [Fact]
    public void Validate_UnknownChecklistVersion_IsAProblem() =>
        Problems(Valid() with { ChecklistVersion = 2 }).Should().Equal(
            "checklist: checklist review-cycle-1 version 2 is not known; known: review-cycle-1 v1, review-cycle-2 v1");

    [Fact]
    public void Validate_UserChecklist_IsFound()
    {
        var pilot = new ChecklistDocument { Id = "pilot", Version = 3, Title = "Pilot", Items = new ChecklistItemDocument[] {new ChecklistItemDocument { Provision = "15" }} }.ToChecklist().GetValueOrThrow();
        var report = Valid() with { Checklist = pilot.Id, ChecklistVersion = 3, Answers = new ChecklistAnswer[] {Answer("15", Compliance.Full)} };

        SelfAssessmentReportValidator.Validate(report, [pilot], Clock()).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_AnswerOutsideTheChecklist_IsAProblem() =>
        Problems(Valid() with { Answers = new ChecklistAnswer[] {Answer("5", Compliance.Full)} }).Should().Equal(
            "answers[0].provision: provision 5 is not an item of checklist review-cycle-1 v1");

    [Fact]
    public void Validate_DuplicateAnswer_IsAProblem() =>
        Problems(Valid() with { Answers = new ChecklistAnswer[] {Answer("15", Compliance.Full), Answer("16", Compliance.Full), Answer("15", Compliance.None)} }).Should().Equal(
            "answers[2].provision: provision 15 is answered more than once (first at answers[0])");

    [Fact]
    public void Validate_TypesWhileNotNeeded_IsAProblem()
    {
        var answer = Answer("15", Compliance.Partial, AssistanceType.LegalAdvice, AssistanceType.Technology) with { AssistanceNeeded = false };

        var problem = SelfAssessmentReportValidator.Validate(Valid() with { Answers = new ChecklistAnswer[] {answer} }, Clock()).Problems.Should().ContainSingle().Subject;

        problem.ToString().Should().Be("answers[0].assistanceTypes: assistance types are listed but assistanceNeeded is false");
        problem.Value.Should().Be("LEGAL_ADVICE, TECHNOLOGY");
    }

    [Fact]
    public void Validate_NeededWithoutType_IsAProblem() =>
        Problems(Valid() with { Answers = new ChecklistAnswer[] {Answer("15", Compliance.None) with { AssistanceNeeded = true }} }).Should().Equal(
            "answers[0].assistanceTypes: assistance is needed but no type is given");

    [Fact]
    public void Validate_TypeListedTwice_IsAProblem() =>
        Problems(Valid() with { Answers = new ChecklistAnswer[] {Answer("15", Compliance.None, AssistanceType.LegalAdvice, AssistanceType.LegalAdvice)} }).Should().Equal(
            "answers[0].assistanceTypes[1]: LEGAL_ADVICE is listed more than once");

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Final)]
    public void Validate_SubmittedWithoutDate_IsAProblem(ReportStatus status) =>
        Problems(Valid() with { Status = status, SubmissionDate = null }).Should().Equal(
            $"submissionDate: a {status} report needs its submission date");

    [Fact]
    public void Validate_DraftWithoutDate_IsFine() =>
        Problems(Valid() with { Status = ReportStatus.Draft, SubmissionDate = null }).Should().BeEmpty();

    [Fact]
    public void Validate_SubmissionDateInTheFuture_IsAProblem() =>
        Problems(Valid() with { SubmissionDate = new LocalDate(2008, 12, 19) }).Should().Equal(
            "submissionDate: the submission date 2008-12-19 is after today (2008-12-18)");

    [Fact]
    public void Validate_SubmittedToday_IsFine() =>
        Problems(Valid() with { SubmissionDate = new LocalDate(2008, 12, 18) }).Should().BeEmpty();

    [Fact]
    public void Validate_ProvidersConsentNamingNobody_IsAProblem() =>
        Problems(Valid() with { Consent = new SharingConsent { Scope = SharingScope.Providers } }).Should().Equal(
            "consent.namedProviders: consent to share with providers names no provider: name at least one or set allProviders");

    [Fact]
    public void Validate_InconsistentConsent_ListsEachProblem() =>
        Problems(Valid() with
        {
            Consent = new SharingConsent { Scope = SharingScope.Public, AllProviders = true, NamedProviders = EquatableArray.Create(ProviderId.From("UNDP"), ProviderId.From("UNDP"), default) },
        }).Should().Equal(
            "consent.scope: providers are named or allProviders is set, but the scope is Public, not Providers",
            "consent.namedProviders: providers are named although allProviders is set",
            "consent.namedProviders[1]: UNDP is named more than once",
            "consent.namedProviders[2]: a provider id is missing");

    [Fact]
    public void Validate_MissingConsent_IsAProblem() =>
        Problems(Valid() with { Consent = null! }).Should().Equal(
            "consent: the State's consent to share is missing: Confidential, Providers or Public");

    [Fact]
    public void Validate_UnknownEnumValues_AreProblems() =>
        Problems(Valid() with
        {
            Status = (ReportStatus)9,
            Consent = new SharingConsent { Scope = (SharingScope)7 },
            Answers = new ChecklistAnswer[] {Answer("15", (Compliance)0, (AssistanceType)42) with { Priority = (TechAssist.Needs.NeedPriority)5 }},
        }).Should().Equal(
            "status: '9' is not a report status (Draft, Submitted or Final)",
            "consent.scope: '7' is not a sharing scope (Confidential, Providers or Public)",
            "answers[0].compliance: '0' is not a compliance level (Full, Partial, None or NotApplicable)",
            "answers[0].priority: '5' is not a priority (Unstated, High, Medium or Low)",
            "answers[0].assistanceTypes[0]: '42' is not an assistance type");

    [Fact]
    public void Validate_ObstaclesAndAssistanceReceived_AreChecked()
    {
        var answer = Answer("15", Compliance.Partial) with
        {
            Obstacles = EquatableArray.Create(ObstacleCode.From("LIMITED_RESOURCES"), default),
            AssistanceReceived = EquatableArray.Create(
                new AssistanceReceived { Provider = ProviderId.From("UNODC") },
                new AssistanceReceived { ProviderName = "A bilateral donor" },
                new AssistanceReceived { Description = "Training" }),
        };

        Problems(Valid() with { Answers = new ChecklistAnswer[] {answer} }).Should().Equal(
            "answers[0].obstacles[1]: an obstacle code is missing",
            "answers[0].assistanceReceived[2]: say who gave the assistance: a provider id, a provider name or both");
    }

    [Fact]
    public void Validate_BrokenReport_ListsEveryProblem()
    {
        var report = Valid() with
        {
            State = CountryCode.Parse("ZZZ"),
            Status = ReportStatus.Submitted,
            SubmissionDate = null,
            Consent = new SharingConsent { Scope = SharingScope.Providers },
            Answers = new ChecklistAnswer[]
            {
                Answer("15", Compliance.Partial, AssistanceType.LegalAdvice),
                Answer("52(1)(a)", Compliance.None),
                Answer("15", Compliance.Full),
                Answer("16", Compliance.None) with { AssistanceNeeded = true },
                Answer("17", Compliance.Full, AssistanceType.Technology) with { AssistanceNeeded = false },
                null!,
                Answer("18", Compliance.Partial) with { Provision = default },
            },
        };

        Problems(report).Should().Equal(
            "state: 'ZZZ' is not a State in the catalogue of 195 States",
            "submissionDate: a Submitted report needs its submission date",
            "consent.namedProviders: consent to share with providers names no provider: name at least one or set allProviders",
            "answers[1].provision: provision 52(1)(a) is not an item of checklist review-cycle-1 v1",
            "answers[2].provision: provision 15 is answered more than once (first at answers[0])",
            "answers[3].assistanceTypes: assistance is needed but no type is given",
            "answers[4].assistanceTypes: assistance types are listed but assistanceNeeded is false",
            "answers[5]: an answer is missing",
            "answers[6].provision: an answer needs a provision");
    }

    [Fact]
    public void IsVisibleTo_FollowsTheReportsConsent()
    {
        var report = Valid() with { Consent = SharingConsent.Confidential };

        report.IsVisibleTo(Viewer.ForState(report.State)).Should().BeTrue();
        report.IsVisibleTo(Viewer.ForProvider(ProviderId.From("UNODC"))).Should().BeFalse();
        report.IsVisibleTo(Viewer.Secretariat).Should().BeTrue();
        ProvisionReference.Parse("15").Should().Be(report.Answers[0].Provision);
    }
}
