using System.Globalization;

namespace TechAssist.Iati;

/// <summary>An error or warning of an IATI import: the file, the line, the activity's iati-identifier when known, and the reason.</summary>
public sealed record IatiImportProblem
{
    /// <summary>The file name given to the importer.</summary>
    public required string FileName { get; init; }

    /// <summary>The line (1-based) where the activity starts or where the file failed; 0 when the XML reader gives none (a refused DTD).</summary>
    public required int Line { get; init; }

    /// <summary>The activity's iati-identifier, or null for a file-level problem or an activity without one.</summary>
    public string? IatiIdentifier { get; init; }

    /// <summary>What is wrong, for a person to read.</summary>
    public required string Reason { get; init; }

    /// <summary>For example <c>activities.xml:12 NL-1-PPR-24706: activity-date '2015-13-01' is not a date</c>.</summary>
    public override string ToString() =>
        $"{FileName}:{Line.ToString(CultureInfo.InvariantCulture)}{(IatiIdentifier is null ? string.Empty : " " + IatiIdentifier)}: {Reason}";
}
