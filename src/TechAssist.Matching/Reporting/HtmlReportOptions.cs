using TechAssist.Consent;
using TechAssist.Matching.Matrix;

namespace TechAssist.Matching.Reporting;

/// <summary>What an <see cref="HtmlReport"/> shows and for whom.</summary>
/// <remarks>
/// Everything in the report is computed for <see cref="Viewer"/>: a need its State keeps from that viewer appears
/// nowhere in the report, not even as a count. The report carries no timestamp of its own; pass
/// <see cref="AsOfLabel"/> to say when its data was taken, so the same input gives the same bytes.
/// </remarks>
public sealed record HtmlReportOptions
{
    /// <summary>Who the report is for; decides which needs it may show.</summary>
    public required Viewer Viewer { get; init; }

    /// <summary>The title of the page and its first heading.</summary>
    /// <remarks>Defaults to "Technical assistance: needs and supply".</remarks>
    public string Title { get; init; } = "Technical assistance: needs and supply";

    /// <summary>The rows of the heatmap.</summary>
    /// <remarks>Defaults to <see cref="MatrixRows.RegionalGroup"/>.</remarks>
    public MatrixRows Rows { get; init; } = MatrixRows.RegionalGroup;

    /// <summary>The columns of the heatmap.</summary>
    /// <remarks>Defaults to <see cref="MatrixColumns.Article"/>.</remarks>
    public MatrixColumns Columns { get; init; } = MatrixColumns.Article;

    /// <summary>A label saying when the data was taken (for example "Data as of 2009-01-01"), or null for none.</summary>
    public string? AsOfLabel { get; init; }

    /// <summary>A warning shown at the top when the data is illustrative (not real), or null when it is real.</summary>
    public string? IllustrativeLabel { get; init; }

    /// <summary>How many unmet needs the "top unmet needs" section lists.</summary>
    /// <remarks>Defaults to 20; must be 0 or more (0 leaves the list empty).</remarks>
    public int TopUnmetNeeds { get; init; } = 20;
}
