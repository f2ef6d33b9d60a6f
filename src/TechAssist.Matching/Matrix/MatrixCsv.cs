using System.Globalization;
using TechAssist.Exchange;

namespace TechAssist.Matching.Matrix;

/// <summary>Writes a needs-supply matrix as CSV, one row per cell, for spreadsheets.</summary>
/// <remarks>
/// Columns: row, column, assistance_type, needs, served, unmet, offerings, spare_offerings, providers,
/// duplicated_needs, status. Lists are separated by semicolons; cells that would start a spreadsheet formula are
/// escaped. The matrix is already filtered for its viewer (see <see cref="MatchingEngine.BuildMatrix(MatchingResult, MatrixOptions, TechAssist.Consent.Viewer)"/>).
/// </remarks>
public static class MatrixCsv
{
    private static readonly string[] Header =
        ["row", "column", "assistance_type", "needs", "served", "unmet", "offerings", "spare_offerings", "providers", "duplicated_needs", "status"];

    /// <summary>Writes <paramref name="matrix"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, NeedsSupplyMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(matrix);
        CsvOutput.Write(writer, Header, matrix.ToRows().Select(row => new string?[]
        {
            row.Row,
            row.Column,
            row.AssistanceType,
            row.Needs.ToString(CultureInfo.InvariantCulture),
            row.Served.ToString(CultureInfo.InvariantCulture),
            row.Unmet.ToString(CultureInfo.InvariantCulture),
            row.Offerings.ToString(CultureInfo.InvariantCulture),
            row.SpareOfferings.ToString(CultureInfo.InvariantCulture),
            row.Providers,
            row.DuplicatedNeeds,
            row.Status,
        }));
    }
}
