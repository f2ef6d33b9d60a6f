using System.Text.Json.Serialization;
using TechAssist.Serialization.Converters;

namespace TechAssist.States;

/// <summary>A State: its ISO code, its United Nations name and its standing at the United Nations.</summary>
/// <remarks>Regional groups are kept apart, in a <see cref="RegionalGroupTable"/>, because users may supply their own.</remarks>
[JsonConverter(typeof(StateJsonConverter))]
public sealed record State
{
    internal State(CountryCode code, string name, UnStatus status, string? note)
    {
        Code = code;
        Name = name;
        Status = status;
        Note = note;
    }

    /// <summary>The ISO 3166-1 alpha-3 code.</summary>
    public CountryCode Code { get; }

    /// <summary>The name the United Nations uses (M49), for example "Türkiye".</summary>
    public string Name { get; }

    /// <summary>Member or observer State.</summary>
    public UnStatus Status { get; }

    /// <summary>A note on a special case (regional group, date of admission), or null.</summary>
    public string? Note { get; }

    /// <summary>For example <c>KEN Kenya</c>.</summary>
    public override string ToString() => $"{Code} {Name}";
}
