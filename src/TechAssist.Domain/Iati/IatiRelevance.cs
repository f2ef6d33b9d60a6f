using System.Collections.Frozen;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>Which IATI activities concern the Convention, and what part of it they cover.</summary>
/// <remarks>
/// <para>An activity is relevant when one of its sectors (activity level or transaction level, DAC 5-digit vocabulary)
/// is in <see cref="DefaultSectorCodes"/>, or when it is tagged with SDG target 16.5 ("substantially reduce corruption
/// and bribery in all their forms": a <c>tag</c> of vocabulary 3 or a <c>sector</c> of vocabulary 8, code
/// <c>16.5</c>).</para>
/// <para>The sector list (names from the DAC Sector codelist): 15113 Anti-corruption organisations and institutions
/// (the core code); 15111 Public finance management, 15118 National audit, 15125 Public procurement, 15130 Legal and
/// judicial development, 15131 Justice, law and order policy, planning and administration, 15132 Police, 15134
/// Judicial affairs, 15135 Ombudsman, 15153 Media and free flow of information; and two codes withdrawn in 2020 that
/// still appear in data and whose names match a listed code: 15120 Public sector financial management and 15163 Free
/// flow of information.</para>
/// <para>Coverage is the library's reading of each code against the Convention, not an official correspondence:
/// 15113 and SDG 16.5 cover all five thematic areas; finance, audit and procurement codes article 9 (public
/// procurement and management of public finances); justice codes article 11 (judiciary and prosecution services)
/// and chapter III; police chapter III; ombudsman chapter II (prevention); media article 13 (participation of
/// society).</para>
/// </remarks>
public static class IatiRelevance
{
    /// <summary>The SDG target that marks an activity as relevant.</summary>
    public const string SdgTarget = "16.5";

    private static readonly Coverage Everything = Coverage.OfThematicAreas(
        ThematicArea.Prevention,
        ThematicArea.CriminalizationAndLawEnforcement,
        ThematicArea.InternationalCooperation,
        ThematicArea.AssetRecovery,
        ThematicArea.TechnicalAssistanceAndInformationExchange);

    private static readonly Coverage Finance = Coverage.OfProvisions(ProvisionReference.Parse("9"));

    private static readonly Coverage Justice = new()
    {
        Provisions = EquatableArray.Create(ProvisionReference.Parse("11")),
        ThematicAreas = EquatableArray.Create(ThematicArea.CriminalizationAndLawEnforcement),
    };

    private static readonly Coverage Media = Coverage.OfProvisions(ProvisionReference.Parse("13"));

    private static readonly FrozenDictionary<string, Coverage> CoverageBySector = new Dictionary<string, Coverage>(StringComparer.Ordinal)
    {
        ["15113"] = Everything,
        ["15111"] = Finance,
        ["15118"] = Finance,
        ["15120"] = Finance,
        ["15125"] = Finance,
        ["15130"] = Justice,
        ["15131"] = Justice,
        ["15134"] = Justice,
        ["15132"] = Coverage.OfThematicAreas(ThematicArea.CriminalizationAndLawEnforcement),
        ["15135"] = Coverage.OfThematicAreas(ThematicArea.Prevention),
        ["15153"] = Media,
        ["15163"] = Media,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The DAC 5-digit sector codes that make an activity relevant, in ascending order (see remarks).</summary>
    public static EquatableArray<string> DefaultSectorCodes { get; } = CoverageBySector.Keys.Order(StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The coverage the library reads into a relevant sector code or SDG 16.5; all five thematic areas for a code it does not map.</summary>
    public static Coverage CoverageOf(string sectorOrTarget)
    {
        ArgumentNullException.ThrowIfNull(sectorOrTarget);
        return CoverageBySector.GetValueOrDefault(sectorOrTarget, Everything);
    }
}
