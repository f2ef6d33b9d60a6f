using System.Collections.Immutable;

namespace TechAssist.Exchange;

/// <summary>The columns of one CSV format, in the order they are written, and which of them a file must have.</summary>
internal sealed class CsvLayout
{
    internal CsvLayout(string records, string record, params ReadOnlySpan<CsvColumn> columns)
    {
        Records = records;
        Record = record;
        Columns = [.. columns];
    }

    /// <summary>What the rows are, plural, for messages: <c>needs</c>.</summary>
    internal string Records { get; }

    /// <summary>What one row is, for messages: <c>need</c>.</summary>
    internal string Record { get; }

    internal ImmutableArray<CsvColumn> Columns { get; }

    internal IEnumerable<string> RequiredNames => Columns.Where(c => c.Required).Select(c => c.Name);

    /// <summary>The header this layout writes, without the columns <paramref name="leaveOut"/> names.</summary>
    internal string[] Header(params ReadOnlySpan<string> leaveOut)
    {
        var names = new List<string>();
        foreach (var column in Columns)
        {
            if (!leaveOut.Contains(column.Name))
            {
                names.Add(column.Name);
            }
        }

        return [.. names];
    }
}

/// <summary>A column of a CSV format: its snake_case name and whether a file must have it.</summary>
internal readonly record struct CsvColumn(string Name, bool Required = false);
