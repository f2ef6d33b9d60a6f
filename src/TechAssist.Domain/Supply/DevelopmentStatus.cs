using TechAssist.Iati;
using TechAssist.States;

namespace TechAssist.Supply;

/// <summary>Whether a country is a developing country in the UN M49 table, for South-South cooperation.</summary>
/// <remarks>
/// <para>The flag is the "developed-developing" column of codeforIATI's RegionM49.csv (codeforIATI/codelists, a
/// scrape of the UN Statistics Division's M49 page), embedded in the assembly: 179 rows say Developing and 66
/// Developed. Trust it as a convention, not as an official classification: the library's IATI SOURCES.md lists the
/// file without verifying the column, the newer scrape of the same M49 page (un-m49-country_region_codes.csv)
/// no longer carries any developed/developing column, and the M49 split is a statistical grouping (it counts,
/// for example, Belarus, Ukraine and the Republic of Moldova as developed). A caller with another list wraps it.</para>
/// <para>Thread-safe; the table is read once.</para>
/// </remarks>
public static class DevelopmentStatus
{
    /// <summary>Whether the M49 table flags <paramref name="country"/> as developing; false when it is developed or not in the table.</summary>
    public static bool IsDevelopingCountry(CountryCode country) => M49Table.IsDeveloping(country) == true;

    /// <summary>The M49 flag: true for developing, false for developed, null when the table has no flag for <paramref name="country"/>.</summary>
    public static bool? GetDevelopingFlag(CountryCode country) => M49Table.IsDeveloping(country);
}
