namespace TechAssist.Matching.Allocation;

/// <summary>Options of the fair allocation.</summary>
/// <remarks>Proposed as a public options type; internal until the façade exists.</remarks>
internal sealed record FairnessOptions
{
    /// <summary>Gets the default options: no cap per State.</summary>
    public static FairnessOptions Default { get; } = new();

    /// <summary>Gets the most needs of one State that may be served, or null for no cap.</summary>
    /// <remarks>Applies to needs that carry a State index; at least zero.</remarks>
    public int? MaxServedPerState { get; init; }
}
