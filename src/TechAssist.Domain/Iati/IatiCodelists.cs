using System.Collections.Frozen;
using System.Xml;
using TechAssist.Internal;

namespace TechAssist.Iati;

/// <summary>The IATI codelists the library embeds: currencies (Currency.xml) and OECD DAC regions (codeforIATI Region.csv).</summary>
/// <remarks>Read once; thread-safe. Both files are byte-for-byte copies listed in the IATI SOURCES.md.</remarks>
internal static class IatiCodelists
{
    private static readonly Lazy<FrozenSet<string>> LazyCurrencies = new(LoadCurrencies);
    private static readonly Lazy<FrozenDictionary<string, string>> LazyDacRegions = new(LoadDacRegions);

    /// <summary>Every currency code of the IATI Currency codelist, withdrawn ones included.</summary>
    internal static FrozenSet<string> Currencies => LazyCurrencies.Value;

    /// <summary>The OECD DAC region codes (IATI region vocabulary 1) and their English names.</summary>
    internal static FrozenDictionary<string, string> DacRegions => LazyDacRegions.Value;

    private static FrozenSet<string> LoadCurrencies()
    {
        using var stream = typeof(IatiCodelists).Assembly.GetManifestResourceStream("TechAssist.Resources.iati-Currency.xml")
            ?? throw new InvalidOperationException("The embedded resource 'TechAssist.Resources.iati-Currency.xml' is missing.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "code")
            {
                codes.Add(reader.ReadElementContentAsString().Trim());
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> LoadDacRegions() =>
        EmbeddedCsv.Read("iati-Region.csv").ToFrozenDictionary(row => row["code"], row => row["name"], StringComparer.Ordinal);
}
