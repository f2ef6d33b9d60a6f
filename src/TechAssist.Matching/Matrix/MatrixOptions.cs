namespace TechAssist.Matching.Matrix;

/// <summary>How to lay out a needs-supply matrix.</summary>
public sealed record MatrixOptions
{
    /// <summary>The rows. Default <see cref="MatrixRows.RegionalGroup"/>.</summary>
    public MatrixRows Rows { get; init; } = MatrixRows.RegionalGroup;

    /// <summary>The columns. Default <see cref="MatrixColumns.Article"/>.</summary>
    public MatrixColumns Columns { get; init; } = MatrixColumns.Article;

    /// <summary>Whether each cell is split by assistance type. Default true.</summary>
    public bool SplitByAssistanceType { get; init; } = true;

    /// <summary>A met cell with at least this many spare offerings per need is <see cref="CellStatus.Oversupplied"/>. Default 3.</summary>
    public int OversupplyFactor { get; init; } = 3;
}
