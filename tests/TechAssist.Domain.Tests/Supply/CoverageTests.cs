using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Supply;

namespace TechAssist.Tests.Supply;

public class CoverageTests
{
    private static ProvisionReference P(string code) => ProvisionReference.Parse(code);

    [Fact]
    public void ExpandToArticles_AddsProvisionsChaptersAndAreasWithoutRepeats()
    {
        // 52(1) gives article 52; chapter VI gives 60-62; asset recovery (chapter V) gives 51-59, 52 again among them.
        var coverage = new Coverage
        {
            Provisions = EquatableArray.Create(P("52(1)"), P("9")),
            Chapters = EquatableArray.Create(ChapterNumber.VI),
            ThematicAreas = EquatableArray.Create(ThematicArea.AssetRecovery),
        };

        coverage.ExpandToArticles().Select(a => a.Value).Should().Equal(9, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62);
    }

    [Fact]
    public void ExpandToArticles_None_IsEmpty() => Coverage.None.ExpandToArticles().Should().BeEmpty();

    [Theory]
    [InlineData("52(1)", "52(1)(a)", true)]
    [InlineData("52(1)", "52(1)", true)]
    [InlineData("52(1)", "52", false)]
    [InlineData("52(1)", "52(2)", false)]
    [InlineData("52", "52(6)", true)]
    public void Covers_ProvisionOrAncestorListed(string listed, string asked, bool expected) =>
        Coverage.OfProvisions(P(listed)).Covers(P(asked)).Should().Be(expected);

    [Fact]
    public void Covers_ThematicAreaAndChapter_CoverTheirArticles()
    {
        Coverage.OfThematicAreas(ThematicArea.AssetRecovery).Covers(P("57(3)(c)")).Should().BeTrue();
        Coverage.OfThematicAreas(ThematicArea.AssetRecovery).Covers(P("50")).Should().BeFalse();
        Coverage.OfChapters(ChapterNumber.IV).Covers(P("46(9)(b)(ii)")).Should().BeTrue();
    }

    [Fact]
    public void Overlaps_PartOfTheProvision_IsTrueWhereCoversIsFalse()
    {
        var coverage = Coverage.OfProvisions(P("52(1)"));

        coverage.Covers(P("52")).Should().BeFalse();
        coverage.Overlaps(P("52")).Should().BeTrue();
        coverage.Overlaps(P("53")).Should().BeFalse();
    }

    [Fact]
    public void Equality_ComparesTheLists()
    {
        Coverage.OfProvisions(P("9")).Should().Be(Coverage.OfProvisions(P("9")));
        Coverage.OfProvisions(P("9")).Should().NotBe(Coverage.OfProvisions(P("10")));
    }
}
