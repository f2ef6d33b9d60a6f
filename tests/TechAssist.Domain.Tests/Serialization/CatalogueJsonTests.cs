using System.Text.Json;
using TechAssist.Convention;
using TechAssist.Serialization;
using TechAssist.States;

namespace TechAssist.Tests.Serialization;

/// <summary>Catalogue entries are written in full for readers and read back by their key alone.</summary>
public sealed class CatalogueJsonTests
{
    [Fact]
    public void Article_IsWrittenWithNumberTitleChapterAndObligation()
    {
        var json = Properties(TechAssistJson.Serialize(ConventionCatalogue.GetArticle(ArticleNumber.From(16))));

        json.Should().Equal(
            ("number", "16"),
            ("title", "Bribery of foreign public officials and officials of public international organizations"),
            ("chapter", "III"),
            ("obligation", "Mixed"));
    }

    [Fact]
    public void Chapter_IsWrittenWithNumberTitleAndArticleRange()
    {
        var json = Properties(TechAssistJson.Serialize(ConventionCatalogue.GetChapter(ChapterNumber.V)));

        json.Should().Equal(("number", "V"), ("title", "Asset recovery"), ("firstArticle", "51"), ("lastArticle", "59"));
    }

    [Fact]
    public void State_IsWrittenWithItsNoteOnlyWhenItHasOne()
    {
        var kenya = Properties(TechAssistJson.Serialize(StateCatalogue.Get(CountryCode.Parse("KEN"))));
        var holySee = Properties(TechAssistJson.Serialize(StateCatalogue.Get(CountryCode.Parse("VAT"))));

        kenya.Should().Equal(("code", "KEN"), ("name", "Kenya"), ("status", "Member"));
        holySee.Select(p => p.Name).Should().Equal("code", "name", "status", "note");
        holySee[2].Value.Should().Be(nameof(UnStatus.ObserverState));
    }

    [Fact]
    public void Article_IsReadByItsNumberAlone_SkippingWhateverElseTheObjectHolds()
    {
        var read = TechAssistJson.Deserialize<Article>("""{"title": {"any": [1, {"thing": 2}]}, "number": 16, "chapter": "I"}""");

        read.Value.Should().BeSameAs(ConventionCatalogue.GetArticle(ArticleNumber.From(16)));
    }

    [Theory]
    [InlineData("\"16\"", "Expected an object with \"number\" but found String")]
    [InlineData("""{"title": "Bribery"}""", "\"number\" is missing")]
    [InlineData("""{"number": true}""", "\"number\" must be a string or a number")]
    [InlineData("""{"number": 72}""", "'72' is not an article number from 1 to 71")]
    public void Article_NotReadable_IsAProblemThatSaysWhy(string json, string message)
    {
        var read = TechAssistJson.Deserialize<Article>(json);

        read.IsValid.Should().BeFalse();
        read.Problems.Should().ContainSingle().Which.Message.Should().Be(message + " (line 1)");
    }

    [Fact]
    public void ChapterAndState_NotInTheCatalogue_AreProblemsThatNameTheKey()
    {
        TechAssistJson.Deserialize<Chapter>("""{"number": "IX"}""").Problems.Should().ContainSingle()
            .Which.Message.Should().Be("'IX' is not a chapter from I to VIII (line 1)");
        TechAssistJson.Deserialize<State>("""{"code": "XXX"}""").Problems.Should().ContainSingle()
            .Which.Message.Should().Be("'XXX' is not the code of a State in the catalogue of 195 States (line 1)");
    }

    private static List<(string Name, string Value)> Properties(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))];
    }
}
