using System.Globalization;
using System.Xml.Linq;
using TechAssist.Collections;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>Reads an activity's level and scope from its recipient countries and regions.</summary>
/// <remarks>
/// <para>As the IATI SOURCES.md explains: one recipient-country is bilateral; several countries, or a recipient-region
/// other than 998, is regional; region 998 ("Developing countries, unspecified") or no geography is global.
/// <c>activity-scope</c> and <c>collaboration-type</c> are not used.</para>
/// <para>A known publisher mistake: one recipient-country at 100% (or without percentage) with a region beside it,
/// often the country's own region. The standard forbids it; the activity is bilateral and a warning names the region.</para>
/// <para>Country codes are ISO alpha-2 and are mapped to alpha-3 through the M49 table; a code that is not a State of
/// the catalogue is left out with a warning.</para>
/// </remarks>
internal static class IatiGeography
{
    internal sealed record Result(ScopeLevel Level, Scope Scope, int Engagements);

    internal static Result Read(XElement activity, Action<string> warn)
    {
        var countries = new List<(States.CountryCode Code, decimal? Percentage, string Text)>();
        foreach (var element in activity.Elements("recipient-country"))
        {
            var text = ((string?)element.Attribute("code"))?.Trim() ?? string.Empty;
            if (M49Table.TryGetAlpha3(text, out var code) && States.StateCatalogue.Contains(code))
            {
                countries.Add((code, Percentage(element), text));
            }
            else
            {
                warn($"recipient-country '{text}' is not a State of the catalogue; left out");
            }
        }

        var regions = activity.Elements("recipient-region")
            .Select(r => (Region: new IatiRegion
            {
                Code = ((string?)r.Attribute("code"))?.Trim() ?? string.Empty,
                Vocabulary = VocabularyOf((string?)r.Attribute("vocabulary")),
            }, Percentage: Percentage(r)))
            .Where(r => r.Region.Code.Length > 0)
            .ToList();

        var distinctCountries = countries.Select(c => c.Code).Distinct().Order().ToList();
        if (distinctCountries.Count == 1 && regions.Count > 0
            && countries.All(c => c.Percentage is null or 100m) && regions.All(r => r.Percentage is null or 0m))
        {
            var country = distinctCountries[0];
            foreach (var (region, _) in regions)
            {
                var own = region.ResolveStates().Contains(country) ? $"{country}'s own region " : "region ";
                warn($"{own}{region} is given beside the 100% recipient-country {countries[0].Text} (a publisher mistake the standard forbids); read as bilateral");
            }

            return new Result(ScopeLevel.Bilateral, Scope.Bilateral(country), 1);
        }

        if (distinctCountries.Count == 1 && regions.Count == 0)
        {
            return new Result(ScopeLevel.Bilateral, Scope.Bilateral(distinctCountries[0]), 1);
        }

        var named = regions.Select(r => r.Region).Where(r => !r.IsDevelopingCountriesUnspecified).ToList();
        if (distinctCountries.Count > 1 || named.Count > 0)
        {
            foreach (var region in named.Where(r => r.ResolveStates().IsEmpty))
            {
                warn($"recipient-region {region} cannot be mapped to States through the UN M49 table; the offering reaches only its other States");
            }

            var scope = new Scope
            {
                Level = ScopeLevel.Regional,
                States = distinctCountries.ToEquatableArray(),
                IatiRegions = named.DistinctBy(r => r.ToString()).OrderBy(r => r.ToString(), StringComparer.Ordinal).ToEquatableArray(),
            };
            var reached = scope.States.Count + named.Sum(r => r.ResolveStates().Count);
            return new Result(ScopeLevel.Regional, scope, Math.Max(1, reached));
        }

        return new Result(ScopeLevel.Global, Scope.Global, 1);
    }

    private static IatiRegionVocabulary VocabularyOf(string? text) => text?.Trim() switch
    {
        null or "" or "1" => IatiRegionVocabulary.OecdDac,
        "2" => IatiRegionVocabulary.UnM49,
        _ => IatiRegionVocabulary.ReportingOrganisation,
    };

    private static decimal? Percentage(XElement element) =>
        decimal.TryParse((string?)element.Attribute("percentage"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
