using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using TechAssist.Collections;
using TechAssist.Internal;
using TechAssist.States;

namespace TechAssist.Iati;

/// <summary>The UN M49 country table as codeforIATI publishes it (RegionM49.csv): alpha-2 to alpha-3, regions, development flag.</summary>
/// <remarks>Read once from the embedded resource; thread-safe.</remarks>
internal static class M49Table
{
    private static readonly Lazy<Data> Loaded = new(Load);

    /// <summary>The alpha-3 code of an ISO 3166-1 alpha-2 code, as IATI writes recipient countries.</summary>
    internal static bool TryGetAlpha3(string? alpha2, out CountryCode code)
    {
        code = default;
        return alpha2 is not null && Loaded.Value.Alpha3ByAlpha2.TryGetValue(alpha2.ToUpperInvariant(), out code);
    }

    /// <summary>True for "Developing", false for "Developed", null when the table has no flag or no row.</summary>
    internal static bool? IsDeveloping(CountryCode code) => Loaded.Value.Developing.TryGetValue(code, out var flag) ? flag : null;

    /// <summary>The countries of an M49 area (world, region, sub-region or intermediate region), ordered by code; empty when unknown.</summary>
    internal static EquatableArray<CountryCode> CountriesIn(string m49AreaCode) =>
        int.TryParse(m49AreaCode, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? Loaded.Value.ByArea.GetValueOrDefault(number)
            : default;

    /// <summary>The M49 area code whose English name is <paramref name="name"/>, if any.</summary>
    internal static int? AreaNamed(string name) => Loaded.Value.AreaByName.TryGetValue(name, out var code) ? code : null;

    private static Data Load()
    {
        var alpha3 = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        var developing = new Dictionary<CountryCode, bool>();
        var byArea = new Dictionary<int, SortedSet<CountryCode>>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in EmbeddedCsv.Read("iati-RegionM49.csv"))
        {
            if (row["status"] != "active" || !CountryCode.TryParse(row["codeforiati:iso-alpha-3-code"], out var code))
            {
                continue;
            }

            alpha3[row["codeforiati:iso-alpha-2-code"]] = code;
            switch (row["codeforiati:developed-developing"])
            {
                case "Developing": developing[code] = true; break;
                case "Developed": developing[code] = false; break;
            }

            foreach (var (codeColumn, nameColumn) in AreaColumns)
            {
                if (!int.TryParse(row[codeColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var area))
                {
                    continue;
                }

                if (!byArea.TryGetValue(area, out var members))
                {
                    byArea[area] = members = [];
                }

                members.Add(code);
                byName.TryAdd(row[nameColumn], area);
            }
        }

        return new Data(
            alpha3.ToFrozenDictionary(StringComparer.Ordinal),
            developing.ToFrozenDictionary(),
            byArea.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToEquatableArray()),
            byName.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static readonly ImmutableArray<(string Code, string Name)> AreaColumns =
    [
        ("codeforiati:global-code", "codeforiati:global-name"),
        ("codeforiati:region-code", "codeforiati:region-name"),
        ("codeforiati:sub-region-code", "codeforiati:sub-region-name"),
        ("codeforiati:intermediate-region-code", "codeforiati:intermediate-region-name"),
    ];

    private sealed record Data(
        FrozenDictionary<string, CountryCode> Alpha3ByAlpha2,
        FrozenDictionary<CountryCode, bool> Developing,
        FrozenDictionary<int, EquatableArray<CountryCode>> ByArea,
        FrozenDictionary<string, int> AreaByName);
}
