using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using TechAssist.Collections;
using TechAssist.Internal;

namespace TechAssist.Assistance;

/// <summary>The ten assistance types with their codes, names and descriptions; embedded, read once, thread-safe.</summary>
public static class AssistanceTypeCatalogue
{
    private static readonly EquatableArray<AssistanceTypeInfo> Loaded = Load();
    private static readonly FrozenDictionary<string, AssistanceTypeInfo> ByCode =
        Loaded.ToFrozenDictionary(info => info.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The ten types in the checklist's order.</summary>
    public static EquatableArray<AssistanceTypeInfo> All => Loaded;

    /// <summary>The code, name and description of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined type.</exception>
    public static AssistanceTypeInfo Get(AssistanceType type) =>
        Enum.IsDefined(type) ? Loaded[(int)type - 1] : throw new ArgumentOutOfRangeException(nameof(type), type, "Not an assistance type.");

    /// <summary>Parses a checklist code (<c>LEGAL_ADVICE</c>, any case) or an enum name (<c>LegalAdvice</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AssistanceType type)
    {
        type = default;
        if (text is null)
        {
            return false;
        }

        if (ByCode.TryGetValue(text.Trim(), out var info))
        {
            type = info.Type;
            return true;
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);
    }

    /// <summary>Parses a checklist code or an enum name.</summary>
    /// <exception cref="FormatException">The text names no type; the message lists the valid codes.</exception>
    public static AssistanceType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var type)
            ? type
            : throw new FormatException($"'{text}' is not an assistance type: expected one of {string.Join(", ", Loaded.Select(i => i.Code))}.");
    }

    private static EquatableArray<AssistanceTypeInfo> Load()
    {
        var rows = EmbeddedCsv.Read("ta-types.csv");
        return rows.Select((row, index) => new AssistanceTypeInfo((AssistanceType)(index + 1), row["code"], row["name"], row["description"]))
            .ToEquatableArray();
    }
}
