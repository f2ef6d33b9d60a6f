using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.Serialization.Converters;

namespace TechAssist.Convention;

/// <summary>A chapter of the Convention and its articles.</summary>
/// <remarks>Instances come from <see cref="ConventionCatalogue"/>.</remarks>
[JsonConverter(typeof(ChapterJsonConverter))]
public sealed record Chapter
{
    internal Chapter(ChapterNumber number, string title, EquatableArray<Article> articles)
    {
        Number = number;
        Title = title;
        Articles = articles;
    }

    /// <summary>The chapter's number, I to VIII.</summary>
    public ChapterNumber Number { get; }

    /// <summary>The chapter's title, for example "Asset recovery".</summary>
    public string Title { get; }

    /// <summary>The chapter's articles in order.</summary>
    public EquatableArray<Article> Articles { get; }

    /// <summary>The first article of the chapter.</summary>
    public ArticleNumber FirstArticle => Articles[0].Number;

    /// <summary>The last article of the chapter.</summary>
    public ArticleNumber LastArticle => Articles[^1].Number;

    /// <summary>The thematic area this chapter forms, or null for chapters I, VII and VIII.</summary>
    public ThematicArea? ThematicArea => ConventionCatalogue.ThematicAreaOf(Number);

    /// <summary>For example <c>Chapter V Asset recovery (Art. 51-59)</c>.</summary>
    public override string ToString() => $"Chapter {Number} {Title} (Art. {FirstArticle}-{LastArticle})";
}
