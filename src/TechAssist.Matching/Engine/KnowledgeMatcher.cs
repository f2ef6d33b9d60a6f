using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Knowledge;

namespace TechAssist.Matching.Engine;

/// <summary>
/// Knowledge resources serve needs for model legislation, model agreements and good practices at global level,
/// without a capacity limit: every resource of the right kind whose coverage fits the need's provision serves it.
/// </summary>
internal static class KnowledgeMatcher
{
    internal static bool Serves(KnowledgeResourceKind kind, AssistanceType type) => type switch
    {
        AssistanceType.ModelLegislation => kind == KnowledgeResourceKind.ModelLegislation,
        AssistanceType.ModelAgreements => kind == KnowledgeResourceKind.ModelAgreement,
        AssistanceType.GoodPractices => kind is KnowledgeResourceKind.GoodPracticeSummary or KnowledgeResourceKind.Guide or KnowledgeResourceKind.Case,
        _ => false,
    };

    internal static EquatableArray<KnowledgeResourceId> For(EngineModel model, NeedFacts need)
    {
        if (need.Need.AssistanceType is not (AssistanceType.ModelLegislation or AssistanceType.ModelAgreements or AssistanceType.GoodPractices))
        {
            return default;
        }

        return model.Knowledge
            .Where(resource => Serves(resource.Resource.Kind, need.Need.AssistanceType) && resource.Coverage.Fit(need.Need.Provision) is not null)
            .Select(resource => resource.Resource.Id)
            .ToEquatableArray();
    }
}
