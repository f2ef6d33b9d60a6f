using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.States;

namespace TechAssist.Iati;

/// <summary>An IATI recipient region: a code and its vocabulary, such as OECD DAC <c>289</c> or UN M49 <c>014</c>.</summary>
/// <remarks>
/// <para>IATI regions do not match the UN regional groups: the library maps them to States through the UN M49 table
/// (codeforIATI RegionM49.csv). A UN M49 code maps to the countries of that area. An OECD DAC region maps to the M49
/// area of the same English name once <c>", regional"</c> is removed (<c>1027 Eastern Africa, regional</c> to M49
/// <c>014 Eastern Africa</c>, <c>89 Europe, regional</c> to <c>150 Europe</c>): a reading by name, not an official
/// correspondence, and the M49 area holds every country there, not only aid recipients, so eligibility still applies.
/// DAC regions without a same-named M49 area (North of Sahara, South of Sahara, Middle East, Far East Asia, America,
/// South Asia, South and Central Asia, ex-Yugoslavia, and 998 Developing countries unspecified) and reporting-organisation
/// regions map to no State.</para>
/// <para>Only States of <see cref="StateCatalogue"/> are returned: territories are left out.</para>
/// </remarks>
public sealed record IatiRegion
{
    /// <summary>Creates a region of the OECD DAC vocabulary; set the code.</summary>
    public IatiRegion()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal IatiRegion(IatiRegionVocabulary vocabulary = IatiRegionVocabulary.OecdDac) => Vocabulary = vocabulary;

    /// <summary>The code, as the vocabulary writes it.</summary>
    public required string Code { get; init; }

    /// <summary>The vocabulary of the code.</summary>
    public IatiRegionVocabulary Vocabulary { get; init; } = IatiRegionVocabulary.OecdDac;

    /// <summary>Whether this is OECD DAC region 998, "Developing countries, unspecified": a global activity.</summary>
    [JsonIgnore]
    public bool IsDevelopingCountriesUnspecified => Vocabulary == IatiRegionVocabulary.OecdDac && Code == "998";

    /// <summary>The States of the region, ordered by code; empty when the region cannot be mapped (see remarks).</summary>
    public EquatableArray<CountryCode> ResolveStates()
    {
        var area = Vocabulary switch
        {
            IatiRegionVocabulary.UnM49 => Code,
            IatiRegionVocabulary.OecdDac when !IsDevelopingCountriesUnspecified
                && IatiCodelists.DacRegions.TryGetValue(Code, out var name)
                && M49Table.AreaNamed(name.Replace(", regional", string.Empty, StringComparison.Ordinal)) is { } m49 =>
                m49.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return area is null ? default : M49Table.CountriesIn(area).Where(StateCatalogue.Contains).ToEquatableArray();
    }

    /// <summary>For example <c>1:289</c> (vocabulary and code).</summary>
    public override string ToString() => $"{(int)Vocabulary}:{Code}";
}
