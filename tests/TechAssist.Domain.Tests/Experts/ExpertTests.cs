using NodaTime;
using TechAssist.Collections;
using TechAssist.Experts;
using TechAssist.States;
using TechAssist.Tests.Supply;

namespace TechAssist.Tests.Experts;

public class ExpertTests
{
    private static CountryCode C(string code) => CountryCode.Parse(code);

    [Theory]
    [InlineData("KEN", true)]
    [InlineData("UGA", true)]
    [InlineData("TZA", true)]
    [InlineData("RWA", false)]
    public void IsConflicted_NationalityEmployerStateAndExplicit(string recipient, bool conflicted) =>
        SupplySamples.Expert.IsConflicted(C(recipient)).Should().Be(conflicted);

    [Fact]
    public void IsConflicted_NoEmployerNoExplicit_OnlyOwnNationality()
    {
        var expert = SupplySamples.Expert with { Employer = null, ExplicitConflicts = default };

        expert.IsConflicted(C("KEN")).Should().BeTrue();
        expert.IsConflicted(C("UGA")).Should().BeFalse();
        expert.ConflictStates().Should().Equal(C("KEN"));
    }

    [Fact]
    public void ConflictStates_AreOrderedWithoutRepeats() =>
        (SupplySamples.Expert with { ExplicitConflicts = EquatableArray.Create(C("TZA"), C("KEN")) })
            .ConflictStates().Should().Equal(C("KEN"), C("TZA"), C("UGA"));

    [Fact]
    public void IsAvailableDuring_WithinOneRange_IsTrue()
    {
        var expert = SupplySamples.Expert;

        expert.IsAvailableDuring(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30))).Should().BeTrue();
        expert.IsAvailableDuring(new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 9, 30))).Should().BeFalse("July and August are not available");
        expert.IsAvailableOn(new LocalDate(2026, 7, 15)).Should().BeFalse();
        expert.IsAvailableOn(new LocalDate(2026, 11, 30)).Should().BeTrue();
    }

    [Fact]
    public void WithoutContactDetails_DropsOnlyTheContact()
    {
        var stripped = SupplySamples.Expert.WithoutContactDetails();

        stripped.Contact.Should().BeNull();
        stripped.Should().Be(SupplySamples.Expert with { Contact = null });
        stripped.ToString().Should().Be("KEN-2026-014 Amina Otieno");
        SupplySamples.Expert.Contact!.ToString().Should().Be("(contact details)");
    }

    [Fact]
    public void DirectoryWithoutContactDetails_StripsEveryExpert()
    {
        var document = new ExpertDirectoryDocument { Experts = EquatableArray.Create(SupplySamples.Expert, SupplySamples.Expert with { Id = ExpertId.From("UGA-1") }) };

        document.WithoutContactDetails().Experts.Should().OnlyContain(e => e.Contact == null);
    }
}
