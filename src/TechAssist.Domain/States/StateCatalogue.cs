using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using TechAssist.Collections;
using TechAssist.Internal;

namespace TechAssist.States;

/// <summary>The 193 Member States of the United Nations and the 2 non-member observer States.</summary>
/// <remarks>Embedded in the assembly and read once; thread-safe. Sources: docs/reference-data.md.</remarks>
public static class StateCatalogue
{
    private static readonly Data Loaded = Load();

    /// <summary>The 195 States, ordered by code.</summary>
    public static EquatableArray<State> All => Loaded.States;

    /// <summary>The 193 Member States, ordered by code.</summary>
    public static EquatableArray<State> Members => Loaded.Members;

    /// <summary>Whether <paramref name="code"/> names a State of the catalogue.</summary>
    public static bool Contains(CountryCode code) => code.IsValid && Loaded.ByCode.ContainsKey(code);

    /// <summary>The State with code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No State of the catalogue has that code; the message names it.</exception>
    public static State Get(CountryCode code) =>
        TryGet(code, out var state) ? state : throw new KeyNotFoundException($"'{code}' is not the code of a State in the catalogue of 195 States.");

    /// <summary>Looks a State up by code; returns false when none has it.</summary>
    public static bool TryGet(CountryCode code, [NotNullWhen(true)] out State? state)
    {
        state = null;
        return code.IsValid && Loaded.ByCode.TryGetValue(code, out state);
    }

    /// <summary>The rows of the embedded table, for the default regional groups.</summary>
    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows => Loaded.Rows;

    private static Data Load()
    {
        var rows = EmbeddedCsv.Read("regional-groups.csv");
        var states = rows
            .Select(row => new State(
                CountryCode.Parse(row["iso3"]),
                row["name"],
                row["status"] == "member" ? UnStatus.Member : UnStatus.ObserverState,
                row["note"].Length == 0 ? null : row["note"]))
            .OrderBy(state => state.Code)
            .ToEquatableArray();
        return new Data(
            states,
            states.Where(state => state.Status == UnStatus.Member).ToEquatableArray(),
            states.ToFrozenDictionary(state => state.Code),
            rows);
    }

    private sealed record Data(
        EquatableArray<State> States,
        EquatableArray<State> Members,
        FrozenDictionary<CountryCode, State> ByCode,
        IReadOnlyList<IReadOnlyDictionary<string, string>> Rows);
}
