using TechAssist.Convention;
using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Convention;

public class ArticleNumberTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(71)]
    public void From_ArticleOfTheConvention_KeepsTheNumber(int value) =>
        ArticleNumber.From(value).Value.Should().Be(value);

    [Theory]
    [InlineData(0)]
    [InlineData(72)]
    [InlineData(-3)]
    public void From_NumberOutsideTheConvention_ThrowsNamingTheValueAndTheRange(int value)
    {
        var act = () => ArticleNumber.From(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"Article {value} does not exist: the Convention has articles 1 to 71.*");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("72")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(" 5")]
    [InlineData("1000")]
    [InlineData(null)]
    public void TryParse_NotAnArticle_ReturnsFalseWithoutThrowing(string? text)
    {
        ArticleNumber.TryParse(text, out var article).Should().BeFalse();
        article.Should().Be(default(ArticleNumber));
    }

    [Fact]
    public void Parse_Abc_ThrowsFormatExceptionNamingTheText() =>
        FluentActions.Invoking(() => ArticleNumber.Parse("abc")).Should().Throw<FormatException>()
            .WithMessage("'abc' is not an article of the Convention: expected a number from 1 to 71.");

    [Fact]
    public void EqualityAndOrdering_FollowTheNumber() =>
        ValueContract.AssertEqualityAndOrdering(ArticleNumber.From(15), ArticleNumber.Parse("15"), ArticleNumber.From(16));

    [Fact]
    public void Default_IsNotValid()
    {
        default(ArticleNumber).IsValid.Should().BeFalse();
        ArticleNumber.First.Value.Should().Be(1);
        ArticleNumber.Last.Value.Should().Be(71);
    }

    [Fact]
    public void Operators_CompareByNumber()
    {
        var a = ArticleNumber.From(5);
        var b = ArticleNumber.From(51);

        (a < b).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (b >= a).Should().BeTrue();
        (a > b).Should().BeFalse();
        a.ToString().Should().Be("5");
    }
}
