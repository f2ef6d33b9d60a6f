using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.Convention;

/// <summary>An article of the Convention with its official English heading.</summary>
/// <remarks>Instances come from <see cref="ConventionCatalogue"/>; the catalogue is the only source of articles.</remarks>
[JsonConverter(typeof(ArticleJsonConverter))]
public sealed record Article
{
    internal Article(ArticleNumber number, string title, ChapterNumber chapter, ObligationLevel obligation)
    {
        Number = number;
        Title = title;
        Chapter = chapter;
        Obligation = obligation;
    }

    /// <summary>The article's number.</summary>
    public ArticleNumber Number { get; }

    /// <summary>The official English heading, for example "Bribery of national public officials".</summary>
    public string Title { get; }

    /// <summary>The chapter the article belongs to.</summary>
    public ChapterNumber Chapter { get; }

    /// <summary>The thematic area of the article's chapter, or null for chapters I, VII and VIII.</summary>
    public ThematicArea? ThematicArea => ConventionCatalogue.ThematicAreaOf(Chapter);

    /// <summary>How strongly the article as a whole binds a State party; known for chapter III only.</summary>
    /// <remarks>See <see cref="ConventionCatalogue.GetObligationLevel(ProvisionReference)"/> for paragraph-level readings.</remarks>
    public ObligationLevel Obligation { get; }

    /// <summary>For example <c>Art. 15 Bribery of national public officials</c>.</summary>
    public override string ToString() => $"Art. {Number} {Title}";
}
