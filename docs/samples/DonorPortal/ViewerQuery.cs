using TechAssist.Consent;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace DonorPortal;

/// <summary>Reads the <c>viewer</c> query parameter: <c>public</c> (the default), <c>secretariat</c>, <c>provider:{id}</c> or <c>state:{ISO3}</c>.</summary>
/// <remarks>
/// A sample shortcut: a real portal takes the viewer from the signed-in user, never from the query string, or anyone
/// could ask to see what the secretariat sees.
/// </remarks>
internal static class ViewerQuery
{
    public static ValidationResult<Viewer> Parse(string? text)
    {
        const string ProviderPrefix = "provider:";
        const string StatePrefix = "state:";
        if (string.IsNullOrEmpty(text) || string.Equals(text, "public", StringComparison.Ordinal))
        {
            return ValidationResult.Success(Viewer.Public);
        }

        if (string.Equals(text, "secretariat", StringComparison.Ordinal))
        {
            return ValidationResult.Success(Viewer.Secretariat);
        }

        if (text.StartsWith(ProviderPrefix, StringComparison.Ordinal) && ProviderId.TryFrom(text[ProviderPrefix.Length..], out var provider))
        {
            return ValidationResult.Success(Viewer.ForProvider(provider));
        }

        if (text.StartsWith(StatePrefix, StringComparison.Ordinal) && CountryCode.TryParse(text[StatePrefix.Length..], out var state))
        {
            return ValidationResult.Success(Viewer.ForState(state));
        }

        return ValidationResult.Failure<Viewer>(
            [new ValidationProblem("viewer", text, "a viewer is public, secretariat, provider:{provider id} or state:{ISO 3166 alpha-3 code}")]);
    }
}
