using TechAssist.Collections;

namespace TechAssist.Matching.Matrix;

/// <summary>
/// The founding report's matrix: needs mapped against supply at bilateral, regional or global level, by article,
/// chapter or thematic area, optionally split by type of assistance. Only cells with needs or supply are listed.
/// </summary>
public sealed record NeedsSupplyMatrix
{
    /// <summary>The layout.</summary>
    public required MatrixOptions Options { get; init; }

    /// <summary>The rows that have at least one cell, in order (States by code, groups in the UN order, then Global).</summary>
    public required EquatableArray<string> Rows { get; init; }

    /// <summary>The columns that have at least one cell, in the Convention's order.</summary>
    public required EquatableArray<string> Columns { get; init; }

    /// <summary>The cells, by row, then column, then assistance type.</summary>
    public required EquatableArray<MatrixCell> Cells { get; init; }

    /// <summary>How many cells have each status.</summary>
    public IReadOnlyDictionary<CellStatus, int> CountByStatus() =>
        Enum.GetValues<CellStatus>().ToDictionary(status => status, status => Cells.Count(cell => cell.Status == status));

    /// <summary>The cells of one row.</summary>
    public IEnumerable<MatrixCell> Row(string row) => Cells.Where(cell => cell.Row == row);

    /// <summary>The cells as flat rows, for CSV and notebooks.</summary>
    public EquatableArray<MatrixRow> ToRows() => Cells.Select(cell => new MatrixRow
    {
        Row = cell.Row,
        Column = cell.Column,
        AssistanceType = cell.AssistanceType?.ToString() ?? string.Empty,
        Needs = cell.Needs,
        Served = cell.Served,
        Unmet = cell.Unmet,
        Offerings = cell.Offerings,
        SpareOfferings = cell.SpareOfferings,
        Providers = string.Join(';', cell.Providers),
        DuplicatedNeeds = string.Join(';', cell.DuplicatedNeeds),
        Status = cell.Status.ToString(),
    }).ToEquatableArray();
}

/// <summary>A matrix cell as a flat row of text and numbers.</summary>
public sealed record MatrixRow
{
    /// <summary>The row key.</summary>
    public required string Row { get; init; }

    /// <summary>The column key.</summary>
    public required string Column { get; init; }

    /// <summary>The assistance type, or empty.</summary>
    public required string AssistanceType { get; init; }

    /// <summary>The needs.</summary>
    public required int Needs { get; init; }

    /// <summary>The needs served.</summary>
    public required int Served { get; init; }

    /// <summary>The needs not served.</summary>
    public required int Unmet { get; init; }

    /// <summary>The offerings that can serve the cell.</summary>
    public required int Offerings { get; init; }

    /// <summary>The offerings with capacity left.</summary>
    public required int SpareOfferings { get; init; }

    /// <summary>The providers serving the cell, separated by semicolons.</summary>
    public required string Providers { get; init; }

    /// <summary>The needs served twice at once, separated by semicolons.</summary>
    public required string DuplicatedNeeds { get; init; }

    /// <summary>The status.</summary>
    public required string Status { get; init; }
}
