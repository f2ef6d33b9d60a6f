using NodaTime;
using TechAssist.Collections;
using TechAssist.Experts;
using TechAssist.Knowledge;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching;

/// <summary>Everything a matching engine works on: both sides of technical assistance and the facts that link them.</summary>
/// <remarks>Validate the parts with the Domain validators before building an engine; the engine checks references between them (an offering's provider, repeated ids) and refuses inconsistent input with every problem listed.</remarks>
public sealed record MatchingInput
{
    /// <summary>The needs. Open needs are matched; Planned, InDelivery and Met needs count as served in the matrix; Withdrawn needs are left out.</summary>
    public EquatableArray<Need> Needs { get; init; }

    /// <summary>The providers of the offerings.</summary>
    public EquatableArray<Provider> Providers { get; init; }

    /// <summary>The offerings.</summary>
    public EquatableArray<Offering> Offerings { get; init; }

    /// <summary>The directory of experts (contact details are never copied into results).</summary>
    public EquatableArray<Expert> Experts { get; init; }

    /// <summary>Models, guides and good practices: served at global level without a capacity limit.</summary>
    public EquatableArray<KnowledgeResource> KnowledgeResources { get; init; }

    /// <summary>The regional groups. Defaults to <see cref="RegionalGroupTable.Default"/>.</summary>
    public RegionalGroupTable Groups { get; init; } = RegionalGroupTable.Default;

    /// <summary>Who is party to the Convention, for eligibility. Defaults to an empty table (nobody: only offerings open to non-parties match).</summary>
    public ConventionStatusTable Statuses { get; init; } = ConventionStatusTable.Empty;

    /// <summary>The date the matching is for: eligibility is read on it, and offerings that ended before it are left out.</summary>
    public required LocalDate AsOf { get; init; }
}
