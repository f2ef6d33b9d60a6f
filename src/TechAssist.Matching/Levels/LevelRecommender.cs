using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Matching.Engine;
using TechAssist.Needs;
using TechAssist.States;

namespace TechAssist.Matching.Levels;

/// <summary>
/// Recommends the level of delivery for each (provision, assistance type) need: global when it spans several groups,
/// regional when it is concentrated in one group, national otherwise (paragraph 21 of the founding report).
/// </summary>
internal static class LevelRecommender
{
    internal static EquatableArray<LevelRecommendation> Recommend(EngineModel model, LevelOptions options, Viewer viewer)
    {
        var shared = model.Needs
            .Where(n => n.State >= 0 && n.Need.Status != NeedStatus.Withdrawn && n.Need.IsVisibleTo(viewer))
            .GroupBy(n => (Provision: options.ByArticle ? ProvisionReference.ForArticle(n.Need.Provision.Article) : n.Need.Provision, n.Need.AssistanceType))
            .OrderBy(g => g.Key.Provision).ThenBy(g => g.Key.AssistanceType);

        var recommendations = new List<LevelRecommendation>();
        foreach (var group in shared)
        {
            var states = group.Select(n => n.State).Distinct().Order().ToList();
            var byGroup = states.GroupBy(s => model.States.CountingGroup[s]).ToDictionary(g => g.Key, g => g.ToList());
            var groupCount = byGroup.Keys.Count(k => k >= 0);
            var (provision, type) = group.Key;
            LevelRecommendation Make(DeliveryLevel level, RegionalGroup? regional, IEnumerable<int> members, string reason) => new()
            {
                Provision = provision,
                AssistanceType = type,
                Level = level,
                Group = regional,
                States = members.Select(s => model.States.Codes[s]).ToEquatableArray(),
                SharedByStates = states.Count,
                SharedByGroups = groupCount,
                Reason = reason,
            };

            if (states.Count >= options.GlobalMinStates && groupCount >= options.GlobalMinGroups)
            {
                recommendations.Add(Make(DeliveryLevel.Global, null, states,
                    $"{states.Count} States in {groupCount} regional groups share this need (global delivery from {options.GlobalMinStates} States in {options.GlobalMinGroups} groups)"));
                continue;
            }

            foreach (var (groupIndex, members) in byGroup.OrderBy(pair => pair.Key < 0 ? int.MaxValue : pair.Key))
            {
                if (groupIndex >= 0 && members.Count >= options.RegionalMinStates)
                {
                    var regional = (RegionalGroup)(groupIndex + 1);
                    recommendations.Add(Make(DeliveryLevel.Regional, regional, members,
                        $"{members.Count} States of the {regional} group share this need (regional delivery from {options.RegionalMinStates} States in one group; global needs {options.GlobalMinStates} States in {options.GlobalMinGroups} groups, found {states.Count} in {groupCount})"));
                    continue;
                }

                foreach (var state in members)
                {
                    recommendations.Add(Make(DeliveryLevel.National, null, [state],
                        $"{states.Count} State(s) in {groupCount} group(s) share this need, {members.Count} in {model.States.Codes[state]}'s group: below the regional threshold of {options.RegionalMinStates}"));
                }
            }
        }

        return [.. recommendations];
    }
}
