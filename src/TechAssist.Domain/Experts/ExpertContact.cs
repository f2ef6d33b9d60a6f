namespace TechAssist.Experts;

/// <summary>How to reach an expert: personal data, kept apart from the rest of the directory.</summary>
/// <remarks>
/// Contact details are personal data: matching results carry an expert's id and name, never this record. Keep it in
/// the directory, strip it with <see cref="Expert.WithoutContactDetails"/> before an expert leaves it, and publish
/// the directory with <see cref="ExpertDirectoryDocument.WithoutContactDetails"/>.
/// </remarks>
public sealed record ExpertContact
{
    /// <summary>An e-mail address, or null.</summary>
    public string? Email { get; init; }

    /// <summary>A telephone number as written, or null.</summary>
    public string? Telephone { get; init; }

    /// <summary>Hides the details, so that logs do not leak them.</summary>
    public override string ToString() => "(contact details)";
}
