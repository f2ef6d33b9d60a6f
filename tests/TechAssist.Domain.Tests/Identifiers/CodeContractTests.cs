using TechAssist.Languages;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Identifiers;

/// <summary>The ISO codes and party ids: ordinal order through their operators, empty defaults, refusals that name the text.</summary>
public sealed class CodeContractTests
{
    [Fact]
    public void CountryCode_OrdersAlphabetically()
    {
        Ordering.ShouldOrder(CountryCode.Parse("FRA"), CountryCode.Parse("KEN"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(CountryCode).Value.Should().BeEmpty();
        default(CountryCode).ToString().Should().BeEmpty();
    }

    [Fact]
    public void PartyId_OrdersByCode_AndSaysWhatIsNotAState()
    {
        Ordering.ShouldOrder(PartyId.EuropeanUnion, PartyId.Parse("KEN"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(PartyId).Value.Should().BeEmpty();
        PartyId.Parse("KEN").State.Should().Be(CountryCode.Parse("KEN"));
        FluentActions.Invoking(() => PartyId.EuropeanUnion.State).Should().Throw<InvalidOperationException>().WithMessage("'EU' is not a State.");
        FluentActions.Invoking(() => PartyId.ForState(default)).Should().Throw<ArgumentException>()
            .WithMessage("default(CountryCode) names no State. (Parameter 'state')");
        FluentActions.Invoking(() => PartyId.Parse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PartyId.Parse("XX")).Should().Throw<FormatException>()
            .WithMessage("'XX' is not a party code: expected a State's ISO 3166-1 alpha-3 code (KEN) or EU for the European Union.");
    }

    [Fact]
    public void LanguageCode_OrdersAlphabetically()
    {
        Ordering.ShouldOrder(LanguageCode.Parse("en"), LanguageCode.Parse("fr"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        FluentActions.Invoking(() => LanguageCode.Parse("eng")).Should().Throw<FormatException>()
            .WithMessage("'eng' is not an ISO 639-1 language code: expected two letters a to z, such as en.");
    }

    [Fact]
    public void CurrencyCode_OrdersAlphabetically()
    {
        Ordering.ShouldOrder(CurrencyCode.Parse("EUR"), CurrencyCode.Parse("USD"), (a, b) => a < b, (a, b) => a > b, (a, b) => a <= b, (a, b) => a >= b);
        default(CurrencyCode).Value.Should().BeEmpty();
        FluentActions.Invoking(() => CurrencyCode.Parse("XYZ")).Should().Throw<FormatException>()
            .WithMessage("'XYZ' is not an ISO 4217 currency code of the IATI Currency codelist, such as EUR or USD.");
        CurrencyCode.TryParse("XYZ", out var refused).Should().BeFalse();
        refused.IsValid.Should().BeFalse();
    }
}
