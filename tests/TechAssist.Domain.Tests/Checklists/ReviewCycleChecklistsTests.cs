using TechAssist.Checklists;

namespace TechAssist.Tests.Checklists;

public class ReviewCycleChecklistsTests
{
    [Fact]
    public void FirstCycle_HasOneItemPerArticleOfChaptersThreeAndFour()
    {
        var checklist = ReviewCycleChecklists.FirstCycle;

        checklist.Items.Select(i => i.Provision.Code).Should().Equal(Enumerable.Range(15, 36).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        checklist.Items.Should().OnlyContain(i => i.Provision.IsWholeArticle);
        checklist.Items[0].Prompt.Should().Be(TechAssist.Convention.ConventionCatalogue.Articles[14].Title);
        checklist.ToString().Should().Be("review-cycle-1 v1");
    }

    [Fact]
    public void SecondCycle_HasArticlesFiveToFourteenAndFiftyOneToFiftyNine()
    {
        var expected = Enumerable.Range(5, 10).Concat(Enumerable.Range(51, 9));

        ReviewCycleChecklists.SecondCycle.Items.Select(i => i.Provision.Article.Value).Should().Equal(expected);
    }

    [Fact]
    public void All_AreValidAndHaveNoAdoptionDate()
    {
        foreach (var checklist in ReviewCycleChecklists.All)
        {
            checklist.Validate().IsValid.Should().BeTrue();
            checklist.Adopted.Should().BeNull("the reference data gives no adoption date");
        }
    }
}
