using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Exchange;

/// <summary>docs/csv.md shows the needs example file and the layouts: they must stay what the code reads.</summary>
public class CsvDocsTests
{
    private static readonly string Page = File.ReadAllText(RepositoryFiles.PathOf("docs", "csv.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Page_ShowsTheNeedsExampleFileAsItIs()
    {
        var example = File.ReadAllText(CsvExamples.PathOf("needs.csv")).ReplaceLineEndings("\n");

        Page.Should().Contain("```csv\n" + example + "```");
    }

    [Theory]
    [InlineData("needs.csv")]
    [InlineData("providers.csv")]
    [InlineData("offerings.csv")]
    [InlineData("experts.csv")]
    public void Page_DescribesEveryColumnOfEachExampleFile(string fileName)
    {
        var header = File.ReadLines(CsvExamples.PathOf(fileName)).First().Split(',');

        header.Should().OnlyContain(column => Page.Contains("`" + column + "`", StringComparison.Ordinal));
    }
}
