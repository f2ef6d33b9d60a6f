using TechAssist.Convention;

namespace TechAssist.Checklists;

/// <summary>One item of a checklist: the provision a State answers about, and optionally the question put.</summary>
public sealed record ChecklistItem
{
    /// <summary>The provision the item is about: a whole article (<c>16</c>) or a part of one (<c>52(1)(a)</c>).</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The question or heading shown to the State, or null; the embedded checklists use the article's heading.</summary>
    public string? Prompt { get; init; }
}
