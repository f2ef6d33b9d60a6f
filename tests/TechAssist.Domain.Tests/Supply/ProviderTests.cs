using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class ProviderTests
{
    private static Provider StateProvider(string state) => new()
    {
        Id = ProviderId.From("P-" + state),
        Name = "Agency of " + state,
        Kind = ProviderKind.DonorState,
        State = CountryCode.Parse(state),
    };

    [Theory]
    [InlineData("BRA", "KEN", true)]
    [InlineData("DEU", "KEN", false)]
    [InlineData("BRA", "DEU", false)]
    [InlineData("BRA", "BRA", false)]
    public void IsSouthSouthWith_BothDevelopingAndDifferent(string provider, string recipient, bool expected) =>
        StateProvider(provider).IsSouthSouthWith(CountryCode.Parse(recipient)).Should().Be(expected);

    [Fact]
    public void IsSouthSouthWith_Organisation_IsFalse()
    {
        var unodc = new Provider { Id = ProviderId.From("UNODC"), Name = "UNODC", Kind = ProviderKind.UnEntity };

        unodc.IsSouthSouthWith(CountryCode.Parse("KEN")).Should().BeFalse();
    }
}
