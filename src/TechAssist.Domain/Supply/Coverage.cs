using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Convention;

namespace TechAssist.Supply;

/// <summary>What part of the Convention an offering, an expert or a knowledge resource covers: provisions (whole articles included), chapters and thematic areas.</summary>
/// <remarks>
/// <para>The three lists add up: a provision, every article of a chapter and every article of a thematic area's
/// chapter. The matching engine expands coverage to articles once, at index time, with <see cref="ExpandToArticles"/>.</para>
/// <para>Immutable; compares by value. <see cref="IsEmpty"/> coverage covers nothing.</para>
/// </remarks>
public sealed record Coverage
{
    /// <summary>Coverage of nothing.</summary>
    public static Coverage None { get; } = new();

    /// <summary>Provisions covered, from whole articles (<c>52</c>) to clauses (<c>46(9)(b)(ii)</c>).</summary>
    public EquatableArray<ProvisionReference> Provisions { get; init; }

    /// <summary>Chapters covered in full.</summary>
    public EquatableArray<ChapterNumber> Chapters { get; init; }

    /// <summary>Thematic areas covered in full (each is one chapter).</summary>
    public EquatableArray<ThematicArea> ThematicAreas { get; init; }

    /// <summary>Whether nothing is covered.</summary>
    [JsonIgnore]
    public bool IsEmpty => Provisions.IsEmpty && Chapters.IsEmpty && ThematicAreas.IsEmpty;

    /// <summary>Coverage of the given provisions.</summary>
    public static Coverage OfProvisions(params ReadOnlySpan<ProvisionReference> provisions) => new() { Provisions = EquatableArray.Create(provisions) };

    /// <summary>Coverage of the given thematic areas.</summary>
    public static Coverage OfThematicAreas(params ReadOnlySpan<ThematicArea> areas) => new() { ThematicAreas = EquatableArray.Create(areas) };

    /// <summary>Coverage of the given chapters.</summary>
    public static Coverage OfChapters(params ReadOnlySpan<ChapterNumber> chapters) => new() { Chapters = EquatableArray.Create(chapters) };

    /// <summary>Every article touched by this coverage, in order, without repeats.</summary>
    /// <remarks>A provision below article level (<c>52(1)</c>) counts its article: the article is partly covered.
    /// Invalid (<c>default</c>) entries and undefined thematic areas are ignored; validate first to see them.</remarks>
    public EquatableArray<ArticleNumber> ExpandToArticles()
    {
        var articles = new SortedSet<ArticleNumber>();
        foreach (var provision in Provisions)
        {
            if (provision.IsValid)
            {
                articles.Add(provision.Article);
            }
        }

        foreach (var chapter in Chapters.Where(c => c.IsValid))
        {
            articles.UnionWith(ConventionCatalogue.GetChapter(chapter).Articles.Select(a => a.Number));
        }

        foreach (var area in ThematicAreas.Where(Enum.IsDefined))
        {
            articles.UnionWith(ConventionCatalogue.GetArticles(area).Select(a => a.Number));
        }

        return articles.ToEquatableArray();
    }

    /// <summary>Whether <paramref name="provision"/> is covered in full: it, or a provision, article, chapter or area above it, is listed.</summary>
    /// <remarks>Coverage of <c>52(1)</c> covers <c>52(1)(a)</c> but not <c>52</c> as a whole; see <see cref="Overlaps"/>.</remarks>
    public bool Covers(ProvisionReference provision)
    {
        if (!provision.IsValid)
        {
            return false;
        }

        return CoversWholeArticle(provision.Article) || Provisions.Any(p => p.IsValid && provision.IsWithin(p));
    }

    /// <summary>Whether this coverage covers <paramref name="provision"/> or any part of it (<c>52(1)</c> overlaps <c>52</c>).</summary>
    public bool Overlaps(ProvisionReference provision) =>
        Covers(provision) || Provisions.Any(p => p.IsValid && p.IsWithin(provision));

    private bool CoversWholeArticle(ArticleNumber article)
    {
        var chapter = ConventionCatalogue.GetArticle(article).Chapter;
        return Chapters.Contains(chapter)
            || (ConventionCatalogue.ThematicAreaOf(chapter) is { } area && ThematicAreas.Contains(area));
    }

    /// <summary>For example <c>provisions [Art. 52(1)], chapters [], areas [AssetRecovery]</c>.</summary>
    public override string ToString() => $"provisions {Provisions}, chapters {Chapters}, areas {ThematicAreas}";
}
