using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using TechAssist.Internal;
using TechAssist.Serialization.Converters;

namespace TechAssist.Knowledge;

/// <summary>The identifier of a knowledge resource, such as <c>star-asset-recovery-handbook</c>.</summary>
/// <remarks>
/// Any text of 1 to 100 characters without white space; compared ordinally (case matters).
/// <c>default(KnowledgeResourceId)</c> is not an identifier (<see cref="IsValid"/> is false); validating boundaries reject it.
/// </remarks>
[JsonConverter(typeof(KnowledgeResourceIdJsonConverter))]
public readonly record struct KnowledgeResourceId : IComparable<KnowledgeResourceId>
{
    private readonly string? _value;

    private KnowledgeResourceId(string value) => _value = value;

    /// <summary>The identifier's text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this value is an identifier (false only for <c>default</c>).</summary>
    public bool IsValid => _value is not null;

    /// <summary>Returns the identifier <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long or has white space; the message says which.</exception>
    public static KnowledgeResourceId From(string text) =>
        Identifier.Check(text) is { } error ? throw new ArgumentException($"'{text}' is not a knowledge resource id: {error}.", nameof(text)) : new(text);

    /// <summary>Returns whether <paramref name="text"/> is a valid identifier.</summary>
    public static bool TryFrom([NotNullWhen(true)] string? text, out KnowledgeResourceId id)
    {
        id = Identifier.Check(text) is null ? new(text!) : default;
        return id.IsValid;
    }

    /// <inheritdoc />
    public int CompareTo(KnowledgeResourceId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <(KnowledgeResourceId left, KnowledgeResourceId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >(KnowledgeResourceId left, KnowledgeResourceId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <=(KnowledgeResourceId left, KnowledgeResourceId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >=(KnowledgeResourceId left, KnowledgeResourceId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    public override string ToString() => Value;
}
