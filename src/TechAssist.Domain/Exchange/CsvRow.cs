using CsvHelper;
using TechAssist.Validation;

namespace TechAssist.Exchange;

/// <summary>One data row being read: its cells by column name, and the problems found in it.</summary>
/// <remarks>Not thread-safe; valid until the reader moves on.</remarks>
internal sealed class CsvRow
{
    private readonly CsvReader _reader;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly List<(string Column, string? Value, string Message, bool ListItem)> _problems = [];

    internal CsvRow(CsvReader reader, IReadOnlyDictionary<string, int> columns, long line)
    {
        _reader = reader;
        _columns = columns;
        Line = line;
    }

    /// <summary>The line of the file where the row starts (1 is the header).</summary>
    internal long Line { get; }

    internal bool HasProblems => _problems.Count > 0;

    /// <summary>The cell's text, trimmed and without the apostrophe the export puts before a formula-like value; null when empty or when the file has no such column.</summary>
    internal string? Text(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _reader.FieldCount)
        {
            return null;
        }

        var text = CsvText.Unguard(_reader.GetString(index).Trim());
        return text.Length == 0 ? null : text;
    }

    /// <summary>The cell's text, or a problem when it is empty.</summary>
    internal string? RequiredText(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            Problem(column, null, "a value is required");
        }

        return text;
    }

    /// <summary>The items of a list cell (separated by <c>;</c>), trimmed, without empty items; empty when the cell is.</summary>
    internal IReadOnlyList<string> Items(string column) => CsvText.SplitList(Text(column));

    /// <summary>Adds a problem with a cell; the record then holds a stand-in for the cell's value (so the validator's view of it is not reported).</summary>
    internal void Problem(string column, string? value, string message) => _problems.Add((column, value, message, false));

    /// <summary>Adds a problem with one item of a list cell; the record holds the other items, which the validator still checks.</summary>
    internal void ItemProblem(string column, string item, string message) => _problems.Add((column, item, message, true));

    internal bool HasProblem(string column) => _problems.Exists(p => p.Column == column);

    /// <summary>Adds the problems a validator found, under the columns <paramref name="columnOf"/> maps their paths to,
    /// except on columns whose cell did not parse: the record holds a stand-in there, and the cell is reported once.</summary>
    internal void AddValidation(IEnumerable<ValidationProblem> problems, string prefix, Func<string, string> columnOf)
    {
        var before = _problems.Where(p => !p.ListItem).Select(p => p.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var path = problem.Path.StartsWith(prefix, StringComparison.Ordinal) ? problem.Path[prefix.Length..] : problem.Path;
            var column = columnOf(CsvText.WithoutIndexes(path));
            if (!before.Contains(column))
            {
                Problem(column, problem.Value, problem.Message);
            }
        }
    }

    /// <summary>The problems, left to right as the columns stand in the file (problems of one cell in the order found).</summary>
    internal IEnumerable<ValidationProblem> ToProblems(string fileName) =>
        _problems.OrderBy(p => _columns.TryGetValue(p.Column, out var index) ? index : int.MaxValue).Select(p => new ValidationProblem(CsvText.Where(fileName, Line), p.Value, $"column {p.Column}: {p.Message}"));
}
