using System.Globalization;
using CsvHelper;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.Exchange;

/// <summary>Reads a CSV file of one layout with CsvHelper: checks the header, turns each row into a record, keeps the good ones and reports every problem with <c>file:line</c>.</summary>
internal static class CsvImport
{
    /// <summary>The largest record read: a row of a spreadsheet is a few kilobytes; 1 MiB stops a hostile or broken file (an unclosed quote, a huge cell) before it fills memory.</summary>
    internal const int MaxRecordBytes = 1 << 20;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        // Null: CsvHelper detects comma, semicolon, tab or bar from the header, so files saved by spreadsheets in locales that use ; still read.
        Separator = null,
        TrackLineNumbers = true,
        MaxRecordSize = MaxRecordBytes,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = true,
    };

    internal static ImportResult<T> Read<T>(TextReader reader, string fileName, CsvLayout layout, Func<CsvRow, T?> readRow, Func<T, string> idOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(options => CsvReader.Create(reader, options, leaveOpen: true), fileName, layout, readRow, idOf);
    }

    internal static ImportResult<T> Read<T>(Stream stream, string fileName, CsvLayout layout, Func<CsvRow, T?> readRow, Func<T, string> idOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(options => CsvReader.Create(stream, options, leaveOpen: true), fileName, layout, readRow, idOf);
    }

    private static ImportResult<T> Read<T>(Func<CsvReaderOptions, CsvReader> open, string fileName, CsvLayout layout, Func<CsvRow, T?> readRow, Func<T, string> idOf)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var problems = new List<(long Line, ValidationProblem Problem)>();
        var accepted = new List<T>();
        var firstLineOf = new Dictionary<string, long>(StringComparer.Ordinal);
        var malformed = new List<CsvMalformedRecord>();
        long line = 1;
        using var reader = open(Options with { OnMalformedRecord = malformed.Add });
        try
        {
            if (ReadColumns(reader, fileName, layout) is not { } columns)
            {
                return Refused<T>(fileName, reader.Headers, layout);
            }

            while (reader.Read())
            {
                line = reader.LineNumber;
                if (IsBlank(reader))
                {
                    continue;
                }

                if (HasCellsPastHeader(reader))
                {
                    problems.Add((line, new(CsvText.Where(fileName, line), null,
                        $"the row has {reader.FieldCount} cells but the header names {reader.Headers.Count} columns: put a cell that contains a comma in double quotes")));
                    continue;
                }

                var row = new CsvRow(reader, columns, line);
                var record = readRow(row);
                problems.AddRange(row.ToProblems(fileName).Select(p => (line, p)));
                if (record is null || row.HasProblems)
                {
                    continue;
                }

                var id = idOf(record);
                if (firstLineOf.TryGetValue(id, out var first))
                {
                    problems.Add((line, new(CsvText.Where(fileName, line), id,
                        $"column id: {layout.Record} {id} is already on line {first.ToString(CultureInfo.InvariantCulture)}")));
                    continue;
                }

                firstLineOf.Add(id, line);
                accepted.Add(record);
            }
        }
        catch (CsvFormatException e)
        {
            // Thrown for a record longer than MaxRecordBytes: reading cannot go on, but what was read is kept.
            var at = e.LineNumber > 0 ? e.LineNumber : line;
            problems.Add((at, new(CsvText.Where(fileName, at), null,
                $"reading stopped: the row is longer than {MaxRecordBytes.ToString(CultureInfo.InvariantCulture)} bytes (a quote that is never closed, or a cell far too large); the rows before it are kept")));
        }

        problems.AddRange(malformed.Select(m => (m.LineNumber, Malformed(fileName, m))));
        return new()
        {
            Accepted = accepted.ToEquatableArray(),
            Problems = problems.OrderBy(p => p.Line).Select(p => p.Problem).ToEquatableArray(),
        };
    }

    /// <summary>The index of each layout column the header has, or null when required columns are missing.</summary>
    private static Dictionary<string, int>? ReadColumns(CsvReader reader, string fileName, CsvLayout layout)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in layout.Columns)
        {
            // CsvHelper matches exactly, then ignoring case and surrounding spaces: "Priority " finds priority.
            if (reader.TryGetFieldIndex(column.Name, out var index))
            {
                columns.Add(column.Name, index);
            }
        }

        return layout.RequiredNames.All(columns.ContainsKey) ? columns : null;
    }

    private static ImportResult<T> Refused<T>(string fileName, IReadOnlyList<string> headers, CsvLayout layout)
    {
        var missing = layout.RequiredNames.Where(name => !headers.Any(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        var message = headers.Count == 0
            ? $"the file is empty: its first line names the columns, at least {CsvText.OneOf(missing).Replace(" or ", " and ", StringComparison.Ordinal)}"
            : $"the header lacks the required {(missing.Count == 1 ? "column" : "columns")} {string.Join(", ", missing)}: no row was read (the {layout.Records} layout is in docs/csv.md)";
        return new()
        {
            Accepted = default,
            Problems = EquatableArray.Create(new ValidationProblem(CsvText.Where(fileName, 1), headers.Count == 0 ? null : string.Join(",", headers), message)),
        };
    }

    private static bool IsBlank(CsvReader reader) => IsBlankFrom(reader, 0);

    /// <summary>Whether the row has text past the last column: a spreadsheet's trailing empty cells are fine, a shifted row is not.</summary>
    private static bool HasCellsPastHeader(CsvReader reader) => !IsBlankFrom(reader, reader.Headers.Count);

    private static bool IsBlankFrom(CsvReader reader, int first)
    {
        for (var i = first; i < reader.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(reader.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static ValidationProblem Malformed(string fileName, CsvMalformedRecord record) => new(
        CsvText.Where(fileName, record.LineNumber),
        null,
        record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "a double quote opened in this row is never closed, so the rest of the file was read as one cell and not imported",
            CsvMalformedReason.StrayQuote => "a double quote inside a cell that does not start with one: put the whole cell in double quotes and double the quote inside (\"\")",
            CsvMalformedReason.TextAfterClosingQuote => "text follows the closing double quote of a cell: double a quote that is part of the text (\"\")",
            _ => $"the row is malformed ({record.Reason}) and was not read",
        });
}
