using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Needs;

namespace TechAssist.Checklists;

/// <summary>A State's answer to one checklist item.</summary>
/// <remarks>
/// The answer's consistency (types only when assistance is needed, at least one type when it is) is checked by
/// <see cref="Reports.SelfAssessmentReportValidator"/>, which lists every problem.
/// </remarks>
public sealed record ChecklistAnswer
{
    /// <summary>The provision of the item answered.</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>How far the State complies.</summary>
    public required Compliance Compliance { get; init; }

    /// <summary>The measures taken, in the State's words, or null.</summary>
    public string? MeasuresTaken { get; init; }

    /// <summary>The obstacles met, as codes of the user's own (see <see cref="ObstacleCode"/>).</summary>
    public EquatableArray<ObstacleCode> Obstacles { get; init; }

    /// <summary>The obstacles met, in the State's words, or null.</summary>
    public string? ObstaclesDescription { get; init; }

    /// <summary>Whether the State needs technical assistance for this provision.</summary>
    public bool AssistanceNeeded { get; init; }

    /// <summary>The types of assistance needed: at least one when <see cref="AssistanceNeeded"/> is true, none otherwise.</summary>
    public EquatableArray<AssistanceType> AssistanceTypes { get; init; }

    /// <summary>The State's priority for the assistance needed; <see cref="NeedPriority.Unstated"/> by default.</summary>
    public NeedPriority Priority { get; init; }

    /// <summary>Whether the State asks that the assistance take gender into account (paragraph 19 of the 2008 report).</summary>
    public bool AsksForGenderResponsiveness { get; init; }

    /// <summary>Assistance already received for this provision, and from whom.</summary>
    public EquatableArray<AssistanceReceived> AssistanceReceived { get; init; }
}
