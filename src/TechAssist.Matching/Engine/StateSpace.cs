using System.Collections.Frozen;
using NodaTime;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching.Engine;

/// <summary>
/// The States as dense indexes, with the facts matching reads per State: party on the date, developing country,
/// groups. Geography keys: 0..S-1 a State, S..S+4 a regional group, S+5 global.
/// </summary>
internal sealed class StateSpace
{
    private readonly FrozenDictionary<CountryCode, int> _index;

    internal StateSpace(RegionalGroupTable groups, ConventionStatusTable statuses, LocalDate asOf)
    {
        Codes = [.. StateCatalogue.All.Select(state => state.Code)];
        _index = Codes.Select((code, i) => (code, i)).ToFrozenDictionary(pair => pair.code, pair => pair.i);
        IsParty = [.. Codes.Select(code => statuses.StandingOn(code, asOf) == ConventionStanding.Party)];
        IsDeveloping = [.. Codes.Select(DevelopmentStatus.IsDevelopingCountry)];
        CountingGroup = [.. Codes.Select(code => groups.GroupOf(code) is { } g ? (int)g - 1 : -1)];
        GeoKeys = [.. Codes.Select((code, i) => GeoKeysOf(i, groups.GroupsOf(code)))];
    }

    internal const int GroupCount = 5;

    internal CountryCode[] Codes { get; }

    internal int Count => Codes.Length;

    internal int GeoCount => Count + GroupCount + 1;

    internal int GlobalKey => Count + GroupCount;

    internal bool[] IsParty { get; }

    internal bool[] IsDeveloping { get; }

    /// <summary>The group each State is counted in, 0..4, or -1.</summary>
    internal int[] CountingGroup { get; }

    /// <summary>Per State, the geography keys a need of that State looks up: itself, each group it takes part in, global.</summary>
    internal int[][] GeoKeys { get; }

    internal int IndexOf(CountryCode state) => _index.TryGetValue(state, out var i) ? i : -1;

    internal int GroupKey(RegionalGroup group) => Count + (int)group - 1;

    private int[] GeoKeysOf(int state, IEnumerable<RegionalGroup> groups) =>
        [state, .. groups.Select(GroupKey), GlobalKey];
}
