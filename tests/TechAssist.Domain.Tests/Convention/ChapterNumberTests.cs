using TechAssist.Convention;
using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Convention;

public class ChapterNumberTests
{
    [Theory]
    [InlineData("I", 1)]
    [InlineData("iii", 3)]
    [InlineData("VIII", 8)]
    [InlineData("5", 5)]
    public void Parse_RomanOrDigits_GivesTheChapter(string text, int expected) =>
        ChapterNumber.Parse(text).Value.Should().Be(expected);

    [Theory]
    [InlineData("IX")]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAChapter_ReturnsFalse(string? text) =>
        ChapterNumber.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Parse_NotAChapter_NamesTheTextAndTheValidRange() =>
        FluentActions.Invoking(() => ChapterNumber.Parse("IX")).Should().Throw<FormatException>()
            .WithMessage("'IX' is not a chapter of the Convention: expected I to VIII (or 1 to 8).");

    [Fact]
    public void From_Nine_Throws() =>
        FluentActions.Invoking(() => ChapterNumber.From(9)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Chapter 9 does not exist*");

    [Fact]
    public void ToString_IsRoman()
    {
        ChapterNumber.IV.ToString().Should().Be("IV");
        default(ChapterNumber).ToString().Should().Be("0");
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheNumber() =>
        ValueContract.AssertEqualityAndOrdering(ChapterNumber.III, ChapterNumber.From(3), ChapterNumber.IV);
}
