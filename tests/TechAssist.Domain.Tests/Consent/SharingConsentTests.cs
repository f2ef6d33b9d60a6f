using TechAssist.Consent;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Tests.Consent;

public class SharingConsentTests
{
    private static readonly CountryCode Owner = CountryCode.Parse("KEN");
    private static readonly ProviderId Unodc = ProviderId.From("UNODC");
    private static readonly ProviderId Undp = ProviderId.From("UNDP");

    public static TheoryData<string, string, bool> Matrix => new()
    {
        { "confidential", "secretariat", true },
        { "confidential", "owner", true },
        { "confidential", "other-state", false },
        { "confidential", "unodc", false },
        { "confidential", "public", false },
        { "all-providers", "unodc", true },
        { "all-providers", "undp", true },
        { "all-providers", "public", false },
        { "all-providers", "other-state", false },
        { "named", "unodc", true },
        { "named", "undp", false },
        { "named", "owner", true },
        { "named", "secretariat", true },
        { "public", "public", true },
        { "public", "undp", true },
        { "public", "other-state", true },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void AllowsViewer_FollowsTheScope(string consent, string viewer, bool allowed)
    {
        var sharing = consent switch
        {
            "confidential" => SharingConsent.Confidential,
            "all-providers" => SharingConsent.WithAllProviders,
            "named" => SharingConsent.WithProviders(Unodc),
            _ => SharingConsent.Public,
        };
        var who = viewer switch
        {
            "secretariat" => Viewer.Secretariat,
            "owner" => Viewer.ForState(Owner),
            "other-state" => Viewer.ForState(CountryCode.Parse("NGA")),
            "unodc" => Viewer.ForProvider(Unodc),
            "undp" => Viewer.ForProvider(Undp),
            _ => Viewer.Public,
        };

        sharing.AllowsViewer(who, Owner).Should().Be(allowed);
    }

    [Fact]
    public void WithProviders_SortsAndDeduplicates_AndRejectsAnEmptyList()
    {
        SharingConsent.WithProviders(Unodc, Undp, Unodc).NamedProviders.Should().Equal(Undp, Unodc);
        SharingConsent.WithProviders(Unodc, Undp).ToString().Should().Be("Providers (UNDP, UNODC)");
        FluentActions.Invoking(() => SharingConsent.WithProviders()).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Viewer_DefaultIsPublic_AndPrintsShortly()
    {
        default(Viewer).Should().Be(Viewer.Public);
        Viewer.ForProvider(Unodc).ToString().Should().Be("Provider UNODC");
        Viewer.ForState(Owner).ToString().Should().Be("State KEN");
        Viewer.Secretariat.ToString().Should().Be("Secretariat");
    }
}
