using NodaTime;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Validation;

namespace TechAssist.Checklists;

/// <summary>A version of a self-assessment checklist: the provisions a State answers about.</summary>
/// <remarks>
/// <para>A checklist is data: <see cref="ReviewCycleChecklists"/> has the review mechanism's two cycles, and users
/// define their own (a pilot, a later revision) in JSON through <see cref="ChecklistDocument"/>. A report names
/// the checklist it answers by <see cref="Id"/> and <see cref="Version"/>.</para>
/// <para>Build checklists through <see cref="ChecklistDocument.ToChecklist"/> or check one with <see cref="Validate"/>:
/// the record itself does not refuse bad items.</para>
/// </remarks>
public sealed record Checklist
{
    /// <summary>The checklist's id, shared by all its versions.</summary>
    public required ChecklistId Id { get; init; }

    /// <summary>The version, from 1; a revision of the same checklist takes the next number.</summary>
    public required int Version { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The date the version was adopted, or null where it is not known.</summary>
    public LocalDate? Adopted { get; init; }

    /// <summary>The items, in the order they are asked; each provision once.</summary>
    public required EquatableArray<ChecklistItem> Items { get; init; }

    /// <summary>Whether the checklist has an item for exactly <paramref name="provision"/>.</summary>
    public bool HasItem(ProvisionReference provision) => Items.Any(item => item.Provision == provision);

    /// <summary>Checks the checklist as <see cref="ChecklistDocument.ToChecklist"/> checks a document, listing every problem.</summary>
    public ValidationResult<Checklist> Validate() => ChecklistDocument.From(this).ToChecklist();

    /// <summary>For example <c>review-cycle-1 v1</c>.</summary>
    public override string ToString() => $"{Id} v{Version}";
}
