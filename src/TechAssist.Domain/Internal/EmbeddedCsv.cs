using CsvHelper;

namespace TechAssist.Internal;

/// <summary>Reads the reference tables that ship inside this assembly.</summary>
internal static class EmbeddedCsv
{
    /// <summary>Reads every data row of an embedded CSV file as a dictionary from header name to value.</summary>
    /// <remarks>The files are ours and small (a few hundred rows): a bad row is a build defect, so it throws.</remarks>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        var resourceName = "TechAssist.Resources." + fileName;
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' is missing from {typeof(EmbeddedCsv).Assembly.GetName().Name}.");
        using var reader = CsvReader.Create(stream, CsvReaderOptions.Default, leaveOpen: true);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.Headers.Count; i++)
            {
                row[reader.Headers[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
