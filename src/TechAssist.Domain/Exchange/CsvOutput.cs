using CsvHelper;

namespace TechAssist.Exchange;

/// <summary>Writes rows of text cells with CsvHelper, guarding against formulas.</summary>
internal static class CsvOutput
{
    /// <summary>RFC 4180 (comma, CRLF, quotes when needed), invariant culture, and CSV injection guard: a text cell that
    /// starts with = + - @ tab or CR gets an apostrophe in front and is quoted, so that a spreadsheet shows it as text.
    /// Import removes that apostrophe again (<see cref="CsvText.Unguard"/>).</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = CsvText.FormulaStarts,
        InjectionEscape = CsvText.FormulaGuard,
    };

    internal static void Write(TextWriter writer, string[] header, IEnumerable<string?[]> rows)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(header);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }

        csv.Flush();
    }
}
