using TechAssist.Collections;
using TechAssist.Convention;

namespace TechAssist.Checklists;

/// <summary>
/// The checklists of the Implementation Review Mechanism's two cycles (resolution 3/1, Doha, 2009): one item per article.
/// </summary>
/// <remarks>
/// <para>The items are built from <see cref="ConventionCatalogue"/> when first used rather than read from a file:
/// the catalogue already holds the articles and their headings, and a second copy could drift from it.</para>
/// <para>The adoption dates are left null: the reference data does not give them. The 2007-2008 checklist is not
/// embedded either, because which 15 articles it covered is not verified; define it, or any other version, with a
/// <see cref="ChecklistDocument"/>. Thread-safe.</para>
/// </remarks>
public static class ReviewCycleChecklists
{
    /// <summary>The id of the first cycle's checklist.</summary>
    public static ChecklistId FirstCycleId { get; } = ChecklistId.From("review-cycle-1");

    /// <summary>The id of the second cycle's checklist.</summary>
    public static ChecklistId SecondCycleId { get; } = ChecklistId.From("review-cycle-2");

    /// <summary>The first cycle, version 1: chapters III and IV, articles 15 to 50 (36 items).</summary>
    public static Checklist FirstCycle { get; } = Build(
        FirstCycleId,
        "Review mechanism, first cycle: chapters III (criminalization and law enforcement) and IV (international cooperation)",
        ChapterNumber.III,
        ChapterNumber.IV);

    /// <summary>The second cycle, version 1: chapters II and V, articles 5 to 14 and 51 to 59 (19 items).</summary>
    public static Checklist SecondCycle { get; } = Build(
        SecondCycleId,
        "Review mechanism, second cycle: chapters II (preventive measures) and V (asset recovery)",
        ChapterNumber.II,
        ChapterNumber.V);

    /// <summary>Both checklists, first cycle first.</summary>
    public static EquatableArray<Checklist> All { get; } = EquatableArray.Create(FirstCycle, SecondCycle);

    private static Checklist Build(ChecklistId id, string title, params ReadOnlySpan<ChapterNumber> chapters)
    {
        var items = new List<ChecklistItem>();
        foreach (var chapter in chapters)
        {
            items.AddRange(ConventionCatalogue.GetChapter(chapter).Articles
                .Select(article => new ChecklistItem { Provision = ProvisionReference.ForArticle(article.Number), Prompt = article.Title }));
        }

        return new Checklist { Id = id, Version = 1, Title = title, Items = items.ToEquatableArray() };
    }
}
