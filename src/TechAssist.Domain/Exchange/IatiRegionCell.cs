using System.Globalization;
using TechAssist.Iati;

namespace TechAssist.Exchange;

/// <summary>An IATI region in a list cell: its code for the OECD DAC vocabulary (<c>298</c>), or <c>vocabulary:code</c> for another (<c>2:002</c>).</summary>
internal static class IatiRegionCell
{
    internal static string Format(IatiRegion region) =>
        region.Vocabulary == IatiRegionVocabulary.OecdDac ? region.Code : region.ToString();

    internal static bool TryParse(string text, out IatiRegion region)
    {
        region = null!;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var vocabulary = IatiRegionVocabulary.OecdDac;
        if (colon >= 0)
        {
            if (!int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || !Enum.IsDefined((IatiRegionVocabulary)number))
            {
                return false;
            }

            vocabulary = (IatiRegionVocabulary)number;
        }

        var code = text[(colon + 1)..];
        if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        region = new IatiRegion { Code = code, Vocabulary = vocabulary };
        return true;
    }

    internal static string Describe(string text) =>
        $"'{text}' is not an IATI region: expected an OECD DAC region code such as 298, or vocabulary:code such as 2:002 (1 OECD DAC, 2 UN M49, 99 the reporting organisation's)";
}
