using TechAssist.Supply;

namespace TechAssist.Experts;

/// <summary>One field of an expert's expertise: the provisions or thematic areas, and the years of experience in them.</summary>
public sealed record Expertise
{
    /// <summary>The provisions, chapters or thematic areas.</summary>
    public required Coverage Coverage { get; init; }

    /// <summary>Years of experience, 0 to 60.</summary>
    public required int Years { get; init; }

    /// <summary>For example <c>provisions [Art. 52], chapters [], areas [] (12 years)</c>.</summary>
    public override string ToString() => $"{Coverage} ({Years} years)";
}
