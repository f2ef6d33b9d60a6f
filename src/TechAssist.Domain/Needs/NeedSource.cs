using TechAssist.Reports;

namespace TechAssist.Needs;

/// <summary>Where a need was identified: a self-assessment report, a review-mechanism country report, or direct entry.</summary>
public sealed record NeedSource
{
    /// <summary>The kind of source.</summary>
    public required NeedSourceKind Kind { get; init; }

    /// <summary>For <see cref="NeedSourceKind.SelfAssessment"/>: the report; null otherwise.</summary>
    public ReportId? Report { get; init; }

    /// <summary>For <see cref="NeedSourceKind.ReviewMechanism"/>: the country report (its symbol or title); optional for direct entry.</summary>
    public string? Reference { get; init; }

    /// <summary>A need from a self-assessment report.</summary>
    public static NeedSource FromSelfAssessment(ReportId report) => new() { Kind = NeedSourceKind.SelfAssessment, Report = report };

    /// <summary>A need from a review-mechanism country report.</summary>
    public static NeedSource FromReviewMechanism(string countryReport) => new() { Kind = NeedSourceKind.ReviewMechanism, Reference = countryReport };

    /// <summary>A need entered directly, with an optional reference (a letter, a meeting).</summary>
    public static NeedSource Direct(string? reference = null) => new() { Kind = NeedSourceKind.Direct, Reference = reference };

    /// <summary>For example <c>SelfAssessment KEN-2008</c>.</summary>
    public override string ToString() => Kind switch
    {
        NeedSourceKind.SelfAssessment => $"{Kind} {Report}",
        _ when Reference is not null => $"{Kind} {Reference}",
        _ => Kind.ToString(),
    };
}
