using TechAssist.Assistance;
using TechAssist.Matching.Scoring;

namespace TechAssist.Matching.Tests.Scoring;

public class RelatedAssistanceTypesTests
{
    [Fact]
    public void Default_IsDirected()
    {
        RelatedAssistanceTypes.Default.IsRelated(AssistanceType.LegislativeDrafting, AssistanceType.ModelLegislation).Should().BeTrue();
        RelatedAssistanceTypes.Default.IsRelated(AssistanceType.Technology, AssistanceType.CapacityBuilding).Should().BeTrue();
        RelatedAssistanceTypes.Default.IsRelated(AssistanceType.CapacityBuilding, AssistanceType.Technology).Should().BeFalse();
    }

    [Fact]
    public void Default_RelatesNothingToOtherAndNothingToItself()
    {
        RelatedAssistanceTypes.Default.RelatedTo(AssistanceType.Other).Should().BeEmpty();
        foreach (var type in Enum.GetValues<AssistanceType>())
        {
            RelatedAssistanceTypes.Default.IsRelated(type, type).Should().BeFalse();
        }
    }

    [Fact]
    public void RelatedTo_ListsInEnumOrder() =>
        RelatedAssistanceTypes.Default.RelatedTo(AssistanceType.LegalAdvice)
            .Should().Equal(AssistanceType.LegislativeDrafting, AssistanceType.ActionPlan, AssistanceType.OnSiteExpert);

    [Fact]
    public void Create_UserTable_ReplacesTheDefault()
    {
        var table = RelatedAssistanceTypes.Create([(AssistanceType.Technology, AssistanceType.OnSiteExpert)]);

        table.IsRelated(AssistanceType.Technology, AssistanceType.OnSiteExpert).Should().BeTrue();
        table.IsRelated(AssistanceType.Technology, AssistanceType.CapacityBuilding).Should().BeFalse();
        RelatedAssistanceTypes.None.RelatedTo(AssistanceType.LegalAdvice).Should().BeEmpty();
    }
}
