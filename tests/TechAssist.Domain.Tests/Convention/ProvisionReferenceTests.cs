using TechAssist.Convention;
using TechAssist.Tests.Testing;

namespace TechAssist.Tests.Convention;

public class ProvisionReferenceTests
{
    [Theory]
    [InlineData("16", "16", 0)]
    [InlineData("16(2)", "16(2)", 1)]
    [InlineData("52(1)(a)", "52(1)(a)", 2)]
    [InlineData("46(9)(b)(ii)", "46(9)(b)(ii)", 3)]
    [InlineData("Art. 52(1)(a)", "52(1)(a)", 2)]
    [InlineData("article 15", "15", 0)]
    [InlineData("  art 23(2)(e) ", "23(2)(e)", 2)]
    public void Parse_ValidReference_GivesItsCodeAndDepth(string text, string code, int depth)
    {
        var provision = ProvisionReference.Parse(text);

        provision.Code.Should().Be(code);
        provision.Depth.Should().Be(depth);
        provision.ToString().Should().Be("Art. " + code);
    }

    [Fact]
    public void Parse_Clause_ExposesEveryPart()
    {
        var provision = ProvisionReference.Parse("46(9)(b)(ii)");

        provision.Article.Value.Should().Be(46);
        provision.Paragraph.Should().Be(9);
        provision.Subparagraph.Should().Be('b');
        provision.Clause.Should().Be(2);
        provision.IsWholeArticle.Should().BeFalse();
    }

    [Theory]
    [InlineData("0", "'0' is not a provision of the Convention: article 0 does not exist; expected *")]
    [InlineData("72", "'72' is not a provision of the Convention: article 72 does not exist; expected *")]
    [InlineData("abc", "'abc' is not a provision of the Convention: it does not start with an article number; expected *")]
    [InlineData("16(", "'16(' is not a provision of the Convention: a parenthesis is opened and not closed; expected *")]
    [InlineData("16(0)", "'16(0)' is not a provision of the Convention: '(0)' is not a paragraph number from 1 to 255; expected *")]
    [InlineData("16(2)(B)", "'16(2)(B)' is not a provision of the Convention: '(B)' is not a subparagraph letter from a to z; expected *")]
    [InlineData("16(2)(b)(z)", "'16(2)(b)(z)' is not a provision of the Convention: '(z)' is not a clause in Roman numerals from i to xx; expected *")]
    [InlineData("16(2)(b)(i)(1)", "'16(2)(b)(i)(1)' is not a provision of the Convention: it has more than three parts below the article; expected *")]
    [InlineData("16.2", "'16.2' is not a provision of the Convention: '.' is not expected after '16'; expected *")]
    [InlineData("", "'' is not a provision of the Convention: the text is empty; expected *")]
    public void Parse_Invalid_ThrowsWithTheTextTheReasonAndWhatIsValid(string text, string message) =>
        FluentActions.Invoking(() => ProvisionReference.Parse(text)).Should().Throw<FormatException>().WithMessage(message);

    [Theory]
    [InlineData("0")]
    [InlineData("72")]
    [InlineData("abc")]
    [InlineData("16(")]
    [InlineData("16()")]
    [InlineData("16)")]
    [InlineData(null)]
    [InlineData("   ")]
    public void TryParse_Invalid_ReturnsFalseWithoutThrowing(string? text)
    {
        ProvisionReference.TryParse(text, out var provision).Should().BeFalse();
        provision.IsValid.Should().BeFalse();
    }

    [Fact]
    public void TryParse_Invalid_GivesTheReason()
    {
        ProvisionReference.TryParse("72(1)", out _, out var error).Should().BeFalse();
        error.Should().Be("article 72 does not exist");
    }

    [Fact]
    public void Ordering_FollowsTheConvention()
    {
        var parsed = new[] { "52(1)(b)", "16", "52(1)", "16(2)", "5", "52(1)(a)", "16(1)", "52" }
            .Select(ProvisionReference.Parse)
            .Order()
            .Select(p => p.Code);

        parsed.Should().Equal("5", "16", "16(1)", "16(2)", "52", "52(1)", "52(1)(a)", "52(1)(b)");
    }

    [Fact]
    public void Paragraphs_CompareNumerically() =>
        (ProvisionReference.Parse("46(9)") < ProvisionReference.Parse("46(10)")).Should().BeTrue();

    [Fact]
    public void EqualityAndOrdering_FollowTheParts() =>
        ValueContract.AssertEqualityAndOrdering(
            ProvisionReference.Parse("52(1)(a)"),
            ProvisionReference.From(52, 1, 'a'),
            ProvisionReference.Parse("52(1)(b)"));

    [Fact]
    public void IsWithin_AncestorsAndSelf()
    {
        var clause = ProvisionReference.Parse("52(1)(a)");

        clause.IsWithin(ProvisionReference.Parse("52")).Should().BeTrue();
        clause.IsWithin(ProvisionReference.Parse("52(1)")).Should().BeTrue();
        clause.IsWithin(clause).Should().BeTrue();
        clause.IsWithin(ProvisionReference.Parse("52(2)")).Should().BeFalse();
        clause.IsWithin(ProvisionReference.Parse("51")).Should().BeFalse();
        ProvisionReference.Parse("52").IsWithin(clause).Should().BeFalse();
    }

    [Fact]
    public void Parent_GoesUpOneLevel()
    {
        ProvisionReference.Parse("46(9)(b)(ii)").Parent.Code.Should().Be("46(9)(b)");
        ProvisionReference.Parse("46(9)(b)").Parent.Code.Should().Be("46(9)");
        ProvisionReference.Parse("46(9)").Parent.Code.Should().Be("46");
        ProvisionReference.Parse("46").Parent.Code.Should().Be("46");
    }

    [Theory]
    [InlineData(72, null, null, null, "article")]
    [InlineData(16, 0, null, null, "paragraph")]
    [InlineData(16, 1, 'A', null, "subparagraph")]
    [InlineData(16, 1, 'a', 21, "clause")]
    [InlineData(16, null, 'a', null, "clause")]
    public void From_InvalidPart_ThrowsNamingThePart(int article, int? paragraph, char? subparagraph, int? clause, string parameter) =>
        FluentActions.Invoking(() => ProvisionReference.From(article, paragraph, subparagraph, clause))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void ImplicitConversion_FromArticle_IsTheWholeArticle()
    {
        ProvisionReference provision = ArticleNumber.From(60);

        provision.IsWholeArticle.Should().BeTrue();
        provision.Code.Should().Be("60");
    }

    [Fact]
    public void Default_IsNotValid()
    {
        default(ProvisionReference).IsValid.Should().BeFalse();
        default(ProvisionReference).Code.Should().Be("0");
    }
}
