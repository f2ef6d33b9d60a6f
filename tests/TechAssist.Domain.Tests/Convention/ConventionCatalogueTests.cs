using TechAssist.Convention;

namespace TechAssist.Tests.Convention;

public class ConventionCatalogueTests
{
    [Fact]
    public void Articles_AreTheSeventyOneOfTheConventionInOrder()
    {
        ConventionCatalogue.Articles.Should().HaveCount(71);
        ConventionCatalogue.Articles.Select(a => a.Number.Value).Should().Equal(Enumerable.Range(1, 71));
    }

    [Theory]
    [InlineData("I", 1, 4, "General provisions")]
    [InlineData("II", 5, 14, "Preventive measures")]
    [InlineData("III", 15, 42, "Criminalization and law enforcement")]
    [InlineData("IV", 43, 50, "International cooperation")]
    [InlineData("V", 51, 59, "Asset recovery")]
    [InlineData("VI", 60, 62, "Technical assistance and information exchange")]
    [InlineData("VII", 63, 64, "Mechanisms for implementation")]
    [InlineData("VIII", 65, 71, "Final provisions")]
    public void Chapters_HaveTheirArticleRangesAndTitles(string chapter, int first, int last, string title)
    {
        var found = ConventionCatalogue.GetChapter(ChapterNumber.Parse(chapter));

        found.Title.Should().Be(title);
        found.FirstArticle.Value.Should().Be(first);
        found.LastArticle.Value.Should().Be(last);
        found.Articles.Should().HaveCount(last - first + 1);
    }
}
