using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class CurrencyCodeTests
{
    [Theory]
    [InlineData("EUR", "EUR")]
    [InlineData("usd", "USD")]
    public void Parse_CodeOfTheIatiList_UpperCases(string text, string expected) => CurrencyCode.Parse(text).Value.Should().Be(expected);

    [Theory]
    [InlineData("XYZ")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    public void TryParse_NotInTheList_ReturnsFalse(string text) => CurrencyCode.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Parse_Unknown_ThrowsWithTheText()
    {
        var act = () => CurrencyCode.Parse("XYZ");

        act.Should().Throw<FormatException>().WithMessage("'XYZ' is not an ISO 4217 currency code of the IATI Currency codelist, such as EUR or USD.");
    }
}
