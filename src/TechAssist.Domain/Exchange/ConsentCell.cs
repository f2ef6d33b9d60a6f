using TechAssist.Consent;
using TechAssist.Supply;

namespace TechAssist.Exchange;

/// <summary>A State's consent in one cell: <c>confidential</c>, <c>all-providers</c>, <c>providers:XM-DAC-7;UNODC</c> or <c>public</c>.</summary>
internal static class ConsentCell
{
    private const string NamedPrefix = "providers:";

    internal static string Format(SharingConsent consent) => consent switch
    {
        { Scope: SharingScope.Confidential } => "confidential",
        { Scope: SharingScope.Public } => "public",
        { Scope: SharingScope.Providers, AllProviders: true } => "all-providers",
        _ => NamedPrefix + CsvText.JoinList(consent.NamedProviders.Select(p => p.Value)),
    };

    /// <summary>The consent of the cell, or null with problems on <paramref name="column"/>: one for a cell of another form, one per bad provider id.</summary>
    internal static SharingConsent? Read(CsvRow row, string column)
    {
        if (row.RequiredText(column) is not { } text)
        {
            return null;
        }

        if (text.Equals("confidential", StringComparison.OrdinalIgnoreCase))
        {
            return SharingConsent.Confidential;
        }

        if (text.Equals("public", StringComparison.OrdinalIgnoreCase))
        {
            return SharingConsent.Public;
        }

        if (text.Equals("all-providers", StringComparison.OrdinalIgnoreCase))
        {
            return SharingConsent.WithAllProviders;
        }

        if (!text.StartsWith(NamedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            row.Problem(column, text, $"'{text}' is not a consent: expected confidential, all-providers, providers: followed by provider ids separated by ; (providers:XM-DAC-7;UNODC), or public");
            return null;
        }

        var providers = new List<ProviderId>();
        var items = CsvText.SplitList(text[NamedPrefix.Length..]);
        foreach (var item in items)
        {
            if (ProviderId.TryFrom(item, out var provider))
            {
                providers.Add(provider);
            }
            else
            {
                row.Problem(column, item, CsvCells.DescribeId(item));
            }
        }

        if (items.Count == 0)
        {
            row.Problem(column, text, "consent to share with named providers names none: write providers:ID;ID, or all-providers");
        }

        return providers.Count == items.Count && items.Count > 0 ? SharingConsent.WithProviders([.. providers]) : null;
    }
}
