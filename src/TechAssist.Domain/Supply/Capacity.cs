namespace TechAssist.Supply;

/// <summary>How much an offering can give: a number of engagements or States, and optionally a budget.</summary>
/// <remarks>Validation requires at least one engagement. The matching engine never allocates more engagements than <see cref="Engagements"/>.</remarks>
public sealed record Capacity
{
    /// <summary>How many engagements (or States) the offering can serve; at least 1.</summary>
    public required int Engagements { get; init; }

    /// <summary>The money available, when known.</summary>
    public Budget? Budget { get; init; }

    /// <summary>For example <c>3 engagements, 2000000 EUR</c>.</summary>
    public override string ToString() => Budget is null ? $"{Engagements} engagements" : $"{Engagements} engagements, {Budget}";
}
