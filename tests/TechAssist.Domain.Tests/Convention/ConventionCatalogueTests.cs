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
        found.Articles.Should().OnlyContain(a => a.Chapter == found.Number);
    }

    // Headings copied by hand from the reference table (shared/reference/uncac-articles.csv).
    [Theory]
    [InlineData(1, "Statement of purpose")]
    [InlineData(6, "Preventive anti-corruption body or bodies")]
    [InlineData(14, "Measures to prevent money-laundering")]
    [InlineData(15, "Bribery of national public officials")]
    [InlineData(16, "Bribery of foreign public officials and officials of public international organizations")]
    [InlineData(17, "Embezzlement, misappropriation or other diversion of property by a public official")]
    [InlineData(28, "Knowledge, intent and purpose as elements of an offence")]
    [InlineData(44, "Extradition")]
    [InlineData(46, "Mutual legal assistance")]
    [InlineData(52, "Prevention and detection of transfers of proceeds of crime")]
    [InlineData(58, "Financial intelligence unit")]
    [InlineData(62, "Other measures: implementation of the Convention through economic development and technical assistance")]
    [InlineData(71, "Depositary and languages")]
    public void GetArticle_HasTheOfficialHeading(int number, string title) =>
        ConventionCatalogue.GetArticle(ArticleNumber.From(number)).Title.Should().Be(title);

    [Theory]
    [InlineData(ThematicArea.Prevention, 5, 14)]
    [InlineData(ThematicArea.CriminalizationAndLawEnforcement, 15, 42)]
    [InlineData(ThematicArea.InternationalCooperation, 43, 50)]
    [InlineData(ThematicArea.AssetRecovery, 51, 59)]
    [InlineData(ThematicArea.TechnicalAssistanceAndInformationExchange, 60, 62)]
    public void GetArticles_ByThematicArea_IsItsChapter(ThematicArea area, int first, int last) =>
        ConventionCatalogue.GetArticles(area).Select(a => a.Number.Value).Should().Equal(Enumerable.Range(first, last - first + 1));

    [Fact]
    public void ThematicArea_OfGeneralMechanismsAndFinalChapters_IsNone()
    {
        ConventionCatalogue.GetArticle(ArticleNumber.From(2)).ThematicArea.Should().BeNull();
        ConventionCatalogue.GetArticle(ArticleNumber.From(63)).ThematicArea.Should().BeNull();
        ConventionCatalogue.GetArticle(ArticleNumber.From(70)).ThematicArea.Should().BeNull();
        ConventionCatalogue.GetArticle(ArticleNumber.From(53)).ThematicArea.Should().Be(ThematicArea.AssetRecovery);
        ConventionCatalogue.ThematicAreas.Should().HaveCount(5);
    }

    [Theory]
    [InlineData("15", ObligationLevel.Mandatory, "15")]
    [InlineData("15(1)(a)", ObligationLevel.Mandatory, "15")]
    [InlineData("16(1)", ObligationLevel.Mandatory, "16(1)")]
    [InlineData("16(2)", ObligationLevel.Optional, "16(2)")]
    [InlineData("16", ObligationLevel.Mixed, "16")]
    [InlineData("23(2)(a)", ObligationLevel.Endeavour, "23(2)(a)")]
    [InlineData("23(2)(e)", ObligationLevel.Optional, "23(2)(e)")]
    [InlineData("28", ObligationLevel.None, "28")]
    [InlineData("30(3)", ObligationLevel.Endeavour, "30(3)")]
    [InlineData("42(2)", ObligationLevel.Optional, "42(2)")]
    public void GetObligation_ChapterThree_ReadsTheMostSpecificSource(string provision, ObligationLevel level, string source)
    {
        var reading = ConventionCatalogue.GetObligation(ProvisionReference.Parse(provision));

        reading.Level.Should().Be(level);
        reading.Source!.Value.Code.Should().Be(source);
    }

    [Theory]
    [InlineData("23(2)(c)")]
    [InlineData("30(8)")]
    [InlineData("5")]
    [InlineData("52(1)(a)")]
    [InlineData("46(9)")]
    public void GetObligation_NoSource_IsUnknownNotAGuess(string provision)
    {
        var reading = ConventionCatalogue.GetObligation(ProvisionReference.Parse(provision));

        reading.Level.Should().Be(ObligationLevel.Unknown);
        reading.Source.Should().BeNull();
        reading.Wording.Should().BeNull();
    }

    [Fact]
    public void GetObligation_KeepsTheOperativeWording() =>
        ConventionCatalogue.GetObligation(ProvisionReference.Parse("16(2)")).Wording.Should().Be("shall consider adopting");

    [Fact]
    public void Lookups_RejectDefaultValues()
    {
        FluentActions.Invoking(() => ConventionCatalogue.GetArticle(default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConventionCatalogue.GetChapter(default(ChapterNumber))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConventionCatalogue.GetObligation(default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConventionCatalogue.GetChapter((ThematicArea)9)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToString_ReadsAsACitation()
    {
        ConventionCatalogue.GetArticle(ArticleNumber.From(15)).ToString().Should().Be("Art. 15 Bribery of national public officials");
        ConventionCatalogue.GetChapter(ChapterNumber.V).ToString().Should().Be("Chapter V Asset recovery (Art. 51-59)");
    }
}
