namespace TechAssist.Checklists;

/// <summary>An item of a <see cref="ChecklistDocument"/>, with its provision as text so that every bad one is reported.</summary>
public sealed record ChecklistItemDocument
{
    /// <summary>The provision's code, such as <c>"16"</c> or <c>"52(1)(a)"</c>.</summary>
    public string? Provision { get; init; }

    /// <summary>The question or heading shown to the State, or null.</summary>
    public string? Prompt { get; init; }
}
