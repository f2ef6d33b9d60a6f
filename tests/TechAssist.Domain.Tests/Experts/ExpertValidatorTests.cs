using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Experts;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Tests.Supply;

namespace TechAssist.Tests.Experts;

public class ExpertValidatorTests
{
    private static string[] ProblemsOf(Expert expert) =>
        ExpertValidator.Validate(expert, "experts[4]").Problems.Select(p => p.ToString()).ToArray();

    [Fact]
    public void Validate_Sample_IsValid() => ExpertValidator.Validate(SupplySamples.Expert).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_MissingIdNameAndStates_ListsEach() =>
        ProblemsOf(SupplySamples.Expert with { Id = default, Name = "", Nationality = default, NominatingState = CountryCode.Parse("XXX") })
            .Should().Equal(
                "experts[4].id: an expert needs an id",
                "experts[4].name: an expert needs a name",
                "experts[4].nationality: a State is missing",
                "experts[4].nominatingState: 'XXX' is not a State in the catalogue of 195 States");

    [Fact]
    public void Validate_NoLanguageNoExpertise_ListsBoth() =>
        ProblemsOf(SupplySamples.Expert with { Languages = default, Expertise = default }).Should().Equal(
            "experts[4].languages: an expert needs at least one language",
            "experts[4].expertise: an expert needs at least one field of expertise");

    [Fact]
    public void Validate_ExpertiseWithoutCoverageAndTooManyYears_ListsBoth() =>
        ProblemsOf(SupplySamples.Expert with { Expertise = EquatableArray.Create(new Expertise { Coverage = Coverage.None, Years = 61 }) })
            .Should().Equal(
                "experts[4].expertise[0].coverage: the coverage must name at least one provision, chapter or thematic area",
                "experts[4].expertise[0].years: years of experience must be from 0 to 60, not 61");

    [Fact]
    public void Validate_AssistanceTypes_UndefinedAndRepeated() =>
        ProblemsOf(SupplySamples.Expert with { AssistanceTypes = EquatableArray.Create((AssistanceType)0, AssistanceType.Technology, AssistanceType.Technology) })
            .Should().Equal(
                "experts[4].assistanceTypes[0]: '0' is not an assistance type",
                "experts[4].assistanceTypes[2]: Technology is listed twice");

    [Fact]
    public void Validate_OverlappingAvailability_IsAProblem() =>
        ProblemsOf(SupplySamples.Expert with
        {
            Availability = EquatableArray.Create(
                new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)),
                new DateInterval(new LocalDate(2026, 3, 31), new LocalDate(2026, 4, 30))),
        }).Should().Equal("experts[4].availability[1]: overlaps availability[0] ([2026-01-01, 2026-03-31]); merge the two ranges");

    [Fact]
    public void Validate_ZeroCapacity_IsAProblem() =>
        ProblemsOf(SupplySamples.Expert with { Capacity = 0 }).Should().Equal(
            "experts[4].capacity: the capacity must be at least 1 engagement, not 0");

    [Fact]
    public void Validate_EmployerWithoutNameAndUnknownState_ListsBoth() =>
        ProblemsOf(SupplySamples.Expert with { Employer = new Employer { Name = " ", State = CountryCode.Parse("QQQ") } }).Should().Equal(
            "experts[4].employer.name: an employer needs a name",
            "experts[4].employer.state: 'QQQ' is not a State in the catalogue of 195 States");

    [Fact]
    public void Validate_UnknownExplicitConflict_IsAProblem() =>
        ProblemsOf(SupplySamples.Expert with { ExplicitConflicts = EquatableArray.Create(CountryCode.Parse("QQQ")) }).Should().Equal(
            "experts[4].explicitConflicts[0]: 'QQQ' is not a State in the catalogue of 195 States");

    [Theory]
    [InlineData("amina.example.org")]
    [InlineData("@example.org")]
    [InlineData("amina@")]
    [InlineData("amina @example.org")]
    public void Validate_BadEmail_IsAProblem(string email) =>
        ProblemsOf(SupplySamples.Expert with { Contact = new ExpertContact { Email = email } }).Should().Equal(
            $"experts[4].contact.email: an e-mail address has a name, an @ and a domain, without spaces");

    [Fact]
    public void DirectoryValidate_RepeatedIdAndSchemaVersion_ListsBoth()
    {
        var document = new ExpertDirectoryDocument { SchemaVersion = 2, Experts = EquatableArray.Create(SupplySamples.Expert, SupplySamples.Expert) };

        document.Validate().Problems.Select(p => p.ToString()).Should().Equal(
            "schemaVersion: schema version 2 is not supported: this version of the library reads version 1",
            "experts[1].id: KEN-2026-014 is already used by experts[0]");
    }
}
