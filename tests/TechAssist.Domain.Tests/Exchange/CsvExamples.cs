using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Exchange;

/// <summary>The example files of docs/examples, which docs/csv.md shows to users.</summary>
internal static class CsvExamples
{
    internal static string PathOf(string fileName) => RepositoryFiles.PathOf("docs", "examples", fileName);

    internal static StreamReader Open(string fileName) => new(PathOf(fileName));
}
