using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.Supply;

namespace TechAssist.Knowledge;

/// <summary>A knowledge resource: a model law or agreement, a guide, a good-practice summary or a case, with a link.</summary>
/// <remarks>
/// <para>Knowledge resources serve needs for model legislation, model agreements and good practices (the founding
/// report's database of models and good practices, asset recovery above all). They act at global level, for every
/// State, and without a capacity limit: the matching engine may give one resource to any number of needs.</para>
/// <para>Immutable; compares by value. Check one with <see cref="KnowledgeResourceValidator"/>.</para>
/// </remarks>
public sealed record KnowledgeResource
{
    /// <summary>The resource's identifier.</summary>
    public required KnowledgeResourceId Id { get; init; }

    /// <summary>What kind of resource it is.</summary>
    public required KnowledgeResourceKind Kind { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The provisions, chapters or thematic areas it covers.</summary>
    public required Coverage Coverage { get; init; }

    /// <summary>The languages it exists in; validation requires at least one.</summary>
    public EquatableArray<LanguageCode> Languages { get; init; }

    /// <summary>Where to read it: an absolute http or https address.</summary>
    public required Uri Link { get; init; }

    /// <summary>For example <c>star-handbook (Guide): Asset Recovery Handbook</c>.</summary>
    public override string ToString() => $"{Id} ({Kind}): {Title}";
}
