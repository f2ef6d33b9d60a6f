using System.Text.Json.Serialization;

namespace TechAssist.Assistance;

/// <summary>The code, name and description of an assistance type, as the reference data gives them.</summary>
public sealed record AssistanceTypeInfo
{
    [JsonConstructor]
    internal AssistanceTypeInfo(AssistanceType type, string code, string name, string description)
    {
        Type = type;
        Code = code;
        Name = name;
        Description = description;
    }

    /// <summary>The type.</summary>
    public AssistanceType Type { get; }

    /// <summary>The checklist's code, for example <c>LEGAL_ADVICE</c>: the form used in CSV exchange.</summary>
    public string Code { get; }

    /// <summary>The name, for example "Legal advice".</summary>
    public string Name { get; }

    /// <summary>What the type covers.</summary>
    public string Description { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
