namespace TechAssist.Reviews;

/// <summary>A compliance tally as a flat row.</summary>
public sealed record ComplianceRow
{
    /// <summary>The provision's code, such as <c>16</c> or <c>52(1)(a)</c>.</summary>
    public required string Provision { get; init; }

    /// <summary>The provision's article, to group rows by article.</summary>
    public required int Article { get; init; }

    /// <summary><c>All</c> or a group's name.</summary>
    public required string Group { get; init; }

    /// <summary>States that comply fully.</summary>
    public required int Full { get; init; }

    /// <summary>States that comply in part.</summary>
    public required int Partial { get; init; }

    /// <summary>States that do not comply.</summary>
    public required int None { get; init; }

    /// <summary>States for which the provision does not apply.</summary>
    public required int NotApplicable { get; init; }
}
