using TechAssist.States;

namespace TechAssist.Experts;

/// <summary>An expert's employer, and the State it belongs to, which makes a conflict of interest.</summary>
public sealed record Employer
{
    /// <summary>The employer's name.</summary>
    public required string Name { get; init; }

    /// <summary>The State of the employer (a ministry's State, an agency's seat), or null for an international body.</summary>
    public CountryCode? State { get; init; }

    /// <summary>For example <c>Ethics and Anti-Corruption Commission (KEN)</c>.</summary>
    public override string ToString() => State is { } state ? $"{Name} ({state})" : Name;
}
