using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Matrix;

/// <summary>One cell of the needs-supply matrix: the needs of a row and column (and type), and the supply that meets them.</summary>
public sealed record MatrixCell
{
    /// <summary>The row: a State code, a regional group's name, or <c>Global</c>.</summary>
    public required string Row { get; init; }

    /// <summary>The column: an article number, a chapter in Roman numerals, or a thematic area's name.</summary>
    public required string Column { get; init; }

    /// <summary>The assistance type, when the matrix is split by type.</summary>
    public AssistanceType? AssistanceType { get; init; }

    /// <summary>The needs (not withdrawn) in the cell.</summary>
    public required int Needs { get; init; }

    /// <summary>How many are served: matched in the run, or already planned, in delivery or met.</summary>
    public required int Served { get; init; }

    /// <summary>How many are not served.</summary>
    public int Unmet => Needs - Served;

    /// <summary>The distinct offerings that can serve needs of the cell (candidates passing every filter), or that aim at the cell.</summary>
    public required int Offerings { get; init; }

    /// <summary>Of those, the offerings with capacity left after the run.</summary>
    public required int SpareOfferings { get; init; }

    /// <summary>The providers serving needs of the cell, ordered by id.</summary>
    public EquatableArray<ProviderId> Providers { get; init; }

    /// <summary>The needs two or more providers serve in overlapping periods, ordered by id.</summary>
    public EquatableArray<NeedId> DuplicatedNeeds { get; init; }

    /// <summary>The cell's status.</summary>
    public required CellStatus Status { get; init; }

    /// <summary>For example <c>African x 23 LegislativeDrafting: 3/5 PartiallyMet</c>.</summary>
    public override string ToString() =>
        $"{Row} x {Column}{(AssistanceType is { } type ? " " + type : string.Empty)}: {Served}/{Needs} {Status}";
}
