using TechAssist.Languages;

namespace TechAssist.Tests.Languages;

public class LanguageCodeTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("FR", "fr")]
    [InlineData("Ar", "ar")]
    public void Parse_TwoLetters_LowerCases(string text, string expected) => LanguageCode.Parse(text).Value.Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("eng")]
    [InlineData("e1")]
    [InlineData("é n")]
    public void TryParse_NotTwoLetters_ReturnsFalse(string text) => LanguageCode.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Parse_Invalid_ThrowsWithTheText()
    {
        var act = () => LanguageCode.Parse("eng");

        act.Should().Throw<FormatException>().WithMessage("'eng' is not an ISO 639-1 language code: expected two letters a to z, such as en.");
    }

    [Fact]
    public void Default_IsNotValid()
    {
        default(LanguageCode).IsValid.Should().BeFalse();
        default(LanguageCode).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Equality_AndOrder_FollowTheCode()
    {
        LanguageCode.Parse("EN").Should().Be(LanguageCode.English);
        (LanguageCode.English < LanguageCode.Spanish).Should().BeTrue();
        (LanguageCode.French > LanguageCode.Spanish).Should().BeTrue();
    }
}
