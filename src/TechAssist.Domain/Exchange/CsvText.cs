using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace TechAssist.Exchange;

/// <summary>The text conventions shared by every CSV format: list cells, ISO dates, yes/no, the formula guard, problem paths.</summary>
internal static class CsvText
{
    /// <summary>Separates the items of a list inside one cell (<c>en;fr</c>).</summary>
    internal const char ListSeparator = ';';

    /// <summary>The characters a spreadsheet reads as the start of a formula (OWASP's list, as CsvHelper's writer uses).</summary>
    internal const string FormulaStarts = "=+-@\t\r";

    /// <summary>What the writer puts before a formula-like text cell, which Excel reads as "this cell is text".</summary>
    internal const char FormulaGuard = '\'';

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Splits a list cell on <c>;</c>; items are trimmed and empty items dropped. Splitting one cell's value is not CSV parsing: CsvHelper has already read the cell.</summary>
    internal static IReadOnlyList<string> SplitList(string? cell) =>
        cell is null ? [] : cell.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    internal static string JoinList(IEnumerable<string> items) => string.Join(ListSeparator, items);

    /// <summary>Removes the apostrophe the export put before a formula-like value, so that a guarded cell reads back as written.</summary>
    internal static string Unguard(string text) =>
        text.Length >= 2 && text[0] == FormulaGuard && FormulaStarts.Contains(text[1], StringComparison.Ordinal) ? text[1..] : text;

    internal static string Date(LocalDate date) => IsoDate.Format(date);

    internal static bool TryParseDate(string text, out LocalDate date)
    {
        var result = IsoDate.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    internal static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>Where a row is: <c>needs.csv:14</c>.</summary>
    internal static string Where(string fileName, long line) => fileName + ":" + line.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>A, B or C</c>.</summary>
    internal static string OneOf(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
    };

    /// <summary>A validator path without its indexes: <c>languages[1]</c> becomes <c>languages</c>.</summary>
    internal static string WithoutIndexes(string path)
    {
        var text = new StringBuilder(path.Length);
        var depth = 0;
        foreach (var c in path)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
