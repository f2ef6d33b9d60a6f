using System.Collections.Frozen;
using System.Collections.Immutable;
using TechAssist.Collections;
using TechAssist.Internal;

namespace TechAssist.Convention;

/// <summary>
/// The United Nations Convention against Corruption as data: its 8 chapters, 71 articles with their official English
/// headings, thematic areas and, for chapter III, the obligation level of each paragraph.
/// </summary>
/// <remarks>
/// The data is embedded in the assembly and read once; every member is thread-safe. Sources: docs/reference-data.md.
/// </remarks>
public static class ConventionCatalogue
{
    private static readonly Data Loaded = Load();

    /// <summary>The 8 chapters in order.</summary>
    public static EquatableArray<Chapter> Chapters => Loaded.Chapters;

    /// <summary>The 71 articles in order.</summary>
    public static EquatableArray<Article> Articles => Loaded.Articles;

    /// <summary>The five thematic areas in which assistance is planned, in the order of their chapters.</summary>
    public static EquatableArray<ThematicArea> ThematicAreas { get; } = ImmutableArray.Create(
        ThematicArea.Prevention,
        ThematicArea.CriminalizationAndLawEnforcement,
        ThematicArea.InternationalCooperation,
        ThematicArea.AssetRecovery,
        ThematicArea.TechnicalAssistanceAndInformationExchange);

    /// <summary>The article with number <paramref name="number"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>.</exception>
    public static Article GetArticle(ArticleNumber number)
    {
        if (!number.IsValid)
        {
            throw new ArgumentException("default(ArticleNumber) names no article.", nameof(number));
        }

        return Loaded.Articles[number.Value - 1];
    }

    /// <summary>The chapter with number <paramref name="number"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>.</exception>
    public static Chapter GetChapter(ChapterNumber number)
    {
        if (!number.IsValid)
        {
            throw new ArgumentException("default(ChapterNumber) names no chapter.", nameof(number));
        }

        return Loaded.Chapters[number.Value - 1];
    }

    /// <summary>The chapter that forms <paramref name="area"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined thematic area.</exception>
    public static Chapter GetChapter(ThematicArea area) => area switch
    {
        ThematicArea.Prevention => GetChapter(ChapterNumber.II),
        ThematicArea.CriminalizationAndLawEnforcement => GetChapter(ChapterNumber.III),
        ThematicArea.InternationalCooperation => GetChapter(ChapterNumber.IV),
        ThematicArea.AssetRecovery => GetChapter(ChapterNumber.V),
        ThematicArea.TechnicalAssistanceAndInformationExchange => GetChapter(ChapterNumber.VI),
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a thematic area of the Convention."),
    };

    /// <summary>The articles of a thematic area, in order.</summary>
    public static EquatableArray<Article> GetArticles(ThematicArea area) => GetChapter(area).Articles;

    /// <summary>The thematic area a chapter forms, or null for chapters I, VII and VIII.</summary>
    public static ThematicArea? ThematicAreaOf(ChapterNumber chapter) => chapter.Value switch
    {
        2 => ThematicArea.Prevention,
        3 => ThematicArea.CriminalizationAndLawEnforcement,
        4 => ThematicArea.InternationalCooperation,
        5 => ThematicArea.AssetRecovery,
        6 => ThematicArea.TechnicalAssistanceAndInformationExchange,
        _ => null,
    };

    /// <summary>The obligation level of a provision; <see cref="ObligationLevel.Unknown"/> where no source gives one.</summary>
    public static ObligationLevel GetObligationLevel(ProvisionReference provision) => GetObligation(provision).Level;

    /// <summary>The obligation level of a provision with the provision and wording it was read from.</summary>
    /// <remarks>
    /// The most specific reading that contains the provision applies: <c>23(2)(a)</c> has its own, <c>16(1)(a)</c>
    /// takes that of <c>16(1)</c>, and a reading for a whole article covers all its paragraphs. A whole article
    /// without such a reading takes the article's own level (<see cref="ObligationLevel.Mixed"/> where its
    /// paragraphs differ). A paragraph no reading covers is <see cref="ObligationLevel.Unknown"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="provision"/> is <c>default</c>.</exception>
    public static ObligationReading GetObligation(ProvisionReference provision)
    {
        if (!provision.IsValid)
        {
            throw new ArgumentException("default(ProvisionReference) names no provision.", nameof(provision));
        }

        var candidate = provision;
        while (true)
        {
            if (Loaded.Obligations.TryGetValue(candidate, out var reading))
            {
                return new ObligationReading(provision, candidate, reading.Level, reading.Wording);
            }

            if (candidate.IsWholeArticle)
            {
                break;
            }

            candidate = candidate.Parent;
        }

        if (provision.IsWholeArticle)
        {
            var article = GetArticle(provision.Article);
            return new ObligationReading(provision, article.Obligation == ObligationLevel.Unknown ? null : provision, article.Obligation, null);
        }

        return new ObligationReading(provision, null, ObligationLevel.Unknown, null);
    }

    private static Data Load()
    {
        var rows = EmbeddedCsv.Read("uncac-articles.csv");
        var articles = ImmutableArray.CreateBuilder<Article>(rows.Count);
        var chapterTitles = new SortedDictionary<ChapterNumber, string>();
        foreach (var row in rows)
        {
            var number = ArticleNumber.Parse(row["article"]);
            var chapter = ChapterNumber.Parse(row["chapter"]);
            chapterTitles[chapter] = row["chapter_title"];
            articles.Add(new Article(number, row["title"], chapter, ParseLevel(row["obligation"])));
        }

        var articleArray = articles.MoveToImmutable();
        var chapters = chapterTitles
            .Select(pair => new Chapter(pair.Key, pair.Value, articleArray.Where(a => a.Chapter == pair.Key).ToImmutableArray()))
            .ToImmutableArray();

        var obligations = new Dictionary<ProvisionReference, (ObligationLevel, string)>();
        foreach (var row in EmbeddedCsv.Read("chapter3-obligations.csv"))
        {
            var paragraph = row["paragraph"];
            var code = paragraph == "all" ? row["article"] : $"{row["article"]}({paragraph.Replace("(", ")(", StringComparison.Ordinal)}";
            code = paragraph == "all" ? code : code.EndsWith(')') ? code : code + ")";
            obligations.Add(ProvisionReference.Parse(code), (ParseLevel(row["level"]), row["operative_wording"]));
        }

        return new Data(chapters, articleArray, obligations.ToFrozenDictionary());
    }

    private static ObligationLevel ParseLevel(string text) => text switch
    {
        "" => ObligationLevel.Unknown,
        "mandatory" => ObligationLevel.Mandatory,
        "optional" => ObligationLevel.Optional,
        "endeavour" => ObligationLevel.Endeavour,
        "none" => ObligationLevel.None,
        "mixed" => ObligationLevel.Mixed,
        _ => throw new InvalidOperationException($"The embedded obligation level '{text}' is not known."),
    };

    private sealed record Data(
        EquatableArray<Chapter> Chapters,
        EquatableArray<Article> Articles,
        FrozenDictionary<ProvisionReference, (ObligationLevel Level, string Wording)> Obligations);
}
