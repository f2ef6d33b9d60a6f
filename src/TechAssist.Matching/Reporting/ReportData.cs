using TechAssist.Consent;
using TechAssist.Matching.Levels;
using TechAssist.Matching.Matrix;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Reporting;

/// <summary>
/// Everything a report shows, computed once for its viewer: sections read only from here, so no section can
/// show a need the viewer may not see.
/// </summary>
internal sealed class ReportData
{
    internal ReportData(MatchingEngine engine, MatchingResult result, HtmlReportOptions options)
    {
        Options = options;
        Input = engine.Input;
        var viewer = options.Viewer;
        Result = result.ForViewer(viewer);
        Matrix = engine.BuildMatrix(
            Result,
            new MatrixOptions { Rows = options.Rows, Columns = options.Columns, SplitByAssistanceType = false },
            viewer);
        Levels = [.. engine.RecommendLevels(new LevelOptions(), viewer)];
        VisibleNeeds = [.. Input.Needs.Where(n => n.IsVisibleTo(viewer)).OrderBy(n => n.State).ThenBy(n => n.Id)];
        Needs = VisibleNeeds.ToDictionary(n => n.Id);
        Offerings = Input.Offerings.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        Providers = Input.Providers.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        MatchOf = Result.Matches.ToDictionary(m => m.Need);
        UnassignedOf = Result.Unassigned.ToDictionary(u => u.Need);
    }

    internal HtmlReportOptions Options { get; }

    internal Viewer Viewer => Options.Viewer;

    internal MatchingInput Input { get; }

    /// <summary>The result as the viewer may see it.</summary>
    internal MatchingResult Result { get; }

    internal NeedsSupplyMatrix Matrix { get; }

    internal IReadOnlyList<LevelRecommendation> Levels { get; }

    /// <summary>The needs the viewer may see, by State then id.</summary>
    internal IReadOnlyList<Need> VisibleNeeds { get; }

    internal IReadOnlyDictionary<NeedId, Need> Needs { get; }

    internal IReadOnlyDictionary<OfferingId, Offering> Offerings { get; }

    internal IReadOnlyDictionary<ProviderId, Provider> Providers { get; }

    internal IReadOnlyDictionary<NeedId, Match> MatchOf { get; }

    internal IReadOnlyDictionary<NeedId, UnassignedNeed> UnassignedOf { get; }

    internal string ProviderName(ProviderId id) => Providers.TryGetValue(id, out var provider) ? provider.Name : id.ToString();

    internal string OfferingTitle(OfferingId id) => Offerings.TryGetValue(id, out var offering) ? offering.Title : id.ToString();
}
