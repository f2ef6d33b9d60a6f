using TechAssist.Experts;
using TechAssist.Knowledge;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class IdentifierTests
{
    [Fact]
    public void OfferingId_ValidText_KeepsIt() => OfferingId.From("NL-1-PPR-24706").Value.Should().Be("NL-1-PPR-24706");

    [Fact]
    public void OfferingId_WhiteSpace_Throws()
    {
        var act = () => OfferingId.From("a b");

        act.Should().Throw<ArgumentException>().WithMessage("'a b' is not an offering id: an identifier must not contain white space or control characters.*");
    }

    [Fact]
    public void ExpertId_Empty_Throws()
    {
        var act = () => ExpertId.From(string.Empty);

        act.Should().Throw<ArgumentException>().WithMessage("'' is not an expert id: an identifier must not be empty.*");
    }

    [Fact]
    public void KnowledgeResourceId_TooLong_IsRefused()
    {
        KnowledgeResourceId.TryFrom(new string('x', 101), out var id).Should().BeFalse();
        id.IsValid.Should().BeFalse();
        KnowledgeResourceId.TryFrom(new string('x', 100), out _).Should().BeTrue();
    }
}
